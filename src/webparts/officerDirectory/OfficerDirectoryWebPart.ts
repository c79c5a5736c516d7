import * as React from 'react';
import { type IPropertyPaneConfiguration, PropertyPaneLabel, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import type { SPFI } from '@pnp/sp';
import { SPComponentLoader } from '@microsoft/sp-loader';
import * as strings from 'OfficerDirectoryWebPartStrings';
import { OfficerDirectory, type IPeopleCardService } from './components';
import type { IOfficerDirectoryRepository } from '../../data/officers/IOfficerDirectoryRepository';
import { PnPOfficerDirectoryRepository } from '../../data/officers/PnPOfficerDirectoryRepository';
import { DirectoryWebPart, type IDirectoryRootProps, type IDirectoryWebPartProps } from '../common/DirectoryWebPart';

export interface IOfficerDirectoryWebPartProps extends IDirectoryWebPartProps {
  /** Always "officer-owned"; kept as a property so that the page's channel is explicit. */
  channel: 'officer-owned';
}

/** SharePoint's live persona card component (the Microsoft 365 profile card), as the People web part uses it. */
const LIVE_PERSONA_CARD = '914330ee-2df2-4f6e-a858-30c23a812408';

/** Thin: the shared SPFx wiring, the repository, the profile card and the property pane. */
export default class OfficerDirectoryWebPart extends DirectoryWebPart<IOfficerDirectoryWebPartProps, IOfficerDirectoryRepository> {
  protected buildRepositories(sp: SPFI, siteUrl: string): IOfficerDirectoryRepository {
    return new PnPOfficerDirectoryRepository(sp, { siteUrl });
  }

  protected renderRoot(repository: IOfficerDirectoryRepository | undefined, common: IDirectoryRootProps): React.ReactElement {
    return React.createElement(OfficerDirectory, { ...common, repository, peopleCard: this.peopleCard() });
  }

  private peopleCardService: IPeopleCardService | undefined;

  /** SharePoint's live profile card (LivePersonaCard), loaded the first time a card is shown. */
  private peopleCard(): IPeopleCardService {
    if (this.peopleCardService) return this.peopleCardService;
    const serviceScope = this.context.serviceScope;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    let library: Promise<any> | undefined;
    function Card(props: { upn: string; content: React.ReactNode }): React.ReactElement {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const [lib, setLib] = React.useState<any>();
      React.useEffect(() => {
        let live = true;
        (library ??= SPComponentLoader.loadComponentById(LIVE_PERSONA_CARD)).then((l) => live && setLib(l), () => undefined);
        return () => {
          live = false;
        };
      }, []);
      const name = React.createElement('span', { tabIndex: 0 }, props.content);
      if (!lib?.LivePersonaCard) return React.createElement(React.Fragment, undefined, props.content);
      return React.createElement(
        lib.LivePersonaCard,
        { className: 'livePersonaCard', clientScenario: 'CouncilDirectory', disableHover: false, hostAppPersonaInfo: { PersonaType: 'User' }, upn: props.upn, legacyUpn: props.upn, serviceScope },
        name
      );
    }
    this.peopleCardService = { render: (upn, content) => React.createElement(Card, { upn, content }) };
    return this.peopleCardService;
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
