import type { SPFI } from '@pnp/sp';
import type { IPartialTheme } from '@fluentui/react/lib/Styling';
import type { IOfficerDirectoryRepository } from '../../../data/officers/IOfficerDirectoryRepository';

export interface IOfficerDirectoryProps {
  /** PnPjs, pointed at the site that holds the directory lists. Undefined until configured. */
  sp?: SPFI;
  /** The site the lists are read from, shown in messages. */
  siteUrl: string;
  /** The SharePoint theme of the section the web part sits in. */
  theme?: IPartialTheme;
  /** A problem with the configuration, in plain English; empty when configured. */
  configurationProblem?: string;
  /** The data source; by default PnPjs over `sp`. Tests pass their own. */
  repository?: IOfficerDirectoryRepository;
}
