import * as React from 'react';
import { type IPropertyPaneConfiguration, PropertyPaneDropdown, PropertyPaneLabel, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import type { SPFI } from '@pnp/sp';
import * as strings from 'MemberProfilesWebPartStrings';
import { MemberProfiles } from './components';
import { pageAddress } from '../../data/members/memberChannels';
import { PnPMemberDirectoryRepository } from '../../data/members/PnPMemberDirectoryRepository';
import type { IMemberDirectoryRepository } from '../../data/members/types';
import { parseChannel, type Channel } from '../../domain/neutrality/channels';
import { DirectoryWebPart, type IDirectoryRootProps, type IDirectoryWebPartProps } from '../common/DirectoryWebPart';

export interface IMemberProfilesWebPartProps extends IDirectoryWebPartProps {
  channel: Channel;
  /** The web part's heading; blank keeps it for screen readers only. */
  title?: string;
}

/** Thin: the shared SPFx wiring, the repository for the page's channel, and the property pane. */
export default class MemberProfilesWebPart extends DirectoryWebPart<IMemberProfilesWebPartProps, IMemberDirectoryRepository> {
  /** Anything but an explicit member-profile choice is treated as an officer page. */
  private get channel(): Channel {
    return parseChannel(this.properties.channel ?? '') ?? 'officer-owned';
  }

  protected repositoryKey(): string {
    return this.channel;
  }

  protected buildRepositories(sp: SPFI, siteUrl: string): IMemberDirectoryRepository {
    // The page's address decides the channel, with Democratic Services' Member Channels list.
    return new PnPMemberDirectoryRepository(sp, this.channel, { pageUrl: pageAddress(this.context.pageContext), siteUrl });
  }

  protected renderRoot(repository: IMemberDirectoryRepository | undefined, common: IDirectoryRootProps): React.ReactElement {
    return React.createElement(MemberProfiles, { ...common, repository, channel: this.channel, title: this.properties.title });
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return {
      pages: [
        {
          header: { description: strings.PropertyPaneDescription },
          groups: [
            {
              groupName: strings.DataGroupName,
              groupFields: [PropertyPaneTextField('title', { label: strings.TitleLabel }), this.siteUrlField(strings.SiteUrlLabel, strings.SiteUrlDescription)]
            },
            {
              groupName: strings.ChannelGroupName,
              groupFields: [
                PropertyPaneDropdown('channel', {
                  label: strings.ChannelLabel,
                  options: [
                    { key: 'officer-owned', text: strings.ChannelOfficerOwned },
                    { key: 'member-profile', text: strings.ChannelMemberProfile }
                  ],
                  selectedKey: this.properties.channel ?? 'officer-owned'
                }),
                PropertyPaneLabel('channel', { text: strings.ChannelDescription })
              ]
            }
          ]
        }
      ]
    };
  }
}
