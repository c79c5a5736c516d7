/**
 * Reading mgWebService answers: the fixture council, and the answers real councils' sites give
 * that are not ModernGov data at all (web pages, empty wards, the "method name is not valid"
 * answer), hostile XML (entity expansion, a huge file), and encoding quirks (entities encoded
 * twice, CRLF, non-breaking spaces).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MAX_DOCUMENT_CHARS, ModernGovReadError, readCommittees, readCouncillorsByWard, readMeeting, readSavedAnswers } from '../../../src/data/import';

const FIXTURE = path.resolve(__dirname, '../../fixtures/moderngov/fixture-council');
const read = (name: string): string => fs.readFileSync(path.join(FIXTURE, name), 'utf8');

function refusal(fn: () => unknown): ModernGovReadError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ModernGovReadError);
    return e as ModernGovReadError;
  }
  throw new Error('expected the answer to be refused');
}

const wrap = (wards: string): string => `<?xml version="1.0" encoding="utf-8"?>\r\n<councillorsbyward><wards>${wards}</wards></councillorsbyward>`;
const oneWard = (title: string, councillor: string): string => wrap(`<ward><wardtitle>${title}</wardtitle><councillors><councillorcount> 1</councillorcount>${councillor}</councillors></ward>`);

describe('the fixture council', () => {
  it('reads every ward and councillor, with the blank fields absent and entities decoded', () => {
    const wards = readCouncillorsByWard(read('GetCouncillorsByWard.xml'));
    expect(wards.map((w) => w.title)).toEqual(['Abbey & Kingsway', 'Brookfield', 'Castle Hill', 'Dunmore - Eastgate', 'Fernside']);
    expect(wards.map((w) => w.count)).toEqual([3, 2, 2, 1, 3]);
    expect(wards.flatMap((w) => w.councillors.map((c) => c.id))).toEqual(['301', '302', '303', '304', '305', '306', '307', '308', '309', '310', '311']);
    const bernard = wards[0].councillors[0];
    expect(bernard).toMatchObject({ fullName: 'Cllr Bernard Okonkwo', party: 'Conservative', keyposts: 'Leader of the Council, Portfolio Holder for Growth & Investment' });
    expect(bernard.work).toEqual({ line1: 'Fernside Civic Centre', line2: 'Market Square', postcode: 'FX1 2AB', phone: '01632 960201', email: 'bernard.okonkwo@fernside.example.gov.uk' });
    expect(bernard.terms).toEqual([
      { start: '2019-05-02', end: '2023-05-03', rawStart: '02/05/2019', rawEnd: '03/05/2023' },
      { start: '2023-05-04', end: undefined, rawStart: '04/05/2023', rawEnd: 'unspecified' }
    ]);
    // Whitespace-only fields are absent, not blank strings.
    const farah = wards[1].councillors[1];
    expect(farah.work.email).toBeUndefined();
    expect(farah.keyposts).toBeUndefined();
    expect(wards[4].councillors[2].terms).toEqual([]);
  });

  it('reads the committees, with "&amp;" decoded and the expired one marked', () => {
    const committees = readCommittees(read('GetCommittees.xml'));
    expect(committees).toHaveLength(7);
    expect(committees[5]).toEqual({ id: '106', title: 'Town Centre Task & Finish Group', deleted: false, expired: false, category: 'Task and Finish' });
    expect(committees[6]).toMatchObject({ id: '107', expired: true });
  });

  it("reads a meeting's attendees from their attributes", () => {
    const m = readMeeting(read('GetMeeting-5521.xml'));
    expect(m).toMatchObject({ id: '5521', committeeId: '102', date: '2026-10-14' });
    expect(m.attendees.map((a) => [a.memberId, a.role])).toEqual([
      ['302', 'Chair'],
      ['304', 'Vice-Chair'],
      ['306', 'Committee Member'],
      ['309', 'Committee Member'],
      ['311', 'Substitute']
    ]);
  });

  it('a folder is read for the answers it holds, and the HTML page beside them is not taken for one', async () => {
    const answers = await readSavedAnswers(FIXTURE, { names: fs.readdirSync(FIXTURE), read: async (n) => read(n) });
    expect(answers.wards).toHaveLength(5);
    expect(answers.committees).toHaveLength(7);
    expect(answers.meetings.map((m) => m.id)).toEqual(['5521']);
    const councillorsOnly = await readSavedAnswers('x', { names: ['GetCouncillorsByWard.xml'], read: async (n) => read(n) });
    expect(councillorsOnly.committees).toBeUndefined();
    await expect(readSavedAnswers('/tmp/empty', { names: ['notes.txt'], read: async () => '' })).rejects.toThrow(/holds no saved ModernGov answers/);
  });
});

describe('answers that are not ModernGov data are refused, never read as "no councillors"', () => {
  it('an HTML redirect page', () => {
    const e = refusal(() => readCouncillorsByWard(read('not-xml-redirect.html')));
    expect(e.message).toBe('GetCouncillorsByWard could not be read: the answer is a web page, not ModernGov data (perhaps a sign-in, redirect or error page): check the ModernGov address.');
  });

  it('an HTML error page with a doctype', () => {
    expect(refusal(() => readCommittees('<!DOCTYPE html>\n<html><body><h1>Server Error in \'/\' Application.</h1></body></html>')).message).toMatch(/web page, not ModernGov data/);
  });

  it('"Web Service method name is not valid"', () => {
    const e = refusal(() => readCouncillorsByWard('System.InvalidOperationException: Web Service method name is not valid.\r\n   at System.Web.Services.Protocols.HttpServerProtocol.Initialize()'));
    expect(e.message).toMatch(/ModernGov answered "Web Service method name is not valid"/);
  });

  it('valid XML with an empty wards, or wards with no councillors', () => {
    expect(refusal(() => readCouncillorsByWard(wrap('  \r\n  '))).message).toMatch(/it lists no wards/);
    expect(refusal(() => readCouncillorsByWard(wrap('<ward><wardtitle>A</wardtitle><councillors><councillorcount> 0</councillorcount></councillors></ward>'))).message).toMatch(/list no councillors at all/);
    expect(refusal(() => readCommittees('<committees><committeescount>0</committeescount></committees>')).message).toMatch(/lists no committees/);
  });

  it('an empty answer, plain text, malformed XML, and another document', () => {
    expect(refusal(() => readCouncillorsByWard('   ')).message).toMatch(/the answer is empty/);
    expect(refusal(() => readCouncillorsByWard('Service unavailable')).message).toMatch(/the answer is not XML/);
    expect(refusal(() => readCouncillorsByWard('<councillorsbyward><wards><ward></wards></councillorsbyward>')).message).toMatch(/the XML is malformed \(line 1/);
    expect(refusal(() => readCouncillorsByWard(read('GetCommittees.xml'))).message).toMatch(/expected <councillorsbyward> at the top, found <committees>/);
  });
});

describe('hostile XML', () => {
  it('entity expansion (billion laughs) is refused before anything is expanded', () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE councillorsbyward [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>` + oneWard('&c;', '<councillor><councillorid>1</councillorid><fullusername>Jo Bloggs</fullusername></councillor>');
    const started = Date.now();
    expect(refusal(() => readCouncillorsByWard(lol)).message).toMatch(/declares a document type or entities, which ModernGov never sends/);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('an external entity is refused too', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>` + oneWard('&xxe;', '<councillor><councillorid>1</councillorid><fullusername>Jo Bloggs</fullusername></councillor>');
    expect(refusal(() => readCouncillorsByWard(xxe)).message).toMatch(/document type or entities/);
  });

  it('a huge answer is refused by its size, quickly', () => {
    const councillor = '<councillor><councillorid>1</councillorid><fullusername>Jo Bloggs</fullusername></councillor>';
    const huge = oneWard('A', councillor.repeat(Math.ceil((MAX_DOCUMENT_CHARS + 10) / councillor.length)));
    const started = Date.now();
    expect(refusal(() => readCouncillorsByWard(huge)).message).toMatch(/larger than 10 MB/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('deeply nested elements are refused, not followed', () => {
    const deep = `<councillorsbyward><wards>${'<x>'.repeat(5000)}${'</x>'.repeat(5000)}</wards></councillorsbyward>`;
    expect(() => readCouncillorsByWard(deep)).toThrow(ModernGovReadError);
  });
});

describe('encoding', () => {
  it('entities encoded twice, numeric references, CRLF and non-breaking spaces come out as plain text', () => {
    const wards = readCouncillorsByWard(
      oneWard(
        'Benn &amp;amp; Bilton\u00a0',
        '<councillor>\r\n<councillorid> 42 </councillorid>\r\n<fullusername>Cllr\u00a0Siân\u00a0O&#8217;Brien\r\n</fullusername><politicalpartytitle>Labour &amp;amp;amp; Co-operative</politicalpartytitle></councillor>'
      )
    );
    expect(wards[0].title).toBe('Benn & Bilton');
    expect(wards[0].councillors[0]).toMatchObject({ id: '42', fullName: 'Cllr Siân O’Brien', party: 'Labour & Co-operative' });
  });

  it('ids stay text: "0042" is not the number 42', () => {
    const wards = readCouncillorsByWard(oneWard('A', '<councillor><councillorid>0042</councillorid><fullusername>Jo Bloggs</fullusername></councillor>'));
    expect(wards[0].councillors[0].id).toBe('0042');
  });
});
