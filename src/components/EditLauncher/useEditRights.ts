import * as React from 'react';
import type { EditRights } from '../../data/editing/types';

export interface EditRightsSource {
  editRights?: () => Promise<EditRights>;
}

export interface EditRightsState {
  /** What the user may edit; empty until asked (and for everyone who may not). */
  rights: EditRights;
  /**
   * Asks SharePoint, once: call it when a record an editor could act on is shown or reached for
   * (a profile opened, a committee chosen), never for the first render.
   */
  ask: () => void;
}

/** Who may edit what, asked lazily through the web part's repository. */
export function useEditRights(source: EditRightsSource): EditRightsState {
  const [rights, setRights] = React.useState<EditRights>({});
  const asked = React.useRef(false);
  const live = React.useRef(true);
  React.useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);
  const ask = React.useCallback(() => {
    if (asked.current || !source.editRights) return;
    asked.current = true;
    source.editRights().then(
      (r) => live.current && setRights(r),
      () => {
        // Not known: no Edit for now; the next record shown asks again.
        asked.current = false;
      }
    );
  }, [source]);
  return { rights, ask };
}
