/**
 * Web addresses, e-mail addresses and social media handles, and which of them belong to a
 * political party or one of the council's groups ("labour.org.uk", "facebook.com/RugbyLibDems",
 * "@RugbyTories"). The whole address is the span.
 */
import type { CompiledGroups } from './groups';
import { PARTY, PARTY_DOMAINS } from './lexicon';

export interface Span {
  start: number;
  end: number;
}

export interface WebHit extends Span {
  kind: 'url' | 'email' | 'handle';
  /** The party or group, when the address is party-political. */
  party?: string;
}

const TLDS = 'uk|com|org|net|cymru|wales|scot|ie|info|eu|party|coop|online|site|me|blog|london|app|co|io|vote|social|page';
const URL = new RegExp(
  String.raw`(?:https?://|www\.)[^\s<>"'(){}\[\]]+|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:${TLDS})\b(?![-@])(?:/[^\s<>"'(){}\[\]]*)?`,
  'gi'
);
export const TLD_SOURCE = TLDS;
/** Web and e-mail addresses, handles and hashtags: the normaliser leaves them as written. */
export const PROTECTED_ADDRESS = new RegExp(
  `${URL.source}|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+|(?<![\\w@./])@[A-Za-z0-9_]{2,30}|(?<![A-Za-z0-9_&#/])#[A-Za-z0-9_]+`,
  'gi'
);
const EMAIL_LOCAL = /[A-Za-z0-9._%+-]/;
const EMAIL_DOMAIN = /^@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}/;
const HANDLE = /(?<![\w@./])@[A-Za-z0-9_]{2,30}(?![\w@])/g;
const TRAILING = /[.,;:!?'")\]]+$/;

const NEUTRAL_HOST = /(?:^|\.)(?:gov\.uk|gov|nhs\.uk|ac\.uk|sch\.uk|police\.uk|parliament\.uk|electoralcommission\.org\.uk|local\.gov\.uk|bbc\.co\.uk)$/;
const SOCIAL_HOST =
  /(?:^|\.)(?:facebook\.com|fb\.com|twitter\.com|x\.com|instagram\.com|tiktok\.com|youtube\.com|linkedin\.com|threads\.net|bsky\.app|mastodon\.social|crowdfunder\.co\.uk|gofundme\.com|justgiving\.com|nationbuilder\.com|linktr\.ee)$/;

/**
 * A party named inside a squashed, lower-case string ("rugbytories", "uklabour", "votelibdems").
 * "tory" inside "history", "directory" or "laboratory" is not a party.
 */
export function partyInSquashed(s: string): string | undefined {
  if (/libdems?|liberaldemocrats?/.test(s)) return PARTY.ld;
  if (/(?:^|[^sciaunpe])tor(?:y|ies)/.test(s)) return PARTY.con;
  if (/conservatives?(?!estimate|ation)/.test(s)) return PARTY.con;
  if (/(?<!child|forced|agency|skilled|cheap|bonded|slave|hard|manual|casual|migrant|local)labour(?!market|day|cost|force|rights|law|history|relations|studies|statistic|shortage|supply|saving)/.test(s)) return PARTY.lab;
  if (/greenparty|scottishgreens|votegreen/.test(s)) return PARTY.grn;
  if (/(?<!bowling|village|putting|golf|spring|salad|mixed|collard|winter|fresh|town)greens(?!pace|way|wood|field|hill|ide)/.test(s)) return PARTY.grn;
  if (/reformuk|reformparty|votereform/.test(s)) return PARTY.ref;
  if (/ukip/.test(s)) return PARTY.ukip;
  if (/(?:^|the|vote)snp|snp(?:$|out|in|msp|mp)/.test(s)) return PARTY.snp;
  if (/plaidcymru/.test(s)) return PARTY.plaid;
  if (/sinnfein/.test(s)) return PARTY.sf;
  if (/brexitparty|womensequality|heritageparty|yorkshireparty|workersparty|ravingloony|sdlp|tusc/.test(s)) return PARTY.other;
  return undefined;
}

/** One of the council's groups inside a handle, tag or host ("rugbyindependents", "VoteRIG"). */
export function groupIn(raw: string, groups: CompiledGroups): string | undefined {
  const s = raw.toLowerCase().replace(/[^a-z0-9]/g, '');
  for (const g of groups.squashed) if (s.includes(g.s)) return g.name;
  for (const g of groups.shortCaps) {
    if (raw === g.s) return g.name;
    // In mixed case only, so that the capitals stand out as a token ("VoteRIG", not "RIGHT").
    if (raw !== raw.toUpperCase() && g.re.test(raw)) return g.name;
  }
  return undefined;
}

/** Names a party in a run-together word ("democraticunionistparty"), by reading it as words. */
export type WordsParty = (squashed: string) => string | undefined;

/** The party behind an address, if any. */
function partyOfUrl(url: string, groups: CompiledGroups, wordsParty?: WordsParty): string | undefined {
  const m = /^(?:https?:\/\/)?(?:www\.)?([^/?#:]+)(?::\d+)?([^?#]*)/i.exec(url);
  if (!m) return undefined;
  const host = m[1].toLowerCase();
  const path = m[2];
  for (const [d, party] of PARTY_DOMAINS) if (host === d || host.endsWith('.' + d)) return party;
  if (NEUTRAL_HOST.test(host)) return undefined;
  const labels = host.split('.');
  const names = labels.slice(0, Math.max(1, labels.length - (/\.(?:org|co|gov|ac|me|net)\.uk$/.test(host) ? 2 : 1)));
  for (const label of names) {
    const squashed = label.replace(/[^a-z0-9]/g, '');
    // A group's short name as a whole label is its site: "rig.org.uk".
    const party = partyInSquashed(squashed) ?? groupIn(label, groups) ?? groups.shortNames.get(squashed) ?? wordsParty?.(squashed);
    if (party) return party;
  }
  if (SOCIAL_HOST.test(host)) {
    for (const seg of path.split('/').filter(Boolean).slice(0, 2)) {
      const squashed = seg.toLowerCase().replace(/[^a-z0-9]/g, '');
      const party = partyInSquashed(squashed) ?? groupIn(seg, groups) ?? wordsParty?.(squashed);
      if (party) return party;
    }
  }
  return undefined;
}

function overlaps(spans: Span[], s: number, e: number): boolean {
  return spans.some((x) => s < x.end && x.start < e);
}

/** Every address in the text; `party` is set on the party-political ones. */
export function findWebAddresses(text: string, groups: CompiledGroups, wordsParty?: WordsParty): WebHit[] {
  const hits: WebHit[] = [];
  // E-mail addresses: from each "@", back over the local part and on over the domain.
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let s = at;
    while (s > 0 && EMAIL_LOCAL.test(text[s - 1])) s--;
    const d = s < at ? EMAIL_DOMAIN.exec(text.slice(at, at + 256)) : null;
    if (!d) continue;
    hits.push({ start: s, end: at + d[0].length, kind: 'email', party: partyOfUrl(d[0].slice(1), groups, wordsParty) });
  }
  let m: RegExpExecArray | null;
  URL.lastIndex = 0;
  while ((m = URL.exec(text)) !== null) {
    const raw = m[0].replace(TRAILING, '');
    const start = m.index;
    const end = start + raw.length;
    if (raw.length < 4 || overlaps(hits, start, end)) continue;
    hits.push({ start, end, kind: 'url', party: partyOfUrl(raw, groups, wordsParty) });
  }
  if (text.indexOf('@') < 0) return hits;
  HANDLE.lastIndex = 0;
  while ((m = HANDLE.exec(text)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(hits, start, end)) continue;
    const body = m[0].slice(1);
    const squashed = body.toLowerCase().replace(/[^a-z0-9]/g, '');
    hits.push({ start, end, kind: 'handle', party: partyInSquashed(squashed) ?? groupIn(body, groups) ?? wordsParty?.(squashed) });
  }
  return hits;
}

