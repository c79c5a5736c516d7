/**
 * Reading a ModernGov site over HTTP with a real fetch: a throwaway server on loopback serves the
 * fixture at `{base}/mgWebService.asmx/{Method}` under a base with a path (/moderngov), answers an
 * unknown method as ASP.NET does ("Web Service method name is not valid"), and can be made to
 * answer with an HTML page instead.
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { fetchModernGov, ModernGovReadError, serviceUrl } from '../../../src/data/import';
import { answersFrom, FIXTURE, TODAY } from './support';

const fixture = (name: string): string => fs.readFileSync(path.join(FIXTURE, name), 'utf8');

/** GetMeetings for a committee: the fixture's meeting 5521 is Planning's (102); an older, cancelled one too. */
function meetingsFor(committee: string): string {
  const meetings =
    committee === '102'
      ? '<meeting><meetingid>5400</meetingid><meetingdate>01/06/2026</meetingdate><meetingstatus>Cancelled</meetingstatus></meeting><meeting><meetingid>5521</meetingid><meetingdate>14/10/2026</meetingdate><meetingstatus>Published</meetingstatus></meeting>'
      : '';
  return `<?xml version="1.0" encoding="utf-8"?><getmeetings><committee><committeeid>${committee}</committeeid><committeemeetings>${meetings}</committeemeetings></committee></getmeetings>`;
}

let server: http.Server;
let base: string;
const seen: string[] = [];
let htmlInstead = false;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    seen.push(`${url.pathname}${url.search}`);
    const m = /^\/moderngov\/mgWebService\.asmx\/(\w+)$/.exec(url.pathname);
    const send = (status: number, body: string, type = 'text/xml; charset=utf-8') => {
      res.writeHead(status, { 'Content-Type': type });
      res.end(body);
    };
    if (htmlInstead) return send(200, fixture('not-xml-redirect.html'), 'text/html');
    if (!m) return send(404, '<html><body>Not found</body></html>', 'text/html');
    switch (m[1]) {
      case 'GetCouncillorsByWard':
        return send(200, fixture('GetCouncillorsByWard.xml'));
      case 'GetCommittees':
        return send(200, fixture('GetCommittees.xml'));
      case 'GetMeetings':
        return send(200, meetingsFor(url.searchParams.get('lCommitteeId') ?? ''));
      case 'GetMeeting':
        return url.searchParams.get('lMeetingId') === '5521' ? send(200, fixture('GetMeeting-5521.xml')) : send(500, 'System.ArgumentException: no such meeting');
      default:
        return send(500, 'System.InvalidOperationException: Web Service method name is not valid.\r\n   at System.Web.Services.Protocols.HttpServerProtocol.Initialize()', 'text/plain');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/moderngov`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  seen.length = 0;
  htmlInstead = false;
});

test('the service address is found from a base with or without a path or a trailing slash', () => {
  expect(serviceUrl('https://democracy.example.gov.uk')).toBe('https://democracy.example.gov.uk/mgWebService.asmx');
  expect(serviceUrl('https://www.example.gov.uk/moderngov/')).toBe('https://www.example.gov.uk/moderngov/mgWebService.asmx');
  expect(serviceUrl('https://www.example.gov.uk/moderngov/mgWebService.asmx/GetCommittees')).toBe('https://www.example.gov.uk/moderngov/mgWebService.asmx');
  expect(() => serviceUrl('ftp://x.example')).toThrow(ModernGovReadError);
});

test('over HTTP, the import reads what the saved answers hold, and each committee’s latest meeting that was held', async () => {
  const { answers, problems } = await fetchModernGov(base, { today: TODAY });
  const saved = await answersFrom(FIXTURE);
  expect(answers.wards).toEqual(saved.wards);
  expect(answers.committees).toEqual(saved.committees);
  expect(answers.meetings.map((m) => [m.id, m.committeeId, m.attendees.length])).toEqual([['5521', '102', 5]]);
  expect(answers.siteUrl).toBe(`${base}/`);
  expect(problems).toEqual([]);
  expect(seen).toContain('/moderngov/mgWebService.asmx/GetCouncillorsByWard');
  expect(seen).toContain('/moderngov/mgWebService.asmx/GetMeeting?lMeetingId=5521');
  // Expired committees are not asked about; the cancelled meeting is passed over.
  expect(seen.some((p) => /lCommitteeId=107/.test(p))).toBe(false);
  expect(seen.some((p) => /lMeetingId=5400/.test(p))).toBe(false);
});

test('"Web Service method name is not valid" is refused with a clear error', async () => {
  const e = await fetchModernGov(`${base}/mgWebService.asmx/Nope`, { today: TODAY, fetch: (input, init) => fetch(String(input).replace('/GetCouncillorsByWard', '/GetCouncillorsByWards'), init) }).catch((x) => x);
  expect(e).toBeInstanceOf(ModernGovReadError);
  expect(e.message).toBe(
    'GetCouncillorsByWard could not be read: ModernGov answered "Web Service method name is not valid": this ModernGov site does not offer it, or the address is not the ModernGov site.'
  );
});

test('an HTML page with status 200, a missing page, and a site that does not answer are refused', async () => {
  htmlInstead = true;
  await expect(fetchModernGov(base, { today: TODAY })).rejects.toThrow(/GetCouncillorsByWard could not be read: the answer is a web page, not ModernGov data/);
  htmlInstead = false;
  await expect(fetchModernGov(base.replace('/moderngov', '/elsewhere'), { today: TODAY })).rejects.toThrow(/ModernGov answered 404 Not Found/);
  await expect(fetchModernGov('http://127.0.0.1:1/moderngov', { today: TODAY })).rejects.toThrow(/GetCouncillorsByWard could not be read from http:\/\/127\.0\.0\.1:1\/moderngov\/mgWebService\.asmx\/GetCouncillorsByWard/);
});
