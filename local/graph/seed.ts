/**
 * The local Entra ID's users, made from a demo council's officers: each officer becomes a user
 * with a stable id (a name-based UUID, the same on every run), `department` from their service,
 * `mail`/`userPrincipalName` from their email, and a manager (the first officer of their service,
 * whose own manager is the council's first officer). Deterministic, with the oddities a real
 * tenant has: HR's department names that differ from the service titles, a disabled account, a
 * guest, a user principal name that differs from the mail address, contractors, phone numbers
 * written the international way, and room and shared mailboxes that are not people.
 */
import { createHash } from 'node:crypto';
import type { DemoDataset } from '../demo';
import type { Officer } from '../../src/domain/model';
import type { DirectoryUser } from './directory';
import { DEPARTMENT_MAPPINGS } from '../../src/data/sync/officers/columns';

/** HR's names for some services (the payroll system's cost centres), where they differ from the service's title. */
const HR_DEPARTMENT_NAMES: Readonly<Record<string, string>> = {
  'Waste and Recycling': 'Waste Services',
  'HR and Payroll': 'Human Resources',
  'Planning Applications (Development Management)': 'Development Management'
};

/** A name-based UUID (SHA-1, version 5 layout): the same input always gives the same id. */
export function stableGuid(name: string): string {
  const h = createHash('sha1').update(`council-directory/local-graph/${name}`).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

/** The Entra object id the local Graph gives a demo officer. */
export function officerUserId(data: Pick<DemoDataset, 'council'>, officerId: number): string {
  return stableGuid(`${data.council.domain}/officer/${officerId}`);
}

/** The department HR records for a service: its own name unless the payroll system calls it something else. */
export function departmentOf(serviceTitle: string): string {
  return HR_DEPARTMENT_NAMES[serviceTitle] ?? serviceTitle;
}

/** "01632 960178" → "+44 1632 960178", as Entra ID often holds numbers. */
const international = (phone: string): string => `+44 ${phone.replace(/^0/, '')}`;

export interface SeedOddities {
  /** The officer whose account is disabled (a leaver HR has not yet removed). */
  disabledOfficerId: number;
  /** The officer whose user principal name is not their mail address. */
  upnDiffersOfficerId: number;
  guestId: string;
  /** Room and shared mailboxes: users that are not people. */
  resourceIds: string[];
}

/** The officers who are liaison officers or deputies (the disabled demo account is never one of them). */
function liaisonIds(data: DemoDataset): Set<number> {
  return new Set(data.liaisonOfficers.map((l) => l.officerId));
}

export function seedOddities(data: DemoDataset): SeedOddities {
  const liaison = liaisonIds(data);
  // The last officer of the third service who is not a liaison officer.
  const third = data.serviceAreas[Math.min(2, data.serviceAreas.length - 1)];
  const team = data.officers.filter((o) => o.serviceAreaId === third.id && !liaison.has(o.id));
  const disabled = team[team.length - 1] ?? data.officers[data.officers.length - 1];
  const upn = data.officers.find((o) => o.id > 3 && !liaison.has(o.id) && o.id !== disabled.id) ?? data.officers[0];
  return {
    disabledOfficerId: disabled.id,
    upnDiffersOfficerId: upn.id,
    guestId: stableGuid(`${data.council.domain}/guest/1`),
    resourceIds: [stableGuid(`${data.council.domain}/resource/1`), stableGuid(`${data.council.domain}/resource/2`)]
  };
}

export function usersFromDataset(data: DemoDataset): DirectoryUser[] {
  const odd = seedOddities(data);
  const services = new Map(data.serviceAreas.map((s) => [s.id, s]));
  const domain = data.council.domain;
  const tenant = `${data.council.shortName.toLowerCase().replace(/[^a-z0-9]/g, '')}gov.onmicrosoft.com`;
  const head = data.officers[0];
  const firstOfService = new Map<number, Officer>();
  for (const o of data.officers) if (!firstOfService.has(o.serviceAreaId)) firstOfService.set(o.serviceAreaId, o);

  const managerOf = (o: Officer): string | null => {
    if (o.id === head.id) return null;
    const first = firstOfService.get(o.serviceAreaId)!;
    return officerUserId(data, first.id === o.id ? head.id : first.id);
  };

  const users: DirectoryUser[] = data.officers.map((o) => {
    const service = services.get(o.serviceAreaId);
    const upn = o.id === odd.upnDiffersOfficerId ? `${o.givenName[0]}${o.familyName}`.toLowerCase().replace(/[^a-z0-9]/g, '') + `@${domain}` : o.email;
    return {
      id: officerUserId(data, o.id),
      displayName: `${o.givenName} ${o.familyName}`,
      givenName: o.givenName,
      surname: o.familyName,
      jobTitle: o.jobTitle,
      department: service ? departmentOf(service.title) : null,
      officeLocation: o.location ?? null,
      businessPhones: o.phone ? [o.id % 2 === 0 ? international(o.phone) : o.phone] : [],
      mobilePhone: o.mobile ? (o.id % 2 === 0 ? international(o.mobile) : o.mobile) : null,
      mail: o.email,
      userPrincipalName: upn,
      accountEnabled: o.id !== odd.disabledOfficerId,
      employeeType: o.id % 25 === 0 ? 'Contractor' : 'Employee',
      userType: 'Member',
      managerId: managerOf(o)
    };
  });

  const someService = data.serviceAreas[Math.min(1, data.serviceAreas.length - 1)];
  users.push({
    id: odd.guestId,
    displayName: 'Alex Morgan (Agency)',
    givenName: 'Alex',
    surname: 'Morgan',
    jobTitle: 'Agency Consultant',
    department: departmentOf(someService.title),
    officeLocation: null,
    businessPhones: [],
    mobilePhone: null,
    mail: 'alex.morgan@agency.example',
    userPrincipalName: `alex.morgan_agency.example#EXT#@${tenant}`,
    accountEnabled: true,
    employeeType: 'Guest',
    userType: 'Guest',
    managerId: null
  });
  const resource = (id: string, name: string, local: string): DirectoryUser => ({
    id, displayName: name, givenName: null, surname: null, jobTitle: null, department: null, officeLocation: data.officers[0]?.location ?? null,
    businessPhones: [], mobilePhone: null, mail: `${local}@${domain}`, userPrincipalName: `${local}@${domain}`,
    // Room and shared mailboxes have their sign-in blocked.
    accountEnabled: false, employeeType: null, userType: 'Member', managerId: null
  });
  users.push(resource(odd.resourceIds[0], 'Committee Room 1', 'committee.room1'), resource(odd.resourceIds[1], 'Customer Services (shared mailbox)', 'customer.services.shared'));
  return users;
}

/** The Department Mappings a council would have set up for the demo: HR's names that are not service titles. */
export function demoDepartmentMappings(data: DemoDataset): Array<{ department: string; serviceAreaId: number }> {
  return data.serviceAreas
    .filter((s) => departmentOf(s.title) !== s.title)
    .map((s) => ({ department: departmentOf(s.title), serviceAreaId: s.id }));
}

/** Loads the demo's Department Mappings into the site (for loadCouncil: the list is SharePoint data like the rest). */
export function seedDepartmentMappings(server: { seed(list: string, items: Array<Record<string, unknown>>): unknown }, data: DemoDataset): number {
  const rows = demoDepartmentMappings(data).map((m) => ({ Title: m.department, ServiceAreaId: m.serviceAreaId, NotInDirectory: false }));
  if (rows.length) server.seed(DEPARTMENT_MAPPINGS.title, rows);
  return rows.length;
}
