/**
 * keyposts: one string, often several posts joined by ",", " and ", ";" or "&". Split into posts,
 * then each post read for what maps onto a Membership: a Cabinet role and portfolio, a committee's
 * chair or vice-chair, a civic post, a champion or a group leader. Anything else (whips, shadow
 * posts, spokespeople) is kept as it is, to be shown in the drift report.
 */

export type PostKind =
  | 'leader'
  | 'deputy-leader'
  | 'portfolio'
  | 'chair'
  | 'vice-chair'
  | 'mayor'
  | 'deputy-mayor'
  | 'champion'
  | 'group-leader'
  | 'deputy-group-leader'
  | 'unmapped';

export interface KeyPost {
  /** The post as ModernGov wrote it. */
  text: string;
  kind: PostKind;
  /** For chairs and vice-chairs: the body's name as written ("Planning Committee", "the Council"). */
  body?: string;
  /** For Cabinet posts: the portfolio ("Growth & Investment"). */
  portfolio?: string;
}

/** Words that start or end a post: a fragment without one belongs to the post before it. */
const POST_WORD =
  /\b(?:chair(?:man|woman|person)?|vice|deputy|portfolio|cabinet|executive|lead member|shadow|leader|whip|mayor|provost|champion|spokes(?:person|man|woman)|lord|member for|representative|convenor|convener|opposition)\b/i;

export function splitKeyPosts(keyposts: string | undefined): string[] {
  if (!keyposts) return [];
  const parts = keyposts.split(/(\s*[,;]\s*|\s+and\s+|\s*&\s*|\s*\/\s*|\s*\|\s*)/i);
  const posts: string[] = [];
  let pendingSeparator = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (i % 2 === 1) {
      pendingSeparator = part;
      continue;
    }
    const fragment = part.trim();
    if (!fragment) continue;
    // "Portfolio Holder for Growth & Investment": "Investment" is the rest of the portfolio, not a post.
    if (posts.length > 0 && !POST_WORD.test(fragment)) posts[posts.length - 1] += pendingSeparator + fragment;
    else posts.push(fragment);
  }
  return posts.map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

const CHAIR = String.raw`(?:chair(?:man|woman|person)?|convenor|convener)`;
const VICE = String.raw`(?:vice[\s-]*${CHAIR}|deputy\s+${CHAIR})`;
const OF = String.raw`\s+(?:of|for|,)?\s*(?:the\s+)?`;

export function readKeyPost(text: string): KeyPost {
  const t = text.trim();
  let m: RegExpExecArray | null;
  if (/^shadow\b/i.test(t) || /\bwhip\b/i.test(t) || /\bspokes(?:person|man|woman)\b/i.test(t) || /\bopposition\b/i.test(t)) return { text: t, kind: 'unmapped' };
  if (/^deputy\s+group\s+leader\b/i.test(t) || /^deputy\s+leader\s+of\s+(?:the\s+)?.+\bgroup$/i.test(t)) return { text: t, kind: 'deputy-group-leader' };
  if (/^group\s+leader\b/i.test(t) || /^leader\s+of\s+(?:the\s+)?.+\bgroup$/i.test(t)) return { text: t, kind: 'group-leader' };
  if (/^deputy\s+leader(?:\s+of\s+(?:the\s+)?council)?$/i.test(t)) return { text: t, kind: 'deputy-leader' };
  if (/^leader(?:\s+of\s+(?:the\s+)?council)?$/i.test(t)) return { text: t, kind: 'leader' };
  if (/^(?:the\s+)?deputy\s+(?:lord\s+|town\s+|civic\s+)?mayor\b|^deputy\s+provost\b/i.test(t)) return { text: t, kind: 'deputy-mayor' };
  if (/^(?:the\s+)?(?:lord\s+|town\s+|civic\s+)?mayor\b|^(?:the\s+)?(?:lord\s+)?provost\b/i.test(t)) return { text: t, kind: 'mayor' };
  if ((m = new RegExp(String.raw`^(?:cabinet\s+)?(?:portfolio\s+holder|cabinet\s+member|executive\s+member)(?:\s+(?:for|of|-|–|:))\s*(.+)$`, 'i').exec(t))) {
    return { text: t, kind: 'portfolio', portfolio: m[1].trim() };
  }
  if ((m = new RegExp(`^${VICE}${OF}(.+)$`, 'i').exec(t))) return { text: t, kind: 'vice-chair', body: m[1].trim() };
  if ((m = new RegExp(`^${CHAIR}${OF}(.+)$`, 'i').exec(t))) return { text: t, kind: 'chair', body: m[1].trim() };
  if (/\bchampion\b/i.test(t)) return { text: t, kind: 'champion' };
  return { text: t, kind: 'unmapped' };
}

export function readKeyPosts(keyposts: string | undefined): KeyPost[] {
  return splitKeyPosts(keyposts).map(readKeyPost);
}
