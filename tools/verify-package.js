#!/usr/bin/env node
/**
 * Checks the built .sppkg: it must be a zip that registers both web parts with their manifests,
 * and carry the list schemas when they exist. Used by .ci/run after `npm run package`.
 * Reads the zip's central directory itself so it needs nothing installed.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const pkg = path.join(__dirname, '..', 'sharepoint', 'solution', 'council-directory.sppkg');

function readZip(file) {
  const buf = fs.readFileSync(file);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error(`${file} is not a zip file.`);
  const count = buf.readUInt16LE(eocd + 10);
  let offset = buf.readUInt32LE(eocd + 16);
  const entries = new Map();
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(offset + 10);
    const compressed = buf.readUInt32LE(offset + 20);
    const nameLen = buf.readUInt16LE(offset + 28);
    const extraLen = buf.readUInt16LE(offset + 30);
    const commentLen = buf.readUInt16LE(offset + 32);
    const local = buf.readUInt32LE(offset + 42);
    const name = buf.toString('utf8', offset + 46, offset + 46 + nameLen);
    const localNameLen = buf.readUInt16LE(local + 26);
    const localExtraLen = buf.readUInt16LE(local + 28);
    const start = local + 30 + localNameLen + localExtraLen;
    const raw = buf.subarray(start, start + compressed);
    entries.set(name, () => (method === 8 ? zlib.inflateRawSync(raw) : raw).toString('utf8'));
    offset += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

const expected = [
  { id: '12723712-ff81-4038-9c1f-ee18e64ab6ae', title: 'Member Profiles' },
  { id: '7d39db33-60e5-48ef-a1a6-57d73bbcb9b1', title: 'Officer Directory' }
];

const failures = [];
if (!fs.existsSync(pkg)) {
  console.error(`Missing ${pkg}: run npm run package first.`);
  process.exit(1);
}
const entries = readZip(pkg);
const texts = [...entries.entries()].filter(([n]) => /\.(xml|json)$/i.test(n)).map(([n, read]) => [n, read()]);
for (const part of expected) {
  const manifest = texts.find(([n, t]) => /WebPart_/i.test(n) && t.includes(part.id));
  if (!manifest) failures.push(`no web part manifest for ${part.title} (${part.id})`);
  else if (!manifest[1].includes(part.title)) failures.push(`the ${part.title} manifest has no title "${part.title}"`);
}
const bundles = [...entries.keys()].filter((n) => /ClientSideAssets\/.*\.js$/.test(n));
if (bundles.length < 2) failures.push(`expected the two web part bundles in ClientSideAssets, found ${bundles.length}`);
const assetsDir = path.join(__dirname, '..', 'sharepoint', 'assets');
if (fs.existsSync(path.join(assetsDir, 'elements.xml'))) {
  const elements = fs.readFileSync(path.join(assetsDir, 'elements.xml'), 'utf8');
  const names = [...entries.keys()];
  if (!names.some((n) => /elements\.xml$/i.test(n))) failures.push('sharepoint/assets/elements.xml is not in the package');
  // SharePoint finds each list's schema by the CustomSchema name, beside elements.xml.
  for (const [, schema] of elements.matchAll(/CustomSchema="([^"]+)"/g)) {
    const entry = names.find((n) => n.toLowerCase() === schema.toLowerCase() || n.toLowerCase().endsWith('/' + schema.toLowerCase()));
    if (!entry) failures.push(`the list schema ${schema} is not in the package`);
    else if (!entries.get(entry)().includes('<List')) failures.push(`${schema} in the package is not a list schema`);
  }
}
if (failures.length) {
  console.error(`council-directory.sppkg is not right:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log(`council-directory.sppkg: ${entries.size} files, both web parts registered (${expected.map((e) => e.title).join(', ')}), ${bundles.length} bundles.`);
