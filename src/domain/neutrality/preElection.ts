/**
 * The pre-election period ("purdah"): Democratic Services set it; while it runs, statements
 * that members write themselves are withheld everywhere, with a notice saying why. Factual
 * fields (name, ward, party on the member channel, committees, contact details) remain.
 */
import { z } from 'zod';
import { isoDate, text } from '../fields';
import { PROTOCOL } from './protocol';

export const preElectionPeriodSchema = z
  .object({
    start: isoDate('Pre-election period start'),
    end: isoDate('Pre-election period end'),
    /** e.g. "Borough council elections, 7 May 2026". */
    election: text('Election', 150).optional()
  })
  .strict()
  .refine((p) => p.end >= p.start, { path: ['end'], message: 'Pre-election period end must be on or after its start.' });

export type PreElectionPeriod = z.infer<typeof preElectionPeriodSchema>;

/** Today's date in the UK (the period is set in UK calendar days), as yyyy-mm-dd. */
export function ukToday(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(now)
    .reduce<Record<string, string>>((acc, p) => ({ ...acc, [p.type]: p.value }), {});
  return `${parts.year}-${parts.month}-${parts.day}`;
}

export function isInPreElectionPeriod(period: PreElectionPeriod | undefined, today: string): boolean {
  return !!period && period.start <= today && today <= period.end;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "7 May 2026". */
export function formatUkDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

export function preElectionNotice(period: PreElectionPeriod): string {
  const what = period.election ? ` for the ${period.election}` : '';
  return (
    `Councillors' own statements are not shown during the pre-election period${what} ` +
    `(${formatUkDate(period.start)} to ${formatUkDate(period.end)}), under the ${PROTOCOL.publicityCode.cite.replace(' (pre-election period)', '')}. ` +
    'Their contact details, ward and roles are shown as usual.'
  );
}
