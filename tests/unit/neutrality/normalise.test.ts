/**
 * The normaliser: the committed look-alike table is what the Unicode confusables data (the
 * unhomoglyph package) says; invisible and format characters go; direction overrides are read
 * as shown; spaced, dotted, digit and run-together writing is undone; and every character of
 * the normalised text points back at what was written.
 */
import * as fs from 'fs';
import data from 'unhomoglyph/data.json';
import unhomoglyph from 'unhomoglyph';
import { version } from 'unhomoglyph/package.json';
import { deriveConfusables, GENERATED_FILE, renderConfusables } from '../../../tools/cli/neutrality/confusables';
import { normalise } from '../../../src/domain/neutrality/screening/normalise';
import { normaliseUnicode } from '../../../src/domain/neutrality/screening/unicode';
import { JOINING_WORDS, NATIONAL_PARTY_WORDS } from '../../../src/domain/neutrality/screening/vocabulary';

const vocab = { party: NATIONAL_PARTY_WORDS, glue: JOINING_WORDS };
const plain = (t: string): string => normalise(t, vocab).plain.text;

describe('the look-alike table', () => {
  it('is the one the derivation script makes from the installed confusables data', () => {
    expect(fs.readFileSync(GENERATED_FILE, 'utf8')).toBe(renderConfusables(deriveConfusables(data as Record<string, string>), version));
  });

  it('maps every character whose skeleton is an ASCII letter or digit to what the library says, in its case', () => {
    const wrong: string[] = [];
    for (const [ch, skeleton] of Object.entries(data as Record<string, string>)) {
      if (ch.codePointAt(0)! < 0x80 || !/^[A-Za-z0-9]$/.test(skeleton)) continue;
      const got = normaliseUnicode(ch).text;
      // The library's skeleton of what we give must be the library's skeleton of the character itself.
      if (unhomoglyph(got) !== unhomoglyph(ch)) wrong.push(`${ch} U+${ch.codePointAt(0)!.toString(16)} → ${JSON.stringify(got)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('stays small enough for the read bundles', () => {
    expect(fs.statSync(GENERATED_FILE).size).toBeLessThan(8000);
  });
});

describe('Unicode step', () => {
  it.each([
    ['ＬＡＢＯＵＲ', 'LABOUR'],
    ['𝐋𝐚𝐛𝐨𝐮𝐫', 'Labour'],
    ['Ⓛⓐⓑⓞⓤⓡ', 'Labour'],
    ['Lábóür', 'Labour'],
    ['L\u0332a\u0332b\u0332', 'Lab'],
    ['La\u200Bb\u00ADo\u2060u\u200Dr\uFE0F', 'Labour'],
    ['T\u{E0041}or\u180Eies', 'Tories'],
    ['Lаbоur', 'Labour'],
    ['\u202Eruobal\u202C party', 'labour party'],
    ['Vote \u202Eytrap ruobaL\u202C today', 'Vote Labour party today'],
    ['\u202Eruobal\u202C and \u202Dtext\u202C', 'labour and text'],
    ['\u202Eruobal\u202D ytrap', ' ytraplabour'],
    ['Vote\u3000Labour\u00A0now', 'Vote Labour now'],
    ['\u201CLabour\u2019s\u201D \u2013 plan', '"Labour\'s" - plan'],
    ['ǀabour and ǀǀǀ 1ǀ2', 'labour and lll 112']
  ])('%j → %j', (written, expected) => {
    expect(normaliseUnicode(written).text).toBe(expected);
  });
});

describe('word step', () => {
  it.each([
    ['L a b o u r  P a r t y', 'Labour  Party'],
    ['L.a.b.o.u.r P.a.r.t.y', 'Labour Party'],
    ['T-o-r-i-e-s', 'Tories'],
    ['Reform U K', 'Reform UK'],
    ['P r i n t e d  b y  S a m', 'Printed  by  Sam'],
    ['L4b0ur and T0R!ES', 'Labour and TORIES'],
    ['Vote Labour!', 'Vote Labour!'],
    ['LabourParty and labourparty', 'Labour Party and labour party'],
    ['labour[.]org[.]uk', 'labour.org.uk'],
    ['jo [at] libdems dot org dot uk', 'jo@libdems.org.uk']
  ])('%j → %j', (written, expected) => {
    expect(plain(written)).toBe(expected);
  });

  it.each([
    'Flats A, B and C are on the 4th floor; the A45 is closed from 10am.',
    'Options A B or C; e.g. the B2B portal; 2nd and 3rd floors.',
    'Email jo.smith@rugby.gov.uk or see www.rugby.gov.uk/bins #RecycleWeek @RugbyBC',
    'SharePoint, McDonald and iPhone users; the history of the directory and the laboratory.',
    'Green waste, labour costs and a conservative estimate.'
  ])('leaves ordinary writing as it is: %s', (text) => {
    expect(plain(text)).toBe(text);
  });

  it('maps every character back to what was written', () => {
    for (const text of ['Vote \u202Eytrap ruobaL\u202C today', 'L a b o u r  P a r t y', 'Lа\u200Bbоur councillors', 'L4b0ur', 'labour[.]org[.]uk', 'LabourParty']) {
      const t = normalise(text, vocab);
      for (let i = 0; i < t.plain.text.length; i++) {
        const s = t.plain.start[i];
        const e = t.plain.end[i];
        expect(s).toBeGreaterThanOrEqual(0);
        expect(e).toBeLessThanOrEqual(text.length);
        expect(e).toBeGreaterThanOrEqual(s);
      }
    }
    // The reversed run: "Labour" in the reading order is the stored "ruobaL".
    const t = normalise('Vote \u202Eytrap ruobaL\u202C today', vocab);
    const i = t.plain.text.indexOf('Labour');
    const starts = Array.from(t.plain.start.slice(i, i + 6));
    expect(Math.min(...starts)).toBe('Vote \u202Eytrap '.length);
  });
});
