/**
 * The field model shared by provisioning, the OData layer and item reads/writes.
 * One FieldDef per SharePoint column; `column` is the SQLite column that holds it.
 */
export type FieldKind =
  | 'Counter' | 'Text' | 'Note' | 'Number' | 'Integer' | 'Currency' | 'Boolean' | 'DateTime'
  | 'Choice' | 'MultiChoice' | 'Lookup' | 'LookupMulti' | 'User' | 'UserMulti' | 'URL'
  | 'Thumbnail' | 'Guid' | 'Computed' | 'Attachments' | 'Calculated' | 'Location' | 'File';

export interface FieldDef {
  id: string; // lower-case GUID without braces
  name: string; // internal name
  title: string;
  kind: FieldKind;
  required: boolean;
  indexed: boolean;
  hidden: boolean;
  readOnly: boolean;
  builtIn: boolean;
  /** SQLite column, or null for values computed on read (ContentTypeId, _UIVersionString…). */
  column: string | null;
  maxLength?: number;
  choices?: string[];
  defaultValue?: string | null;
  /** Target list id once resolved; lookupListUrl is the schema.xml form ("Lists/Wards"). */
  lookupList?: string;
  lookupListUrl?: string;
  lookupField?: string;
  dateOnly?: boolean;
  numLines?: number;
  richText?: boolean;
  min?: number;
  max?: number;
  decimals?: number;
  description?: string;
  group?: string;
  /** Calculated: the formula and the type of its result */
  formula?: string;
  outputType?: FieldKind;
  /** a secondary lookup shows another column of its primary lookup's target */
  primaryFieldId?: string;
  enforceUnique?: boolean;
  /** false once setShowInDisplayForm/EditForm/NewForm(false) was called; absent means shown */
  showIn?: { display?: boolean; edit?: boolean; new?: boolean };
  /** unlimited length (Note with UnlimitedLengthInDocumentLibrary) */
  unlimited?: boolean;
  staticName?: string;
  validationFormula?: string;
  validationMessage?: string;
}

/** FieldTypeKind numbers as SharePoint (and PnPjs's FieldTypes enum) use them. */
export const FIELD_TYPE_KIND: Record<FieldKind, number> = {
  Counter: 5, Text: 2, Note: 3, Number: 9, Integer: 1, Currency: 10, Boolean: 8, DateTime: 4,
  Choice: 6, MultiChoice: 15, Lookup: 7, LookupMulti: 7, User: 20, UserMulti: 20, URL: 11,
  Thumbnail: 34, Guid: 14, Computed: 12, Attachments: 19, Calculated: 17, Location: 33, File: 18,
};

export const ODATA_FIELD_TYPE: Partial<Record<FieldKind, string>> = {
  Counter: 'SP.Field', Text: 'SP.FieldText', Note: 'SP.FieldMultiLineText', Number: 'SP.FieldNumber',
  Integer: 'SP.Field', Currency: 'SP.FieldCurrency', Boolean: 'SP.Field', DateTime: 'SP.FieldDateTime',
  Choice: 'SP.FieldChoice', MultiChoice: 'SP.FieldMultiChoice', Lookup: 'SP.FieldLookup',
  LookupMulti: 'SP.FieldLookup', User: 'SP.FieldUser', UserMulti: 'SP.FieldUser', URL: 'SP.FieldUrl',
  Thumbnail: 'SP.FieldThumbnail', Guid: 'SP.FieldGuid', Computed: 'SP.FieldComputed', Attachments: 'SP.Field',
  Calculated: 'SP.FieldCalculated', Location: 'SP.FieldLocation', File: 'SP.Field',
};

export function kindFromTypeKind(kind: number, multi = false): FieldKind | undefined {
  switch (kind) {
    case 1: return 'Integer';
    case 2: return 'Text';
    case 3: return 'Note';
    case 4: return 'DateTime';
    case 6: return 'Choice';
    case 7: return multi ? 'LookupMulti' : 'Lookup';
    case 8: return 'Boolean';
    case 9: return 'Number';
    case 10: return 'Currency';
    case 11: return 'URL';
    case 15: return 'MultiChoice';
    case 17: return 'Calculated';
    case 20: return multi ? 'UserMulti' : 'User';
    case 33: return 'Location';
    case 34: return 'Thumbnail';
    default: return undefined;
  }
}

export function kindFromTypeName(type: string, multi: boolean): FieldKind | undefined {
  const t = type.toLowerCase();
  const map: Record<string, FieldKind> = {
    text: 'Text', note: 'Note', number: 'Number', integer: 'Integer', currency: 'Currency',
    boolean: 'Boolean', datetime: 'DateTime', choice: 'Choice', multichoice: 'MultiChoice',
    lookup: multi ? 'LookupMulti' : 'Lookup', lookupmulti: 'LookupMulti', user: multi ? 'UserMulti' : 'User',
    usermulti: 'UserMulti', url: 'URL', thumbnail: 'Thumbnail', image: 'Thumbnail', guid: 'Guid',
    calculated: 'Calculated', location: 'Location',
  };
  return map[t];
}

export const isLookupKind = (k: FieldKind): boolean => k === 'Lookup' || k === 'LookupMulti' || k === 'User' || k === 'UserMulti';
export const isMultiKind = (k: FieldKind): boolean => k === 'LookupMulti' || k === 'UserMulti' || k === 'MultiChoice';
export const isUserKind = (k: FieldKind): boolean => k === 'User' || k === 'UserMulti';
export const isTextKind = (k: FieldKind): boolean => k === 'Text' || k === 'Note' || k === 'Choice' || k === 'MultiChoice';
export const isNumericKind = (k: FieldKind): boolean =>
  k === 'Number' || k === 'Integer' || k === 'Currency' || k === 'Counter' || k === 'Lookup' || k === 'LookupMulti' || k === 'User' || k === 'UserMulti';

export function sqlColumnType(k: FieldKind): string {
  switch (k) {
    case 'Text': case 'Note': case 'Choice': return 'TEXT COLLATE NOCASE';
    case 'Number': case 'Currency': return 'REAL';
    case 'Integer': case 'Counter': case 'Boolean': case 'Lookup': case 'User': return 'INTEGER';
    case 'Calculated': return 'TEXT';
    default: return 'TEXT';
  }
}

/** Entity property names: `_UIVersionString` is exposed as `OData__UIVersionString`. */
export function entityName(internalName: string): string {
  return internalName.startsWith('_') ? `OData_${internalName}` : internalName;
}

/** The properties an item exposes for a field when it is not expanded. */
export function exposedNames(f: FieldDef): string[] {
  const base = entityName(f.name);
  if (f.kind === 'Lookup' || f.kind === 'LookupMulti') return [`${base}Id`];
  if (f.kind === 'User' || f.kind === 'UserMulti') return [`${base}Id`, `${base}StringId`];
  return [base];
}

/** SharePoint's encoding of characters that are not allowed in internal names (space → _x0020_). */
export function encodeInternalName(title: string): string {
  let out = '';
  for (const ch of title) {
    if (/[A-Za-z0-9_]/.test(ch)) out += ch;
    else out += `_x${ch.codePointAt(0)!.toString(16).padStart(4, '0')}_`;
  }
  return out.slice(0, 32);
}

const std = (name: string, title: string, kind: FieldKind, id: string, column: string | null, extra: Partial<FieldDef> = {}): FieldDef => ({
  id, name, title, kind, required: false, indexed: false, hidden: false, readOnly: true, builtIn: true, column, ...extra,
});

/** The standard columns of every list; libraries add the file columns. Title is writable and can be renamed by schema.xml. */
export function standardFields(template = 100): FieldDef[] {
  const common = [
    std('ID', 'ID', 'Counter', '1d22ea11-1e32-424e-89ab-9fedbadb6ce1', 'ID', { indexed: true }),
    std('Title', 'Title', 'Text', 'fa564e0f-0c70-4ab9-b863-0177e6ddd247', 'Title', { readOnly: false, required: true, maxLength: 255 }),
    std('ContentTypeId', 'Content Type ID', 'Computed', '03e45e84-1992-4d42-9116-26f756012634', null, { hidden: true }),
    std('Modified', 'Modified', 'DateTime', '28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f', 'Modified'),
    std('Created', 'Created', 'DateTime', '8c06beca-0777-48f7-91c7-6da68bc07b69', 'Created'),
    std('Author', 'Created By', 'User', '1df5e554-ec7e-46a6-901d-d85a3881cb18', 'Author'),
    std('Editor', 'Modified By', 'User', 'd31655d1-1d5b-4511-95a1-7a09e9b75bf2', 'Editor'),
    std('_UIVersionString', 'Version', 'Computed', 'dce8262a-3ae9-45aa-aab4-83bd75fb738a', null),
    std('Attachments', 'Attachments', 'Attachments', '67df98f4-9dec-48ff-a553-29bece9c5bf4', '_Attachments'),
    std('GUID', 'GUID', 'Guid', 'ae069f25-3ac2-4256-b9c3-15dbb2f55d31', 'GUID', { hidden: true }),
    std('FileRef', 'URL Path', 'Text', '94f89715-e097-4e8b-ba79-ea02aa8b7adb', '_FileRef', { hidden: true }),
    std('FileDirRef', 'Path', 'Computed', '56605df6-8fa1-47e4-a04c-5b384d59609f', null, { hidden: true }),
    std('FSObjType', 'Item Type', 'Integer', '30bb605f-5bae-48fe-b4e3-1f81d9772af9', '_FSObjType', { hidden: true }),
  ];
  if (template === 100) return common;
  const title = common.find((f) => f.name === 'Title')!;
  Object.assign(title, { required: false });
  return [...common,
    std('FileLeafRef', 'Name', 'File', '8553196d-ec8d-4564-9861-3dbe931050c8', null, { readOnly: false, required: true }),
    std('CheckoutUser', 'Checked Out To', 'User', '3881510a-4e4a-4ee8-b102-8ee8e2d0dd4b', '_CheckoutUser'),
  ];
}

/** Item properties that only a library or folder item has, readable by $select (FileRef, FileLeafRef…). */
export const FILE_PROPS = ['FileRef', 'FileLeafRef', 'FileDirRef', 'FSObjType', 'CheckoutUserId'];

const siteColumn = (name: string, title: string, kind: FieldKind, id: string, group: string, extra: Partial<FieldDef> = {}): FieldDef => ({
  id, name, title, kind, required: false, indexed: false, hidden: false, readOnly: false, builtIn: true, column: null, group, ...extra,
});

/**
 * A few of the site columns every SharePoint site has (web/fields), so that site-column reads and
 * getByInternalNameOrTitle work; not SharePoint's full catalogue. The ids are this server's own.
 */
export function standardSiteColumns(): FieldDef[] {
  const contact = 'Core Contact and Calendar Columns';
  return [
    siteColumn('Title', 'Title', 'Text', 'fa564e0f-0c70-4ab9-b863-0177e6ddd247', '_Hidden', { required: true, maxLength: 255 }),
    siteColumn('ID', 'ID', 'Counter', '1d22ea11-1e32-424e-89ab-9fedbadb6ce1', '_Hidden', { readOnly: true }),
    siteColumn('Created', 'Created', 'DateTime', '8c06beca-0777-48f7-91c7-6da68bc07b69', '_Hidden', { readOnly: true }),
    siteColumn('Modified', 'Modified', 'DateTime', '28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f', '_Hidden', { readOnly: true }),
    siteColumn('Author', 'Created By', 'User', '1df5e554-ec7e-46a6-901d-d85a3881cb18', '_Hidden', { readOnly: true }),
    siteColumn('Editor', 'Modified By', 'User', 'd31655d1-1d5b-4511-95a1-7a09e9b75bf2', '_Hidden', { readOnly: true }),
    siteColumn('EMail', 'E-Mail', 'Text', '8bc6a9a2-4b1d-4e4b-9f0d-6d3f0a3e9d01', contact, { maxLength: 255 }),
    siteColumn('WorkPhone', 'Business Phone', 'Text', '8bc6a9a2-4b1d-4e4b-9f0d-6d3f0a3e9d02', contact, { maxLength: 255 }),
    siteColumn('WorkCity', 'City', 'Text', '8bc6a9a2-4b1d-4e4b-9f0d-6d3f0a3e9d03', contact, { maxLength: 255 }),
    siteColumn('WorkCountry', 'Country/Region', 'Text', '8bc6a9a2-4b1d-4e4b-9f0d-6d3f0a3e9d04', contact, { maxLength: 255 }),
    siteColumn('OtherAddressCountry', 'Other Address Country/Region', 'Text', '8bc6a9a2-4b1d-4e4b-9f0d-6d3f0a3e9d05', contact, { maxLength: 255 }),
    siteColumn('Comments', 'Comments', 'Note', '8bc6a9a2-4b1d-4e4b-9f0d-6d3f0a3e9d06', 'Core Document Columns', { numLines: 6 }),
  ];
}
