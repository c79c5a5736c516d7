import * as React from 'react';
import { type IPropertyPaneConfiguration, PropertyPaneLabel, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import * as strings from 'OfficerDirectoryWebPartStrings';
import { OfficerDirectory } from './components';
import { DirectoryWebPart, type IDirectoryRootProps, type IDirectoryWebPartProps } from '../common/DirectoryWebPart';

export interface IOfficerDirectoryWebPartProps extends IDirectoryWebPartProps {
  /** Always "officer-owned"; kept as a property so that the page's channel is explicit. */
  channel: 'officer-owned';
}

/** Thin: the shared SPFx wiring and the property pane. */
export default class OfficerDirectoryWebPart extends DirectoryWebPart<IOfficerDirectoryWebPartProps> {
  protected renderRoot(common: IDirectoryRootProps): React.ReactElement {
    return React.createElement(OfficerDirectory, common);
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
                PropertyPaneTextField('channel', { label: strings.ChannelLabel, value: strings.ChannelOfficerOwned, disabled: true }),
                PropertyPaneLabel('channel', { text: strings.ChannelDescription })
              ]
            }
          ]
        }
      ]
    };
  }
}
