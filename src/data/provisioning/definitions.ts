/**
 * The product's lists as the package defines them: sharepoint/assets/elements.xml (one
 * <ListInstance> per list) and each list's schema XML (its <Field>s and default <View>), read with
 * fast-xml-parser into plain definitions that runtime provisioning applies through PnPjs. The
 * same files go into the .sppkg, so a site provisioned either way gets the same lists.
 *
 * Browser-safe: it is given the files' text, and reads no files itself.
 */
import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { z } from 'zod';

/** One column of a list, as its <Field> says. */
export interface FieldDefinition {
  internalName: string;
  id: string;
  /** SharePoint's TypeAsString: Text, Note, Lookup, LookupMulti, User, UserMulti, Thumbnail… */
  type: string;
  displayName: string;
  required: boolean;
  indexed: boolean;
  maxLength?: number;
  description?: string;
  choices?: string[];
  defaultValue?: string;
  /** For lookups: the target list's URL as the schema gives it ("Lists/Wards"). */
  lookupListUrl?: string;
  /** The <Field> element itself, for fields/createfieldasxml (lookups get their target's id first). */
  schemaXml(lookupListId?: string): string;
}

export interface ViewDefinition {
  fields: string[];
  /** The <Query> content, in canonical form (see canonicalQuery), for comparing. */
  query: string;
  /** The <Query> content as the schema has it, for writing. */
  queryXml: string;
  rowLimit: number;
  paged: boolean;
}

export interface ListDefinition {
  title: string;
  /** "Lists/Wards" */
  url: string;
  description: string;
  template: number;
  enableVersioning: boolean;
  /** Who reads the items: 1 everyone who may view them, 2 each person only their own (the schema's <Security><ReadSecurity>). */
  readSecurity: 1 | 2;
  fields: FieldDefinition[];
  defaultView?: ViewDefinition;
}

/** A file of the package could not be read as a list definition; names the file and the reason. */
export class DefinitionError extends Error {
  public constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'DefinitionError';
  }
}

type Node = Record<string, unknown>;
const ATTRS = ':@';

const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: true, parseAttributeValue: false, parseTagValue: false, processEntities: true });
const builder = new XMLBuilder({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', suppressEmptyNode: true, processEntities: true });

const nameOf = (n: Node): string => Object.keys(n).find((k) => k !== ATTRS) ?? '';
const attrsOf = (n: Node): Record<string, string> => (n[ATTRS] as Record<string, string> | undefined) ?? {};
const childrenOf = (n: Node): Node[] => (n[nameOf(n)] as Node[] | undefined) ?? [];
const localName = (name: string): string => name.slice(name.indexOf(':') + 1);
const named = (nodes: Node[], name: string): Node[] => nodes.filter((n) => localName(nameOf(n)) === name);
const first = (nodes: Node[], name: string): Node | undefined => named(nodes, name)[0];
const textOf = (n: Node | undefined): string => (n ? childrenOf(n).map((c) => (typeof c['#text'] === 'string' ? c['#text'] : '')).join('').trim() : '');

function parse(file: string, text: string): Node[] {
  try {
    return parser.parse(text) as Node[];
  } catch (e) {
    throw new DefinitionError(file, `it is not well-formed XML (${(e as Error).message.split('\n')[0]}).`);
  }
}

const boolText = z.enum(['TRUE', 'FALSE', 'true', 'false']).transform((v) => v.toUpperCase() === 'TRUE');
const guidText = z.string().regex(/^\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}?$/, 'must be a GUID');

const listInstanceSchema = z.object({
  Title: z.string().min(1, 'needs a Title').max(255),
  Url: z.string().regex(/^Lists\/[A-Za-z0-9_-]+$/, 'must be Lists/<name>'),
  TemplateType: z.literal('100', { errorMap: () => ({ message: 'must be 100 (a custom list): the only kind the package defines' }) }),
  CustomSchema: z.string().min(1, 'needs a CustomSchema file'),
  Description: z.string().optional()
});

const fieldSchema = z.object({
  ID: guidText,
  Name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,31}$/, 'must be an internal name of letters, digits and _ (at most 32)'),
  Type: z.enum(['Text', 'Note', 'Number', 'Currency', 'Integer', 'Boolean', 'DateTime', 'Choice', 'MultiChoice', 'Lookup', 'LookupMulti', 'User', 'UserMulti', 'URL', 'Thumbnail', 'Location']),
  DisplayName: z.string().min(1, 'needs a DisplayName').max(255),
  Required: boolText.optional(),
  Indexed: boolText.optional(),
  Mult: boolText.optional(),
  MaxLength: z.string().regex(/^\d+$/, 'must be a whole number').transform(Number).optional(),
  Description: z.string().optional(),
  List: z.string().optional()
});

function issue(e: z.ZodError): string {
  return e.issues.map((i) => `${i.path.join('.') || 'value'} ${i.message}`).join('; ');
}

function fieldDefinition(file: string, node: Node): FieldDefinition {
  const attrs = attrsOf(node);
  const parsed = fieldSchema.safeParse(attrs);
  const label = attrs.Name ? `the field ${attrs.Name}` : 'a field';
  if (!parsed.success) throw new DefinitionError(file, `${label}: ${issue(parsed.error)}.`);
  const a = parsed.data;
  const multi = a.Mult === true;
  const type = (a.Type === 'Lookup' || a.Type === 'User') && multi ? `${a.Type}Multi` : a.Type;
  const children = childrenOf(node);
  const choices = named(childrenOf(first(children, 'CHOICES') ?? { CHOICES: [] }), 'CHOICE').map(textOf);
  const dflt = first(children, 'Default');
  if ((type === 'Lookup' || type === 'LookupMulti') && !a.List) throw new DefinitionError(file, `the lookup ${a.Name} needs a List.`);
  const def: FieldDefinition = {
    internalName: a.Name,
    id: a.ID.replace(/[{}]/g, '').toLowerCase(),
    type,
    displayName: a.DisplayName,
    required: a.Required ?? false,
    indexed: a.Indexed ?? false,
    schemaXml(lookupListId?: string): string {
      const copy: Node = JSON.parse(JSON.stringify(node)) as Node;
      if (lookupListId) copy[ATTRS] = { ...attrsOf(copy), List: `{${lookupListId}}` };
      return builder.build([copy]) as string;
    }
  };
  if (a.MaxLength !== undefined) def.maxLength = a.MaxLength;
  if (a.Description) def.description = a.Description;
  if (choices.length > 0) def.choices = choices;
  if (dflt) def.defaultValue = textOf(dflt);
  if (a.List && (type === 'Lookup' || type === 'LookupMulti')) def.lookupListUrl = a.List;
  return def;
}

/**
 * A view's <Query> in one canonical form, so that the package's and a site's can be compared:
 * no whitespace between elements, attributes in order, and SharePoint's defaults (Ascending="TRUE")
 * left out.
 */
export function canonicalQuery(xml: string): string {
  if (!xml.trim()) return '';
  const strip = (nodes: Node[]): Node[] =>
    nodes
      .filter((n) => nameOf(n) !== '#text' || String(n['#text']).trim() !== '')
      .map((n) => {
        const name = nameOf(n);
        if (name === '#text') return n;
        const attrs = { ...attrsOf(n) };
        if (localName(name) === 'FieldRef' && (attrs.Ascending ?? '').toUpperCase() === 'TRUE') delete attrs.Ascending;
        const sorted = Object.fromEntries(Object.entries(attrs).sort(([x], [y]) => x.localeCompare(y)));
        const out: Node = { [name]: strip(childrenOf(n)) };
        if (Object.keys(sorted).length > 0) out[ATTRS] = sorted;
        return out;
      });
  let nodes: Node[];
  try {
    nodes = parser.parse(`<Query>${xml}</Query>`) as Node[];
  } catch {
    return xml.trim();
  }
  return builder.build(strip(childrenOf(nodes[0]))) as string;
}

function viewDefinition(file: string, view: Node): ViewDefinition {
  const children = childrenOf(view);
  const fields = named(childrenOf(first(children, 'ViewFields') ?? { ViewFields: [] }), 'FieldRef').map((f) => attrsOf(f).Name).filter(Boolean);
  const query = first(children, 'Query');
  const rowLimit = first(children, 'RowLimit');
  const limit = rowLimit ? Number(textOf(rowLimit)) : 30;
  if (!Number.isInteger(limit) || limit < 1) throw new DefinitionError(file, 'the default view\'s RowLimit must be a positive whole number.');
  const queryXml = query ? (builder.build(childrenOf(query)) as string) : '';
  return {
    fields,
    query: canonicalQuery(queryXml),
    queryXml,
    rowLimit: limit,
    paged: rowLimit ? (attrsOf(rowLimit).Paged ?? 'TRUE').toUpperCase() === 'TRUE' : true
  };
}

/**
 * Reads elements.xml and every list schema it names. `readFile` gives a file's text by its name
 * beside elements.xml.
 */
export function readListDefinitions(elementsXml: string, readFile: (name: string) => string): ListDefinition[] {
  const root = first(parse('elements.xml', elementsXml), 'Elements');
  if (!root) throw new DefinitionError('elements.xml', 'it has no <Elements> root.');
  const lists: ListDefinition[] = [];
  for (const inst of named(childrenOf(root), 'ListInstance')) {
    const parsed = listInstanceSchema.safeParse(attrsOf(inst));
    if (!parsed.success) throw new DefinitionError('elements.xml', `the ListInstance ${attrsOf(inst).Title ?? ''}: ${issue(parsed.error)}.`);
    const a = parsed.data;
    let text: string;
    try {
      text = readFile(a.CustomSchema);
    } catch (e) {
      throw new DefinitionError(a.CustomSchema, `it could not be read (${(e as Error).message}).`);
    }
    const schema = first(parse(a.CustomSchema, text), 'List');
    if (!schema) throw new DefinitionError(a.CustomSchema, 'it has no <List> root.');
    const meta = childrenOf(first(childrenOf(schema), 'MetaData') ?? { MetaData: [] });
    const fields = named(childrenOf(first(meta, 'Fields') ?? { Fields: [] }), 'Field').map((f) => fieldDefinition(a.CustomSchema, f));
    const seen = new Set<string>();
    for (const f of fields) {
      if (seen.has(f.internalName.toLowerCase())) throw new DefinitionError(a.CustomSchema, `the field ${f.internalName} is defined twice.`);
      seen.add(f.internalName.toLowerCase());
    }
    const views = named(childrenOf(first(meta, 'Views') ?? { Views: [] }), 'View');
    const dflt = views.find((v) => (attrsOf(v).DefaultView ?? '').toUpperCase() === 'TRUE') ?? views[0];
    const versioning = attrsOf(schema).VersioningEnabled;
    const readSecurityText = textOf(first(childrenOf(first(childrenOf(schema), 'Security') ?? { Security: [] }), 'ReadSecurity'));
    if (readSecurityText !== '' && readSecurityText !== '1' && readSecurityText !== '2') {
      throw new DefinitionError(a.CustomSchema, `<ReadSecurity> must be 1 (everyone reads all items) or 2 (each person reads only their own), not "${readSecurityText}".`);
    }
    const def: ListDefinition = {
      title: a.Title,
      url: a.Url,
      description: a.Description ?? '',
      template: 100,
      enableVersioning: versioning === undefined ? true : versioning.toUpperCase() === 'TRUE',
      readSecurity: readSecurityText === '2' ? 2 : 1,
      fields
    };
    if (dflt) def.defaultView = viewDefinition(a.CustomSchema, dflt);
    lists.push(def);
  }
  const byUrl = new Map(lists.map((l) => [l.url.toLowerCase(), l]));
  lists.forEach((l, i) => {
    for (const f of l.fields) {
      if (!f.lookupListUrl) continue;
      const target = byUrl.get(f.lookupListUrl.toLowerCase());
      if (!target) throw new DefinitionError('elements.xml', `the lookup ${l.title}.${f.internalName} points at ${f.lookupListUrl}, which the package does not define.`);
      if (lists.indexOf(target) > i) throw new DefinitionError('elements.xml', `${l.title} comes before ${target.title}, which its lookup ${f.internalName} points at.`);
    }
  });
  return lists;
}
