/**
 * Recall and false-positive rate of the screen on the generated sets, per channel and per family.
 *
 *   npx tsx tests/unit/neutrality/support/figures.ts [--misses]
 */
import { createScreener } from '../../../../src/domain/neutrality/screening';
import type { Channel } from '../../../../src/domain/neutrality/channels';
import { memberNegatives, memberPositives, officerPositives, ordinaryNegatives, type Sample } from './generated';
import { COUNCIL_GROUPS } from './terms';

export interface Figures {
  channel: Channel;
  positives: number;
  blocked: number;
  negatives: number;
  falsePositives: number;
  byFamily: Record<string, { n: number; blocked: number }>;
  misses: Sample[];
  wrongs: Sample[];
}

export function measure(channel: Channel, positives: Sample[], negatives: Sample[]): Figures {
  const screener = createScreener({ groups: COUNCIL_GROUPS });
  const f: Figures = { channel, positives: positives.length, blocked: 0, negatives: negatives.length, falsePositives: 0, byFamily: {}, misses: [], wrongs: [] };
  for (const p of positives) {
    const blocked = !screener.screen(p.text, channel).allowed;
    const fam = (f.byFamily[p.family] ??= { n: 0, blocked: 0 });
    fam.n++;
    if (blocked) {
      f.blocked++;
      fam.blocked++;
    } else f.misses.push(p);
  }
  for (const n of negatives) {
    if (!screener.screen(n.text, channel).allowed) {
      f.falsePositives++;
      f.wrongs.push(n);
    }
  }
  return f;
}

export function allFigures(): Figures[] {
  return [
    measure('officer-owned', officerPositives(), ordinaryNegatives()),
    measure('member-profile', memberPositives(), memberNegatives())
  ];
}

const pct = (a: number, b: number): string => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);

if (require.main === module) {
  const showMisses = process.argv.includes('--misses');
  for (const f of allFigures()) {
    process.stdout.write(
      `${f.channel}: recall ${pct(f.blocked, f.positives)} (${f.blocked}/${f.positives} blocked); ` +
        `false positives ${pct(f.falsePositives, f.negatives)} (${f.falsePositives}/${f.negatives} ordinary texts withheld)\n`
    );
    for (const [family, r] of Object.entries(f.byFamily)) process.stdout.write(`  ${family.padEnd(22)} ${pct(r.blocked, r.n).padStart(7)}  (${r.blocked}/${r.n})\n`);
    if (showMisses) {
      for (const m of f.misses) process.stdout.write(`  MISS [${m.family}/${m.position ?? ''}] ${JSON.stringify(m.text)}\n`);
      for (const w of f.wrongs) process.stdout.write(`  FALSE [${w.family}] ${JSON.stringify(w.text)}\n`);
    }
  }
}

/** Screens per second for short texts like those an officer page shows: distinct (first time) and repeated (kept). */
export function speed(texts: readonly string[]): { distinctPerSecond: number; repeatedPerSecond: number; n: number } {
  const screener = createScreener({ groups: COUNCIL_GROUPS });
  let t0 = performance.now();
  for (const t of texts) screener.screen(t, 'officer-owned');
  const first = performance.now() - t0;
  t0 = performance.now();
  for (let i = 0; i < 5; i++) for (const t of texts) screener.screen(t, 'officer-owned');
  const again = (performance.now() - t0) / 5;
  return { distinctPerSecond: Math.round((texts.length / first) * 1000), repeatedPerSecond: Math.round((texts.length / again) * 1000), n: texts.length };
}

if (require.main === module) {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { largeCouncilDataset } = require('../../../../local/demo') as typeof import('../../../../local/demo');
  const data = largeCouncilDataset();
  const texts = [...new Set(data.officers.flatMap((o) => [o.jobTitle, o.location, `${o.givenName} ${o.familyName}`, o.email]).filter((t): t is string => typeof t === 'string'))];
  const s = speed(texts);
  process.stdout.write(
    `speed: ${s.n.toLocaleString('en-GB')} distinct short texts from the large council's 20,000 officers (job titles, locations, names, e-mail): ` +
      `${s.distinctPerSecond.toLocaleString('en-GB')} screens/s first time, ${s.repeatedPerSecond.toLocaleString('en-GB')}/s repeated (kept)\n`
  );
}
