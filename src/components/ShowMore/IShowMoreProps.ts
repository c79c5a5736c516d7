export interface IShowMoreProps {
  /** How many are shown now, and in all. */
  shown: number;
  total: number;
  /** How many each press adds. */
  pageSize: number;
  /** "Show 12 more councillors". */
  label: (next: number, remaining: number) => string;
  /** "Showing 12 of 42 councillors". */
  status: (shown: number, total: number) => string;
  onMore: () => void;
}
