/**
 * From an Entra ID user to what the directory should say about that officer. Not every user is
 * an officer: guests (another organisation's people), room and shared mailboxes (no given name
 * and surname) and departments Democratic Services marked "not in the officer directory" are left
 * out; a disabled account is an officer who has left.
 */
import type { OfficerStatus } from './columns';
import type { DepartmentResolver, Placement } from './departments';
import { managerOf, type GraphUser } from './graph';

export interface IncomingOfficer {
  entraId: string;
  displayName: string;
  givenName: string;
  familyName: string;
  jobTitle: string | null;
  email: string | null;
  phone: string | null;
  mobile: string | null;
  location: string | null;
  userPrincipalName: string | null;
  department: string | null;
  placement: Placement;
  status: OfficerStatus;
  /** Why an officer is leaving the directory, when status is Left. */
  leaving?: 'disabled' | 'not-in-directory';
  manager?: { id: string; displayName?: string };
}

export type NotAnOfficer = 'guest' | 'not-a-person';

const clean = (v: string | null | undefined): string | null => {
  const t = (v ?? '').trim();
  return t === '' ? null : t;
};

/** Guests: employeeType "Guest", or an external account (#EXT# in the user principal name). */
export function isGuest(u: GraphUser): boolean {
  return (u.employeeType ?? '').trim().toLowerCase() === 'guest' || /#EXT#/i.test(u.userPrincipalName ?? '');
}

export function toIncoming(u: GraphUser, departments: DepartmentResolver): IncomingOfficer | NotAnOfficer {
  if (isGuest(u)) return 'guest';
  const givenName = clean(u.givenName);
  const familyName = clean(u.surname);
  if (!givenName || !familyName) return 'not-a-person';
  const upn = clean(u.userPrincipalName);
  const placement = departments.place(u.department);
  const disabled = u.accountEnabled === false;
  const out: IncomingOfficer = {
    entraId: u.id.toLowerCase(),
    displayName: clean(u.displayName) ?? `${givenName} ${familyName}`,
    givenName,
    familyName,
    jobTitle: clean(u.jobTitle),
    // People without a mailbox still have a sign-in address.
    email: (clean(u.mail) ?? upn)?.toLowerCase() ?? null,
    phone: clean((u.businessPhones ?? [])[0]),
    mobile: clean(u.mobilePhone),
    location: clean(u.officeLocation),
    userPrincipalName: upn,
    department: clean(u.department),
    placement,
    status: disabled || placement.kind === 'not-in-directory' ? 'Left' : 'Current'
  };
  if (out.status === 'Left') out.leaving = disabled ? 'disabled' : 'not-in-directory';
  const manager = managerOf(u);
  if (manager) out.manager = manager;
  return out;
}
