import type { IPartialTheme } from '@fluentui/react/lib/Styling';
import type { Channel } from '../../../domain/neutrality/channels';
import type { IMemberDirectoryRepository } from '../../../data/members/types';

export interface IMemberProfilesProps {
  /**
   * Where the directory comes from: the web part class builds the PnPjs repository for the chosen
   * site; the local workbench and tests hand in their own. Undefined only while not configured.
   */
  repository?: IMemberDirectoryRepository;
  /** Officer pages render through the officer-channel projection: no party reaches the page. */
  channel: Channel;
  /** The heading the page editor chose (default "Councillors"); blank hides it from sight, not from screen readers. */
  title?: string;
  /** The SharePoint theme of the section the web part sits in. */
  theme?: IPartialTheme;
  /** A problem with the configuration, in plain English; empty when configured. */
  configurationProblem?: string;
}
