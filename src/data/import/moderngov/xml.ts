/**
 * Reading one mgWebService answer as XML, safely. ModernGov sends plain XML with no DOCTYPE, so a
 * document type declaration (the carrier of entity-expansion attacks) is refused outright rather
 * than parsed; the parser's own entity limits stay on as a second line. Web pages (an HTTP 200 can
 * carry a redirect or error page), malformed XML and over-large answers are refused with a reason.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** The largest answer read: a large council's GetCouncillorsByWard is well under 1 MB. */
export const MAX_DOCUMENT_CHARS = 10 * 1024 * 1024;

/** The source could not be read as ModernGov data (exit code 2 on the command line). */
export class ModernGovReadError extends Error {
  public readonly method: string;
  public constructor(method: string, message: string) {
    super(message);
    this.name = 'ModernGovReadError';
    this.method = method;
  }
}

/** Elements that may repeat: read as arrays even when there is one. */
const REPEATING = new Set(['ward', 'councillor', 'termofoffice', 'committee', 'meeting', 'attendee']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  // Keep every value as text: ids such as "007" and titles such as "2030" must not become numbers.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: { enabled: true, maxEntityCount: 0, maxExpandedLength: 10000 },
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  isArray: (name: string, _path: unknown, _leaf: boolean, isAttribute: boolean) => !isAttribute && REPEATING.has(name)
});

/** Why an answer is not XML at all, in words for Democratic Services; undefined if it may be XML. */
function notXml(text: string): string | undefined {
  const head = text.slice(0, 2000).toLowerCase();
  if (/web service method name is not valid/.test(text.slice(0, 20000).toLowerCase())) {
    return 'ModernGov answered "Web Service method name is not valid": this ModernGov site does not offer it, or the address is not the ModernGov site.';
  }
  if (/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<!doctype\s+html|^\s*<html[\s>]|<head[\s>]|<body[\s>]/.test(head)) {
    return 'the answer is a web page, not ModernGov data (perhaps a sign-in, redirect or error page): check the ModernGov address.';
  }
  if (!/^\s*</.test(text)) return 'the answer is not XML.';
  return undefined;
}

/**
 * Parses one answer. `method` names it in messages ("GetCouncillorsByWard"); `roots` are the
 * elements the answer may have at the top.
 */
export function parseModernGovXml(text: string, method: string, roots: readonly string[]): { root: string; value: Record<string, unknown> } {
  const fail = (why: string): never => {
    throw new ModernGovReadError(method, `${method} could not be read: ${why}`);
  };
  if (typeof text !== 'string' || text.trim() === '') fail('the answer is empty.');
  if (text.length > MAX_DOCUMENT_CHARS) fail(`the answer is larger than ${MAX_DOCUMENT_CHARS / 1024 / 1024} MB, far more than any council's ModernGov data.`);
  const body = text.replace(/^\ufeff/, '');
  const html = notXml(body);
  if (html) fail(html);
  if (/<!doctype|<!entity/i.test(body)) fail('the answer declares a document type or entities, which ModernGov never sends; it was not read, for safety.');
  const valid = XMLValidator.validate(body);
  if (valid !== true) fail(`the XML is malformed (line ${valid.err.line}: ${valid.err.msg}).`);
  let parsed: Record<string, unknown>;
  try {
    parsed = parser.parse(body) as Record<string, unknown>;
  } catch (e) {
    return fail(`the XML could not be parsed (${(e as Error).message}).`);
  }
  const top = Object.keys(parsed).filter((k) => k !== '#text');
  const root = roots.find((r) => top.includes(r));
  if (!root) {
    return fail(`it is not ModernGov data: expected <${roots[0]}> at the top, found ${top.length ? top.map((t) => `<${t}>`).join(', ') : 'nothing'}.`);
  }
  // A repeating element's name can be the root too (<meeting>): the parser then gives a list of one.
  const value = Array.isArray(parsed[root]) ? (parsed[root] as unknown[])[0] : parsed[root];
  return { root, value: value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {} };
}
