/**
 * Clears what the web parts keep in the browser when the person signs out, so that on a shared PC
 * the next person finds nothing of theirs. SharePoint tells a web part nothing about signing out,
 * so the page is watched for a click on Microsoft 365's "Sign out" (the account menu's link, or
 * any link to SharePoint's or Entra ID's sign-out address), caught before the page goes away.
 * Whatever a click misses (a closed tab, a sign-out elsewhere) is still cleared: session storage
 * goes with the browser session, and the next person's first view removes the previous person's.
 */
import { clearDirectoryCaches } from '../../data/core/cache';
import { forgetAllOfficerSnapshots } from '../../data/officers/officerCache';

const SIGN_OUT = '#mectrl_body_signOut, a[href*="/_layouts/15/SignOut.aspx" i], a[href*="/oauth2/logout" i], a[href*="/oauth2/v2.0/logout" i]';

/** Clears every cache of the product in this browser. */
export function clearOnSignOut(): void {
  clearDirectoryCaches();
  void forgetAllOfficerSnapshots();
}

/** Starts watching the page; returns the function that stops it (for the web part's dispose). */
export function watchSignOut(doc: Document | null | undefined): () => void {
  if (!doc) return () => undefined;
  const onClick = (event: Event): void => {
    const target = event.target as Element | null;
    if (target && typeof target.closest === 'function' && target.closest(SIGN_OUT)) clearOnSignOut();
  };
  doc.addEventListener('click', onClick, true);
  return () => doc.removeEventListener('click', onClick, true);
}
