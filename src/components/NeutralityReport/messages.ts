/** The Neutrality report's words, in British English, for Democratic Services (loaded with the panel). */
import { n } from '../common/format';

export const reportMessages = {
  title: 'Neutrality report',
  intro:
    'Every list the directory pages show, checked for party-political content (on officer pages) and campaigning (in councillors’ own statements), as the page screens it. Only people who can edit the lists see this report.',
  checking: (done: number, total: number): string => `Checking the lists… ${n(done)} of ${n(total)} done.`,
  failed: (reason: string): string => `The check could not be run: ${reason}`,
  runAgain: 'Check again',
  none: 'No party-political content was found.',
  found: (count: number, lists: number): string =>
    `${n(count)} ${count === 1 ? 'problem' : 'problems'} found in ${n(lists)} ${lists === 1 ? 'list' : 'lists'}. Each is withheld from the pages until it is corrected.`,
  checked: (items: number, lists: number): string => `${n(items)} items checked in ${n(lists)} lists.`,
  incomplete: 'The check is not complete:',
  tableCaption: 'Problems found, by list and item',
  columnList: 'List',
  columnItem: 'Item',
  columnField: 'Field',
  columnWords: 'Words found',
  columnRule: 'Why it is not shown',
  openItem: (id: number): string => `Open item ${n(id)}`,
  openItemHidden: (list: string): string => ` in the ${list} list (opens in a new tab)`,
  memberRules: ' (councillors’ own statements: campaigning)',
  download: 'Download as CSV',
  downloadLabel: 'Download as CSV: the neutrality report, for Excel',
  close: 'Close the neutrality report'
};
