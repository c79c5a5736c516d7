/** The demo councils `npm start` and `npm run reset` can load. */
import { largeCouncilDataset, rugbyDataset, type DemoDataset } from './demo';

export const COUNCILS = {
  rugby: (): DemoDataset => rugbyDataset(),
  large: (): DemoDataset => largeCouncilDataset()
} as const;

export type CouncilName = keyof typeof COUNCILS;

export function parseCouncil(value: string | undefined): CouncilName | undefined {
  const v = (value ?? 'rugby').trim().toLowerCase();
  return v in COUNCILS ? (v as CouncilName) : undefined;
}
