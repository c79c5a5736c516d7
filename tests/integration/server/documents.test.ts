/**
 * Folders, documents and item attachments through the real PnPjs, and how the server serves
 * stored files: sandboxed, never content-sniffed, SVG as a download.
 */
import { CheckinType } from '@pnp/sp/files';
import '@pnp/sp/attachments';
import { api, errorOf } from '../../support/localServer';
import { Site, startSite } from './site';

let site: Site;
const docs = () => site.sp().web.lists.getByTitle('Documents');
beforeAll(async () => {
  site = await startSite();
});
afterAll(() => site.stop());

test('files are added to a library folder, read back, replaced only with Overwrite, and deleted', async () => {
  const folder = await docs().rootFolder.folders.addUsingPath('Agendas');
  expect(folder).toMatchObject({ Name: 'Agendas', ServerRelativeUrl: '/sites/council/Shared Documents/Agendas' });
  const files = docs().rootFolder.folders.getByUrl('Agendas').files;
  const added = await files.addUsingPath('Cabinet 2025-06-02.txt', 'Item 1: apologies');
  expect(added).toMatchObject({ Name: 'Cabinet 2025-06-02.txt', ServerRelativeUrl: '/sites/council/Shared Documents/Agendas/Cabinet 2025-06-02.txt', Length: '17' });
  expect(await files.getByUrl('Cabinet 2025-06-02.txt').getText()).toBe('Item 1: apologies');
  const clash = await errorOf(() => files.addUsingPath('Cabinet 2025-06-02.txt', 'again'));
  expect(clash.status).toBe(400);
  await files.addUsingPath('Cabinet 2025-06-02.txt', 'Item 1: apologies; item 2: minutes', { Overwrite: true });
  expect(await site.sp().web.getFileByServerRelativePath('/sites/council/Shared Documents/Agendas/Cabinet 2025-06-02.txt').getText()).toBe('Item 1: apologies; item 2: minutes');
  const item = await files.getByUrl('Cabinet 2025-06-02.txt').getItem<{ Id: number; FileLeafRef: string; FileRef: string }>('Id', 'FileLeafRef', 'FileRef');
  expect([item.FileLeafRef, item.FileRef]).toEqual(['Cabinet 2025-06-02.txt', '/sites/council/Shared Documents/Agendas/Cabinet 2025-06-02.txt']);
  expect((await docs().rootFolder.folders.getByUrl('Agendas').files()).map((f: { Name: string }) => f.Name)).toEqual(['Cabinet 2025-06-02.txt']);
  await files.getByUrl('Cabinet 2025-06-02.txt').delete();
  expect((await errorOf(() => files.getByUrl('Cabinet 2025-06-02.txt')())).status).toBe(404);
  expect((await errorOf(() => files.addUsingPath('bad:name.txt', 'x'))).status).toBe(400);
});

test('check-out and check-in: another user cannot replace a checked-out document', async () => {
  const files = docs().rootFolder.files;
  await files.addUsingPath('Minutes.txt', 'draft');
  const file = files.getByUrl('Minutes.txt');
  await file.checkout();
  expect((await file.select('CheckOutType', 'Level')())).toMatchObject({ CheckOutType: 0, Level: 255 });
  const ds = site.sp('democratic-services').web.lists.getByTitle('Documents').rootFolder.files;
  const locked = await errorOf(() => ds.addUsingPath('Minutes.txt', 'overwritten', { Overwrite: true }));
  expect(locked.status).toBe(423);
  expect(locked.message).toContain('checked out');
  await file.checkin('Approved at committee', CheckinType.Major);
  expect((await file.select('CheckOutType', 'MajorVersion')())).toMatchObject({ CheckOutType: 2, MajorVersion: 2 });
  expect((await errorOf(() => file.checkin('again'))).status).toBe(400);
  await ds.addUsingPath('Minutes.txt', 'final', { Overwrite: true });
  expect(await file.getText()).toBe('final');
});

test('files go only into libraries, and reading a library needs the right to view it', async () => {
  const e = await errorOf(() => site.sp().web.lists.getByTitle('Wards').rootFolder.files.addUsingPath('x.txt', 'x'));
  expect(e.status).toBe(400);
  expect((await errorOf(() => site.sp('officer').web.lists.getByTitle('Documents').rootFolder.files.addUsingPath('y.txt', 'y'))).status).toBe(403);
});

test('item attachments are added, listed, read, and deleted; the item says it has them', async () => {
  const wards = site.sp().web.lists.getByTitle('Wards');
  const { Id } = await wards.items.add({ Title: 'Benn', GssCode: 'E05012345', Seats: 3 });
  const item = wards.items.getById(Id);
  await item.attachmentFiles.add('boundary.txt', 'Benn ward boundary');
  expect((await item.attachmentFiles()).map((a: { FileName: string; ServerRelativeUrl: string }) => [a.FileName, a.ServerRelativeUrl]))
    .toEqual([['boundary.txt', `/sites/council/Lists/Wards/Attachments/${Id}/boundary.txt`]]);
  expect(await item.attachmentFiles.getByName('boundary.txt').getText()).toBe('Benn ward boundary');
  expect((await item.select('Attachments')()).Attachments).toBe(true);
  expect((await errorOf(() => item.attachmentFiles.add('boundary.txt', 'again'))).status).toBe(400);
  await item.attachmentFiles.getByName('boundary.txt').delete();
  expect(await item.attachmentFiles()).toEqual([]);
  expect((await item.select('Attachments')()).Attachments).toBe(false);
  expect((await errorOf(() => site.sp('officer').web.lists.getByTitle('Wards').items.getById(Id).attachmentFiles.add('x.txt', 'x'))).status).toBe(403);
});

test('an attachment cannot be added inside a $batch, as in SharePoint', async () => {
  const wards = site.sp().web.lists.getByTitle('Wards');
  const { Id } = await wards.items.add({ Title: 'Bilton', GssCode: 'E05012346', Seats: 2 });
  const [batched, execute] = site.sp().batched();
  const pending = batched.web.lists.getByTitle('Wards').items.getById(Id).attachmentFiles.add('in-batch.txt', 'x');
  await execute();
  expect((await errorOf(() => pending)).status).toBe(400);
});

test('stored files are served sandboxed and never sniffed; an SVG comes as a download', async () => {
  await docs().rootFolder.files.addUsingPath('logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
  for (const res of [
    await fetch(`${site.server.url}/sites/council/Shared%20Documents/logo.svg`),
    await fetch(`${site.siteUrl}/_api/web/getFileByServerRelativePath(decodedurl='/sites/council/Shared Documents/logo.svg')/$value`, { headers: { 'X-Local-User': 'owner' } }),
  ]) {
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain('sandbox');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="logo.svg"/);
  }
  await docs().rootFolder.files.addUsingPath('notes.txt', 'plain');
  const txt = await fetch(`${site.server.url}/sites/council/Shared%20Documents/notes.txt`);
  expect(txt.headers.get('content-security-policy')).toContain('sandbox');
  expect(txt.headers.get('content-disposition')).toBeNull();
  expect((await api(site.siteUrl, "web/getFileByServerRelativePath(decodedurl='/sites/council/Shared Documents/nothing.txt')")).status).toBe(404);
});

test('copy and move by path, keeping both names when asked; a copy into itself is refused', async () => {
  const root = docs().rootFolder;
  await root.folders.addUsingPath('Reports');
  await root.folders.getByUrl('Reports').files.addUsingPath('Annual.txt', 'annual report');
  const file = root.folders.getByUrl('Reports').files.getByUrl('Annual.txt');
  await file.copyByPath('/sites/council/Shared Documents/Annual.txt', false);
  await file.copyByPath('/sites/council/Shared Documents/Annual.txt', false, { KeepBoth: true });
  expect((await root.files()).map((f: { Name: string }) => f.Name)).toEqual(expect.arrayContaining(['Annual.txt', 'Annual 1.txt']));
  const clash = await errorOf(() => file.copyByPath('/sites/council/Shared Documents/Annual.txt', false));
  expect(clash.status).toBe(400);
  await root.folders.getByUrl('Reports').moveByPath('/sites/council/SiteAssets/Reports');
  expect(await site.sp().web.getFileByServerRelativePath('/sites/council/SiteAssets/Reports/Annual.txt').getText()).toBe('annual report');
  expect((await errorOf(() => root.folders.getByUrl('Reports')())).status).toBe(404);
  const assets = site.sp().web.getFolderByServerRelativePath('/sites/council/SiteAssets/Reports');
  await assets.addSubFolderUsingPath('2025');
  expect((await errorOf(() => assets.copyByPath('/sites/council/SiteAssets/Reports/2025/Reports'))).status).toBe(400);
});

test('a chunked upload assembles the parts in order; a wrong offset is refused', async () => {
  const content = new Uint8Array(300 * 1024).map((_, i) => i % 251);
  await docs().rootFolder.files.addChunked('Chunked.bin', new Blob([content]), { chunkSize: 100 * 1024 });
  const back = new Uint8Array(await docs().rootFolder.files.getByUrl('Chunked.bin').getBuffer());
  expect(back.length).toBe(content.length);
  expect(Buffer.compare(Buffer.from(back), Buffer.from(content))).toBe(0);
  const wrong = await site.write("web/getFileByServerRelativePath(decodedurl='/sites/council/Shared Documents/Chunked.bin')/continueUpload(uploadId=guid'11111111-2222-4333-8444-555555555555',fileOffset=7)", { body: 'x' });
  expect(wrong.status).toBe(400);
});

test('files and folders are found by their UniqueId, and the web root folder holds the libraries', async () => {
  const added = await docs().rootFolder.files.addUsingPath('By id.txt', 'x');
  expect((await site.sp().web.getFileById(added.UniqueId).select('Name')()).Name).toBe('By id.txt');
  const folder = await docs().rootFolder.folders.addUsingPath('By id');
  expect((await site.sp().web.getFolderById(folder.UniqueId).select('ServerRelativeUrl')()).ServerRelativeUrl).toBe('/sites/council/Shared Documents/By id');
  expect((await site.sp().web.rootFolder.folders.getByUrl('SiteAssets').select('ServerRelativeUrl')()).ServerRelativeUrl).toBe('/sites/council/SiteAssets');
  expect((await errorOf(() => site.sp().web.getFileById('00000000-0000-4000-8000-000000000000')())).status).toBe(404);
});
