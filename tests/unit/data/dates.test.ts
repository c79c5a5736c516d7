/**
 * Date-only values in the site's time zone, and image columns in both shapes SharePoint stores.
 */
import fc from 'fast-check';
import { fromSpDate, fromSpImage, toSpDate } from '../../../src/data/mappers';
import { GMT_STANDARD_TIME, siteDateOf, siteMidnight, timeZoneById, timeZoneFromSp } from '../../../src/data/mappers/dates';

const EASTERN = timeZoneById(10, '(UTC-05:00) Eastern Time (US and Canada)', 300);
const SYDNEY = timeZoneById(76, '(UTC+10:00) Canberra, Melbourne, Sydney', -600);
/** A zone the table does not know: only its standard offset (+1 h) is known. */
const UNKNOWN = timeZoneFromSp({ Id: 999, Description: '(UTC+01:00) Somewhere', Information: { Bias: -60, DaylightBias: -60, StandardBias: 0 } });

describe('date-only values', () => {
  test('a UK summer date is the site\'s midnight, an hour before UTC midnight; a winter date is UTC midnight', () => {
    expect(toSpDate('2026-05-07')).toBe('2026-05-06T23:00:00Z');
    expect(toSpDate('2026-01-15')).toBe('2026-01-15T00:00:00Z');
    expect(fromSpDate('2026-05-06T23:00:00Z')).toBe('2026-05-07');
    expect(fromSpDate('2026-01-15T00:00:00Z')).toBe('2026-01-15');
  });

  test('the days the clocks change keep their date', () => {
    expect(toSpDate('2026-03-29')).toBe('2026-03-29T00:00:00Z'); // midnight is still GMT; 01:00 becomes 02:00
    expect(toSpDate('2026-10-25')).toBe('2026-10-24T23:00:00Z'); // midnight is still BST
    expect(fromSpDate('2026-03-29T00:00:00Z')).toBe('2026-03-29');
    expect(fromSpDate('2026-10-24T23:00:00Z')).toBe('2026-10-25');
  });

  test('other zones: the site\'s own midnight', () => {
    expect(toSpDate('2026-05-07', EASTERN)).toBe('2026-05-07T04:00:00Z');
    expect(toSpDate('2026-05-07', SYDNEY)).toBe('2026-05-06T14:00:00Z');
    expect(fromSpDate('2026-05-06T14:00:00Z', SYDNEY)).toBe('2026-05-07');
    // a time within the site's day is that day, whatever the UTC date says
    expect(fromSpDate('2026-05-07T02:00:00Z', EASTERN)).toBe('2026-05-06');
  });

  test('a zone without summer-time rules uses its standard offset, and reads take the nearest midnight', () => {
    expect(UNKNOWN.iana).toBeUndefined();
    expect(toSpDate('2026-05-07', UNKNOWN)).toBe('2026-05-06T23:00:00Z');
    expect(fromSpDate('2026-05-06T22:00:00Z', UNKNOWN)).toBe('2026-05-07'); // summer midnight there
  });

  test('every date round-trips in every zone, and the stored instant is the site\'s midnight', () => {
    const day = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2060-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    for (const zone of [GMT_STANDARD_TIME, EASTERN, SYDNEY, UNKNOWN]) {
      fc.assert(
        fc.property(day, (d) => {
          const stored = toSpDate(d, zone)!;
          expect(fromSpDate(stored, zone)).toBe(d);
          if (zone.iana) expect(new Intl.DateTimeFormat('en-GB', { timeZone: zone.iana, hour: '2-digit', hourCycle: 'h23' }).format(new Date(stored))).toBe('00');
        }),
        { numRuns: 300 }
      );
    }
  });

  test('what is not a date is passed on for validation to name; a calendar date is taken as it is', () => {
    expect(fromSpDate('not a date')).toBeUndefined();
    expect(fromSpDate(null)).toBeUndefined();
    expect(fromSpDate('2026-05-07')).toBe('2026-05-07');
    expect(toSpDate(undefined)).toBeNull();
    expect(() => siteMidnight('7 May 2026')).toThrow(/not a date in the form YYYY-MM-DD/);
  });

  test('an unreadable time zone answer is the UK default', () => {
    expect(timeZoneFromSp(undefined)).toBe(GMT_STANDARD_TIME);
    expect(timeZoneFromSp({ Id: 'two' })).toBe(GMT_STANDARD_TIME);
    expect(siteDateOf(new Date('2026-05-06T23:30:00Z'))).toBe('2026-05-07');
  });
});

describe('image columns', () => {
  const item = { Id: 9, FileDirRef: '/sites/council/Lists/Members' };

  test('set through setImageField: the value has its serverRelativeUrl', () => {
    expect(fromSpImage(JSON.stringify({ type: 'thumbnail', fileName: 'jane.png', serverRelativeUrl: '/sites/council/SiteAssets/Lists/x/jane.png' }), item)).toBe('/sites/council/SiteAssets/Lists/x/jane.png');
  });

  test('uploaded in the list form: only a file name, which is an attachment of the item', () => {
    const name = 'Reserved_ImageAttachment_[5]_[Photo][7]_[jane][1]_[1].png';
    expect(fromSpImage(JSON.stringify({ fileName: name }), item)).toBe(`/sites/council/Lists/Members/Attachments/9/${encodeURIComponent(name)}`);
    // without the item's folder there is no way to find it
    expect(fromSpImage(JSON.stringify({ fileName: name }))).toBeUndefined();
  });

  test('a file name that could leave the attachment folder is refused', () => {
    for (const fileName of ['../../SiteAssets/x.png', 'a/b.png', '..', 'a\\b.png']) expect(fromSpImage(JSON.stringify({ fileName }), item)).toBeUndefined();
    expect(fromSpImage(JSON.stringify({ serverRelativeUrl: 'javascript:alert(1)' }), item)).toBeUndefined();
  });
});
