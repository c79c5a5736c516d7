/**
 * Party spellings → Political Groups. ModernGov's party is free text: "Labour", "The Labour Party",
 * "LABOUR AND CO-OPERATIVE PARTY" are one group; "Non-Aligned" and a blank are no group; a
 * councillor listed as their own party ("Independent Councillor Smith") is not a group. A spelling
 * maps to a group through the group's name, short name and other names (aliases), or through the
 * national party both belong to; a spelling that maps to nothing, or to more than one group, is
 * reported, never guessed.
 */
import { matchKey } from '../../sync/plan';
import { tidyCapitals } from './text';

/** A spelling folded for comparison: "The Labour Party" → "labour", "Labour & Co-op" → "labour and coop". */
export function foldParty(spelling: string | undefined): string {
  const k = matchKey(spelling) ?? '';
  return k
    .replace(/\bco ?operative\b|\bco op\b/g, 'coop')
    .replace(/^the /, '')
    .replace(/ (?:party|group|councillors)$/, '')
    .replace(/ (?:party|group)$/, '')
    .trim();
}

interface Family {
  id: string;
  /** The group's name when a first import creates it. */
  name: string;
  spellings: string[];
}

/** National parties whose many spellings are one group. Folded spellings (see foldParty). */
const FAMILIES: readonly Family[] = [
  { id: 'labour', name: 'Labour', spellings: ['labour', 'labour and coop', 'labour coop', 'lab', 'lab coop', 'welsh labour', 'scottish labour', 'labour and coop labour'] },
  {
    id: 'conservative',
    name: 'Conservative',
    spellings: ['conservative', 'conservatives', 'conservative and unionist', 'con', 'scottish conservative', 'scottish conservatives', 'welsh conservative', 'welsh conservatives', 'conservative and independent']
  },
  { id: 'liberal-democrats', name: 'Liberal Democrats', spellings: ['liberal democrat', 'liberal democrats', 'lib dem', 'lib dems', 'libdem', 'libdems', 'ld'] },
  { id: 'green', name: 'Green Party', spellings: ['green', 'greens', 'green of england and wales', 'scottish green', 'scottish greens', 'gpew'] },
  { id: 'reform-uk', name: 'Reform UK', spellings: ['reform uk', 'reform'] },
  { id: 'plaid-cymru', name: 'Plaid Cymru', spellings: ['plaid cymru', 'plaid cymru of wales', 'plaid'] },
  { id: 'snp', name: 'Scottish National Party', spellings: ['scottish national', 'snp'] },
  { id: 'independent', name: 'Independent', spellings: ['independent', 'independents', 'ind'] }
];

const FAMILY_OF = new Map<string, Family>(FAMILIES.flatMap((f) => f.spellings.map((s) => [s, f] as [string, Family])));

/** Spellings that say "no political group". */
const NO_GROUP = new Set(['', 'non specified', 'not specified', 'unspecified', 'none', 'n a', 'no party', 'non aligned', 'unaligned', 'nonaligned', 'non affiliated', 'unaffiliated', 'no description', 'no group']);

export function familyOf(spelling: string | undefined): Family | undefined {
  return FAMILY_OF.get(foldParty(spelling));
}

/** A Political Group as the import matches spellings against it. */
export interface GroupTerms {
  /** The SharePoint item id, or undefined for a group the import is about to create. */
  id?: number;
  name: string;
  shortName?: string;
  aliases: readonly string[];
  /** The ModernGov key stored on the group (its folded name when the import created it). */
  externalId?: string;
}

export type PartyResolution =
  | { kind: 'none' }
  | { kind: 'group'; group: GroupTerms; via: 'name' | 'national party' }
  | { kind: 'unmapped'; reason: string };

function termsOf(g: GroupTerms): string[] {
  return [g.name, g.shortName ?? '', ...g.aliases].map(foldParty).filter(Boolean);
}

/** "Independent Councillor Smith": a councillor listed as their own party. */
export function isPersonalLabel(spelling: string, familyName?: string): boolean {
  const k = foldParty(spelling);
  if (/\b(?:councillor|cllr)\b/.test(k)) return true;
  const surname = matchKey(familyName);
  return !!surname && k.split(' ').length > 1 && k.endsWith(` ${surname}`);
}

export function resolveParty(spelling: string | undefined, groups: readonly GroupTerms[], familyName?: string): PartyResolution {
  const fold = foldParty(spelling);
  const exact = groups.filter((g) => g.externalId === fold || termsOf(g).includes(fold));
  if (fold && exact.length === 1) return { kind: 'group', group: exact[0], via: 'name' };
  if (exact.length > 1) {
    return { kind: 'unmapped', reason: `"${spelling}" matches more than one Political Group (${exact.map((g) => g.name).join(', ')}), so none was chosen.` };
  }
  if (NO_GROUP.has(fold)) return { kind: 'none' };
  const family = FAMILY_OF.get(fold);
  if (family) {
    const same = groups.filter((g) => termsOf(g).some((t) => FAMILY_OF.get(t) === family) || g.externalId === family.id);
    if (same.length === 1) return { kind: 'group', group: same[0], via: 'national party' };
    if (same.length > 1) {
      return { kind: 'unmapped', reason: `"${spelling}" could be any of ${same.map((g) => g.name).join(', ')}; add it to the other names of the right group.` };
    }
  }
  if (isPersonalLabel(spelling ?? '', familyName)) {
    return { kind: 'unmapped', reason: `"${spelling}" names the councillor rather than a group, so no Political Group was set; if they belong to one, add this spelling to that group's other names.` };
  }
  return {
    kind: 'unmapped',
    reason: `"${spelling}" does not match the name, short name or other names of any Political Group, so the member's group was not set. Add it as a group, or to an existing group's other names, and import again.`
  };
}

/** The group a first import creates for a spelling: the national party's name, or the spelling tidied. */
export function newGroupFor(spelling: string): { key: string; name: string } {
  const family = familyOf(spelling);
  if (family) return { key: family.id, name: family.name };
  return { key: foldParty(spelling), name: tidyCapitals(spelling).replace(/^The /, '') };
}
