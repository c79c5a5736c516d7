/** Shared by the import's integration tests: the fixture folder, an emptied site, and reading lists back. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SPFI } from '@pnp/sp';
import { readSavedAnswers, type ModernGovAnswers } from '../../../src/data/import';

export const FIXTURE = path.resolve(__dirname, '../../fixtures/moderngov/fixture-council');
export const MESSY = path.resolve(__dirname, '../../fixtures/moderngov/messy-council');
export const TODAY = '2026-11-20';

export async function answersFrom(folder: string): Promise<ModernGovAnswers> {
  return readSavedAnswers(folder, { names: fs.readdirSync(folder), read: async (n) => fs.readFileSync(path.join(folder, n), 'utf8') });
}

export const IMPORT_LISTS = ['Memberships', 'Members', 'Bodies', 'Political Groups', 'Wards'];

/** Deletes every item of the import's lists (links first), so a test starts from an empty site. */
export async function clearLists(sp: SPFI): Promise<void> {
  for (const title of IMPORT_LISTS) {
    const items = await sp.web.lists.getByTitle(title).items.select('Id').top(5000)<Array<{ Id: number }>>();
    for (const i of items) await sp.web.lists.getByTitle(title).items.getById(i.Id).delete();
  }
}

export async function rows(sp: SPFI, title: string, select: string[]): Promise<Array<Record<string, unknown>>> {
  return sp.web.lists.getByTitle(title).items.select(...select).top(5000)();
}
