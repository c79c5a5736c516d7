export interface ISkipLink {
  /** What the link says, e.g. "Skip to the search box". */
  label: string;
  /** The id of the element that gets focus. */
  targetId: string;
}

export interface ISkipLinksProps {
  /** Names the group of links for screen readers, e.g. "Member Profiles shortcuts". */
  label: string;
  links: readonly ISkipLink[];
}
