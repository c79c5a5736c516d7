/**
 * The one diff engine: creates, updates field by field, unchanged, missing and ambiguous records,
 * matched by a stable key and then by a fallback key.
 */
import { matchKey, planChanges, planCounts, sameValue, type FieldRule } from '../../../../src/data/sync/plan';

interface Stored {
  id: number;
  externalId?: string;
  name: string;
  phone?: string;
  skills?: string[];
}
interface Source {
  key: string;
  name: string;
  phone?: string;
  skills?: string[];
}

const fields: Array<FieldRule<Stored, Source>> = [
  { field: 'name', existing: (e) => e.name, incoming: (i) => i.name },
  { field: 'phone', existing: (e) => e.phone, incoming: (i) => i.phone },
  { field: 'skills', existing: (e) => e.skills, incoming: (i) => i.skills }
];

const plan = (existing: Stored[], incoming: Source[]) =>
  planChanges({
    existing,
    incoming,
    keyOfExisting: (e) => e.externalId,
    keyOfIncoming: (i) => i.key,
    fallbackOfExisting: (e) => matchKey(e.name),
    fallbackOfIncoming: (i) => matchKey(i.name),
    fields
  });

test('a record matched by its key with the same values is unchanged; a changed field is an update naming old and new', () => {
  const p = plan(
    [
      { id: 1, externalId: 'a', name: 'Jo Bloggs', phone: '01788 533533' },
      { id: 2, externalId: 'b', name: 'Sam Lee', phone: '01788 000000' }
    ],
    [
      { key: 'a', name: 'Jo Bloggs ', phone: '01788 533533' },
      { key: 'b', name: 'Sam Lee', phone: '01788 111111' }
    ]
  );
  expect(planCounts(p)).toEqual({ create: 0, update: 1, unchanged: 1 });
  expect(p.unchanged[0].existing.id).toBe(1);
  expect(p.update[0]).toMatchObject({ matchedBy: 'key', changes: [{ field: 'phone', from: '01788 000000', to: '01788 111111' }] });
});

test('a value the source does not give leaves the field alone; lists compare as sets', () => {
  const p = plan([{ id: 1, externalId: 'a', name: 'Jo', phone: '01788 533533', skills: ['planning', 'finance'] }], [{ key: 'a', name: 'Jo', skills: ['finance', 'planning'] }]);
  expect(planCounts(p)).toEqual({ create: 0, update: 0, unchanged: 1 });
});

test('records without a key are adopted by their normalised name, and the adoption is an update (to store the key)', () => {
  const p = plan([{ id: 7, name: 'Chloë O’Brien' }], [{ key: 'x9', name: 'chloe obrien' }]);
  expect(p.update).toHaveLength(1);
  expect(p.update[0]).toMatchObject({ matchedBy: 'fallback', existing: { id: 7 }, incoming: { key: 'x9' } });
  expect(p.update[0].changes).toEqual([{ field: 'name', from: 'Chloë O’Brien', to: 'chloe obrien' }]);
  expect(p.create).toEqual([]);
});

test('a record whose key belongs to nobody is created; a stored record the source lacks is missing', () => {
  const p = plan([{ id: 1, externalId: 'old', name: 'Gone Person' }], [{ key: 'new', name: 'New Person' }]);
  expect(p.create.map((i) => i.key)).toEqual(['new']);
  expect(p.missing.map((e) => e.id)).toEqual([1]);
});

test('a record with a key is never adopted by name by another source record', () => {
  const p = plan([{ id: 1, externalId: 'a', name: 'Jo Bloggs' }], [{ key: 'b', name: 'Jo Bloggs' }]);
  expect(p.create.map((i) => i.key)).toEqual(['b']);
  expect(p.missing.map((e) => e.id)).toEqual([1]);
});

test('a name shared by two stored records, or by two source records, is ambiguous: neither created nor updated', () => {
  const twoStored = plan([{ id: 1, name: 'Jo Bloggs' }, { id: 2, name: 'JO BLOGGS' }], [{ key: 'a', name: 'Jo Bloggs' }]);
  expect(twoStored.ambiguous).toHaveLength(1);
  expect(twoStored.ambiguous[0].existing.map((e) => e.id)).toEqual([1, 2]);
  expect(twoStored.create).toEqual([]);
  expect(twoStored.update).toEqual([]);
  expect(twoStored.missing).toEqual([]);

  const twoIncoming = plan([{ id: 1, name: 'Jo Bloggs' }], [{ key: 'a', name: 'Jo Bloggs' }, { key: 'b', name: 'jo bloggs' }]);
  expect(twoIncoming.ambiguous).toHaveLength(1);
  expect(twoIncoming.ambiguous[0].incoming.map((i) => i.key)).toEqual(['a', 'b']);
  expect(twoIncoming.create).toEqual([]);
  expect(twoIncoming.update).toEqual([]);
});

test('two new source records with the same name and no stored namesake are both created', () => {
  const p = plan([], [{ key: 'a', name: 'Jo Bloggs' }, { key: 'b', name: 'Jo Bloggs' }]);
  expect(p.create.map((i) => i.key)).toEqual(['a', 'b']);
});

test('sameValue treats blanks alike and compares trimmed text', () => {
  expect(sameValue('', undefined)).toBe(true);
  expect(sameValue(null, [])).toBe(true);
  expect(sameValue(' a ', 'a')).toBe(true);
  expect(sameValue('a', 'b')).toBe(false);
  expect(sameValue([1, 2], [2, 1])).toBe(true);
  expect(sameValue([1, 2], [1, 2, 3])).toBe(false);
});

test('matchKey folds case, accents, apostrophes, "&" and spacing', () => {
  expect(matchKey('Wolston & the Lawfords')).toBe(matchKey('wolston and  the lawfords'));
  expect(matchKey('O’Brien-Smith')).toBe('obrien smith');
  expect(matchKey('   ')).toBeUndefined();
});
