import * as React from 'react';
import { type IPropertyPaneConfiguration, PropertyPaneLabel, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import type { SPFI } from '@pnp/sp';
import * as strings from 'OfficerDirectoryWebPartStrings';
import { OfficerDirectory } from './components';
import type { IOfficerDirectoryRepository } from '../../data/officers/IOfficerDirectoryRepository';
import { PnPOfficerDirectoryRepository } from '../../data/officers/PnPOfficerDirectoryRepository';
import { DirectoryWebPart, type IDirectoryRootProps, type IDirectoryWebPartProps } from '../common/DirectoryWebPart';

export interface IOfficerDirectoryWebPartProps extends IDirectoryWebPartProps {
  /** Always "officer-owned"; kept as a property so that the page's channel is explicit. */
  channel: 'officer-owned';
}

/** Thin: the shared SPFx wiring, the repository and the property pane. */
export default class OfficerDirectoryWebPart extends DirectoryWebPart<IOfficerDirectoryWebPartProps, IOfficerDirectoryRepository> {
  protected buildRepositories(sp: SPFI, siteUrl: string): IOfficerDirectoryRepository {
    return new PnPOfficerDirectoryRepository(sp, { siteUrl });
  }

  protected renderRoot(repository: IOfficerDirectoryRepository | undefined, common: IDirectoryRootProps): React.ReactElement {
    return React.createElement(OfficerDirectory, { ...common, repository });
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
