/**
 * How a field reads back: its SP.Field* entity and its SchemaXml, for list fields and the web's
 * site columns alike. These are what a provisioning comparison reads (TypeAsString, Required,
 * Indexed, EnforceUniqueValues, MaxLength, Choices, LookupList…), so they follow SharePoint's shapes.
 */
import type { JsonObject } from '../http/format';
import type { ApiRequest } from '../http/types';
import { entityName, FIELD_TYPE_KIND, FieldDef, ODATA_FIELD_TYPE } from '../schema/fields';
import { encodeXmlAttr } from '../schema/xml';
import { ListMeta, WEB_FIELDS } from '../store/db';

const TRUE_FALSE = (b: boolean | undefined): string => (b ? 'TRUE' : 'FALSE');

/** SharePoint's TypeAsString: multi-value lookups and people say LookupMulti / UserMulti. */
export const typeAsString = (f: FieldDef): string => f.kind;

export function fieldSchemaXml(list: ListMeta, f: FieldDef): string {
  const attrs: Record<string, string> = { Type: f.kind, DisplayName: f.title, Required: TRUE_FALSE(f.required) };
  if (!f.builtIn) {
    attrs.EnforceUniqueValues = TRUE_FALSE(f.enforceUnique);
    attrs.Indexed = TRUE_FALSE(f.indexed);
  } else if (f.indexed) attrs.Indexed = 'TRUE';
  if (f.maxLength !== undefined) attrs.MaxLength = String(f.maxLength);
  if (f.kind === 'Note') Object.assign(attrs, { NumLines: String(f.numLines ?? 6), RichText: TRUE_FALSE(f.richText), ...(f.unlimited ? { UnlimitedLengthInDocumentLibrary: 'TRUE' } : {}) });
  if (f.kind === 'Number' || f.kind === 'Currency') {
    if (f.min !== undefined) attrs.Min = String(f.min);
    if (f.max !== undefined) attrs.Max = String(f.max);
    if (f.decimals !== undefined) attrs.Decimals = String(f.decimals);
  }
  if (f.lookupList) Object.assign(attrs, { List: `{${f.lookupList}}`, ShowField: f.lookupField ?? 'Title' });
  if (f.primaryFieldId) attrs.FieldRef = `{${f.primaryFieldId}}`;
  if (f.kind === 'LookupMulti' || f.kind === 'UserMulti') attrs.Mult = 'TRUE';
  if (f.kind === 'DateTime') attrs.Format = f.dateOnly ? 'DateOnly' : 'DateTime';
  if (f.kind === 'Calculated') attrs.ResultType = f.outputType ?? 'Text';
  if (f.hidden) attrs.Hidden = 'TRUE';
  if (f.showIn?.display === false) attrs.ShowInDisplayForm = 'FALSE';
  if (f.showIn?.edit === false) attrs.ShowInEditForm = 'FALSE';
  if (f.showIn?.new === false) attrs.ShowInNewForm = 'FALSE';
  Object.assign(attrs, { ID: `{${f.id}}` });
  if (list.id !== WEB_FIELDS) attrs.SourceID = `{${list.id}}`;
  Object.assign(attrs, { StaticName: f.staticName ?? f.name, Name: f.name });
  if (f.group) attrs.Group = f.group;
  if (f.description) attrs.Description = f.description;
  const head = Object.entries(attrs).map(([k, v]) => `${k}="${encodeXmlAttr(v)}"`).join(' ');
  const parts: string[] = [];
  if (f.defaultValue) parts.push(`<Default>${encodeXmlAttr(f.defaultValue)}</Default>`);
  if (f.choices) parts.push(`<CHOICES>${f.choices.map((c) => `<CHOICE>${encodeXmlAttr(c)}</CHOICE>`).join('')}</CHOICES>`);
  if (f.kind === 'Calculated') parts.push(`<Formula>${encodeXmlAttr(f.formula ?? '')}</Formula>`);
  return parts.length > 0 ? `<Field ${head}>${parts.join('')}</Field>` : `<Field ${head} />`;
}

const NOT_FILTERABLE = ['Note', 'URL', 'Thumbnail', 'Computed', 'Location'];

export function fieldEntity(req: ApiRequest, list: ListMeta, f: FieldDef): JsonObject {
  const path = list.id === WEB_FIELDS ? `Web/Fields(guid'${f.id}')` : `Web/Lists(guid'${list.id}')/Fields(guid'${f.id}')`;
  const e: JsonObject = {
    'odata.type': ODATA_FIELD_TYPE[f.kind] ?? 'SP.Field', 'odata.id': `${req.siteUrl}/_api/${path}`, 'odata.editLink': path,
    AutoIndexed: false, CanBeDeleted: !f.builtIn, ClientSideComponentId: '00000000-0000-0000-0000-000000000000', ClientSideComponentProperties: null,
    CustomFormatter: null, DefaultFormula: null, DefaultValue: f.defaultValue ?? null, Description: f.description ?? '', Direction: 'none',
    EnforceUniqueValues: !!f.enforceUnique, EntityPropertyName: entityName(f.name), FieldTypeKind: FIELD_TYPE_KIND[f.kind],
    Filterable: !NOT_FILTERABLE.includes(f.kind), FromBaseType: f.builtIn, Group: f.group ?? (f.builtIn ? '_Hidden' : 'Custom Columns'), Hidden: f.hidden,
    Id: f.id, Indexed: f.indexed || f.name === 'ID', IndexStatus: 0, InternalName: f.name, IsModern: false, JSLink: 'clienttemplates.js',
    PinnedToFiltersPane: false, ReadOnlyField: f.readOnly, Required: f.required, SchemaXml: fieldSchemaXml(list, f), Scope: list.id === WEB_FIELDS ? '' : `${list.url}`,
    Sealed: f.builtIn, ShowInFiltersPane: 0, Sortable: !['Note', 'MultiChoice', 'LookupMulti', 'UserMulti', 'Location'].includes(f.kind),
    StaticName: f.staticName ?? f.name, Title: f.title, TypeAsString: typeAsString(f), TypeDisplayName: f.kind, TypeShortDescription: f.kind,
    ValidationFormula: f.validationFormula ?? null, ValidationMessage: f.validationMessage ?? null,
  };
  if (f.maxLength !== undefined) e.MaxLength = f.maxLength;
  if (f.choices) Object.assign(e, { Choices: f.choices, FillInChoice: false, EditFormat: 0, Mappings: null });
  if (f.kind === 'Lookup' || f.kind === 'LookupMulti' || f.kind === 'User' || f.kind === 'UserMulti') {
    Object.assign(e, {
      AllowMultipleValues: f.kind.endsWith('Multi'), IsDependentLookup: !!f.primaryFieldId, IsRelationship: !f.primaryFieldId && !f.kind.startsWith('User'),
      LookupField: f.lookupField ?? 'Title', LookupList: f.lookupList ? `{${f.lookupList}}` : f.kind.startsWith('User') ? 'UserInfo' : '',
      LookupWebId: '00000000-0000-0000-0000-000000000000', PrimaryFieldId: f.primaryFieldId ?? null, RelationshipDeleteBehavior: 0, UnlimitedLengthInDocumentLibrary: false,
    });
    if (f.kind.startsWith('User')) Object.assign(e, { SelectionGroup: 0, SelectionMode: 1, AllowDisplay: true, Presence: true });
  }
  if (f.kind === 'DateTime') Object.assign(e, { DateTimeCalendarType: 0, DisplayFormat: f.dateOnly ? 0 : 1, FriendlyDisplayFormat: 0 });
  if (f.kind === 'Note') Object.assign(e, { AllowHyperlink: false, AppendOnly: false, NumberOfLines: f.numLines ?? 6, RestrictedMode: true, RichText: !!f.richText, UnlimitedLengthInDocumentLibrary: !!f.unlimited });
  if (f.kind === 'Number' || f.kind === 'Currency') Object.assign(e, { MinimumValue: f.min ?? -1.7976931348623157e308, MaximumValue: f.max ?? 1.7976931348623157e308, ShowAsPercentage: false });
  if (f.kind === 'Currency') e.CurrencyLocaleId = 2057;
  if (f.kind === 'Calculated') Object.assign(e, { Formula: f.formula ?? '', OutputType: FIELD_TYPE_KIND[f.outputType ?? 'Text'], DateFormat: f.outputType === 'DateTime' ? (f.dateOnly ? 0 : 1) : null });
  if (f.kind === 'URL') e.DisplayFormat = 0;
  return e;
}
