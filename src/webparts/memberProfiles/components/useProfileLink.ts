/**
 * The open profile and its shareable link (`?member=<id>`): opening or closing a profile rewrites
 * only that parameter; a link opens the profile once the directory is there (or says the
 * councillor is not in it); back and forward follow the address; and when the profile closes,
 * focus goes back to what opened it.
 */
import * as React from 'react';
import { readIdParam, writeParam } from '../../../components/common/urlParams';
import type { DirectoryView } from '../model/directoryView';

export const MEMBER_PARAM = 'member';

export interface ProfileLink {
  profileId: number | undefined;
  /** The councillor whose profile is open or was last open: their card stays shown for focus to return to. */
  lastId: number | undefined;
  /** The profile panel has been used (so its code is loaded). */
  panelUsed: boolean;
  /** A linked councillor who is not in the directory. */
  missing: number | undefined;
  dismissMissing: () => void;
  open: (id: number) => void;
  close: () => void;
  /** After the close animation: focus back to the opener, else `fallback()`'s element. */
  onDismissed: () => void;
}

export function useProfileLink(view: DirectoryView | undefined, fallback: (id: number) => HTMLElement | null): ProfileLink {
  const [profileId, setProfileId] = React.useState<number | undefined>();
  const [lastId, setLastId] = React.useState<number | undefined>();
  React.useEffect(() => {
    if (profileId !== undefined) setLastId(profileId);
  }, [profileId]);
  const [panelUsed, setPanelUsed] = React.useState(false);
  const [missing, setMissing] = React.useState<number | undefined>();
  const opener = React.useRef<{ element: HTMLElement | null; id: number } | null>(null);

  const open = React.useCallback((id: number) => {
    const active = document.activeElement;
    opener.current = { element: active instanceof HTMLElement && active !== document.body ? active : null, id };
    setProfileId(id);
    setPanelUsed(true);
    writeParam(MEMBER_PARAM, id);
  }, []);

  const close = React.useCallback(() => {
    setProfileId(undefined);
    writeParam(MEMBER_PARAM, undefined);
  }, []);

  const onDismissed = React.useCallback(() => {
    const from = opener.current;
    opener.current = null;
    const candidates = [from?.element, from ? fallback(from.id) : null];
    const target = candidates.find((el): el is HTMLElement => !!el && document.body.contains(el));
    (target ?? fallback(-1))?.focus();
  }, [fallback]);

  // The deep link opens that profile once the directory is there.
  const linked = React.useRef(false);
  React.useEffect(() => {
    if (!view || linked.current) return;
    linked.current = true;
    const id = readIdParam(MEMBER_PARAM);
    if (id === undefined) return;
    if (view.byId.has(id)) {
      opener.current = { element: null, id };
      setProfileId(id);
      setPanelUsed(true);
    } else {
      setMissing(id);
      writeParam(MEMBER_PARAM, undefined);
    }
  }, [view]);

  // Back/forward or another script changing the address: follow it.
  React.useEffect(() => {
    const onPop = (): void => {
      const id = readIdParam(MEMBER_PARAM);
      const next = id !== undefined && view?.byId.has(id) ? id : undefined;
      setProfileId(next);
      if (next !== undefined) setPanelUsed(true);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [view]);

  return { profileId, lastId, panelUsed, missing, dismissMissing: () => setMissing(undefined), open, close, onDismissed };
}
