/**
 * Component-test support for "Import and export": the real import service (the real PnPjs)
 * against the local SharePoint server loaded with the Rugby demo council, in the same process.
 * Downloads are caught where the browser would take them (jsdom has no object URLs).
 */
import * as React from 'react';
import { act, render, screen, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { rugbyDataset } from '../../../local/demo';
import { seedCouncil } from '../../../local/seed';
import { ImportExportLauncher } from '../../../src/components/EditLauncher';
import type { EditRights } from '../../../src/data/editing/types';
import { PnPImportService } from '../../../src/data/import/PnPImportService';
import { spFor, startTestServer, type LocalUserName, type TestServer } from '../../support/localServer';

export const TODAY = '2026-11-20';

export async function startRugby(): Promise<TestServer> {
  const s = await startTestServer();
  seedCouncil(s.server!, rugbyDataset());
  return s;
}

export const DEMOCRATIC_SERVICES: EditRights = {
  member: { edit: true, add: true },
  membership: { edit: true, add: true },
  body: { edit: true, add: true },
  ward: { edit: true, add: true }
};

export function serviceFor(s: TestServer, user: LocalUserName = 'democratic-services'): PnPImportService {
  return new PnPImportService(spFor(s.siteUrl, user), { today: () => TODAY });
}

export interface Opened extends RenderResult {
  panel: HTMLElement;
  written: () => number;
}

/** Renders the launcher as a web part does, presses it, and waits for the area to be ready. */
export async function openArea(s: TestServer, user: LocalUserName = 'democratic-services', rights: EditRights = DEMOCRATIC_SERVICES): Promise<Opened> {
  let written = 0;
  let result: RenderResult | undefined;
  await act(async () => {
    result = render(<ImportExportLauncher rights={rights} open={async () => serviceFor(s, user)} prefix="t" onWritten={() => written++} />);
  });
  await userEvent.click(await screen.findByRole('button', { name: /^Import and export/ }, { timeout: 10000 }));
  const panel = await screen.findByRole('dialog', { name: 'Import and export' }, { timeout: 10000 });
  await screen.findByRole('tab', { name: 'Export' }, { timeout: 10000 });
  return { ...(result as RenderResult), panel, written: () => written };
}

/** Catches what the page offers for download: the file's name and its bytes. */
export function catchDownloads(): { files: Array<{ name: string; blob: Blob }>; restore: () => void } {
  const files: Array<{ name: string; blob: Blob }> = [];
  let last: Blob | undefined;
  const created = URL.createObjectURL;
  const revoked = URL.revokeObjectURL;
  URL.createObjectURL = (b: Blob) => {
    last = b;
    return 'blob:download';
  };
  URL.revokeObjectURL = () => undefined;
  const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (last) files.push({ name: this.download, blob: last });
  });
  return {
    files,
    restore: () => {
      click.mockRestore();
      // jsdom has neither; a revocation the page scheduled may still come.
      URL.createObjectURL = created ?? (() => 'blob:none');
      URL.revokeObjectURL = revoked ?? (() => undefined);
    }
  };
}

export function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error);
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.readAsArrayBuffer(blob);
  });
}

/** A CSV file as a spreadsheet: rows of cells, edited by column name, written back as Excel writes it. */
export function sheetOf(text: string) {
  const data = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  const header = data[0];
  const rows = data.slice(1);
  const col = (name: string): number => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`no column ${name}`);
    return i;
  };
  return {
    header,
    rows,
    byId: (id: number): string[] => rows.find((r) => r[0] === String(id)) as string[],
    get: (row: string[], name: string): string => row[col(name)],
    set: (row: string[], name: string, value: string): void => void (row[col(name)] = value),
    text: (): string => Papa.unparse({ fields: header, data: rows }, { newline: '\r\n' })
  };
}

export async function item(s: TestServer, list: string, id: number): Promise<Record<string, unknown>> {
  return spFor(s.siteUrl, 'owner').web.lists.getByTitle(list).items.getById(id)<Record<string, unknown>>();
}
