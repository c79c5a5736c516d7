/**
 * Field validators shared by every schema. Messages are written for a Democratic Services
 * officer: they name the field and say what to do, with an example.
 */
import { z } from 'zod';

/** A SharePoint list item id. */
export const itemId = (label: string) =>
  z
    .number({ required_error: `${label} is required.`, invalid_type_error: `${label} must be a list item number.` })
    .int(`${label} must be a whole number.`)
    .positive(`${label} must be a list item number (1 or more).`);

/** Trimmed single-line text with a length limit; SharePoint's single-line text holds 255 characters. */
export const text = (label: string, max = 255) =>
  z
    .string({ required_error: `${label} is required.`, invalid_type_error: `${label} must be text.` })
    .trim()
    .min(1, `${label} is required.`)
    .max(max, `${label} must be ${max} characters or fewer.`)
    .refine((v) => !/[\r\n]/.test(v), `${label} must be on one line.`);

/** Multi-line text (SharePoint Note). */
export const longText = (label: string, max = 4000) =>
  z
    .string({ invalid_type_error: `${label} must be text.` })
    .trim()
    .max(max, `${label} must be ${max} characters or fewer.`);

const EMAIL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,}$/;

export const email = (label: string) =>
  z
    .string({ required_error: `${label} is required.`, invalid_type_error: `${label} must be text.` })
    .trim()
    .max(254, `${label} must be 254 characters or fewer.`)
    .refine((v) => EMAIL.test(v), `${label} must be an email address, like name@rugby.gov.uk.`)
    .transform((v) => v.toLowerCase());

/**
 * UK phone numbers: landlines (01/02/03, e.g. 01788 533522), mobiles (07…), and 08 service
 * numbers, in national (0…) or international (+44 …) form, with spaces, hyphens or brackets.
 * Stored in the usual written form; `toTelUri` turns it into a dialable tel: link.
 */
export function normaliseUkPhone(value: string): string | undefined {
  const compact = value.replace(/[\s\-().]/g, '');
  let national: string;
  if (/^\+44\d+$/.test(compact)) national = '0' + compact.slice(3).replace(/^0/, '');
  else if (/^0044\d+$/.test(compact)) national = '0' + compact.slice(4).replace(/^0/, '');
  else if (/^0\d+$/.test(compact)) national = compact;
  else return undefined;
  // 0 + 10 digits for 01/02/03/07/08 numbers; a few old 01 areas have 9 after the 0.
  if (!/^0[1-378]\d{8,9}$/.test(national)) return undefined;
  if (/^0[2357]/.test(national) && national.length !== 11) return undefined;
  if (/^07/.test(national) && !/^07[1-57-9]/.test(national)) return undefined;
  return formatUkPhone(national);
}

function formatUkPhone(n: string): string {
  if (/^07/.test(n)) return `${n.slice(0, 5)} ${n.slice(5)}`;
  if (/^02/.test(n)) return `${n.slice(0, 3)} ${n.slice(3, 7)} ${n.slice(7)}`;
  if (/^0[38]/.test(n)) return `${n.slice(0, 4)} ${n.slice(4, 7)} ${n.slice(7)}`;
  if (/^01\d1/.test(n) || /^011/.test(n)) return `${n.slice(0, 4)} ${n.slice(4, 7)} ${n.slice(7)}`;
  return `${n.slice(0, 5)} ${n.slice(5)}`;
}

/** `tel:` URI in international form for a phone number already accepted by `ukPhone`. */
export function toTelUri(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return `tel:+44${digits.replace(/^0/, '')}`;
}

export const ukPhone = (label: string) =>
  z
    .string({ invalid_type_error: `${label} must be text.` })
    .trim()
    .transform((v, ctx) => {
      const normalised = normaliseUkPhone(v);
      if (!normalised) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          message: `${label} must be a UK phone number, like 01788 533522 or 07700 900123.`
        });
        return z.NEVER;
      }
      return normalised;
    });

/**
 * Links must be https. Plain http, javascript:, data: and anything else is refused so that a
 * stored link can never run script or downgrade the page.
 */
export const httpsUrl = (label: string) =>
  z
    .string({ invalid_type_error: `${label} must be text.` })
    .trim()
    .max(2048, `${label} must be 2048 characters or fewer.`)
    .refine((v) => isHttpsUrl(v), `${label} must be a web address starting with https://, like https://www.rugby.gov.uk.`);

export function isHttpsUrl(value: string): boolean {
  // Reject control characters and whitespace, which browsers strip before parsing the scheme.
  if (hasControlOrSpace(value)) return false;
  try {
    const u = new URL(value);
    return u.protocol === 'https:' && u.hostname.length > 0 && !u.username && !u.password;
  } catch {
    return false;
  }
}

/** A photo: an https address or a path on the same SharePoint site ("/sites/council/…"). */
export const imageUrl = (label: string) =>
  z
    .string({ invalid_type_error: `${label} must be text.` })
    .trim()
    .max(2048, `${label} must be 2048 characters or fewer.`)
    .refine(
      (v) => isHttpsUrl(v) || isServerRelativePath(v),
      `${label} must be a picture on this SharePoint site (starting with /) or an https:// address.`
    );

export function isServerRelativePath(value: string): boolean {
  return /^\/(?!\/)[^\s\\<>"'`]*$/.test(value) && !hasControlOrSpace(value);
}

function hasControlOrSpace(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c <= 0x20 || c === 0x7f) return true;
  }
  return false;
}

/** Calendar dates as ISO `YYYY-MM-DD`; SharePoint's `…T00:00:00Z` form is accepted and trimmed. */
export const isoDate = (label: string) =>
  z
    .string({ invalid_type_error: `${label} must be a date.` })
    .trim()
    .transform((v, ctx) => {
      const m = /^(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+Z?)?$/.exec(v);
      const valid = m && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
      if (!m || !valid) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: `${label} must be a real date, written like 2024-05-02.` });
        return z.NEVER;
      }
      return `${m[1]}-${m[2]}-${m[3]}`;
    });

function isRealDate(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

/** Short list of tags (skills, aliases, keywords): trimmed, de-duplicated ignoring case, no blanks. */
export const tagList = (label: string, maxItems = 50, maxLength = 100) =>
  z
    .array(z.string({ invalid_type_error: `${label} must be a list of words or phrases.` }), {
      invalid_type_error: `${label} must be a list of words or phrases.`
    })
    .transform((items) => {
      const seen = new Set<string>();
      const out: string[] = [];
      for (const raw of items) {
        // Runs of spaces become one; an invisible character (U+FEFF, which \s counts as a space) stays
        // invisible, rather than becoming a space that splits a word the screen then no longer sees.
        const t = raw.trim().replace(/[^\S\uFEFF]+/g, ' ');
        if (!t || seen.has(t.toLowerCase())) continue;
        seen.add(t.toLowerCase());
        out.push(t);
      }
      return out;
    })
    .refine((items) => items.length <= maxItems, `${label} can hold at most ${maxItems} entries.`)
    .refine(
      (items) => items.every((t) => t.length <= maxLength),
      `Each entry in ${label} must be ${maxLength} characters or fewer.`
    );

/** Splits SharePoint's multi-line or comma-separated text into tags. */
export function splitTags(value: string | null | undefined, separator: RegExp = /[\r\n]+/): string[] {
  if (!value) return [];
  return value
    .split(separator)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
