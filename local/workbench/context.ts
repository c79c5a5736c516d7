/**
 * What the workbench page hands its script: the same facts SharePoint puts in a page's context
 * (the web URL and a request digest), plus the local user switch.
 */
export interface LocalUserChoice {
  /** Cookie value: officer, councillor, democratic-services, owner, liaison-officer. */
  key: string;
  /** What the switch shows, e.g. "Officer (Sam Patel)". */
  label: string;
}

export interface WorkbenchContext {
  siteUrl: string;
  formDigestValue: string;
  formDigestTimeoutSeconds: number;
  currentUser: LocalUserChoice;
  users: LocalUserChoice[];
}

export const CONTEXT_GLOBAL = '__COUNCIL_WORKBENCH__';

/** The web parts on the workbench, and how each is configured (its property pane values). */
export interface WorkbenchWebPart {
  kind: 'member-profiles' | 'officer-directory';
  /** Property pane: the channel this page is (Member Profiles only). */
  channel: 'officer-owned' | 'member-profile';
}
