/**
 * Reads the SharePoint feature files in sharepoint/assets (elements.xml → ListInstance →
 * CustomSchema schema.xml) into list definitions. The local server provisions from these, so the
 * lists here and in a real tenant come from the same files.
 */
import * as fs from 'fs';
import * as path from 'path';
import { childNamed, childrenNamed, parseXml, serializeXml, XmlElement } from './xml';
import { FieldDef, FieldKind, kindFromTypeName } from './fields';

export interface ListDef {
  title: string;
  url: string; // "Lists/Wards"
  description: string;
  template: number;
  fields: FieldDef[]; // custom fields (and a Title override, if the schema has one)
  enableVersioning: boolean;
  enableModeration: boolean;
  /** The list's item-level read setting (<Security><ReadSecurity>), when the schema declares one. */
  readSecurity?: number;
  views: ViewXmlDef[];
}

/** A <View> of schema.xml, as the local store keeps views. */
export interface ViewXmlDef {
  title: string;
  page: string;
  defaultView: boolean;
  hidden: boolean;
  rowLimit: number;
  paged: boolean;
  query: string;
  fields: string[];
  viewType: string;
}

/** Reads one <View> element (schema.xml, or the ViewXml of views.add / SetViewXml). */
export function viewFromXml(el: XmlElement): ViewXmlDef {
  const a = el.attrs;
  const rowLimit = childNamed(el, 'RowLimit');
  const query = childNamed(el, 'Query');
  return {
    title: a.DisplayName ?? '', page: a.Url ?? '', defaultView: bool(a.DefaultView), hidden: bool(a.Hidden),
    rowLimit: rowLimit ? Number(rowLimit.text.trim()) || 30 : 30, paged: rowLimit ? rowLimit.attrs.Paged === undefined || bool(rowLimit.attrs.Paged) : true,
    query: query ? query.children.map(serializeXml).join('') : '',
    fields: childrenNamed(childNamed(el, 'ViewFields'), 'FieldRef').map((f) => f.attrs.Name).filter(Boolean),
    viewType: a.Type ?? 'HTML',
  };
}

const bool = (v: string | undefined): boolean => (v ?? '').toUpperCase() === 'TRUE';
const num = (v: string | undefined): number | undefined => (v === undefined || v === '' ? undefined : Number(v));
const guid = (v: string | undefined): string => (v ?? '').replace(/[{}]/g, '').toLowerCase();

/** Turns one <Field …/> element into a FieldDef. Throws on a type the server does not model. */
export function fieldFromXml(el: XmlElement): FieldDef {
  const a = el.attrs;
  const name = a.Name || a.StaticName;
  if (!name) throw new Error('A <Field> needs a Name attribute.');
  const multi = bool(a.Mult);
  const kind: FieldKind | undefined = kindFromTypeName(a.Type ?? '', multi);
  if (!kind) throw new Error(`Field '${name}' has a type the local server does not support: '${a.Type}'.`);
  const def: FieldDef = {
    id: guid(a.ID) || '',
    name,
    title: a.DisplayName || name,
    kind,
    required: bool(a.Required),
    indexed: bool(a.Indexed),
    hidden: bool(a.Hidden),
    readOnly: bool(a.ReadOnly),
    builtIn: false,
    column: name,
    description: a.Description,
    group: a.Group,
  };
  if (kind === 'Text') def.maxLength = num(a.MaxLength) ?? 255;
  if (kind === 'Note') {
    def.numLines = num(a.NumLines) ?? 6;
    def.richText = bool(a.RichText);
  }
  if (kind === 'Number' || kind === 'Currency') {
    def.min = num(a.Min);
    def.max = num(a.Max);
    def.decimals = num(a.Decimals);
  }
  if (kind === 'DateTime') def.dateOnly = (a.Format ?? '').toLowerCase() === 'dateonly';
  if (kind === 'Choice' || kind === 'MultiChoice') {
    def.choices = childrenNamed(childNamed(el, 'CHOICES'), 'CHOICE').map((c) => c.text.trim());
  }
  if (kind === 'Lookup' || kind === 'LookupMulti') {
    const list = a.List ?? '';
    if (/^\{?[0-9a-f-]{36}\}?$/i.test(list)) def.lookupList = guid(list);
    else def.lookupListUrl = list;
    def.lookupField = a.ShowField || 'Title';
  }
  if (kind === 'Calculated') {
    def.formula = childNamed(el, 'Formula')?.text.trim() ?? '';
    def.outputType = kindFromTypeName(a.ResultType ?? 'Text', false) ?? 'Text';
    def.readOnly = true;
  }
  if (kind === 'Note' && bool(a.UnlimitedLengthInDocumentLibrary)) def.unlimited = true;
  if (bool(a.EnforceUniqueValues)) def.enforceUnique = true;
  const dflt = childNamed(el, 'Default');
  if (dflt) def.defaultValue = dflt.text.trim();
  return def;
}

export function readAssets(assetsDir: string): ListDef[] {
  const elementsPath = path.join(assetsDir, 'elements.xml');
  if (!fs.existsSync(elementsPath)) return [];
  const elements = parseXml(fs.readFileSync(elementsPath, 'utf8'));
  const lists: ListDef[] = [];
  for (const inst of childrenNamed(elements, 'ListInstance')) {
    const a = inst.attrs;
    const def: ListDef = {
      title: a.Title,
      url: a.Url,
      description: a.Description ?? '',
      template: Number(a.TemplateType ?? 100),
      fields: [],
      enableVersioning: true,
      enableModeration: false,
      views: [],
    };
    if (a.CustomSchema) {
      const schema = parseXml(fs.readFileSync(path.join(assetsDir, a.CustomSchema), 'utf8'));
      if (schema.attrs.VersioningEnabled) def.enableVersioning = bool(schema.attrs.VersioningEnabled);
      if (schema.attrs.ModeratedList) def.enableModeration = bool(schema.attrs.ModeratedList);
      const readSecurity = childNamed(childNamed(schema, 'Security'), 'ReadSecurity');
      if (readSecurity) {
        const n = Number(readSecurity.text.trim());
        if (n !== 1 && n !== 2) throw new Error(`${a.CustomSchema}: <ReadSecurity> must be 1 (all items) or 2 (only their own), not "${readSecurity.text.trim()}".`);
        def.readSecurity = n;
      }
      const fields = childNamed(childNamed(schema, 'MetaData'), 'Fields');
      def.fields = childrenNamed(fields, 'Field').map(fieldFromXml);
      def.views = childrenNamed(childNamed(childNamed(schema, 'MetaData'), 'Views'), 'View').map(viewFromXml);
    }
    lists.push(def);
  }
  return lists;
}
