/**
 * What a form holds (the text people type, ticks, choices) and the domain values the schemas
 * judge, both ways. Dates are typed the British way (13/05/2024) and stored as ISO dates.
 */
import { format } from '../../components/common/format';
import { splitTags } from '../../domain/fields';
import { strings } from '../strings';

export type InputKind =
  | 'text'
  | 'longText'
  | 'email'
  | 'phone'
  | 'url'
  | 'date'
  | 'number'
  | 'boolean'
  | 'choice'
  | 'lookup'
  | 'lookupMulti'
  /** A list of entries, one per line. */
  | 'lines'
  /** A list of entries separated by commas (or lines). */
  | 'commas'
  | 'officer';

/** A form's value for one field: text, a tick, or ids (several wards). */
export type DraftValue = string | boolean | string[];
export type Draft = Record<string, DraftValue>;

const pad = (n: number): string => String(n).padStart(2, '0');

/** "2024-05-13" → "13/05/2024". */
export function ukDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** "13/5/2024", "13-05-2024", "13.05.2024" → "2024-05-13"; undefined when it is not a date written that way. */
export function isoFromUk(text: string): string | undefined {
  const m = /^(\d{1,2})\s*[/.\- ]\s*(\d{1,2})\s*[/.\- ]\s*(\d{4})$/.exec(text.trim());
  if (!m) return undefined;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (mo < 1 || mo > 12 || d < 1 || d > days) return undefined;
  return `${y}-${pad(mo)}-${pad(d)}`;
}

/** Today (ISO) as a form shows it. */
export function todayUk(todayIso: string): string {
  return ukDate(todayIso);
}

export function toDraftValue(kind: InputKind, value: unknown): DraftValue {
  switch (kind) {
    case 'boolean':
      return value === true;
    case 'date':
      return typeof value === 'string' ? ukDate(value) : '';
    case 'lookupMulti':
      return Array.isArray(value) ? value.map(String) : [];
    case 'lines':
      return Array.isArray(value) ? value.join('\n') : '';
    case 'commas':
      return Array.isArray(value) ? value.join(', ') : '';
    default:
      return value === undefined || value === null ? '' : String(value);
  }
}

export interface Converted {
  /** The domain value (undefined for a blank field). */
  value: unknown;
  /** A problem the form finds before the schema can (a date not written as a date). */
  problem?: string;
}

export function fromDraftValue(kind: InputKind, draft: DraftValue | undefined, label: string): Converted {
  if (kind === 'boolean') return { value: draft === true };
  if (kind === 'lookupMulti') return { value: Array.isArray(draft) ? draft.map(Number) : [] };
  const text = typeof draft === 'string' ? draft : '';
  const trimmed = text.trim();
  switch (kind) {
    case 'lines':
      return { value: splitTags(text) };
    case 'commas':
      return { value: splitTags(text, /[,;\r\n]+/) };
    case 'date': {
      if (!trimmed) return { value: undefined };
      const iso = isoFromUk(trimmed);
      return iso ? { value: iso } : { value: undefined, problem: format(strings.dateInvalid, { label }) };
    }
    case 'number':
      if (!trimmed) return { value: undefined };
      return Number.isFinite(Number(trimmed)) ? { value: Number(trimmed) } : { value: undefined, problem: format(strings.numberInvalid, { label }) };
    case 'lookup':
    case 'officer':
      return { value: trimmed ? Number(trimmed) : undefined };
    case 'longText':
      // Line breaks are the writer's own; only blank text is "no value".
      return { value: trimmed ? text.replace(/\s+$/, '') : undefined };
    default:
      return { value: trimmed ? text : undefined };
  }
}

/** Two form values are the same (for "has it changed?"). */
export function sameDraft(a: DraftValue | undefined, b: DraftValue | undefined): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    const x = Array.isArray(a) ? [...a].sort() : [];
    const y = Array.isArray(b) ? [...b].sort() : [];
    return x.length === y.length && x.every((v, i) => v === y[i]);
  }
  if (typeof a === 'boolean' || typeof b === 'boolean') return (a === true) === (b === true);
  return (a ?? '').trim() === (b ?? '').trim();
}
