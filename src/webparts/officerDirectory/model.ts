/**
 * What the Officer Directory shows, built once from the first round trip: the service areas by
 * directorate, each service's liaison officers, every free text screened for party-political
 * content (an officer-owned channel), and the search engines.
 */
import type { LiaisonContact, OfficerDirectoryBase } from '../../data/officers/IOfficerDirectoryRepository';
import type { LiaisonOfficer } from '../../domain/model/liaisonOfficer';
import type { Officer } from '../../domain/model/officer';
import type { ServiceArea } from '../../domain/model/serviceArea';
import type { Ward } from '../../domain/model/ward';
import { createScreener } from '../../domain/neutrality/screening/screener';
import type { ScreeningFinding } from '../../domain/neutrality/screening/types';
import { OfficerIndex } from './search/officerIndex';
import { TopicSearch } from './search/topicSearch';

/** Free text after screening: shown, or withheld with the findings (shown to editors only). */
export type Screened = { status: 'none' } | { status: 'shown'; text: string } | { status: 'withheld'; findings: ScreeningFinding[] };

export interface LiaisonView {
  liaison: LiaisonOfficer;
  profile: Screened;
}

export interface WithheldText {
  /** e.g. "the profile of Sam Patel (Liaison Officers list, item 4)". */
  where: string;
  findings: ScreeningFinding[];
}

export interface DirectoryModel {
  services: ServiceArea[];
  serviceById: Map<number, ServiceArea>;
  /** Directorates A–Z, each with its services A–Z. */
  directorates: Array<{ name: string; services: ServiceArea[] }>;
  /** Liaison Officer first, then the deputy. */
  liaisonByService: Map<number, LiaisonView[]>;
  /** Service areas an officer is a liaison officer for. */
  liaisonRolesByOfficer: Map<number, LiaisonOfficer[]>;
  descriptions: Map<number, Screened>;
  wards: Ward[];
  wardById: Map<number, Ward>;
  contacts: Map<number, LiaisonContact>;
  topic: TopicSearch;
  index: OfficerIndex<Officer>;
  withheld: WithheldText[];
}

const ROLE_ORDER = { 'Liaison Officer': 0, 'Deputy Liaison Officer': 1 } as const;

export function buildModel(base: OfficerDirectoryBase): DirectoryModel {
  const screener = createScreener({ groups: base.groupTerms });
  const screen = (text: string | undefined): Screened => {
    if (!text || !text.trim()) return { status: 'none' };
    const result = screener.screen(text, 'officer-owned');
    return result.allowed ? { status: 'shown', text } : { status: 'withheld', findings: result.findings };
  };
  const contacts = new Map(base.liaisonContacts.map((c) => [c.id, c]));
  const withheld: WithheldText[] = [];

  const services = base.serviceAreas.slice().sort((a, b) => a.title.localeCompare(b.title, 'en-GB'));
  const descriptions = new Map<number, Screened>();
  for (const s of services) {
    const d = screen(s.description);
    descriptions.set(s.id, d);
    if (d.status === 'withheld') withheld.push({ where: `the description of ${s.title} (Service Areas list, item ${s.id})`, findings: d.findings });
  }

  const liaisonByService = new Map<number, LiaisonView[]>();
  const liaisonRolesByOfficer = new Map<number, LiaisonOfficer[]>();
  for (const l of base.liaisonOfficers) {
    const profile = screen(l.profile);
    if (profile.status === 'withheld') {
      const c = contacts.get(l.officerId);
      const who = c ? `${c.givenName} ${c.familyName}` : `officer ${l.officerId}`;
      withheld.push({ where: `the profile of ${who} (Liaison Officers list, item ${l.id})`, findings: profile.findings });
    }
    const list = liaisonByService.get(l.serviceAreaId) ?? [];
    list.push({ liaison: l, profile });
    liaisonByService.set(l.serviceAreaId, list);
    const roles = liaisonRolesByOfficer.get(l.officerId) ?? [];
    roles.push(l);
    liaisonRolesByOfficer.set(l.officerId, roles);
  }
  for (const list of liaisonByService.values()) list.sort((a, b) => ROLE_ORDER[a.liaison.role] - ROLE_ORDER[b.liaison.role] || a.liaison.id - b.liaison.id);

  const byDirectorate = new Map<string, ServiceArea[]>();
  for (const s of services) {
    const list = byDirectorate.get(s.directorate) ?? [];
    list.push(s);
    byDirectorate.set(s.directorate, list);
  }
  const directorates = [...byDirectorate.entries()]
    .sort((a, b) => a[0].localeCompare(b[0], 'en-GB'))
    .map(([name, list]) => ({ name, services: list }));

  // A withheld description is neither shown nor searched.
  const topic = new TopicSearch(
    services.map((s) => {
      const d = descriptions.get(s.id);
      return { id: s.id, title: s.title, directorate: s.directorate, keywords: s.keywords, description: d?.status === 'shown' ? d.text : undefined };
    })
  );
  const index = new OfficerIndex<Officer>(services);
  const wards = base.wards.slice().sort((a, b) => a.title.localeCompare(b.title, 'en-GB'));

  return {
    services,
    serviceById: new Map(services.map((s) => [s.id, s])),
    directorates,
    liaisonByService,
    liaisonRolesByOfficer,
    descriptions,
    wards,
    wardById: new Map(wards.map((w) => [w.id, w])),
    contacts,
    topic,
    index,
    withheld
  };
}

/** The person to show for a liaison officer: their full record once it has arrived, else the lookup's contacts. */
export function personFor(model: DirectoryModel, officerId: number): (LiaisonContact & Partial<Officer>) | undefined {
  return model.index.get(officerId) ?? model.contacts.get(officerId);
}

export function fullName(p: { givenName: string; familyName: string }): string {
  return `${p.givenName} ${p.familyName}`;
}
