import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { type IPropertyPaneField, type IPropertyPaneTextFieldProps, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import { spfi, SPFx, type SPFI } from '@pnp/sp';
import type { IPartialTheme } from '@fluentui/react/lib/Styling';
import { resolveSiteUrl, siteUrlProblem } from '../../data/siteUrl';

export interface IDirectoryWebPartProps {
  /** The site that holds the directory lists; blank means this site. */
  siteUrl: string;
}

/** What every web part root gets from its SPFx class. */
export interface IDirectoryRootProps {
  sp?: SPFI;
  siteUrl: string;
  theme?: IPartialTheme;
  configurationProblem?: string;
}

/**
 * The thin SPFx side both web parts share: PnPjs for the chosen site (one instance per site, so
 * a re-render does not reload the directory), the section's theme, and the React root's life.
 */
export abstract class DirectoryWebPart<P extends IDirectoryWebPartProps> extends BaseClientSideWebPart<P> {
  private theme: IReadonlyTheme | undefined;
  private rendered = false;
  private sp: { siteUrl: string; sp: SPFI } | undefined;

  /** The web part's React root, given the props every root shares. */
  protected abstract renderRoot(common: IDirectoryRootProps): React.ReactElement;

  public render(): void {
    const problem = siteUrlProblem(this.properties.siteUrl);
    const siteUrl = resolveSiteUrl(this.properties.siteUrl, this.context.pageContext.web.absoluteUrl);
    const common: IDirectoryRootProps = {
      sp: problem ? undefined : this.spFor(siteUrl),
      siteUrl,
      theme: this.theme as IPartialTheme | undefined,
      configurationProblem: problem
    };
    ReactDom.render(this.renderRoot(common), this.domElement);
    this.rendered = true;
  }

  private spFor(siteUrl: string): SPFI {
    if (this.sp?.siteUrl !== siteUrl) this.sp = { siteUrl, sp: spfi(siteUrl).using(SPFx(this.context)) };
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

  /** The property pane field for the site address, validated as the editor types. */
  protected siteUrlField(label: string, description: string): IPropertyPaneField<IPropertyPaneTextFieldProps> {
    return PropertyPaneTextField('siteUrl', { label, description, onGetErrorMessage: siteUrlProblem, deferredValidationTime: 500 });
  }
}
