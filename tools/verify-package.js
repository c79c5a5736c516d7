#!/usr/bin/env node
/**
 * Checks the app package and what goes into it. Used by .ci/run after `npm run package`:
 *
 * - the sources: the package can be deployed tenant-wide and synced to Teams; the feature's
 *   version is the solution's, and every list added since the first release reaches existing sites
 *   through an upgrade action whose list definitions are exactly elements.xml's; each web part's
 *   manifest (a unique component id, the hosts it supports, Teams tabs and personal apps) and its
 *   Teams icons (192×192 colour, 32×32 outline in white on transparent);
 * - the built .sppkg: a zip that registers both web parts with their manifests, carries their
 *   bundles, the list schemas, the upgrade actions and the Teams icons.
 *
 * Reads the zip's central directory and the PNGs itself, so it needs nothing installed.
 */
'use strict';
const fs = require('fs');
/** DESIGN.md's budget for each web part's entry bundle: 100 KB gzipped. */
const ENTRY_BUNDLE_BUDGET = 100000;
const path = require('path');
const zlib = require('zlib');

const ROOT = path.join(__dirname, '..');

/** The web parts: their component ids, titles, and the hosts each must support. */
const WEB_PARTS = [
  { id: '12723712-ff81-4038-9c1f-ee18e64ab6ae', title: 'Member Profiles', manifest: 'src/webparts/memberProfiles/MemberProfilesWebPart.manifest.json', hosts: ['SharePointWebPart', 'SharePointFullPage', 'TeamsTab'] },
  // the liaison officer finder is what councillors use, as a Teams personal app
  { id: '7d39db33-60e5-48ef-a1a6-57d73bbcb9b1', title: 'Officer Directory', manifest: 'src/webparts/officerDirectory/OfficerDirectoryWebPart.manifest.json', hosts: ['SharePointWebPart', 'SharePointFullPage', 'TeamsTab', 'TeamsPersonalApp'] }
];

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
    entries.set(name, () => (method === 8 ? zlib.inflateRawSync(raw) : raw));
    offset += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** A PNG's size and its pixels as RGBA (8-bit truecolour with alpha, as the icons are made), or a reason it cannot be read. */
function readPng(buf) {
  if (!buf || buf.length < 33 || buf.readUInt32BE(0) !== 0x89504e47) return { error: 'is not a PNG' };
  let offset = 8;
  let width = 0;
  let height = 0;
  let colourType = -1;
  let depth = 0;
  const data = [];
  while (offset < buf.length) {
    const len = buf.readUInt32BE(offset);
    const type = buf.toString('ascii', offset + 4, offset + 8);
    const body = buf.subarray(offset + 8, offset + 8 + len);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      depth = body[8];
      colourType = body[9];
    } else if (type === 'IDAT') data.push(body);
    offset += 12 + len;
  }
  if (depth !== 8 || colourType !== 6) return { width, height, error: 'is not an 8-bit RGBA PNG' };
  const raw = zlib.inflateSync(Buffer.concat(data));
  const stride = width * 4;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x];
      const a = x >= 4 ? pixels[y * stride + x - 4] : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const c = x >= 4 && y > 0 ? pixels[(y - 1) * stride + x - 4] : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      pixels[y * stride + x] = (v + [0, a, b, (a + b) >> 1, paeth][filter]) & 0xff;
    }
  }
  return { width, height, pixels };
}

const listInstances = (xml) => [...xml.matchAll(/<ListInstance\b[^>]*\/>/g)].map((m) => m[0].replace(/\s+/g, ' '));
const titleOf = (tag) => (/\bTitle="([^"]*)"/.exec(tag) || [])[1];

/** Checks the package's sources in `root`; returns what is wrong, in plain words. */
function checkSources(root = ROOT) {
  const failures = [];
  const read = (p) => fs.readFileSync(path.join(root, p), 'utf8');
  const exists = (p) => fs.existsSync(path.join(root, p));
  const solution = JSON.parse(read('config/package-solution.json')).solution;
  if (solution.skipFeatureDeployment !== true) failures.push('package-solution.json: skipFeatureDeployment must be true, so the app can be deployed to every site and synced to Teams');
  if (!/^\d+\.\d+\.\d+\.\d+$/.test(solution.version || '')) failures.push(`package-solution.json: the solution version "${solution.version}" must be four numbers, like 1.2.0.0`);
  const feature = (solution.features || [])[0];
  if (!feature) failures.push('package-solution.json: the feature that makes the lists is missing');
  else {
    if (feature.version !== solution.version) failures.push(`package-solution.json: the feature's version ${feature.version} must be the solution's, ${solution.version}, so an upgrade of the app upgrades the feature`);
    const assets = feature.assets || {};
    const inFeature = new Set([...(assets.elementManifests || []), ...(assets.elementFiles || [])]);
    for (const f of inFeature) if (!exists(`sharepoint/assets/${f}`)) failures.push(`package-solution.json names sharepoint/assets/${f}, which does not exist`);
    const elements = exists('sharepoint/assets/elements.xml') ? read('sharepoint/assets/elements.xml') : '';
    const current = new Map(listInstances(elements).map((t) => [titleOf(t), t]));
    const upgraded = new Set();
    for (const file of assets.upgradeActions || []) {
      if (!exists(`sharepoint/assets/${file}`)) {
        failures.push(`the upgrade actions ${file} do not exist in sharepoint/assets`);
        continue;
      }
      const actions = read(`sharepoint/assets/${file}`);
      const locations = [...actions.matchAll(/<ElementManifest\s+Location="([^"]+)"/g)].map((m) => m[1]);
      if (!/<ApplyElementManifests>/.test(actions) || locations.length === 0) failures.push(`${file} applies no element manifest`);
      for (const location of locations) {
        const [folder, name] = location.split('\\');
        if (!name || folder.toLowerCase() !== String(feature.id).toLowerCase()) failures.push(`${file}: the location ${location} must be <the feature's id>\\<file>`);
        if (!name || !inFeature.has(name)) {
          failures.push(`${file} applies ${name || location}, which the feature does not carry (add it to elementFiles)`);
          continue;
        }
        for (const tag of listInstances(read(`sharepoint/assets/${name}`))) {
          const title = titleOf(tag);
          upgraded.add(title);
          if (current.get(title) !== tag) failures.push(`${name}: the list ${title} must be defined exactly as in elements.xml`);
        }
      }
    }
    const releases = exists('config/releases.json') ? JSON.parse(read('config/releases.json')).releases || [] : [];
    if (releases.length === 0) failures.push('config/releases.json must list the lists of the first release');
    else {
      const first = new Set(releases[0].lists);
      for (const title of current.keys()) {
        if (!first.has(title) && !upgraded.has(title)) failures.push(`the list ${title} is newer than ${releases[0].version} but no upgrade action makes it on sites that have ${releases[0].version}`);
      }
    }
  }
  const ids = new Set();
  for (const part of WEB_PARTS) {
    let m;
    try {
      m = JSON.parse(read(part.manifest));
    } catch (e) {
      failures.push(`${part.manifest} could not be read: ${e.message}`);
      continue;
    }
    if (m.id !== part.id) failures.push(`${part.manifest}: the component id is ${m.id}, not ${part.id} (a changed id is a new web part to SharePoint, and every page loses it)`);
    if (ids.has(m.id)) failures.push(`${part.manifest}: the component id ${m.id} is used twice`);
    ids.add(m.id);
    if (m.componentType !== 'WebPart') failures.push(`${part.manifest}: componentType must be WebPart`);
    for (const h of part.hosts) if (!(m.supportedHosts || []).includes(h)) failures.push(`${part.manifest}: supportedHosts must include ${h}`);
    const entry = (m.preconfiguredEntries || [])[0];
    if (!entry || !entry.title || entry.title.default !== part.title) failures.push(`${part.manifest}: the toolbox title must be "${part.title}"`);
    const colour = readPng(exists(`teams/${part.id}_color.png`) ? fs.readFileSync(path.join(root, `teams/${part.id}_color.png`)) : undefined);
    if (colour.error || colour.width !== 192 || colour.height !== 192) failures.push(`teams/${part.id}_color.png must be a 192×192 PNG for Teams${colour.error ? ` (it ${colour.error})` : ''}`);
    const outline = readPng(exists(`teams/${part.id}_outline.png`) ? fs.readFileSync(path.join(root, `teams/${part.id}_outline.png`)) : undefined);
    if (outline.error || outline.width !== 32 || outline.height !== 32) failures.push(`teams/${part.id}_outline.png must be a 32×32 PNG for Teams${outline.error ? ` (it ${outline.error})` : ''}`);
    else {
      for (let i = 0; i < outline.pixels.length; i += 4) {
        const [r, g, b, a] = outline.pixels.subarray(i, i + 4);
        if (a !== 0 && !(r === 255 && g === 255 && b === 255)) {
          failures.push(`teams/${part.id}_outline.png must be white on transparent only (Teams shows it on its own colours)`);
          break;
        }
      }
    }
  }
  return failures;
}

/** Checks the built package's entries (name → () => Buffer). */
function checkPackage(entries, root = ROOT) {
  const failures = [];
  const names = [...entries.keys()];
  const text = (n) => entries.get(n)().toString('utf8');
  const texts = names.filter((n) => /\.(xml|json)$/i.test(n)).map((n) => [n, text(n)]);
  for (const part of WEB_PARTS) {
    const manifest = texts.find(([n, t]) => /WebPart_/i.test(n) && t.includes(part.id));
    if (!manifest) failures.push(`no web part manifest for ${part.title} (${part.id})`);
    else if (!manifest[1].includes(part.title)) failures.push(`the ${part.title} manifest has no title "${part.title}"`);
    for (const icon of [`${part.id}_color.png`, `${part.id}_outline.png`]) {
      if (!names.some((n) => n.toLowerCase().endsWith(icon))) failures.push(`the Teams icon ${icon} is not in the package (Sync to Teams needs it)`);
    }
  }
  const bundles = names.filter((n) => /ClientSideAssets\/.*\.js$/.test(n));
  if (bundles.length < 2) failures.push(`expected the two web part bundles in ClientSideAssets, found ${bundles.length}`);
  // The quality bar: each web part's entry bundle under 100 KB gzipped (edit-mode and heavy code load on demand).
  for (const entry of bundles.filter((n) => /\/[a-z-]+-web-part_[0-9a-f]+\.js$/.test(n))) {
    const gz = zlib.gzipSync(entries.get(entry)(), { level: 9 }).length;
    if (gz > ENTRY_BUNDLE_BUDGET) failures.push(`${path.basename(entry)} is ${gz} bytes gzipped, over the ${ENTRY_BUNDLE_BUDGET}-byte budget for an entry bundle`);
  }
  const assetsDir = path.join(root, 'sharepoint', 'assets');
  if (fs.existsSync(path.join(assetsDir, 'elements.xml'))) {
    const elements = fs.readFileSync(path.join(assetsDir, 'elements.xml'), 'utf8');
    if (!names.some((n) => /(^|\/)elements\.xml$/i.test(n))) failures.push('sharepoint/assets/elements.xml is not in the package');
    // SharePoint finds each list's schema by the CustomSchema name, beside elements.xml.
    for (const [, schema] of elements.matchAll(/CustomSchema="([^"]+)"/g)) {
      const entry = names.find((n) => n.toLowerCase() === schema.toLowerCase() || n.toLowerCase().endsWith('/' + schema.toLowerCase()));
      if (!entry) failures.push(`the list schema ${schema} is not in the package`);
      else if (!text(entry).includes('<List')) failures.push(`${schema} in the package is not a list schema`);
    }
    const solution = JSON.parse(fs.readFileSync(path.join(root, 'config', 'package-solution.json'), 'utf8')).solution;
    const feature = (solution.features || [])[0] || {};
    // SPFx's packager keeps element manifests and upgrade actions under the feature's id, element files at the top
    const has = (name) => names.some((n) => n.toLowerCase() === name.toLowerCase() || n.toLowerCase().endsWith('/' + name.toLowerCase()));
    for (const file of (feature.assets && feature.assets.upgradeActions) || []) {
      if (!has(file)) failures.push(`the upgrade actions ${file} are not in the package`);
      const applied = [...fs.readFileSync(path.join(assetsDir, file), 'utf8').matchAll(/<ElementManifest\s+Location="[^"\\]*\\([^"]+)"/g)].map((m) => m[1]);
      for (const name of applied) if (!has(name)) failures.push(`${name}, applied by the upgrade actions, is not in the package`);
    }
    if (feature.version && !texts.some(([n, t]) => /feature_/i.test(n) && t.includes(`Version="${feature.version}"`))) failures.push(`no feature of version ${feature.version} in the package`);
  }
  return failures;
}

module.exports = { checkSources, checkPackage, readZip, readPng, WEB_PARTS };

if (require.main === module) {
  const pkg = path.join(ROOT, 'sharepoint', 'solution', 'council-directory.sppkg');
  const failures = checkSources(ROOT);
  if (!fs.existsSync(pkg)) {
    console.error(`Missing ${pkg}: run npm run package first.`);
    process.exit(1);
  }
  const entries = readZip(pkg);
  failures.push(...checkPackage(entries, ROOT));
  if (failures.length) {
    console.error(`council-directory.sppkg is not right:\n- ${failures.join('\n- ')}`);
    process.exit(1);
  }
  const bundles = [...entries.keys()].filter((n) => /ClientSideAssets\/.*\.js$/.test(n)).length;
  console.log(`council-directory.sppkg: ${entries.size} files, both web parts registered (${WEB_PARTS.map((e) => e.title).join(', ')}), ${bundles} bundles, Teams icons, upgrade actions.`);
}
