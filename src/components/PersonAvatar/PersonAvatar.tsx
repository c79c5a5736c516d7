import * as React from 'react';
import type { IPersonAvatarProps } from './IPersonAvatarProps';
import { avatarColour, initialsOf, isSafeImageUrl } from './avatarText';

/**
 * A round photo, or the person's initials on a colour chosen from their name (never from a
 * party). Light: no Fluent Persona, so the entry bundles stay small.
 */
export function PersonAvatar(props: IPersonAvatarProps): JSX.Element {
  const size = props.size ?? 48;
  const decorative = props.decorative ?? true;
  const [failed, setFailed] = React.useState(false);
  const style: React.CSSProperties = {
    width: size,
    height: size,
    borderRadius: '50%',
    flex: `0 0 ${size}px`,
    objectFit: 'cover',
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    overflow: 'hidden'
  };
  if (props.photoUrl && !failed && isSafeImageUrl(props.photoUrl)) {
    return (
      <img
        src={props.photoUrl}
        alt={decorative ? '' : props.name}
        width={size}
        height={size}
        loading="lazy"
        style={style}
        onError={() => setFailed(true)}
      />
    );
  }
  return (
    <span
      role={decorative ? undefined : 'img'}
      aria-hidden={decorative ? true : undefined}
      aria-label={decorative ? undefined : props.name}
      style={{ ...style, background: avatarColour(props.name), color: '#ffffff', fontWeight: 600, fontSize: Math.round(size * 0.38) }}
    >
      {initialsOf(props.name)}
    </span>
  );
}
