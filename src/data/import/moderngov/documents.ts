/**
 * The three mgWebService answers the import reads, as typed records: GetCouncillorsByWard,
 * GetCommittees and GetMeeting (with GetMeetings to find each committee's latest meeting).
 * Every text is cleaned (clean()); an element that holds only whitespace is absent. Answers that
 * parse but hold nothing to import (no wards, no councillors, no committees) are refused: they are
 * never read as "the council has no councillors".
 */
import { z } from 'zod';
import { clean, ukDate } from './text';
import { ModernGovReadError, parseModernGovXml } from './xml';

const txt = z.unknown().transform((v) => clean(v));
const list = <T extends z.ZodTypeAny>(item: T) =>
  z.preprocess((v) => (Array.isArray(v) ? v : v === undefined || v === null || typeof v === 'string' ? [] : [v]), z.array(item));
/** An element that may arrive as whitespace only (parsed as text) instead of children. */
const element = <T extends z.ZodRawShape>(shape: T) =>
  z.preprocess((v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : {}), z.object(shape).passthrough());

const addressShape = {
  line1: txt,
  line2: txt,
  line3: txt,
  line4: txt,
  postcode: txt,
  phone: txt,
  mobile: txt,
  email: txt
};

const councillorSchema = element({
  councillorid: txt,
  fullusername: txt,
  photosmallurl: txt,
  photobigurl: txt,
  politicalpartytitle: txt,
  districttitle: txt,
  representing: txt,
  keyposts: txt,
  workaddress: element(addressShape),
  homeaddress: element(addressShape),
  termsofoffice: element({ termofoffice: list(element({ startdate: z.unknown(), enddate: z.unknown() })) })
});

const wardSchema = element({
  wardtitle: txt,
  councillors: element({ councillorcount: txt, councillor: list(councillorSchema) })
});


export interface ModernGovTerm {
  /** ISO date, or undefined when "unspecified" or unreadable. */
  start?: string;
  end?: string;
  /** As ModernGov wrote them, for messages. */
  rawStart?: string;
  rawEnd?: string;
}

export interface ModernGovCouncillor {
  id: string;
  fullName?: string;
  photoUrl?: string;
  party?: string;
  keyposts?: string;
  work: Partial<Record<keyof typeof addressShape, string>>;
  home: Partial<Record<keyof typeof addressShape, string>>;
  terms: ModernGovTerm[];
}

export interface ModernGovWard {
  title: string;
  /** councillorcount: the seats, counting vacant ones. */
  count?: number;
  councillors: ModernGovCouncillor[];
}

export interface ModernGovCommittee {
  id: string;
  title: string;
  deleted: boolean;
  expired: boolean;
  category?: string;
}

export interface ModernGovAttendee {
  memberId?: string;
  name?: string;
  memberType?: string;
  role?: string;
}

export interface ModernGovMeeting {
  id: string;
  committeeId?: string;
  committeeTitle?: string;
  /** ISO date. */
  date?: string;
  attendees: ModernGovAttendee[];
}

export interface ModernGovMeetingSummary {
  id: string;
  date?: string;
  status?: string;
}

function refuse(method: string, why: string): never {
  throw new ModernGovReadError(method, `${method} could not be read: ${why}`);
}

const METHOD_WARDS = 'GetCouncillorsByWard';

export function readCouncillorsByWard(xml: string): ModernGovWard[] {
  const { value } = parseModernGovXml(xml, METHOD_WARDS, ['councillorsbyward']);
  const wardsElement = value.wards;
  const wards = list(wardSchema).parse(wardsElement && typeof wardsElement === 'object' ? (wardsElement as Record<string, unknown>).ward : undefined);
  if (wards.length === 0) refuse(METHOD_WARDS, 'it lists no wards. ModernGov always lists the wards of a council, so this is not read as a council without councillors.');
  const out: ModernGovWard[] = wards.map((w) => ({
    title: w.wardtitle ?? '',
    count: w.councillors.councillorcount && /^\d+$/.test(w.councillors.councillorcount) ? Number(w.councillors.councillorcount) : undefined,
    councillors: w.councillors.councillor.map((c) => ({
      id: c.councillorid ?? '',
      fullName: c.fullusername,
      photoUrl: c.photobigurl ?? c.photosmallurl,
      party: c.politicalpartytitle,
      keyposts: c.keyposts,
      work: pickAddress(c.workaddress),
      home: pickAddress(c.homeaddress),
      terms: c.termsofoffice.termofoffice.map((t) => ({ start: ukDate(t.startdate), end: ukDate(t.enddate), rawStart: clean(t.startdate), rawEnd: clean(t.enddate) }))
    }))
  }));
  if (out.every((w) => w.councillors.length === 0)) refuse(METHOD_WARDS, 'its wards list no councillors at all, so it is not read as a council without councillors.');
  return out;
}

function pickAddress(a: Record<string, unknown>): Partial<Record<keyof typeof addressShape, string>> {
  const out: Partial<Record<keyof typeof addressShape, string>> = {};
  for (const key of Object.keys(addressShape) as Array<keyof typeof addressShape>) {
    const v = a[key];
    if (typeof v === 'string' && v) out[key] = v;
  }
  return out;
}

const METHOD_COMMITTEES = 'GetCommittees';

const committeeSchema = element({ committeeid: txt, committeetitle: txt, committeedeleted: txt, committeeexpired: txt, committeecategory: txt });

export function readCommittees(xml: string): ModernGovCommittee[] {
  const { value } = parseModernGovXml(xml, METHOD_COMMITTEES, ['committees']);
  const committees = list(committeeSchema).parse(value.committee);
  if (committees.length === 0) refuse(METHOD_COMMITTEES, 'it lists no committees, so it is not read as a council without committees.');
  return committees
    .filter((c) => c.committeeid && c.committeetitle)
    .map((c) => ({
      id: c.committeeid as string,
      title: c.committeetitle as string,
      deleted: /^true$/i.test(c.committeedeleted ?? ''),
      expired: /^true$/i.test(c.committeeexpired ?? ''),
      category: c.committeecategory
    }));
}

const attendeeSchema = element({ memberid: txt, name: txt, membertype: txt, roledescription: txt });

export function readMeeting(xml: string, method = 'GetMeeting'): ModernGovMeeting {
  const { root, value } = parseModernGovXml(xml, method, ['meeting', 'getmeeting']);
  // Some installs wrap the meeting in <getmeeting>.
  const meeting = root === 'getmeeting' ? element({}).parse(Array.isArray(value.meeting) ? value.meeting[0] : value.meeting) : value;
  const m = element({ meetingid: txt, committeeid: txt, committeetitle: txt, meetingdate: txt, attendees: element({ attendee: list(attendeeSchema) }) }).parse(meeting);
  if (!m.meetingid && !m.committeeid) refuse(method, 'it holds no meeting.');
  return {
    id: m.meetingid ?? '',
    committeeId: m.committeeid,
    committeeTitle: m.committeetitle,
    date: ukDate(m.meetingdate?.split(' ')[0]),
    attendees: m.attendees.attendee.map((a) => ({ memberId: a.memberid, name: a.name, memberType: a.membertype, role: a.roledescription }))
  };
}

const meetingSummarySchema = element({ meetingid: txt, meetingdate: txt, meetingstatus: txt });

/** GetMeetings for one committee: its meetings in the period asked. */
export function readMeetings(xml: string): ModernGovMeetingSummary[] {
  const { value } = parseModernGovXml(xml, 'GetMeetings', ['getmeetings']);
  const committees = list(element({ committeemeetings: element({ meeting: list(meetingSummarySchema) }) })).parse(value.committee);
  return committees.flatMap((c) =>
    c.committeemeetings.meeting
      .filter((m) => m.meetingid)
      .map((m) => ({ id: m.meetingid as string, date: ukDate(m.meetingdate?.split(' ')[0]), status: m.meetingstatus }))
  );
}
