/**
 * What a ModernGov install says about the council, in the council's own terms: wards, councillors
 * (as Members, with their party spelling, contacts, term and posts), committees (as Bodies) and
 * committee places (from the latest meeting's attendees). Pure: no SharePoint here. Matching onto
 * the lists, and the Political Groups and Bodies that posts need, is the planner's job (../plan).
 */
import type { BodyKind, MembershipRole } from '../../../domain/model';
import type { ModernGovCommittee, ModernGovMeeting, ModernGovWard } from './documents';
import { addressText, findEmail, findPhone, findPhoto } from './contacts';
import { readKeyPosts, type KeyPost } from './keyposts';
import { isVacantSeat, parseFullName } from './names';
import { currentTerm } from './terms';
import { clean } from './text';

export type ProblemEntity = 'source' | 'ward' | 'group' | 'member' | 'body' | 'membership';

/** One thing the import could not take as it was: by record and field, in plain English. */
export interface ImportProblem {
  entity: ProblemEntity;
  /** The record's id in the source (councillorid, committeeid, ward title), or the SharePoint item id. */
  id: string;
  field: string;
  message: string;
}

/** The answers read from one ModernGov install (any of them may be missing from a folder). */
export interface ModernGovAnswers {
  /** Where they came from: the base URL or the folder, for the summary. */
  source: string;
  /** The ModernGov site, to read relative photo addresses from (absent for a folder). */
  siteUrl?: string;
  wards?: ModernGovWard[];
  committees?: ModernGovCommittee[];
  meetings: ModernGovMeeting[];
}

export interface IncomingWard {
  /** ModernGov's title as it writes it: the key stored on the Ward. */
  key: string;
  title: string;
  seats?: number;
}

export interface IncomingMember {
  /** The councillorid. */
  key: string;
  wardKey?: string;
  /** The party as ModernGov spells it (undefined when blank). */
  party?: string;
  honorific?: string;
  givenName: string;
  familyName: string;
  preferredName?: string;
  postNominals?: string;
  civicTitle?: string;
  email?: string;
  phone?: string;
  mobile?: string;
  photoUrl?: string;
  /** The home address, imported only for a member who has chosen to publish theirs. */
  homeAddress?: string;
  termStart?: string;
  termEnd?: string;
  termsEnded: boolean;
  posts: KeyPost[];
}

export interface IncomingBody {
  /** The committeeid. */
  key: string;
  title: string;
  kind: BodyKind;
  /** Expired or deleted in ModernGov: never created, and reported where SharePoint still has it. */
  retired: boolean;
}

/** A councillor's place on a committee, from the attendees of its latest meeting. */
export interface MeetingPlace {
  memberKey: string;
  bodyKey: string;
  role: MembershipRole;
  /** The meeting it was read from, for messages. */
  meetingId: string;
}

export interface ModernGovCouncil {
  source: string;
  /** Which answers were read: what the import may speak about. */
  has: { councillors: boolean; committees: boolean; meetings: boolean };
  wards: IncomingWard[];
  members: IncomingMember[];
  bodies: IncomingBody[];
  places: MeetingPlace[];
  /** Committees whose latest meeting was read: their places are known in full. */
  bodiesWithMeetings: string[];
  vacancies: number;
  problems: ImportProblem[];
}

/** Wards that are not wards: members at large, mayors, co-opted members. */
const PSEUDO_WARD = /^(?:(?:borough|county|district|city|council)\s+members?|(?:(?:directly\s+)?elected\s+|city\s+|the\s+)?mayor|co-?opted(?:\s+members?)?|no\s+ward|not\s+applicable|n\/?a|unknown|none|aldermen|honorary.*|independent\s+persons?)$/i;

export function isPseudoWard(title: string): boolean {
  return PSEUDO_WARD.test(title.trim());
}

export function bodyKindOf(title: string, category?: string): BodyKind {
  const t = title.toLowerCase();
  const c = (category ?? '').toLowerCase();
  if (/^(?:the\s+)?(?:cabinet|executive)(?:\s+(?:committee|board|meeting))?$/.test(t)) return 'Cabinet';
  if (/^(?:full\s+|the\s+)?council(?:\s+meeting)?$|^(?:annual|extraordinary)\s+(?:meeting\s+of\s+)?(?:the\s+)?council$/.test(t)) return 'Council';
  if (/task\s*(?:&|and)\s*finish/.test(t) || /task\s*(?:&|and)\s*finish/.test(c)) return 'Task and Finish Group';
  if (/working\s+(?:party|group)/.test(t) || /working\s+(?:part|group)/.test(c)) return 'Working Party';
  if (/outside\s+bod|partnership/.test(c) || /^outside\s+bod/.test(t)) return 'Outside Body';
  return 'Committee';
}

/** An attendee's roledescription as a Membership role; undefined for officers and others who are not places. */
export function attendeeRole(role: string | undefined): MembershipRole | 'unknown' {
  const r = (role ?? '').trim().toLowerCase();
  if (/^(?:the\s+)?(?:chair(?:man|woman|person)?|convenor|convener)$/.test(r)) return 'Chair';
  if (/^(?:vice|deputy)[\s-]*(?:chair|convenor|convener)/.test(r)) return 'Vice-Chair';
  if (/substitute|reserve|named\s+deputy|deputy\s+member/.test(r)) return 'Substitute';
  if (/observer/.test(r)) return 'Observer';
  if (/^(?:the\s+)?mayor$/.test(r)) return 'Mayor';
  if (/^(?:the\s+)?deputy\s+mayor$/.test(r)) return 'Deputy Mayor';
  if (r === '' || /\bmember\b|councillor|^in attendance$/.test(r)) return 'Member';
  return 'unknown';
}

export interface ReadOptions {
  /** Today, ISO: which terms of office are current. */
  today: string;
}

function readMembers(answers: ModernGovAnswers, options: ReadOptions, problems: ImportProblem[]): { wards: IncomingWard[]; members: IncomingMember[]; vacancies: number } {
  const wards: IncomingWard[] = [];
  const members: IncomingMember[] = [];
  const seen = new Set<string>();
  let vacancies = 0;
  for (const w of answers.wards ?? []) {
    const pseudo = !w.title || isPseudoWard(w.title);
    if (w.title && !pseudo) {
      const count = w.count ?? w.councillors.length;
      wards.push({ key: w.title, title: w.title, seats: count >= 1 && count <= 3 ? count : undefined });
    }
    for (const c of w.councillors) {
      const problem = (field: string, message: string): void => void problems.push({ entity: 'member', id: c.id || c.fullName || '?', field, message });
      if (isVacantSeat(c.fullName)) {
        vacancies++;
        continue;
      }
      if (!c.id) {
        problem('councillorid', `"${c.fullName ?? 'A councillor'}" has no councillorid in ModernGov, so they cannot be matched and were not imported.`);
        continue;
      }
      if (seen.has(c.id)) {
        problem('councillorid', `Councillor ${c.id} is listed more than once; only the first listing was read.`);
        continue;
      }
      seen.add(c.id);
      const name = parseFullName(c.fullName ?? '');
      if (!name.givenName || !name.familyName) {
        problem('fullusername', `The name "${c.fullName ?? ''}" does not hold both a first name and a surname, so the councillor was not imported.`);
        continue;
      }
      if (pseudo) problem('wardId', `Listed under "${w.title}", which is not a ward, so no ward was set.`);
      const email = findEmail(c.work.email, 'Council email');
      if (email.problem) problem('email', email.problem);
      if (!email.value && c.home.email) {
        problem('email', 'ModernGov gives only a personal email address (in the home address), which the import does not publish; add the council email by hand.');
      }
      const phone = findPhone(c.work.phone, 'Phone');
      if (phone.problem) problem('phone', phone.problem);
      else if (phone.home) {
        problem('phone', `Phone "${c.work.phone}" is labelled as a home number, so it was not imported: a home number is shown only if the member chooses.`);
      }
      const mobile = findPhone(c.work.mobile, 'Mobile');
      if (mobile.problem) problem('mobile', mobile.problem);
      const photo = findPhoto(c.photoUrl, answers.siteUrl);
      if (photo.problem) problem('photoUrl', photo.problem);
      const term = currentTerm(c.terms, options.today);
      for (const p of term.problems) problem('termStart', p);
      members.push({
        key: c.id,
        wardKey: pseudo ? undefined : w.title,
        party: c.party,
        honorific: name.honorific,
        givenName: name.givenName,
        familyName: name.familyName,
        preferredName: name.preferredName,
        postNominals: name.postNominals,
        civicTitle: name.civicTitle,
        email: email.value,
        phone: phone.home ? undefined : phone.value,
        mobile: mobile.value,
        photoUrl: photo.value,
        homeAddress: addressText(c.home),
        termStart: term.start,
        termEnd: term.end,
        termsEnded: term.ended,
        posts: readKeyPosts(c.keyposts)
      });
    }
  }
  return { wards, members, vacancies };
}

/** The latest meeting read for each committee: its attendees are the committee's places. */
function latestMeetings(meetings: readonly ModernGovMeeting[]): ModernGovMeeting[] {
  const byCommittee = new Map<string, ModernGovMeeting>();
  for (const m of meetings) {
    const key = m.committeeId ?? m.committeeTitle;
    if (!key) continue;
    const held = byCommittee.get(key);
    if (!held || (m.date ?? '') > (held.date ?? '')) byCommittee.set(key, m);
  }
  return [...byCommittee.values()];
}

export function readCouncil(answers: ModernGovAnswers, options: ReadOptions): ModernGovCouncil {
  const problems: ImportProblem[] = [];
  const { wards, members, vacancies } = readMembers(answers, options, problems);
  const bodies: IncomingBody[] = (answers.committees ?? [])
    .map((c) => ({ key: c.id, title: clean(c.title) ?? c.id, kind: bodyKindOf(c.title, c.category), retired: c.deleted || c.expired }));
  const memberKeys = new Set(members.map((m) => m.key));
  const places: MeetingPlace[] = [];
  const bodiesWithMeetings: string[] = [];
  for (const meeting of latestMeetings(answers.meetings)) {
    const bodyKey = meeting.committeeId ?? '';
    if (!bodyKey) {
      problems.push({ entity: 'membership', id: meeting.id, field: 'bodyId', message: `Meeting ${meeting.id} does not say which committee it belongs to, so its attendees were not read.` });
      continue;
    }
    bodiesWithMeetings.push(bodyKey);
    const seen = new Set<string>();
    for (const a of meeting.attendees) {
      if (!a.memberId || /officer|staff|clerk|advis/i.test(a.memberType ?? '')) continue;
      const where = `${a.name ?? 'An attendee'} (${a.memberId}) at meeting ${meeting.id} of ${meeting.committeeTitle ?? `committee ${bodyKey}`}`;
      if (answers.wards && !memberKeys.has(a.memberId)) {
        problems.push({ entity: 'membership', id: a.memberId, field: 'memberId', message: `${where} is not a councillor in GetCouncillorsByWard, so their place was not imported.` });
        continue;
      }
      let role = attendeeRole(a.role);
      if (role === 'unknown') {
        problems.push({ entity: 'membership', id: a.memberId, field: 'role', message: `${where} has the role "${a.role}", which the directory does not know; they were imported as a Member.` });
        role = 'Member';
      }
      if (seen.has(a.memberId)) continue;
      seen.add(a.memberId);
      places.push({ memberKey: a.memberId, bodyKey, role, meetingId: meeting.id });
    }
  }
  return {
    source: answers.source,
    has: { councillors: !!answers.wards, committees: !!answers.committees, meetings: answers.meetings.length > 0 },
    wards,
    members,
    bodies,
    places,
    bodiesWithMeetings,
    vacancies,
    problems
  };
}
