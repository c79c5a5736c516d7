/**
 * The editors' own arithmetic: British dates both ways, the square crop of a photo, and the
 * three-way comparison behind the conflict view.
 */
import { fromDraftValue, isoFromUk, sameDraft, ukDate } from '../../../src/editing/form/convert';
import { newRecordDraft, setField } from '../../../src/editing/form/draft';
import { RECORD_FIELDS } from '../../../src/editing/form/fieldDefs';
import { conflictOf, isResolved, resolve } from '../../../src/editing/conflict/merge';
import { cropSquare, photoFileName, photoFileProblem } from '../../../src/editing/photo/crop';

describe('dates are typed the British way', () => {
  it.each([
    ['13/05/2024', '2024-05-13'],
    ['3/5/2024', '2024-05-03'],
    ['29.02.2024', '2024-02-29'],
    ['1-12-2030', '2030-12-01']
  ])('%s is %s', (typed, iso) => expect(isoFromUk(typed)).toBe(iso));

  it.each(['29/02/2023', '31/04/2024', '2024-05-13', '05/13/2024', '13/05/24', 'soon'])('%s is not a date as typed here', (typed) => expect(isoFromUk(typed)).toBeUndefined());

  it('shows a stored date as it is typed, and says plainly when what was typed is not one', () => {
    expect(ukDate('2024-05-06')).toBe('06/05/2024');
    expect(fromDraftValue('date', '31/02/2026', 'End date')).toEqual({ value: undefined, problem: 'End date must be a real date, written like 13/05/2024.' });
    expect(fromDraftValue('date', '  ', 'End date')).toEqual({ value: undefined });
  });

  it('lists are split as the lists store them, and unchanged text is unchanged whatever its trailing spaces', () => {
    expect(fromDraftValue('commas', 'bins, brown bin;\nfly-tipping ,', 'Topic keywords').value).toEqual(['bins', 'brown bin', 'fly-tipping']);
    expect(fromDraftValue('lines', 'Planning\n\n Housing \n', 'Skills').value).toEqual(['Planning', 'Housing']);
    expect(sameDraft('Benn ', 'Benn')).toBe(true);
    expect(sameDraft(['2', '1'], ['1', '2'])).toBe(true);
    expect(sameDraft(true, false)).toBe(false);
  });
});

describe('a photo is cropped to a square', () => {
  it('centred by default, the largest square the picture holds', () => {
    expect(cropSquare(1200, 800, { zoom: 1, x: 50, y: 50 })).toEqual({ sx: 200, sy: 0, size: 800 });
    expect(cropSquare(600, 900, { zoom: 1, x: 50, y: 50 })).toEqual({ sx: 0, sy: 150, size: 600 });
  });

  it('zoomed and moved within the picture, never past its edges', () => {
    expect(cropSquare(1200, 800, { zoom: 2, x: 0, y: 100 })).toEqual({ sx: 0, sy: 400, size: 400 });
    expect(cropSquare(1200, 800, { zoom: 9, x: 150, y: -20 })).toEqual({ sx: 1000, sy: 0, size: 200 });
  });

  it('named after the person, and only pictures of a sensible size are taken', () => {
    expect(photoFileName('Zoë O’Neill-Brown')).toBe('zoe-o-neill-brown.jpg');
    const messages = { notImage: 'not a picture', tooLarge: 'too large' };
    expect(photoFileProblem({ type: 'image/png', size: 2_000_000 }, messages)).toBe('');
    expect(photoFileProblem({ type: 'application/pdf', size: 10 }, messages)).toBe('not a picture');
    expect(photoFileProblem({ type: 'image/jpeg', size: 16 * 1024 * 1024 }, messages)).toBe('too large');
  });
});

describe('the three versions of a record', () => {
  const defs = RECORD_FIELDS.ward;
  const opened = { id: 1, etag: '"1"', values: { title: 'Benn', seats: 3, description: 'Town centre' } };

  it('keeps what only one side changed, asks about what both changed differently, and ignores the same change made twice', () => {
    let mine = newRecordDraft('w', 'ward', defs, opened);
    mine = setField(mine, 'seats', '2');
    mine = setField(mine, 'description', 'North of the town centre');
    mine = setField(mine, 'title', 'Benn Ward');
    const theirs = { id: 1, etag: '"2"', values: { title: 'Benn Ward', seats: 3, gssCode: 'E05012345', description: 'The town centre' } };
    const c = conflictOf(mine, 'Benn', defs, theirs);
    expect(c.fields.map((f) => [f.field, f.changedBy, f.keep])).toEqual([
      ['gssCode', 'them', 'theirs'],
      ['seats', 'you', 'yours'],
      ['description', 'both', undefined]
    ]);
    expect(isResolved(c)).toBe(false);
    const chosen = { ...c, fields: c.fields.map((f) => (f.field === 'description' ? { ...f, keep: 'yours' as const } : f)) };
    expect(isResolved(chosen)).toBe(true);
    const merged = resolve(mine, defs, chosen);
    expect(merged.copy?.etag).toBe('"2"');
    expect(merged.draft).toMatchObject({ title: 'Benn Ward', gssCode: 'E05012345', seats: '2', description: 'North of the town centre' });
  });
});
