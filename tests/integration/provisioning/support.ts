/**
 * Running the provision command in-process (the real command, the real PnPjs) against local
 * sites, and reading a list back the way the comparison with a package-provisioned site needs.
 */
import { Writable } from 'node:stream';
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/views';
import { EXIT, UnreadableError, UsageError } from '../../../tools/cli/exit';
import { provisionCommand } from '../../../tools/cli/provision';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  json(): Record<string, unknown>;
}

function sink(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  return { stream: new Writable({ write: (c, _e, cb) => (chunks.push(String(c)), cb()) }), text: () => chunks.join('') };
}

/** Runs the command as tools/cli/index.ts does, with its exit codes for unreadable input (2) and usage (64). */
export async function provision(argv: string[], env: NodeJS.ProcessEnv = { LOCAL_USER: 'owner' }): Promise<Run> {
  const out = sink();
  const err = sink();
  let code: number;
  try {
    code = await provisionCommand(argv, { stdout: out.stream, stderr: err.stream }, env);
  } catch (e) {
    if (!(e instanceof UnreadableError) && !(e instanceof UsageError)) throw e;
    err.stream.write(`provision: ${e.message}\n`);
    code = e instanceof UsageError ? EXIT.usage : EXIT.unreadable;
  }
  return { code, stdout: out.text(), stderr: err.text(), json: () => JSON.parse(out.text()) as Record<string, unknown> };
}

const FIELD_PROPS = ['Id', 'InternalName', 'Title', 'TypeAsString', 'Required', 'Indexed', 'EnforceUniqueValues', 'MaxLength', 'Choices', 'LookupField', 'DefaultValue', 'Description', 'Hidden', 'ReadOnlyField', 'SchemaXml'];

/** A list as a comparison sees it: its settings, every column the list's users see, and its default view. */
export async function describeList(sp: SPFI, title: string): Promise<Record<string, unknown>> {
  const lists = await sp.web.lists.select('Id', 'Title')();
  const titles = new Map(lists.map((l: { Id: string; Title: string }) => [`{${l.Id}}`, l.Title]));
  const list = await sp.web.lists.getByTitle(title).select('Title', 'Description', 'BaseTemplate', 'EnableVersioning', 'ReadSecurity', 'ListItemEntityTypeFullName', 'RootFolder/ServerRelativeUrl').expand('RootFolder')();
  const fields = (await sp.web.lists.getByTitle(title).fields.filter('Hidden eq false and ReadOnlyField eq false').select(...FIELD_PROPS, 'LookupList')()) as unknown as Record<string, unknown>[];
  const view = await sp.web.lists.getByTitle(title).defaultView.select('Title', 'ViewQuery', 'RowLimit', 'Paged', 'ServerRelativeUrl')();
  const viewFields = (await sp.web.lists.getByTitle(title).defaultView.fields()).Items;
  const clean = (o: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.entries(o).filter(([k]) => !k.startsWith('odata.')));
  return {
    list: { ...clean(list as unknown as Record<string, unknown>), RootFolder: (list as unknown as { RootFolder: { ServerRelativeUrl: string } }).RootFolder.ServerRelativeUrl },
    view: { ...clean(view as unknown as Record<string, unknown>), fields: viewFields },
    fields: fields
      .map((f): Record<string, unknown> => ({
        ...clean(f),
        LookupList: f.LookupList ? titles.get(String(f.LookupList)) : undefined,
        // SourceID and List name lists by id, which differs between two sites
        SchemaXml: String(f.SchemaXml).replace(/ (SourceID|List)="\{[^}]+\}"/g, '')
      }))
      .sort((a, b) => String(a.InternalName).localeCompare(String(b.InternalName)))
  };
}
