/**
 * Loads a demo council into the local SharePoint server, through the data layer's own item
 * mappers (so the items are exactly what the product writes on a real tenant).
 */
import {
  bodyToItem,
  liaisonOfficerToItem,
  memberToItem,
  membershipToItem,
  officerToItem,
  politicalGroupToItem,
  serviceAreaToItem,
  toItem,
  wardToItem
} from '../src/data/mappers';
import { LIST_TITLES } from '../src/data/lists';
import { ROLE_DEFINITIONS } from '../src/data/permissions/roles';
import type { DemoDataset } from './demo';
import { accountOf } from './demo/accounts';
import type { LocalServer } from './server';

export interface SeedSummary {
  council: string;
  counts: Record<string, number>;
  ms: number;
}

/** The Account column of a demo person who is one of the workbench's users. */
function account(person: { givenName: string; familyName: string; accountId?: number }): { AccountId?: number } {
  const id = person.accountId ?? accountOf(person);
  return id === undefined ? {} : { AccountId: id };
}

export function seedCouncil(server: LocalServer, data: DemoDataset): SeedSummary {
  const started = Date.now();
  const members = new Map(data.members.map((m) => [m.id, m]));
  const bodies = new Map(data.bodies.map((b) => [b.id, b]));
  const officers = new Map(data.officers.map((o) => [o.id, o]));
  const services = new Map(data.serviceAreas.map((s) => [s.id, s]));
  const name = (id: number): string => {
    const m = members.get(id);
    return m ? `${m.preferredName ?? m.givenName} ${m.familyName}` : `Member ${id}`;
  };

  const lists: Array<[string, Array<Record<string, unknown>>]> = [
    [LIST_TITLES.wards, data.wards.map((w) => ({ Id: w.id, ...wardToItem(w) }))],
    [LIST_TITLES.politicalGroups, data.politicalGroups.map((g) => ({ Id: g.id, ...politicalGroupToItem(g) }))],
    // The workbench's users are people in the demo: their records point at their accounts.
    [LIST_TITLES.members, data.members.map((m) => ({ Id: m.id, ...memberToItem(m), ...account(m) }))],
    [LIST_TITLES.bodies, data.bodies.map((b) => ({ Id: b.id, ...bodyToItem(b) }))],
    [
      LIST_TITLES.memberships,
      data.memberships.map((m) => ({ Id: m.id, ...membershipToItem(m, `${name(m.memberId)} – ${bodies.get(m.bodyId)?.title ?? m.bodyId}`) }))
    ],
    [LIST_TITLES.serviceAreas, data.serviceAreas.map((s) => ({ Id: s.id, ...serviceAreaToItem(s) }))],
    [LIST_TITLES.officers, data.officers.map((o) => ({ Id: o.id, ...officerToItem(o), ...account(o) }))],
    [
      LIST_TITLES.liaisonOfficers,
      data.liaisonOfficers.map((l) => {
        const o = officers.get(l.officerId);
        const title = `${o ? `${o.givenName} ${o.familyName}` : l.officerId} – ${services.get(l.serviceAreaId)?.title ?? l.serviceAreaId}`;
        return { Id: l.id, ...liaisonOfficerToItem(l, title) };
      })
    ],
    // Democratic Services' decision of which pages show councillors' parties.
    [LIST_TITLES.memberChannels, data.memberChannels.map((c, i) => ({ Id: i + 1, ...toItem('memberChannels', c) }))]
  ];
  const counts: Record<string, number> = {};
  for (const [title, items] of lists) {
    server.seed(title, items);
    counts[title] = items.length;
  }
  // A liaison officer with an account may edit their own entry: a permission on that item alone,
  // as Democratic Services give it when they name a liaison officer (src/data/editing).
  for (const l of data.liaisonOfficers) {
    const officer = officers.get(l.officerId);
    const user = officer ? (officer.accountId ?? accountOf(officer)) : undefined;
    if (user !== undefined) server.grantItem(LIST_TITLES.liaisonOfficers, l.id, user, ROLE_DEFINITIONS.editOwnEntry.name);
  }
  for (const photo of data.photos) server.putFile(`/sites/council/SiteAssets/Photos/${photo.fileName}`, photo.svg, 'image/svg+xml');
  counts.Photos = data.photos.length;
  return { council: data.council.name, counts, ms: Date.now() - started };
}
