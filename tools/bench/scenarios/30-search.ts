/**
 * The officer search side by side with the libraries a team would pick instead (MiniSearch and
 * FlexSearch), over the same 20,000 officers and the same labelled queries
 * (tools/bench/search/queries.ts): index build time, the memory the index keeps, query and
 * keystroke p95, and recall@5. Each engine runs in a child Node process of its own, one after
 * another, so that memory and timings are its own; `*VsOurs` are same-run ratios.
 */
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import type { BenchScenario } from '../context';
import { ENGINES } from '../search/engines';

const REPO = path.resolve(__dirname, '..', '..', '..');

function measure(engine: string): Record<string, number> {
  const json = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(REPO, 'tools/bench/search/measure.ts'), engine], {
    cwd: REPO,
    encoding: 'utf8',
    maxBuffer: 1 << 20
  });
  return JSON.parse(json) as Record<string, number>;
}

const scenario: BenchScenario = async () => {
  const out: Record<string, number> = {};
  const figures: Record<string, Record<string, number>> = {};
  for (const engine of Object.keys(ENGINES)) {
    figures[engine] = measure(engine);
    for (const [k, v] of Object.entries(figures[engine])) out[`search.${engine}.${k}`] = v;
  }
  for (const engine of Object.keys(ENGINES).filter((e) => e !== 'ours')) {
    for (const k of ['buildMs', 'memoryMB', 'queryP95Ms', 'keystrokeP95Ms']) out[`search.${engine}.${k}VsOurs`] = figures[engine][k] / figures.ours[k];
  }
  return out;
};

export default scenario;
