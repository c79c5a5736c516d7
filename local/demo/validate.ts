/**
 * Checks a demo dataset the way the product will see it: every record through its full zod schema
 * (and stored in the form the schema produces, so what is seeded is what is read back), then the
 * references between lists. Returns plain-English problems; [] when the dataset is clean.
 */
import type { z } from 'zod';
import {
  bodySchema,
  liaisonOfficerSchema,
  memberSchema,
  membershipBodyProblems,
  membershipSchema,
  officerSchema,
  politicalGroupSchema,
  serviceAreaSchema,
  wardSchema
} from '../../src/domain/model';
import { PHOTO_FOLDER } from './avatar';
import type { DemoDataset } from './types';

const MAX_PROBLEMS = 200;

export function validateDataset(d: DemoDataset): string[] {
  const problems: string[] = [];
  const report = (p: string): void => {
    if (problems.length < MAX_PROBLEMS) problems.push(p);
  };

  checkList(d.wards, wardSchema, 'Ward', report);
  checkList(d.politicalGroups, politicalGroupSchema, 'Political group', report);
  checkList(d.members, memberSchema, 'Member', report);
  checkList(d.bodies, bodySchema, 'Body', report);
  checkList(d.memberships, membershipSchema, 'Membership', report);
  checkList(d.serviceAreas, serviceAreaSchema, 'Service area', report);
  checkList(d.officers, officerSchema, 'Officer', report);
  checkList(d.liaisonOfficers, liaisonOfficerSchema, 'Liaison officer', report);

  const wardIds = new Set(d.wards.map((w) => w.id));
  const groupIds = new Set(d.politicalGroups.map((g) => g.id));
  const members = new Map(d.members.map((m) => [m.id, m]));
  const bodies = new Map(d.bodies.map((b) => [b.id, b]));
  const serviceIds = new Set(d.serviceAreas.map((s) => s.id));
  const officers = new Map(d.officers.map((o) => [o.id, o]));

  unique(d.wards.map((w) => w.title), 'ward name', report);
  unique(d.wards.map((w) => w.gssCode ?? `missing GSS code (ward ${w.id})`), 'ward GSS code', report);
  unique(d.politicalGroups.map((g) => g.name), 'political group name', report);
  unique(d.bodies.map((b) => b.title), 'body name', report);
  unique(d.serviceAreas.map((s) => s.title), 'service area name', report);
  unique(
    [...d.members.map((m) => m.email ?? ''), ...d.officers.map((o) => o.email ?? ''), ...d.serviceAreas.flatMap((s) => (s.teamEmail ? [s.teamEmail] : []))].map((e) =>
      e.toLowerCase()
    ),
    'email address',
    report
  );

  const seatsTaken = new Map<number, number>();
  for (const m of d.members) {
    if (m.wardId === undefined || !wardIds.has(m.wardId)) report(`Member ${m.id} (${m.givenName} ${m.familyName}) is in ward ${m.wardId}, which does not exist.`);
    if (m.politicalGroupId !== null && m.politicalGroupId !== undefined && !groupIds.has(m.politicalGroupId)) {
      report(`Member ${m.id} is in political group ${m.politicalGroupId}, which does not exist.`);
    }
    if (m.status === 'Current' && m.wardId !== undefined) seatsTaken.set(m.wardId, (seatsTaken.get(m.wardId) ?? 0) + 1);
    if (m.status === 'Former' && !m.termEnd) report(`Former member ${m.id} has no end to their term of office.`);
  }
  for (const w of d.wards) {
    const taken = seatsTaken.get(w.id) ?? 0;
    if (taken > (w.seats ?? 0)) report(`Ward ${w.title} has ${w.seats} seat(s) but ${taken} current members.`);
  }

  const heldOnce = new Map<string, number>();
  for (const ms of d.memberships) {
    const member = members.get(ms.memberId);
    const body = bodies.get(ms.bodyId);
    if (!member) report(`Membership ${ms.id} is for member ${ms.memberId}, who does not exist.`);
    if (!body) report(`Membership ${ms.id} is of body ${ms.bodyId}, which does not exist.`);
    if (!member || !body) continue;
    for (const p of membershipBodyProblems(ms, body)) report(`Membership ${ms.id}: ${p}`);
    if (member.status === 'Former' && !ms.endDate) report(`Membership ${ms.id} of former member ${member.id} has no end date.`);
    if (!ms.endDate && ['Chair', 'Vice-Chair', 'Leader', 'Deputy Leader', 'Mayor', 'Deputy Mayor'].includes(ms.role)) {
      const key = `${body.title}|${ms.role}`;
      heldOnce.set(key, (heldOnce.get(key) ?? 0) + 1);
    }
  }
  for (const [key, n] of heldOnce) {
    if (n > 1) {
      const [title, role] = key.split('|');
      report(`${title} has ${n} current ${role}s; there should be one.`);
    }
  }

  for (const o of d.officers) {
    if (o.serviceAreaId === undefined || !serviceIds.has(o.serviceAreaId)) report(`Officer ${o.id} is in service area ${o.serviceAreaId}, which does not exist.`);
  }
  const liaisonRoles = new Map<string, number>();
  for (const l of d.liaisonOfficers) {
    if (!officers.has(l.officerId)) report(`Liaison officer ${l.id} is officer ${l.officerId}, who does not exist.`);
    if (!serviceIds.has(l.serviceAreaId)) report(`Liaison officer ${l.id} is for service area ${l.serviceAreaId}, which does not exist.`);
    for (const w of l.wardIds) if (!wardIds.has(w)) report(`Liaison officer ${l.id} covers ward ${w}, which does not exist.`);
    const key = `${l.serviceAreaId}|${l.role}`;
    liaisonRoles.set(key, (liaisonRoles.get(key) ?? 0) + 1);
  }
  for (const [key, n] of liaisonRoles) {
    if (n > 1) report(`Service area ${key.split('|')[0]} has ${n} people in the role ${key.split('|')[1]}; there should be one.`);
  }

  checkPhotos(d, report);
  return problems;
}

function checkList<S extends z.ZodTypeAny>(items: readonly unknown[], schema: S, label: string, report: (p: string) => void): void {
  items.forEach((item, index) => {
    const expectedId = index + 1;
    const id = (item as { id?: unknown }).id;
    if (id !== expectedId) report(`${label} at position ${expectedId} has id ${String(id)}; ids should run 1, 2, 3…`);
    const result = schema.safeParse(item);
    if (!result.success) {
      for (const issue of result.error.issues) report(`${label} ${String(id)}: ${issue.path.join('.') || 'record'}: ${issue.message}`);
    } else if (!sameValue(result.data, item)) {
      report(`${label} ${String(id)} is not stored the way the schema writes it (check case, spacing and phone format).`);
    }
  });
}

function unique(values: readonly string[], what: string, report: (p: string) => void): void {
  const seen = new Set<string>();
  for (const v of values) {
    if (seen.has(v)) report(`The ${what} "${v}" is used more than once.`);
    seen.add(v);
  }
}

function checkPhotos(d: DemoDataset, report: (p: string) => void): void {
  const files = new Map<string, DemoDataset['photos'][number]>();
  for (const p of d.photos) {
    if (files.has(p.fileName)) report(`Photo file ${p.fileName} is listed twice.`);
    files.set(p.fileName, p);
    if (!/\brole="img"/.test(p.svg) || !/<title[^>]*>[^<]+<\/title>/.test(p.svg)) report(`Photo ${p.fileName} needs role="img" and a <title>.`);
  }
  const people: Array<{ kind: 'member' | 'officer'; id: number; photoUrl?: string }> = [
    ...d.members.map((m) => ({ kind: 'member' as const, id: m.id, photoUrl: m.photoUrl })),
    ...d.officers.map((o) => ({ kind: 'officer' as const, id: o.id, photoUrl: o.photoUrl }))
  ];
  for (const person of people) {
    if (!person.photoUrl || !person.photoUrl.startsWith(`${PHOTO_FOLDER}/`)) continue;
    const photo = files.get(person.photoUrl.slice(PHOTO_FOLDER.length + 1));
    if (!photo) report(`The photo of ${person.kind} ${person.id} (${person.photoUrl}) is not in the photo list.`);
    else if (photo.kind !== person.kind || photo.id !== person.id) report(`The photo ${photo.fileName} belongs to ${photo.kind} ${photo.id}, not ${person.kind} ${person.id}.`);
  }
}

/** Structural equality for plain JSON-like values (what the lists hold). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a as object).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
    const kb = Object.keys(b as object).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return false;
}
