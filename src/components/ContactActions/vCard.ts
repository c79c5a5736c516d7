/**
 * vCard 3.0 text (RFC 2426), the version Outlook and phones import most reliably.
 */
export interface VCardContact {
  /** Full name as shown, e.g. "Cllr Jane Smith". */
  formattedName: string;
  givenName: string;
  familyName: string;
  honorificPrefix?: string;
  organisation?: string;
  title?: string;
  email?: string;
  workPhone?: string;
  mobile?: string;
  address?: string;
  url?: string;
  note?: string;
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

export function buildVCard(c: VCardContact): string {
  const lines = ['BEGIN:VCARD', 'VERSION:3.0'];
  lines.push(`N:${esc(c.familyName)};${esc(c.givenName)};;${esc(c.honorificPrefix ?? '')};`);
  lines.push(`FN:${esc(c.formattedName)}`);
  if (c.organisation) lines.push(`ORG:${esc(c.organisation)}`);
  if (c.title) lines.push(`TITLE:${esc(c.title)}`);
  if (c.email) lines.push(`EMAIL;TYPE=INTERNET,WORK:${esc(c.email)}`);
  if (c.workPhone) lines.push(`TEL;TYPE=WORK,VOICE:${esc(c.workPhone)}`);
  if (c.mobile) lines.push(`TEL;TYPE=CELL:${esc(c.mobile)}`);
  if (c.address) lines.push(`ADR;TYPE=WORK:;;${esc(c.address)};;;;`);
  if (c.url) lines.push(`URL:${esc(c.url)}`);
  if (c.note) lines.push(`NOTE:${esc(c.note)}`);
  lines.push('END:VCARD');
  return lines.map(fold).join('\r\n') + '\r\n';
}

/** A safe file name: "Cllr Jane Smith" → "cllr-jane-smith.vcf". */
export function vCardFileName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-');
  return `${slug || 'contact'}.vcf`;
}
