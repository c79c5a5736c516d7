/**
 * The people the local workbench's users are (local/server/api/users.ts, LOCAL_USERS): their
 * SharePoint user ids, and the records in the demo council that are theirs. The Rugby dataset
 * names two of its officers after them (the councillor is already one of its councillors); the
 * seed points those records at their accounts (the Members and Officers lists' Account column),
 * as Democratic Services and HR would. The liaison officer is the Liaison Officer for Waste and
 * Recycling. tests/unit/demo/accounts.test.ts checks that the files agree.
 */

export interface DemoAccount {
  /** The local user's key ("Acting as" in the workbench). */
  key: 'councillor' | 'officer' | 'liaison-officer';
  /** Their SharePoint user id on the local site. */
  userId: number;
  givenName: string;
  familyName: string;
}

export interface DemoOfficerAccount extends DemoAccount {
  /** The service and job title of the officer who is them... */
  service: string;
  jobTitle: string;
  /** ... the first with that title in the team, or the last. */
  which: 'first' | 'last';
}

export const COUNCILLOR_ACCOUNT: DemoAccount = { key: 'councillor', userId: 11, givenName: 'Daniel', familyName: 'Kowalski' };

export const OFFICER_ACCOUNTS: readonly DemoOfficerAccount[] = [
  // An ordinary officer (not a liaison officer: the deputy is the first adviser).
  { key: 'officer', userId: 10, givenName: 'Priya', familyName: 'Shah', service: 'Customer Services', jobTitle: 'Customer Services Advisor', which: 'last' },
  // The Liaison Officer for Waste and Recycling (the first team leader is the service's liaison officer).
  { key: 'liaison-officer', userId: 14, givenName: 'Gemma', familyName: 'Lloyd', service: 'Waste and Recycling', jobTitle: 'Waste Operations Team Leader', which: 'first' }
];

/** Every account the demo links, by name. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [COUNCILLOR_ACCOUNT, ...OFFICER_ACCOUNTS];

/** The account of the person with this name, if the demo has one. */
export function accountOf(person: { givenName: string; familyName: string }): number | undefined {
  return DEMO_ACCOUNTS.find((a) => a.givenName === person.givenName && a.familyName === person.familyName)?.userId;
}
