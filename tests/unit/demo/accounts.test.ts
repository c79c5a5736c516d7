/**
 * The workbench's users are people in the demo council: the councillor is a councillor, the
 * officers are in the Officers list (the liaison officer is one), and the seed points their
 * records at their accounts. local/demo/accounts.ts and local/server/api/users.ts must agree.
 */
import { rugbyDataset } from '../../../local/demo';
import { DEMO_ACCOUNTS, OFFICER_ACCOUNTS } from '../../../local/demo/accounts';
import { LOCAL_USERS } from '../../../local/server/api/users';

const rugby = rugbyDataset();

test.each(DEMO_ACCOUNTS.map((a) => [a.key, a] as const))('%s is a local user and a person in the demo council', (key, account) => {
  const user = LOCAL_USERS.find((u) => u.key === key)!;
  expect(user).toMatchObject({ id: account.userId, title: `${account.givenName} ${account.familyName}` });
  const people = key === 'councillor' ? rugby.members : rugby.officers;
  expect(people.filter((p) => p.givenName === account.givenName && p.familyName === account.familyName)).toHaveLength(1);
});

test('the councillor is a current councillor; the liaison officer is the Liaison Officer of a service', () => {
  const cllr = rugby.members.find((m) => m.givenName === 'Daniel' && m.familyName === 'Kowalski')!;
  expect(cllr.status).toBe('Current');
  const lo = OFFICER_ACCOUNTS.find((a) => a.key === 'liaison-officer')!;
  const officer = rugby.officers.find((o) => o.givenName === lo.givenName && o.familyName === lo.familyName)!;
  const service = rugby.serviceAreas.find((s) => s.id === officer.serviceAreaId)!;
  expect(service.title).toBe(lo.service);
  expect(rugby.liaisonOfficers.find((l) => l.officerId === officer.id)).toMatchObject({ role: 'Liaison Officer', serviceAreaId: service.id });
  // Known by the mail address the Officers list has, so the directory can tell it is her entry.
  expect(LOCAL_USERS.find((u) => u.key === 'liaison-officer')!.email).toBe(officer.email);
  // The ordinary officer is no liaison officer.
  const priya = rugby.officers.find((o) => o.givenName === 'Priya' && o.familyName === 'Shah')!;
  expect(rugby.liaisonOfficers.some((l) => l.officerId === priya.id)).toBe(false);
});

test('the data is the same on every run', () => {
  expect(JSON.stringify(rugbyDataset())).toBe(JSON.stringify(rugby));
});
