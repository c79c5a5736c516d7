/**
 * Site users. Five fixed local users act on the server (chosen by the local-user cookie or the
 * X-Local-User header), each a person in the demo data (a councillor, officers, Democratic
 * Services); web/ensureuser adds further users that items can point at (Account).
 */
import { Errors } from '../http/errors';
import type { JsonObject } from '../http/format';
import type { Store } from '../store/db';

export type LocalUserKey = 'officer' | 'councillor' | 'democratic-services' | 'owner' | 'liaison-officer';

export interface LocalUser {
  key: LocalUserKey;
  id: number;
  title: string;
  email: string;
  login: string;
  isSiteAdmin: boolean;
  jobTitle: string;
  department: string;
  /** The directory site's groups (by name, src/data/permissions/roles.ts) an administrator puts them in. */
  directoryGroups: readonly string[];
}

const DOMAIN = 'council.local';
const mk = (key: LocalUserKey, id: number, first: string, last: string, jobTitle: string, department: string, directoryGroups: readonly string[], isSiteAdmin = false, mail?: string): LocalUser => {
  const signIn = `${first}.${last}@${DOMAIN}`.toLowerCase();
  // A person's mail address can differ from their sign-in name, as in Entra ID.
  return { key, id, title: `${first} ${last}`, email: mail ?? signIn, login: `i:0#.f|membership|${signIn}`, isSiteAdmin, jobTitle, department, directoryGroups };
};

/**
 * The demo data links them to their records (local/demo/accounts.ts): the councillor is a
 * councillor in the Members list (its Account column), the officers are in the Officers list and
 * the liaison officer is the Liaison Officer for Waste and Recycling.
 */
export const LOCAL_USERS: LocalUser[] = [
  mk('officer', 10, 'Priya', 'Shah', 'Customer Services Advisor', 'Customer Services', ['Officers']),
  mk('councillor', 11, 'Daniel', 'Kowalski', 'Councillor', 'Members', ['Members']),
  mk('democratic-services', 12, 'Helen', 'Okafor', 'Democratic Services Officer', 'Democratic Services', ['Democratic Services']),
  mk('owner', 13, 'Sam', 'Whitfield', 'Intranet Manager', 'ICT and Digital', [], true),
  // Her mail is the council's, as the Officers list has it: the directory knows her by it.
  mk('liaison-officer', 14, 'Gemma', 'Lloyd', 'Waste Operations Team Leader', 'Waste and Recycling', ['Officers', 'Liaison Officers'], false, 'gemma.lloyd@rugby.gov.uk'),
];

export const DEFAULT_USER: LocalUserKey = 'officer';

function cookieValue(cookieHeader: string | undefined, name: string): string | undefined {
  for (const part of (cookieHeader ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name) {
      const raw = part.slice(i + 1).trim();
      try {
        return decodeURIComponent(raw);
      } catch {
        // a malformed escape (local-user=%E0) names nobody: SharePoint answers an unusable identity with 401
        return raw;
      }
    }
  }
  return undefined;
}

/** The acting user: local-user cookie, else X-Local-User header, else the ordinary officer. */
export function resolveActingUser(headers: Record<string, string>): LocalUser {
  const chosen = cookieValue(headers.cookie, 'local-user') ?? headers['x-local-user'] ?? DEFAULT_USER;
  const user = LOCAL_USERS.find((u) => u.key === chosen.trim().toLowerCase());
  if (!user) throw Errors.unknownUser(chosen, LOCAL_USERS.map((u) => u.key));
  return user;
}

export interface SiteUser {
  id: number;
  login: string;
  title: string;
  email: string;
  isSiteAdmin: boolean;
  props: Record<string, string>;
}

export class UserDirectory {
  constructor(private readonly store: Store) {
    for (const u of LOCAL_USERS) {
      store.db.prepare('INSERT OR IGNORE INTO sp_users (id, login, title, email, is_site_admin, props) VALUES (?, ?, ?, ?, ?, ?)')
        .run(u.id, u.login, u.title, u.email, u.isSiteAdmin ? 1 : 0, JSON.stringify({ JobTitle: u.jobTitle, Department: u.department }));
    }
  }

  private fromRow(r: Record<string, unknown> | undefined): SiteUser | undefined {
    if (!r) return undefined;
    return { id: Number(r.id), login: String(r.login), title: String(r.title), email: String(r.email ?? ''), isSiteAdmin: !!r.is_site_admin, props: JSON.parse(String(r.props ?? '{}')) };
  }

  byId(id: number): SiteUser | undefined {
    return this.fromRow(this.store.stmt('SELECT * FROM sp_users WHERE id = ?').get(id));
  }

  byEmail(email: string): SiteUser | undefined {
    return this.fromRow(this.store.stmt('SELECT * FROM sp_users WHERE email = ?').get(email));
  }

  byLogin(login: string): SiteUser | undefined {
    return this.fromRow(this.store.stmt('SELECT * FROM sp_users WHERE login = ?').get(login));
  }

  all(): SiteUser[] {
    return this.store.stmt('SELECT * FROM sp_users ORDER BY id').all().map((r) => this.fromRow(r)!);
  }

  /** web/ensureuser: accepts a claims login ("i:0#.f|membership|a@b") or a bare email/UPN. */
  ensure(logonName: string): SiteUser {
    const name = logonName.trim();
    if (!name) throw Errors.badRequest('The parameter logonName cannot be empty.', '-1, System.ArgumentException');
    const email = name.includes('|') ? name.slice(name.lastIndexOf('|') + 1) : name;
    const existing = this.byLogin(name) ?? this.byEmail(email);
    if (existing) return existing;
    if (!/^[^@\s]+@[^@\s]+$/.test(email)) throw Errors.userNotFound();
    const login = `i:0#.f|membership|${email.toLowerCase()}`;
    const title = email.split('@')[0].split(/[._-]/).filter(Boolean).map((p) => p[0].toUpperCase() + p.slice(1)).join(' ');
    const next = Number(this.store.stmt('SELECT MAX(id) AS m FROM sp_users').get()?.m ?? 0) + 1;
    const id = Math.max(next, 20);
    this.store.stmt('INSERT INTO sp_users (id, login, title, email, is_site_admin, props) VALUES (?, ?, ?, ?, 0, ?)').run(id, login, title, email.toLowerCase(), '{}');
    return this.byId(id)!;
  }

  /** Changes a user's display name or email (siteUsers update); the login stays. */
  update(id: number, change: { title?: string; email?: string }): void {
    const u = this.byId(id);
    if (!u) throw Errors.userNotFound();
    this.store.stmt('UPDATE sp_users SET title = ?, email = ? WHERE id = ?').run(change.title ?? u.title, change.email ?? u.email, id);
  }

  /** The SP.User entity (web/currentUser, siteUsers…). */
  entity(u: SiteUser): JsonObject {
    return {
      'odata.type': 'SP.User',
      'odata.id': `Web/GetUserById(${u.id})`,
      'odata.editLink': `Web/GetUserById(${u.id})`,
      Id: u.id,
      IsHiddenInUI: false,
      LoginName: u.login,
      Title: u.title,
      PrincipalType: 1,
      Email: u.email,
      Expiration: '',
      IsEmailAuthenticationGuestUser: false,
      IsShareByEmailGuestUser: false,
      IsSiteAdmin: u.isSiteAdmin,
      UserId: { NameId: u.id.toString(16).padStart(16, '0'), NameIdIssuer: 'urn:federation:microsoftonline' },
      // The sign-in name (the claims login's last part), which can differ from the mail address.
      UserPrincipalName: u.login.includes('|') ? u.login.slice(u.login.lastIndexOf('|') + 1) : u.email,
    };
  }

  /** What a person column projects when expanded (Account/Title, Account/EMail…). */
  projection(u: SiteUser): Record<string, string | number> {
    const [first, ...rest] = u.title.split(' ');
    return {
      Id: u.id, ID: u.id, Title: u.title, EMail: u.email, Name: u.login, UserName: u.email,
      FirstName: first ?? '', LastName: rest.join(' '), JobTitle: u.props.JobTitle ?? '', Department: u.props.Department ?? '',
      Office: u.props.Office ?? '', WorkPhone: u.props.WorkPhone ?? '', MobilePhone: u.props.MobilePhone ?? '',
      SipAddress: u.email, Picture: '',
    };
  }
}
