import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import {
  type IPropertyPaneConfiguration,
  PropertyPaneDropdown,
  PropertyPaneLabel,
  PropertyPaneTextField
} from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import { spfi, SPFx, type SPFI } from '@pnp/sp';
import type { IPartialTheme } from '@fluentui/react/lib/Styling';
import * as strings from 'MemberProfilesWebPartStrings';
import { MemberProfiles, type IMemberProfilesProps } from './components';
import { parseChannel, type Channel } from '../../domain/neutrality/channels';
import { resolveSiteUrl, siteUrlProblem } from '../../data/siteUrl';

export interface IMemberProfilesWebPartProps {
  siteUrl: string;
  channel: Channel;
}

/** Thin: builds PnPjs for the chosen site and renders the React root. */
export default class MemberProfilesWebPart extends BaseClientSideWebPart<IMemberProfilesWebPartProps> {
  private theme: IReadonlyTheme | undefined;
  /** One PnPjs root per site: a new one on every render (theme changes re-render) would reload the directory. */
  private sp: { siteUrl: string; sp: SPFI } | undefined;

  private spFor(siteUrl: string): SPFI {
    if (this.sp?.siteUrl !== siteUrl) this.sp = { siteUrl, sp: spfi(siteUrl).using(SPFx(this.context)) };
    return this.sp.sp;
  }

  public render(): void {
    const problem = siteUrlProblem(this.properties.siteUrl);
    const siteUrl = resolveSiteUrl(this.properties.siteUrl, this.context.pageContext.web.absoluteUrl);
    const props: IMemberProfilesProps = {
      sp: problem ? undefined : this.spFor(siteUrl),
      siteUrl,
      // Anything but an explicit member-profile choice is treated as an officer page.
      channel: parseChannel(this.properties.channel ?? '') ?? 'officer-owned',
      theme: this.theme as IPartialTheme | undefined,
      configurationProblem: problem
    };
    ReactDom.render(React.createElement(MemberProfiles, props), this.domElement);
  }

  protected onThemeChanged(theme: IReadonlyTheme | undefined): void {
    this.theme = theme;
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return {
      pages: [
        {
          header: { description: strings.PropertyPaneDescription },
          groups: [
            {
              groupName: strings.DataGroupName,
              groupFields: [
                PropertyPaneTextField('siteUrl', {
                  label: strings.SiteUrlLabel,
                  description: strings.SiteUrlDescription,
                  onGetErrorMessage: siteUrlProblem,
                  deferredValidationTime: 500
                })
              ]
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
