import * as React from 'react';
import { plainText, shownText } from '../../domain/neutrality/screened';
import type { IPersonAvatarProps } from './IPersonAvatarProps';
import { avatarColour, initialsOf, isSafeImageUrl } from './avatarText';

/**
 * A round photo, or the person's initials on a colour chosen from their name (never from a
 * party). The initials stay underneath until the photo has loaded, so a list and a card show the
 * same person the same way. Light: no Fluent Persona, so the entry bundles stay small.
 */
/** Photos this page has already shown: shown again at once, even while a list defers new ones. */
const shownPhotos = new Set<string>();

export function PersonAvatar(props: IPersonAvatarProps): JSX.Element {
  const size = props.size ?? 48;
  const decorative = props.decorative ?? true;
  const [failed, setFailed] = React.useState<string | undefined>(undefined);
  // A withheld name has no initials ('?'); a withheld photo is not shown.
  const name = shownText(props.name) ?? '';
  const label = plainText(props.name);
  const url = shownText(props.photoUrl);
  const usable = url && failed !== url && isSafeImageUrl(url) ? url : undefined;
  const photo = usable && (!props.deferPhoto || shownPhotos.has(usable)) ? usable : undefined;
  const box: React.CSSProperties = {
    position: 'relative',
    width: size,
    height: size,
    borderRadius: '50%',
    flex: `0 0 ${size}px`,
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    overflow: 'hidden',
    background: avatarColour(name),
    color: '#ffffff',
    fontWeight: 600,
    fontSize: Math.round(size * 0.38)
  };
  return (
    <span
      role={decorative ? undefined : 'img'}
      aria-hidden={decorative ? true : undefined}
      aria-label={decorative ? undefined : label}
      style={box}
      data-avatar-colour={avatarColour(name)}
    >
      {initialsOf(name)}
      {photo && (
        <img
          src={photo}
          alt=""
          width={size}
          height={size}
          loading="lazy"
          decoding="async"
          style={{ position: 'absolute', inset: 0, width: size, height: size, objectFit: 'cover' }}
          onLoad={() => shownPhotos.add(photo)}
          onError={() => setFailed(photo)}
        />
      )}
    </span>
  );
}
