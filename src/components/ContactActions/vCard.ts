/**
 * vCard 3.0 text (RFC 2426), the version Outlook and phones import most reliably. Every value is
 * screened text (a contact card is a page of its own once saved): a withheld value is left out.
 */
import { plainText, shownText, type Presented } from '../../domain/neutrality/screened';

export interface VCardContact {
  /** Full name as shown, e.g. "Cllr Jane Smith". */
  formattedName: Presented;
  givenName: Presented;
  familyName: Presented;
  honorificPrefix?: Presented;
  organisation?: Presented;
  title?: Presented;
  email?: Presented;
  workPhone?: Presented;
  mobile?: Presented;
  address?: Presented;
  url?: Presented;
  note?: Presented;
}

/** Escapes text values: backslash, comma, semicolon and newlines. */
function esc(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\r?\n/g, '\\n');
}

/** Folds lines longer than 75 octets, as the standard asks. */
function fold(line: string): string {
  const out: string[] = [];
  let rest = line;
  while (rest.length > 75) {
    out.push(rest.slice(0, 75));
    rest = ' ' + rest.slice(75);
  }
  out.push(rest);
  return out.join('\r\n');
}

export function buildVCard(contact: VCardContact): string {
  const c = (v: Presented | undefined): string => shownText(v) ?? '';
  const lines = ['BEGIN:VCARD', 'VERSION:3.0'];
  lines.push(`N:${esc(c(contact.familyName))};${esc(c(contact.givenName))};;${esc(c(contact.honorificPrefix))};`);
  // The full name is required: a withheld one is the notice.
  lines.push(`FN:${esc(plainText(contact.formattedName))}`);
  const optional: Array<[string, Presented | undefined]> = [
    ['ORG', contact.organisation],
    ['TITLE', contact.title],
    ['EMAIL;TYPE=INTERNET,WORK', contact.email],
    ['TEL;TYPE=WORK,VOICE', contact.workPhone],
    ['TEL;TYPE=CELL', contact.mobile],
    ['ADR;TYPE=WORK', contact.address],
    ['URL', contact.url],
    ['NOTE', contact.note]
  ];
  for (const [key, value] of optional) {
    const v = c(value);
    if (!v) continue;
    lines.push(key === 'ADR;TYPE=WORK' ? `${key}:;;${esc(v)};;;;` : `${key}:${esc(v)}`);
  }
  lines.push('END:VCARD');
  return lines.map(fold).join('\r\n') + '\r\n';
}

/** A safe file name: "Cllr Jane Smith" → "cllr-jane-smith.vcf". */
export function vCardFileName(name: Presented): string {
  const slug = (shownText(name) ?? '')
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-');
  return `${slug || 'contact'}.vcf`;
}
