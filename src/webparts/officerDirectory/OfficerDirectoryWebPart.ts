import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { type IPropertyPaneConfiguration, PropertyPaneLabel, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import { spfi, SPFx, type SPFI } from '@pnp/sp';
import type { IPartialTheme } from '@fluentui/react/lib/Styling';
import * as strings from 'OfficerDirectoryWebPartStrings';
import { OfficerDirectory, type IOfficerDirectoryProps } from './components';
import { resolveSiteUrl, siteUrlProblem } from '../../data/siteUrl';

export interface IOfficerDirectoryWebPartProps {
  siteUrl: string;
  /** Always "officer-owned"; kept as a property so that the page's channel is explicit. */
  channel: 'officer-owned';
}

/** Thin: builds PnPjs for the chosen site and renders the React root. */
export default class OfficerDirectoryWebPart extends BaseClientSideWebPart<IOfficerDirectoryWebPartProps> {
  private theme: IReadonlyTheme | undefined;
  private rendered = false;
  /** One PnPjs instance per site, so that re-rendering (a theme change) does not reload the directory. */
  private sp: { url: string; sp: SPFI } | undefined;

  public render(): void {
    const problem = siteUrlProblem(this.properties.siteUrl);
    const siteUrl = resolveSiteUrl(this.properties.siteUrl, this.context.pageContext.web.absoluteUrl);
    const props: IOfficerDirectoryProps = {
      sp: problem ? undefined : this.spFor(siteUrl),
      siteUrl,
      theme: this.theme as IPartialTheme | undefined,
      configurationProblem: problem
    };
    ReactDom.render(React.createElement(OfficerDirectory, props), this.domElement);
    this.rendered = true;
  }

  private spFor(siteUrl: string): SPFI {
    if (!this.sp || this.sp.url !== siteUrl) this.sp = { url: siteUrl, sp: spfi(siteUrl).using(SPFx(this.context)) };
    return this.sp.sp;
  }

  /** A section's theme (and a change to it) reaches the React tree's ThemeProvider. */
  protected onThemeChanged(theme: IReadonlyTheme | undefined): void {
    this.theme = theme;
    if (this.rendered) this.render();
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
