/**
 * A deliberately small XML reader for SharePoint feature files (elements.xml, schema.xml and
 * the <Field …/> snippets sent to fields/createfieldasxml). It handles elements, attributes,
 * text, comments, CDATA and the predefined and numeric entities. No DTDs, no namespaces
 * beyond keeping the prefix in the name: feature XML needs nothing more.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** Feature and CAML XML is shallow; a deeper document is refused rather than walked. */
export const MAX_XML_DEPTH = 128;

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return ENTITIES[e] ?? m;
  });
}

export function encodeXmlAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function parseXml(source: string): XmlElement {
  let pos = 0;
  const root: XmlElement = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  const fail = (msg: string): never => {
    throw new Error(`${msg} at offset ${pos}`);
  };
  while (pos < source.length) {
    const lt = source.indexOf('<', pos);
    const top = stack[stack.length - 1];
    if (lt < 0) {
      top.text += decodeEntities(source.slice(pos));
      break;
    }
    if (lt > pos) top.text += decodeEntities(source.slice(pos, lt));
    pos = lt;
    if (source.startsWith('<!--', pos)) {
      const end = source.indexOf('-->', pos);
      if (end < 0) fail('Unterminated comment');
      pos = end + 3;
    } else if (source.startsWith('<![CDATA[', pos)) {
      const end = source.indexOf(']]>', pos);
      if (end < 0) fail('Unterminated CDATA');
      top.text += source.slice(pos + 9, end);
      pos = end + 3;
    } else if (source.startsWith('<?', pos) || source.startsWith('<!', pos)) {
      const end = source.indexOf('>', pos);
      if (end < 0) fail('Unterminated declaration');
      pos = end + 1;
    } else if (source.startsWith('</', pos)) {
      const end = source.indexOf('>', pos);
      if (end < 0) fail('Unterminated end tag');
      const name = source.slice(pos + 2, end).trim();
      const open = stack.pop();
      if (!open || open.name !== name) fail(`Mismatched end tag </${name}>`);
      pos = end + 1;
    } else {
      const m = /^<([A-Za-z_][\w:.-]*)/.exec(source.slice(pos, pos + 200));
      if (!m) fail('Invalid tag');
      const el: XmlElement = { name: m![1], attrs: {}, children: [], text: '' };
      pos += m![0].length;
      const attrRe = /\s*([A-Za-z_][\w:.-]*)\s*=\s*("([^"]*)"|'([^']*)')|\s*(\/?)>/y;
      for (;;) {
        attrRe.lastIndex = pos;
        const a = attrRe.exec(source);
        if (!a) fail(`Invalid attribute in <${el.name}>`);
        pos = attrRe.lastIndex;
        if (a![1]) {
          el.attrs[a![1]] = decodeEntities(a![3] ?? a![4] ?? '');
          continue;
        }
        top.children.push(el);
        if (a![5] !== '/') stack.push(el);
        if (stack.length > MAX_XML_DEPTH) fail(`Elements nest more than ${MAX_XML_DEPTH} deep`);
        break;
      }
    }
  }
  if (stack.length !== 1) fail(`Unclosed element <${stack[stack.length - 1].name}>`);
  const first = root.children[0];
  if (!first) fail('No root element');
  return first;
}

/** Children with a given local name (namespace prefixes ignored). */
export function childrenNamed(el: XmlElement | undefined, name: string): XmlElement[] {
  if (!el) return [];
  return el.children.filter((c) => localName(c.name) === name);
}

export function childNamed(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return childrenNamed(el, name)[0];
}

function localName(n: string): string {
  const i = n.indexOf(':');
  return i < 0 ? n : n.slice(i + 1);
}

const encodeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Writes an element back as XML (views keep their <Query> as text, as SharePoint does). */
export function serializeXml(el: XmlElement): string {
  const attrs = Object.entries(el.attrs).map(([k, v]) => ` ${k}="${encodeXmlAttr(v)}"`).join('');
  const inner = el.children.map(serializeXml).join('') + (el.children.length === 0 ? encodeText(el.text.trim()) : '');
  return inner === '' ? `<${el.name}${attrs} />` : `<${el.name}${attrs}>${inner}</${el.name}>`;
}
