import { formatUkDate, isInPreElectionPeriod, preElectionPeriodSchema, ukToday, validate } from '../../../src/domain';

describe('pre-election period settings', () => {
  it('refuses a period that ends before it starts', () => {
    expect(validate(preElectionPeriodSchema, { start: '2026-05-07', end: '2026-03-23' }, 'a pre-election period')).toEqual({
      ok: false,
      problems: [{ field: 'end', rule: 'invalid', message: 'Pre-election period end must be on or after its start.' }]
    });
  });
  it('includes both end days', () => {
    const p = preElectionPeriodSchema.parse({ start: '2026-03-23', end: '2026-05-07' });
    expect(isInPreElectionPeriod(p, '2026-03-23')).toBe(true);
    expect(isInPreElectionPeriod(p, '2026-05-07')).toBe(true);
    expect(isInPreElectionPeriod(p, '2026-05-08')).toBe(false);
    expect(isInPreElectionPeriod(undefined, '2026-05-01')).toBe(false);
  });
  it('uses UK calendar days', () => {
    // 23:30 UTC on 30 June is already 1 July in British Summer Time.
    expect(ukToday(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(ukToday(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
    expect(formatUkDate('2026-05-07')).toBe('7 May 2026');
  });
});
