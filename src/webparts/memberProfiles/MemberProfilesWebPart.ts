import * as React from 'react';
import { type IPropertyPaneConfiguration, PropertyPaneDropdown, PropertyPaneLabel } from '@microsoft/sp-property-pane';
import * as strings from 'MemberProfilesWebPartStrings';
import { MemberProfiles } from './components';
import { parseChannel, type Channel } from '../../domain/neutrality/channels';
import { DirectoryWebPart, type IDirectoryRootProps, type IDirectoryWebPartProps } from '../common/DirectoryWebPart';

export interface IMemberProfilesWebPartProps extends IDirectoryWebPartProps {
  channel: Channel;
}

/** Thin: the shared SPFx wiring, the channel choice and the property pane. */
export default class MemberProfilesWebPart extends DirectoryWebPart<IMemberProfilesWebPartProps> {
  protected renderRoot(common: IDirectoryRootProps): React.ReactElement {
    // Anything but an explicit member-profile choice is treated as an officer page.
    const channel = parseChannel(this.properties.channel ?? '') ?? 'officer-owned';
    return React.createElement(MemberProfiles, { ...common, channel });
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return {
      pages: [
        {
          header: { description: strings.PropertyPaneDescription },
          groups: [
            { groupName: strings.DataGroupName, groupFields: [this.siteUrlField(strings.SiteUrlLabel, strings.SiteUrlDescription)] },
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
