/**
 * A councillor's name from ModernGov's one `fullusername` string: civic titles ("The Mayor.",
 * "Mayor's Consort."), "Councillor"/"Cllr" (even run into the honorific: "CouncillorMrs"),
 * honorifics, a nickname in brackets or quotes, and post-nominal letters (MBE, OBE, JP) are
 * taken off; what is left is the given name(s) and the surname. Vacant seats are recognised.
 */
import { capitaliseWord } from './text';

export interface ParsedName {
  honorific?: string;
  givenName?: string;
  familyName?: string;
  /** The name they are known by, from a nickname in brackets or quotes. */
  preferredName?: string;
  postNominals?: string;
  /** A civic title written before the name, e.g. "The Mayor", "Deputy Mayor", "Mayor's Consort". */
  civicTitle?: string;
}

const HONORIFICS = ['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Prof', 'Professor', 'Sir', 'Dame', 'Lady', 'Lord', 'Rev', 'Revd', 'Reverend', 'Canon', 'Baroness', 'Baron'];
const HONORIFIC_RE = new RegExp(`^(?:(?:The\\s+)?(?:Rt\\.?\\s+)?Hon(?:ourable)?\\.?\\s+)?(?:${HONORIFICS.join('|')})\\.?(?=\\s|$)`, 'i');
/** "The Rt Hon", "The Hon" on their own. */
const HON_RE = /^(?:The\s+)?(?:Rt\.?\s+)?Hon(?:ourable)?\.?(?=\s|$)/i;
const COUNCILLOR_RE = /^(?:Councillor|Councilor|Cllr)\.?/i;

/** Letters after a name: honours, offices and degrees that ModernGov lists after surnames. */
const POST_NOMINALS = new Set(
  (
    'MBE OBE CBE KBE DBE GBE CH BEM JP DL MP MEP MSP MS AM MLA QPM KPM QFSM TD VR RD ' +
    'KC QC FRSA FRICS MRICS FCA ACA FCCA ACCA CEng IEng FREng MRTPI FRTPI RIBA MCIH FCIH CIPFA MCIPD FCIPD ' +
    'BA BSc BEd BEng LLB LLM MA MSc MBA MPhil PhD DPhil MD FRCS MRCP FRCP RGN RN SRN DSO MC DFC GM Hons Cantab Oxon'
  )
    .split(' ')
    .map((s) => s.toUpperCase())
);

function isPostNominal(token: string): boolean {
  const t = token.replace(/[.,()]/g, '').toUpperCase();
  return t.length > 0 && POST_NOMINALS.has(t);
}

/** Surname particles that belong with the surname ("van der Berg", "de la Cruz", "St John"). */
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'le', 'la', 'al', 'el', 'bin', 'ap', 'st', 'st.', 'ter', 'ten', 'dos', 'das']);

/** "Vacant seat", "Vacancy", "Seat vacant", "Vacant (by-election 5 May)". */
export function isVacantSeat(fullName: string | undefined): boolean {
  if (!fullName) return false;
  const core = fullName.replace(/^(?:Councillor|Cllr)\.?\s*/i, '').trim();
  return /^(?:vacant|vacancy)\b/i.test(core) || /^seat\s+vacant\b/i.test(core) || /^\(?vacant\)?$/i.test(core);
}

function tidyCase(word: string): string {
  // Surnames written in capitals ("SMITH") are a ModernGov convention, not the spelling.
  return word.length > 1 && word === word.toUpperCase() && /[A-Z]/.test(word) ? capitaliseWord(word.toLowerCase()) : word;
}

export function parseFullName(fullName: string): ParsedName {
  const out: ParsedName = {};
  let rest = fullName.trim();

  // A civic title ends with a full stop before "Councillor": "The Mayor. Councillor …".
  const civic = /^([^.]{2,60}?)\.\s*(?=(?:Councillor|Councilor|Cllr)\b|(?:Councillor|Cllr)[A-Z])/i.exec(rest);
  if (civic) {
    out.civicTitle = civic[1].trim();
    rest = rest.slice(civic[0].length);
  }

  // Honorifics and "Councillor" in either order, and possibly run together ("CouncillorMrs").
  for (let i = 0; i < 4; i++) {
    const c = COUNCILLOR_RE.exec(rest);
    if (c) {
      rest = rest.slice(c[0].length).trim();
      continue;
    }
    const h = HONORIFIC_RE.exec(rest) ?? HON_RE.exec(rest);
    if (h && rest.length > h[0].length) {
      const word = h[0].trim().replace(/\.$/, '');
      out.honorific = out.honorific ? `${out.honorific} ${word}` : word;
      rest = rest.slice(h[0].length).trim();
      continue;
    }
    break;
  }

  // A nickname: "Robert (Bob) Smith", 'Robert "Bob" Smith'.
  // Quotes count only at word boundaries, so the apostrophe in O'Brien is not one.
  const nick = /(?:^|\s)(?:\(([^()]{1,40})\)|["“‘']([^"“”‘’']{1,40})["”’'](?=\s|$))/.exec(rest);
  if (nick) {
    const inner = (nick[1] ?? nick[2]).trim();
    if (!inner.split(/[\s,]+/).every(isPostNominal)) out.preferredName = inner;
    rest = `${rest.slice(0, nick.index)} ${rest.slice(nick.index + nick[0].length)}`.trim();
  }

  // Post-nominals at the end, with or without commas: "Jane Smith, MBE, JP".
  const words = rest.replace(/,/g, ' , ').split(/\s+/).filter(Boolean);
  const post: string[] = [];
  while (words.length > 2 && (isPostNominal(words[words.length - 1]) || words[words.length - 1] === ',')) {
    const w = words.pop() as string;
    if (w !== ',') post.unshift(w.replace(/[,]/g, ''));
  }
  while (words.length > 0 && words[words.length - 1] === ',') words.pop();
  if (post.length) out.postNominals = post.join(' ');

  const names = words.filter((w) => w !== ',');
  if (names.length === 0) return out;
  if (names.length === 1) {
    out.familyName = tidyCase(names[0]);
    return out;
  }
  // The surname is the last word, with any particles before it.
  let split = names.length - 1;
  while (split > 1 && PARTICLES.has(names[split - 1].toLowerCase())) split--;
  out.givenName = names.slice(0, split).map(tidyCase).join(' ');
  out.familyName = names.slice(split).map(tidyCase).join(' ');
  return out;
}
