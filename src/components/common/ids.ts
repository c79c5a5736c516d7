import * as React from 'react';

/** Element ids are prefixed per web part instance, so two web parts on one page never clash. */
export const IdPrefix = React.createContext('cd');

export function useIdPrefix(): string {
  return React.useContext(IdPrefix);
}

const counters: Record<string, number> = {};

/** A prefix for this instance ("mp", then "mp2"…), the same for the life of the component. */
export function useInstancePrefix(base: string): string {
  const [prefix] = React.useState(() => {
    counters[base] = (counters[base] ?? 0) + 1;
    return counters[base] === 1 ? base : `${base}${counters[base]}`;
  });
  return prefix;
}
