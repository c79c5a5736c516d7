import type { SPFI } from '@pnp/sp';
import type { IPartialTheme } from '@fluentui/react/lib/Styling';
import type { Channel } from '../../../domain/neutrality/channels';
import type { IMemberDirectoryRepository } from '../../../data/members/types';

export interface IMemberProfilesProps {
  /** PnPjs, pointed at the site that holds the directory lists. Undefined until configured. */
  sp?: SPFI;
  /** The site the lists are read from, shown in messages. */
  siteUrl: string;
  /** Officer pages render through the officer-channel projection: no party reaches the page. */
  channel: Channel;
  /** The SharePoint theme of the section the web part sits in. */
  theme?: IPartialTheme;
  /** A problem with the configuration, in plain English; empty when configured. */
  configurationProblem?: string;
  /** Where the directory comes from; by default the PnPjs repository over `sp`. */
  repository?: IMemberDirectoryRepository;
}
