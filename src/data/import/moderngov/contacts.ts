/**
 * Contact details as ModernGov holds them, checked with the domain's own validators: an email
 * field may hold a note, two addresses joined by ";", a phone number or a cut-off domain; a phone
 * field may hold a "Home:" label or prose. What is valid is taken; the rest is reported by field.
 * Nothing from the home address is ever made public by the import.
 */
import { email as emailSchema, normaliseUkPhone } from '../../../domain/fields';

export interface Found<T> {
  value?: T;
  /** Why what ModernGov holds was not taken (plain English). */
  problem?: string;
}

const isEmail = (v: string): boolean => emailSchema('Email').safeParse(v).success;

/** The one valid address in an email field; notes, extra addresses and broken ones are reported. */
export function findEmail(raw: string | undefined, label: string): Found<string> {
  if (!raw) return {};
  if (isEmail(raw)) return { value: raw.trim().toLowerCase() };
  const candidates = raw
    .split(/[;,\s]+/)
    .map((t) => t.replace(/^mailto:/i, '').replace(/^[<(["']+|[>)\]"']+$/g, ''))
    .filter((t) => t.includes('@'));
  const valid = candidates.filter(isEmail);
  if (valid.length === 1) {
    const extra = raw.replace(valid[0], '').replace(/[;,\s]/g, '');
    return { value: valid[0].toLowerCase(), problem: extra ? `${label}: only "${valid[0]}" was taken from "${raw}".` : undefined };
  }
  if (valid.length > 1) {
    return { value: valid[0].toLowerCase(), problem: `${label} holds more than one address ("${raw}"); only the first, ${valid[0]}, was taken.` };
  }
  return { problem: `${label} "${raw}" is not an email address, so it was not imported.` };
}

export interface FoundPhone {
  value?: string;
  /** A number labelled as a home number, which is not published unless the member chose to. */
  home: boolean;
  mobile: boolean;
  problem?: string;
}

const LABEL = /^(home|work|office|tel|telephone|phone|mobile|mob|cell|daytime|evening|day|eve)\.?\s*(?:tel(?:ephone)?\.?|no\.?|number)?\s*[:\-–]?\s*/i;

/** A UK phone number, with any "Home:"/"Tel:" label taken off; prose is reported. */
export function findPhone(raw: string | undefined, label: string): FoundPhone {
  if (!raw) return { home: false, mobile: false };
  let text = raw.trim();
  let home = false;
  const m = LABEL.exec(text);
  if (m) {
    home = /^home|^evening|^eve/i.test(m[1]);
    text = text.slice(m[0].length);
  }
  const value = normaliseUkPhone(text);
  if (value) return { value, home, mobile: value.startsWith('07') };
  return { home, mobile: false, problem: `${label} "${raw}" is not a UK phone number, so it was not imported.` };
}

/** ModernGov's placeholder for a councillor without a photo. */
export function isPlaceholderPhoto(url: string): boolean {
  return /\/mgimages\/missing[^/]*\.(?:gif|png|jpe?g)$/i.test(url.split(/[?#]/)[0]);
}

/**
 * The photo's address: placeholders are no photo; a relative address is taken from the ModernGov
 * site; http is upgraded to https (the product shows pictures over https only, and ModernGov
 * sites answer on both).
 */
export function findPhoto(raw: string | undefined, base: string | undefined): Found<string> {
  if (!raw || isPlaceholderPhoto(raw)) return {};
  let url: URL;
  try {
    url = base ? new URL(raw, base) : new URL(raw);
  } catch {
    return { problem: `Photo "${raw}" is not a web address${base ? '' : ' (saved answers give no site to read a relative address from)'}, so it was not imported.` };
  }
  if (url.protocol === 'http:') url.protocol = 'https:';
  if (url.protocol !== 'https:' || url.username || url.password) return { problem: `Photo "${raw}" is not a web address, so it was not imported.` };
  return { value: url.toString() };
}

/** An address's lines as one text, one line each. */
export function addressText(a: Partial<Record<string, string>>): string | undefined {
  const lines = [a.line1, a.line2, a.line3, a.line4, a.postcode].filter((l): l is string => !!l && l.trim() !== '');
  return lines.length ? lines.join('\n') : undefined;
}
