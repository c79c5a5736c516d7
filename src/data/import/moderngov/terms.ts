/**
 * Terms of office: absent for whole councils, or several, zero-length, or "unspecified". The
 * member's term is the current one (the latest that has not ended); a councillor whose terms have
 * all ended is still imported as ModernGov lists them, and reported: terms alone never retire anyone.
 */
import type { ModernGovTerm } from './documents';
import { longDate } from './text';

export interface TermOfOffice {
  start?: string;
  end?: string;
  /** Every term has ended, yet ModernGov still lists the councillor. */
  ended: boolean;
  problems: string[];
}

export function currentTerm(terms: readonly ModernGovTerm[], today: string): TermOfOffice {
  const problems: string[] = [];
  const usable = terms.filter((t) => {
    if (!t.start && !t.end) return false;
    if (t.start && t.end && t.end < t.start) {
      problems.push(`A term of office ends (${longDate(t.end)}) before it starts (${longDate(t.start)}), so it was ignored.`);
      return false;
    }
    if (t.start && t.end && t.start === t.end) {
      problems.push(`A term of office starts and ends on the same day (${longDate(t.start)}), so it was ignored.`);
      return false;
    }
    return true;
  });
  if (usable.length === 0) return { ended: false, problems };
  const open = usable.filter((t) => !t.end || t.end >= today);
  const latest = (list: ModernGovTerm[]): ModernGovTerm =>
    list.slice().sort((a, b) => (a.start ?? a.end ?? '').localeCompare(b.start ?? b.end ?? ''))[list.length - 1];
  if (open.length > 0) {
    const t = latest(open);
    return { start: t.start, end: t.end, ended: false, problems };
  }
  const t = latest(usable);
  problems.push(
    `Every term of office in ModernGov has ended (the last on ${longDate(t.end as string)}), but ModernGov still lists this councillor. ` +
      'They were not marked as former: check with ModernGov, and use the election action if they have left.'
  );
  return { start: t.start, end: t.end, ended: true, problems };
}
