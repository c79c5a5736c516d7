/**
 * Generating the demo councils (no browser): the large council (200 councillors, 20,000
 * officers) that scale tests and `npm run reset -- --council large` load, beside Rugby in the
 * same run. Each build is fresh (the generators keep nothing between calls); the median of five.
 */
import { performance } from 'perf_hooks';
import { largeCouncilDataset, rugbyDataset } from '../../../local/demo';
import type { BenchScenario } from '../context';

function medianMs(build: () => unknown, runs = 5): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    build();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)];
}

const scenario: BenchScenario = async () => {
  const rugby = medianMs(rugbyDataset);
  const large = medianMs(largeCouncilDataset);
  return { 'demo.rugby.buildMs': rugby, 'demo.large.buildMs': large, 'demo.large.buildMsVsRugby': large / rugby };
};

export default scenario;
