/**
 * What the Officer Directory shows, built once from the first round trip: the service areas by
 * directorate, each service's liaison officers, every free text screened for party-political
 * content (an officer-owned channel) or withheld when invalid, and the search engines.
 *
 * The validated records are kept for matching (the search indexes) and for the editors' forms;
 * what components render comes from `views` (views.ts), every text `Presented`.
 */
import type { WithheldFields } from '../../data/core/records';
import { LIST_TITLES } from '../../data/lists';
import type { LiaisonContact, OfficerDirectoryBase } from '../../data/officers/IOfficerDirectoryRepository';
import type { StoredLiaisonOfficer } from '../../domain/model/liaisonOfficer';
import { hasLeft, type StoredOfficer } from '../../domain/model/officer';
import type { StoredServiceArea } from '../../domain/model/serviceArea';
import type { StoredWard } from '../../domain/model/ward';
import { ukToday } from '../../domain/neutrality/preElection';
import { isWithheld, type Presented, type Withheld } from '../../domain/neutrality/screened';
import type { CreateScreener } from '../../data/core/screening';
import { createViewScreen } from '../../domain/neutrality/views';
import { createDirectoryViews, type DirectorateView, type DirectoryViews, type PersonView } from './views';
import { OfficerIndex, type IndexOfficer } from './search/officerIndex';
import { TopicSearch } from './search/topicSearch';

export interface LiaisonView {
  liaison: StoredLiaisonOfficer;
  /** "What I can help with": screened, or withheld (invalid, or failed the screen). */
  profile: Presented | undefined;
}

export interface WithheldText {
  /** e.g. "the profile of Sam Patel (Liaison Officers list, item 4)". */
  where: string;
  withheld: Withheld;
}

/** An officer as the search index holds them: blank job titles and services as '' and 0. */
export type IndexedOfficer = StoredOfficer & IndexOfficer;

export interface DirectoryModel {
  services: StoredServiceArea[];
  serviceById: Map<number, StoredServiceArea>;
  /** Directorates A–Z, each with its services A–Z. */
  directorates: Array<{ name: string; services: StoredServiceArea[] }>;
  /** Liaison Officer first, then the deputy. */
  liaisonByService: Map<number, LiaisonView[]>;
  /** Service areas an officer is a liaison officer for. */
  liaisonRolesByOfficer: Map<number, StoredLiaisonOfficer[]>;
  descriptions: Map<number, Presented | undefined>;
  /** Fields of service areas withheld because they are invalid. */
  serviceWithheld: ReadonlyMap<number, WithheldFields>;
  /** Fields of officers withheld because they are invalid (filled as officers arrive). */
  officerWithheld: Map<number, WithheldFields>;
  /**
   * Officers who have left (marked by the sync from Entra ID), with the date: never in the
   * directory, and never shown to councillors as a liaison contact. From the liaison lookup at
   * first, then from the officers as they arrive.
   */
  leavers: Map<number, { leftOn?: string }>;
  wards: StoredWard[];
  wardById: Map<number, StoredWard>;
  contacts: Map<number, LiaisonContact>;
  topic: TopicSearch;
  index: OfficerIndex<IndexedOfficer>;
  /** Officer-owned text not shown, for the editors' banner. */
  withheld: WithheldText[];
  /** What the components render: every text screened (or withheld in place). */
  views: DirectoryViews;
  /** `directorates` as the components show them, in the same order (the filter's value is the position). */
  directorateViews: DirectorateView[];
  /** When each liaison officer entry last changed (ISO), by entry id: its "last updated" line. */
  liaisonModified: Readonly<Record<number, string>>;
}

/** A service without a directorate is listed under this heading. */
export const NO_DIRECTORATE = 'Other services';

const ROLE_ORDER: Record<string, number> = { 'Liaison Officer': 0, 'Deputy Liaison Officer': 1 };

export function toIndexed(o: StoredOfficer): IndexedOfficer {
  return { ...o, jobTitle: o.jobTitle ?? '', serviceAreaId: o.serviceAreaId ?? 0 };
}

export function buildModel(base: OfficerDirectoryBase, createScreener: CreateScreener): DirectoryModel {
  // Without the council's groups the screen fails closed: officer-owned free text is withheld.
  const screener = createScreener({ groups: base.groupTerms, groupsUnavailable: !base.screeningReady });
  const screen = createViewScreen({ screener, channel: 'officer-owned', today: ukToday() });
  const present = (text: string | undefined, invalid: Withheld | undefined): Presented | undefined => {
    if (invalid) return invalid;
    if (!text || !text.trim()) return undefined;
    return screen.present(text, { kind: 'text', channels: ['officer-owned'] });
  };
  const contacts = new Map(base.liaisonContacts.map((c) => [c.id, c]));
  const serviceWithheld = base.withheld[LIST_TITLES.serviceAreas] ?? new Map<number, WithheldFields>();
  const liaisonWithheld = base.withheld[LIST_TITLES.liaisonOfficers] ?? new Map<number, WithheldFields>();
  const withheld: WithheldText[] = [];
  const note = (value: Presented | undefined, where: string): void => {
    if (value !== undefined && isWithheld(value) && value.reason !== 'invalid') withheld.push({ where, withheld: value });
  };

  const services = base.serviceAreas.slice().sort((a, b) => a.title.localeCompare(b.title, 'en-GB'));
  const descriptions = new Map<number, Presented | undefined>();
  for (const s of services) {
    const d = present(s.description, serviceWithheld.get(s.id)?.description);
    descriptions.set(s.id, d);
    note(d, `the description of ${s.title} (Service Areas list, item ${s.id})`);
  }

  const liaisonByService = new Map<number, LiaisonView[]>();
  const liaisonRolesByOfficer = new Map<number, StoredLiaisonOfficer[]>();
  for (const l of base.liaisonOfficers) {
    const profile = present(l.profile, liaisonWithheld.get(l.id)?.profile);
    const c = contacts.get(l.officerId);
    note(profile, `the profile of ${c ? `${c.givenName} ${c.familyName}` : `officer ${l.officerId}`} (Liaison Officers list, item ${l.id})`);
    const list = liaisonByService.get(l.serviceAreaId) ?? [];
    list.push({ liaison: l, profile });
    liaisonByService.set(l.serviceAreaId, list);
    const roles = liaisonRolesByOfficer.get(l.officerId) ?? [];
    roles.push(l);
    liaisonRolesByOfficer.set(l.officerId, roles);
  }
  const rank = (l: StoredLiaisonOfficer): number => ROLE_ORDER[l.role ?? ''] ?? 2;
  for (const list of liaisonByService.values()) list.sort((a, b) => rank(a.liaison) - rank(b.liaison) || a.liaison.id - b.liaison.id);

  const byDirectorate = new Map<string, StoredServiceArea[]>();
  for (const s of services) {
    const name = s.directorate ?? NO_DIRECTORATE;
    const list = byDirectorate.get(name) ?? [];
    list.push(s);
    byDirectorate.set(name, list);
  }
  const directorates = [...byDirectorate.entries()]
    .sort((a, b) => Number(a[0] === NO_DIRECTORATE) - Number(b[0] === NO_DIRECTORATE) || a[0].localeCompare(b[0], 'en-GB'))
    .map(([name, list]) => ({ name, services: list }));

  // A withheld description is neither shown nor searched.
  const topic = new TopicSearch(
    services.map((s) => {
      const d = descriptions.get(s.id);
      return { id: s.id, title: s.title, directorate: s.directorate ?? '', keywords: s.keywords, description: d !== undefined && !isWithheld(d) ? d : undefined };
    })
  );
  const index = new OfficerIndex<IndexedOfficer>(services.map((s) => ({ id: s.id, title: s.title, directorate: s.directorate ?? '', keywords: s.keywords })));
  const wards = base.wards.slice().sort((a, b) => a.title.localeCompare(b.title, 'en-GB'));
  const views = createDirectoryViews(screen, services, wards, descriptions);
  // Names, directorates and topics withheld by the screen are flagged to editors as well (officers' own
  // details are screened as they are shown; the Neutrality report lists every one).
  for (const s of views.services) {
    for (const [what, v] of [['name', s.title], ['directorate', s.directorate], ...s.keywords.map((k) => ['topics', k] as const)] as const) {
      note(v, `the ${what} of service ${s.id} (Service Areas list, item ${s.id})`);
    }
  }
  for (const w of views.wards) note(w.title, `the name of ward ${w.id} (Wards list, item ${w.id})`);
  const directorateViews = directorates.map((d): DirectorateView => {
    const list = d.services.flatMap((s) => views.service(s.id) ?? []);
    const label = d.name === NO_DIRECTORATE ? views.own(NO_DIRECTORATE) : (list[0]?.directorate ?? views.own(NO_DIRECTORATE));
    return { label, services: list };
  });

  return {
    services,
    serviceById: new Map(services.map((s) => [s.id, s])),
    directorates,
    liaisonByService,
    liaisonRolesByOfficer,
    descriptions,
    serviceWithheld,
    officerWithheld: new Map(),
    leavers: new Map(base.liaisonContacts.filter((c) => hasLeft(c)).map((c) => [c.id, c.leftOn ? { leftOn: c.leftOn } : {}])),
    wards,
    wardById: new Map(wards.map((w) => [w.id, w])),
    contacts,
    topic,
    index,
    withheld,
    views,
    directorateViews,
    liaisonModified: base.liaisonModified ?? {}
  };
}

/** The person to show for a liaison officer: their full record once it has arrived, else the lookup's contacts. */
export function personFor(model: DirectoryModel, officerId: number): (LiaisonContact & Partial<StoredOfficer>) | undefined {
  return model.index.get(officerId) ?? model.contacts.get(officerId);
}

/** The person to show for a liaison officer, as the components render them (every text screened). */
export function personViewFor(model: DirectoryModel, officerId: number): PersonView | undefined {
  const p = personFor(model, officerId);
  return p ? model.views.person(p) : undefined;
}

export function fullName(p: { givenName: string; familyName: string }): string {
  return `${p.givenName} ${p.familyName}`;
}

/** A liaison entry Democratic Services should look at: its officer has left the council, or now works in another service. */
export interface LiaisonAttention {
  liaison: StoredLiaisonOfficer;
  name: string;
  kind: 'left' | 'moved';
  /** left: the date they left, when known. */
  leftOn?: string;
  /** moved: the service they are in now. */
  nowIn?: string;
  /** moved: that service's id (components show its screened title). */
  nowInId?: number;
}

/** What a liaison entry needs attention for, or undefined. Moves are known once the officer's own record has arrived. */
export function attentionFor(model: DirectoryModel, liaison: StoredLiaisonOfficer): LiaisonAttention | undefined {
  const person = personFor(model, liaison.officerId);
  const name = person ? fullName(person) : `officer ${liaison.officerId}`;
  const left = model.leavers.get(liaison.officerId);
  if (left) return { liaison, name, kind: 'left', ...(left.leftOn ? { leftOn: left.leftOn } : {}) };
  const now = model.index.get(liaison.officerId)?.serviceAreaId;
  if (now && now !== liaison.serviceAreaId) return { liaison, name, kind: 'moved', nowIn: model.serviceById.get(now)?.title ?? '', nowInId: now };
  return undefined;
}

/** Every liaison entry that needs attention, for the editors' notice. */
export function liaisonAttention(model: DirectoryModel): LiaisonAttention[] {
  const out: LiaisonAttention[] = [];
  for (const views of model.liaisonByService.values()) {
    for (const v of views) {
      const a = attentionFor(model, v.liaison);
      if (a) out.push(a);
    }
  }
  return out;
}
