import * as React from 'react';

/** Element ids are prefixed per web part instance, so two directories on one page do not clash. */
export const IdPrefix = React.createContext('od');

export function useIdPrefix(): string {
  return React.useContext(IdPrefix);
}

let counter = 0;

/** A prefix that stays the same for the life of the component. */
export function useInstancePrefix(): string {
  const ref = React.useRef<string>();
  if (!ref.current) ref.current = `od${++counter}`;
  return ref.current;
}
