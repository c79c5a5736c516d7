/** The `--from` of the ModernGov commands: a ModernGov address, or a folder of saved answers. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { fetchModernGov, ModernGovReadError, readSavedAnswers, type ImportProblem, type ModernGovAnswers } from '../../../src/data/import';

export async function loadAnswers(from: string, today: string): Promise<{ answers: ModernGovAnswers; problems: ImportProblem[] }> {
  if (/^https?:\/\//i.test(from)) return fetchModernGov(from, { today });
  const folder = path.resolve(from);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new ModernGovReadError('source', `--from ${from} is neither a ModernGov address (http:// or https://) nor a folder.`);
  }
  const answers = await readSavedAnswers(from, { names: readdirSync(folder), read: async (name) => readFileSync(path.join(folder, name), 'utf8') });
  return { answers, problems: [] };
}
