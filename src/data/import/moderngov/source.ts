/**
 * Getting the answers: from a ModernGov site over HTTP (GET `{base}/mgWebService.asmx/{Method}`;
 * the base may carry a path such as /moderngov), or from saved answers named after the methods
 * (`GetCouncillorsByWard.xml`, `GetCommittees.xml`, `GetMeeting-<id>.xml`), of which a folder may
 * hold only some. Browser-safe: the folder is read through a callback the caller supplies.
 */
import type { ModernGovMeeting, ModernGovMeetingSummary } from './documents';
import { readCommittees, readCouncillorsByWard, readMeeting, readMeetings } from './documents';
import type { ImportProblem, ModernGovAnswers } from './council';
import { MAX_DOCUMENT_CHARS, ModernGovReadError } from './xml';

/** The mgWebService address for a base URL given with or without the service path. */
export function serviceUrl(base: string): string {
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    throw new ModernGovReadError('source', `"${base}" is not a web address or a folder.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ModernGovReadError('source', `"${base}" is not an http or https address.`);
  const path = url.pathname.replace(/\/+$/, '').replace(/\/mgWebService\.asmx(?:\/.*)?$/i, '');
  return `${url.origin}${path}/mgWebService.asmx`;
}

export interface FetchOptions {
  /** Today, ISO: which meetings are the latest. */
  today: string;
  fetch?: typeof fetch;
  /** How long one answer may take, in ms. */
  timeoutMs?: number;
  /** Meetings looked at, back from today (days). */
  meetingsWithinDays?: number;
}

async function readLimited(res: Response, method: string): Promise<string> {
  const declared = Number(res.headers.get('content-length') ?? '');
  if (declared > MAX_DOCUMENT_CHARS * 4) throw new ModernGovReadError(method, `${method} could not be read: the answer is larger than ${MAX_DOCUMENT_CHARS / 1024 / 1024} MB.`);
  if (!res.body) return res.text();
  const reader = res.body.getReader();
  const decoder = new TextDecoder('utf-8');
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
    if (text.length > MAX_DOCUMENT_CHARS) {
      await reader.cancel();
      throw new ModernGovReadError(method, `${method} could not be read: the answer is larger than ${MAX_DOCUMENT_CHARS / 1024 / 1024} MB, far more than any council's ModernGov data.`);
    }
  }
  return text + decoder.decode();
}

/** One GET of a method; the text of the answer whatever its status (ModernGov's errors come as text). */
async function get(service: string, method: string, params: Record<string, string>, options: FetchOptions): Promise<string> {
  const query = new URLSearchParams(params).toString();
  const url = `${service}/${method}${query ? `?${query}` : ''}`;
  const doFetch = options.fetch ?? fetch;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 60000);
  try {
    const res = await doFetch(url, { headers: { Accept: 'text/xml, application/xml' }, signal: controller.signal, redirect: 'follow' });
    const text = await readLimited(res, method);
    if (!res.ok && !/web service method name is not valid/i.test(text)) {
      throw new ModernGovReadError(method, `${method} could not be read: ModernGov answered ${res.status} ${res.statusText} at ${url}.`);
    }
    return text;
  } catch (e) {
    if (e instanceof ModernGovReadError) throw e;
    const why = controller.signal.aborted ? 'it did not answer in time' : (e as Error).message;
    throw new ModernGovReadError(method, `${method} could not be read from ${url}: ${why}.`);
  } finally {
    clearTimeout(timer);
  }
}

function ukDateParam(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The meeting whose attendees stand for the committee now: the latest held, else the next one. */
export function latestMeeting(meetings: readonly ModernGovMeetingSummary[], today: string): ModernGovMeetingSummary | undefined {
  const usable = meetings.filter((m) => m.date && !/cancel|postpon|withdrawn/i.test(m.status ?? ''));
  const held = usable.filter((m) => (m.date as string) <= today).sort((a, b) => (a.date as string).localeCompare(b.date as string));
  if (held.length) return held[held.length - 1];
  return usable.sort((a, b) => (a.date as string).localeCompare(b.date as string))[0];
}

export async function fetchModernGov(base: string, options: FetchOptions): Promise<{ answers: ModernGovAnswers; problems: ImportProblem[] }> {
  const service = serviceUrl(base);
  const wards = readCouncillorsByWard(await get(service, 'GetCouncillorsByWard', {}, options));
  const committees = readCommittees(await get(service, 'GetCommittees', {}, options));
  const problems: ImportProblem[] = [];
  const meetings: ModernGovMeeting[] = [];
  const from = ukDateParam(addDays(options.today, -(options.meetingsWithinDays ?? 400)));
  const to = ukDateParam(addDays(options.today, 120));
  const live = committees.filter((c) => !c.deleted && !c.expired);
  // A few at a time: a council has dozens of committees, and ModernGov is a shared public site.
  const queue = live.slice();
  const worker = async (): Promise<void> => {
    for (let c = queue.shift(); c; c = queue.shift()) {
      try {
        const summaries = readMeetings(await get(service, 'GetMeetings', { lCommitteeId: c.id, sFromDate: from, sToDate: to }, options));
        const latest = latestMeeting(summaries, options.today);
        if (!latest) continue;
        const meeting = readMeeting(await get(service, 'GetMeeting', { lMeetingId: latest.id }, options));
        meetings.push({ ...meeting, committeeId: meeting.committeeId ?? c.id, committeeTitle: meeting.committeeTitle ?? c.title });
      } catch (e) {
        problems.push({ entity: 'body', id: c.id, field: 'memberships', message: `The latest meeting of ${c.title} could not be read, so its members were not imported: ${(e as Error).message}` });
      }
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  return { answers: { source: base, siteUrl: service.replace(/\/mgWebService\.asmx$/, '/'), wards, committees, meetings }, problems };
}

/** Saved answers: the file names in a folder, and a way to read one. */
export interface SavedAnswers {
  names: readonly string[];
  read(name: string): Promise<string>;
}

export async function readSavedAnswers(source: string, saved: SavedAnswers): Promise<ModernGovAnswers> {
  const find = (pattern: RegExp): string[] => saved.names.filter((n) => pattern.test(n));
  const councillors = find(/^GetCouncillorsByWard\.xml$/i);
  const committees = find(/^GetCommittees\.xml$/i);
  const meetingFiles = find(/^GetMeeting-[^/\\]+\.xml$/i);
  if (councillors.length + committees.length + meetingFiles.length === 0) {
    throw new ModernGovReadError(
      'source',
      `${source} holds no saved ModernGov answers: expected GetCouncillorsByWard.xml, GetCommittees.xml or GetMeeting-<id>.xml.`
    );
  }
  const answers: ModernGovAnswers = { source, meetings: [] };
  if (councillors[0]) answers.wards = readCouncillorsByWard(await saved.read(councillors[0]));
  if (committees[0]) answers.committees = readCommittees(await saved.read(committees[0]));
  for (const f of meetingFiles) answers.meetings.push(readMeeting(await saved.read(f), f.replace(/\.xml$/i, '')));
  return answers;
}
