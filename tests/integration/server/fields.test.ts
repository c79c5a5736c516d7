/**
 * Fields through the real PnPjs: calculated, location and URL columns, delete, the show-in-form
 * settings, site columns (web/fields), dependent lookups, unique values, and SharePoint's errors
 * for unknown properties and over-long names.
 */
import { DateTimeFieldFormatType, FieldTypes } from '@pnp/sp/fields';
import { errorOf } from '../../support/localServer';
import { Site, startSite } from './site';

let site: Site;
const list = () => site.sp().web.lists.getByTitle('Field Tests');
beforeAll(async () => {
  site = await startSite();
  await site.sp().web.lists.ensure('Field Tests');
});
afterAll(() => site.stop());

test('a calculated column keeps its formula and result type, and cannot be written', async () => {
  const f = await list().fields.addCalculated('Review Due', { Formula: '=Modified+28', DateFormat: DateTimeFieldFormatType.DateOnly, OutputType: FieldTypes.DateTime });
  expect(f).toMatchObject({ TypeAsString: 'Calculated', FieldTypeKind: 17, Formula: '=Modified+28', OutputType: 4, ReadOnlyField: true });
  expect(f.SchemaXml).toContain('ResultType="DateTime"');
  expect(f.SchemaXml).toContain('<Formula>=Modified+28</Formula>');
  const e = await errorOf(() => list().items.add({ Title: 'x', Review_x0020_Due: '2025-01-01T00:00:00Z' }));
  expect(e.status).toBe(400);
  const noEquals = await errorOf(() => list().fields.addCalculated('Broken', { Formula: 'Modified+1' }));
  expect(noEquals.status).toBe(400);
  expect(noEquals.message).toContain('must start with an equals sign');
});

test('a location column holds JSON text; anything else is refused', async () => {
  const f = await list().fields.addLocation('Surgery');
  expect(f).toMatchObject({ TypeAsString: 'Location', FieldTypeKind: 33 });
  const place = JSON.stringify({ DisplayName: 'Rugby Town Hall', Address: { City: 'Rugby', CountryOrRegion: 'United Kingdom' } });
  const added = await list().items.add({ Title: 'Surgery 1', Surgery: place });
  expect(JSON.parse((await list().items.getById(added.Id!).select('Surgery')()).Surgery)).toMatchObject({ DisplayName: 'Rugby Town Hall' });
  const e = await errorOf(() => list().items.add({ Title: 'Surgery 2', Surgery: 'Rugby Town Hall' }));
  expect(e.status).toBe(400);
  expect(e.message).toContain("'Surgery' must be JSON text");
});

test('a URL column takes web addresses with a description and refuses javascript:', async () => {
  await list().fields.addUrl('Web Page');
  const added = await list().items.add({ Title: 'Link', Web_x0020_Page: { Url: 'https://www.rugby.gov.uk/', Description: 'Rugby Borough Council' } });
  expect(added.Web_x0020_Page).toMatchObject({ Url: 'https://www.rugby.gov.uk/', Description: 'Rugby Borough Council' });
  const e = await errorOf(() => list().items.add({ Title: 'Bad', Web_x0020_Page: { Url: 'javascript:alert(1)', Description: 'x' } }));
  expect(e.status).toBe(400);
});

test('deleting a field drops the column and its values; built-in fields cannot be deleted', async () => {
  const f = await list().fields.addText('Temporary Note');
  await list().items.add({ Title: 'has a note', Temporary_x0020_Note: 'gone soon' });
  await list().fields.getById(f.Id!).delete();
  expect((await errorOf(() => list().fields.getById(f.Id!)())).status).toBe(400);
  expect((await errorOf(() => list().items.select('Temporary_x0020_Note')())).status).toBe(400);
  const title = await errorOf(() => list().fields.getByInternalNameOrTitle('Title').delete());
  expect(title.status).toBe(400);
});

test('setShowInDisplayForm/EditForm/NewForm are kept and show in SchemaXml', async () => {
  await list().fields.addText('Internal Ref');
  const field = list().fields.getByInternalNameOrTitle('Internal_x0020_Ref');
  await field.setShowInDisplayForm(false);
  await field.setShowInNewForm(false);
  await field.setShowInEditForm(true);
  const xml = (await field.select('SchemaXml')()).SchemaXml as string;
  expect(xml).toContain('ShowInDisplayForm="FALSE"');
  expect(xml).toContain('ShowInNewForm="FALSE"');
  expect(xml).not.toContain('ShowInEditForm');
});

test('an unknown property, an over-long name or a bad MaxLength is a 400 and adds nothing', async () => {
  const before = (await list().fields.select('Id')()).length;
  const unknown = await errorOf(() => list().fields.addText('Colour', { Colour: 'blue' } as never));
  expect(unknown.status).toBe(400);
  expect(unknown.message).toContain("The property 'Colour' does not exist");
  expect((await errorOf(() => list().fields.addText('x'.repeat(256)))).status).toBe(400);
  expect((await errorOf(() => list().fields.addText('Too Long', { MaxLength: 256 }))).status).toBe(400);
  expect((await errorOf(() => list().fields.getByInternalNameOrTitle('Title').update({ Colour: 'blue' } as never))).status).toBe(400);
  expect((await list().fields.select('Id')()).length).toBe(before);
});

test('site columns: web/fields lists, adds, updates and deletes them', async () => {
  const web = site.sp().web.fields;
  expect((await web.getByInternalNameOrTitle('Other Address Country/Region').select('InternalName')()).InternalName).toBe('OtherAddressCountry');
  const added = await web.addText('Ward Code', { Group: 'Council Columns', MaxLength: 9 });
  expect(added).toMatchObject({ Title: 'Ward Code', Group: 'Council Columns', MaxLength: 9, Scope: '' });
  await web.getById(added.Id!).update({ Description: 'The GSS code' });
  expect((await web.getById(added.Id!)()).Description).toBe('The GSS code');
  await web.getById(added.Id!).delete();
  expect((await errorOf(() => web.getById(added.Id!)())).status).toBe(400);
  expect((await errorOf(() => site.sp('officer').web.fields.addText('Nope'))).status).toBe(403);
});

test('a dependent lookup shows another column of the primary lookup\'s list', async () => {
  const wards = await site.sp().web.lists.getByTitle('Wards').select('Id')();
  const primary = await list().fields.addLookup('Ward', { LookupListId: wards.Id, LookupFieldName: 'Title' });
  const dep = await list().fields.addDependentLookupField('Ward GSS', primary.Id!, 'GssCode');
  expect(dep).toMatchObject({ Title: 'Ward GSS', IsDependentLookup: true, PrimaryFieldId: primary.Id, LookupField: 'GssCode', ReadOnlyField: true });
});

test('fields made at run time read back with the metadata a provisioning comparison needs', async () => {
  const wards = await site.sp().web.lists.getByTitle('Wards').select('Id')();
  await list().fields.createFieldAsXml({ SchemaXml: '<Field Type="Choice" Name="Stage" DisplayName="Stage" Required="TRUE" Indexed="TRUE"><CHOICES><CHOICE>Open</CHOICE><CHOICE>Closed</CHOICE></CHOICES></Field>', Options: 8 });
  await list().fields.addText('Case Ref', { MaxLength: 20, Indexed: true, EnforceUniqueValues: true, Required: true });
  await list().fields.addLookup('Home Ward', { LookupListId: wards.Id, LookupFieldName: 'Title' });
  const read = await list().fields.filter("InternalName eq 'Stage' or InternalName eq 'Case_x0020_Ref' or InternalName eq 'Home_x0020_Ward'")
    .select('InternalName', 'TypeAsString', 'Required', 'Indexed', 'EnforceUniqueValues', 'MaxLength', 'Choices', 'LookupList', 'LookupField')();
  const by = Object.fromEntries(read.map((f: { InternalName: string }) => [f.InternalName, f]));
  expect(by.Stage).toMatchObject({ TypeAsString: 'Choice', Required: true, Indexed: true, EnforceUniqueValues: false, Choices: ['Open', 'Closed'] });
  expect(by.Case_x0020_Ref).toMatchObject({ TypeAsString: 'Text', Required: true, Indexed: true, EnforceUniqueValues: true, MaxLength: 20 });
  expect(by.Home_x0020_Ward).toMatchObject({ TypeAsString: 'Lookup', LookupList: `{${wards.Id}}`, LookupField: 'Title' });
});

test('a column that enforces unique values refuses a second item with the same value', async () => {
  await list().items.add({ Title: 'first', Case_x0020_Ref: 'C-1', Stage: 'Open' });
  const e = await errorOf(() => list().items.add({ Title: 'second', Case_x0020_Ref: 'C-1', Stage: 'Open' }));
  expect(e.status).toBe(400);
  expect(e.message).toContain('duplicate values were found');
  expect((await errorOf(() => list().fields.addText('Unique but not indexed', { EnforceUniqueValues: true }))).status).toBe(400);
});
