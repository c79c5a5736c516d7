/**
 * Generated avatars: the person's initials on a coloured circle. No faces, real or synthetic.
 *
 * Accessibility: every background in the palette has a contrast ratio of at least 6:1 with the
 * white initials (WCAG 2.2 asks 4.5:1 for text), the SVG has `role="img"` and a `<title>` with the
 * person's name, so it reads well both as an <img> (give it the same alt text) and inline.
 * Colours are picked from the person's name, never from a party: no colour-coding of politics.
 */

import { avatarColour } from '../../src/components/PersonAvatar/avatarText';

export const AVATAR_TEXT_COLOUR = '#ffffff';

/**
 * The backgrounds are the web parts' own (avatarColour of the person's name), so a generated photo
 * and the initials shown before it loads are the same colour everywhere.
 */
export { AVATAR_COLOURS } from '../../src/components/PersonAvatar/avatarText';

export const PHOTO_FOLDER = '/sites/council/SiteAssets/Photos';

export function photoUrl(fileName: string): string {
  return `${PHOTO_FOLDER}/${fileName}`;
}

/** "Cllr Priya Chauhan" → "PC"; "Mary-Jane O'Leary" → "MO". */
export function initials(givenName: string, familyName: string): string {
  const first = (s: string): string => {
    const letter = s.replace(/^[^A-Za-zÀ-ÿ]+/, '').charAt(0);
    return letter.toUpperCase();
  };
  return `${first(givenName)}${first(familyName)}`;
}

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export interface AvatarInput {
  /** Unique within a page if the SVG is inlined, e.g. "m12" or "o3041". */
  key: string;
  /** The accessible name, e.g. "Cllr Priya Chauhan". */
  name: string;
  givenName: string;
  familyName: string;
}

export function avatarSvg(a: AvatarInput): string {
  const bg = avatarColour(a.name);
  const id = `t-${a.key}`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 96 96" role="img" aria-labelledby="${id}">` +
    `<title id="${id}">${escapeXml(a.name)}</title>` +
    `<circle cx="48" cy="48" r="48" fill="${bg}"/>` +
    `<text x="48" y="48" dy=".35em" text-anchor="middle" font-family="'Segoe UI',Arial,sans-serif" font-size="36" font-weight="600" fill="${AVATAR_TEXT_COLOUR}">` +
    `${escapeXml(initials(a.givenName, a.familyName))}</text></svg>`
  );
}
