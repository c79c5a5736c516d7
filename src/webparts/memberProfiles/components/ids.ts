import * as React from 'react';

/** A prefix for element ids, unique to each Member Profiles on the page. */
export const IdPrefix = React.createContext('mp');

export function useIdPrefix(): string {
  return React.useContext(IdPrefix);
}

let instances = 0;
export function nextIdPrefix(): string {
  instances += 1;
  return instances === 1 ? 'mp' : `mp${instances}`;
}
