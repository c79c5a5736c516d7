/**
 * The field model shared by provisioning, the OData layer and item reads/writes.
 * One FieldDef per SharePoint column; `column` is the SQLite column that holds it.
 */
export type FieldKind =
  | 'Counter' | 'Text' | 'Note' | 'Number' | 'Integer' | 'Currency' | 'Boolean' | 'DateTime'
  | 'Choice' | 'MultiChoice' | 'Lookup' | 'LookupMulti' | 'User' | 'UserMulti' | 'URL'
  | 'Thumbnail' | 'Guid' | 'Computed' | 'Attachments';

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
}

/** FieldTypeKind numbers as SharePoint (and PnPjs's FieldTypes enum) use them. */
export const FIELD_TYPE_KIND: Record<FieldKind, number> = {
  Counter: 5, Text: 2, Note: 3, Number: 9, Integer: 1, Currency: 10, Boolean: 8, DateTime: 4,
  Choice: 6, MultiChoice: 15, Lookup: 7, LookupMulti: 7, User: 20, UserMulti: 20, URL: 11,
  Thumbnail: 34, Guid: 14, Computed: 12, Attachments: 19,
};

export const ODATA_FIELD_TYPE: Partial<Record<FieldKind, string>> = {
  Counter: 'SP.Field', Text: 'SP.FieldText', Note: 'SP.FieldMultiLineText', Number: 'SP.FieldNumber',
  Integer: 'SP.Field', Currency: 'SP.FieldCurrency', Boolean: 'SP.Field', DateTime: 'SP.FieldDateTime',
  Choice: 'SP.FieldChoice', MultiChoice: 'SP.FieldMultiChoice', Lookup: 'SP.FieldLookup',
  LookupMulti: 'SP.FieldLookup', User: 'SP.FieldUser', UserMulti: 'SP.FieldUser', URL: 'SP.FieldUrl',
  Thumbnail: 'SP.FieldThumbnail', Guid: 'SP.FieldGuid', Computed: 'SP.FieldComputed', Attachments: 'SP.Field',
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
    case 20: return multi ? 'UserMulti' : 'User';
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

/** The standard columns of every generic list. Title is writable and can be renamed by schema.xml. */
export function standardFields(): FieldDef[] {
  return [
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
  ];
}
