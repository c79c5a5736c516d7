import type { IPartialTheme } from '@fluentui/react/lib/Styling';
import type { IOfficerDirectoryRepository } from '../../../data/officers/IOfficerDirectoryRepository';
import type { IPeopleCardService } from './peopleCard';

export interface IOfficerDirectoryProps {
  /**
   * Where the directory comes from: the web part class builds the PnPjs repository for the chosen
   * site; the local workbench and tests hand in their own. Undefined only while not configured.
   */
  repository?: IOfficerDirectoryRepository;
  /** The SharePoint theme of the section the web part sits in. */
  theme?: IPartialTheme;
  /** A problem with the configuration, in plain English; empty when configured. */
  configurationProblem?: string;
  /** The Microsoft 365 profile card, where the web part runs in SharePoint (built by the web part class). */
  peopleCard?: IPeopleCardService;
}
