/** Initials and colours for avatars without a photo. */

/** Backgrounds with at least 4.5:1 contrast against white text. */
export const AVATAR_COLOURS: readonly string[] = ['#0f548c', '#8a3707', '#0b6a0b', '#5c2e91', '#9f1f63', '#005b70', '#8f4e00', '#4f6bed', '#a4262c', '#3b3a39'];

export function initialsOf(name: string): string {
  const words = name
    .replace(/^(Cllr|Councillor|Dr|Mr|Mrs|Ms|Miss|Mx)\.?\s+/i, '')
    .split(/[\s-]+/)
    .filter((w) => /^[\p{L}]/u.test(w));
  if (words.length === 0) return '?';
  const first = words[0].charAt(0);
  const last = words.length > 1 ? words[words.length - 1].charAt(0) : '';
  return (first + last).toUpperCase();
}

export function avatarColour(name: string): string {
  let h = 0;
  for (let i = 0; i < name.length; i++) h = (h * 31 + name.charCodeAt(i)) >>> 0;
  return AVATAR_COLOURS[h % AVATAR_COLOURS.length];
}

/** Only same-site paths and https pictures are shown. */
export function isSafeImageUrl(url: string): boolean {
  if (/^\/(?!\/)/.test(url)) return true;
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}
