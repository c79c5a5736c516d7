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

/** What every web part root gets from its SPFx class, besides its repositories. */
export interface IDirectoryRootProps {
  theme?: IPartialTheme;
  configurationProblem?: string;
}

/**
 * The thin SPFx side both web parts share: PnPjs for the chosen site, the repositories built over
 * it (once per site, so a re-render does not reload the directory), the section's theme, and the
 * React root's life. The React roots get the repositories as interfaces and never see SPFx.
 */
export abstract class DirectoryWebPart<P extends IDirectoryWebPartProps, R> extends BaseClientSideWebPart<P> {
  private theme: IReadonlyTheme | undefined;
  private rendered = false;
  private built: { key: string; repositories: R } | undefined;

  /** Builds the web part's repositories over PnPjs for a site. */
  protected abstract buildRepositories(sp: SPFI, siteUrl: string): R;

  /** Anything besides the site that the repositories depend on (e.g. the channel). */
  protected repositoryKey(): string {
    return '';
  }

  /** The web part's React root, given its repositories (undefined while not configured). */
  protected abstract renderRoot(repositories: R | undefined, common: IDirectoryRootProps): React.ReactElement;

  public render(): void {
    const problem = siteUrlProblem(this.properties.siteUrl);
    const siteUrl = resolveSiteUrl(this.properties.siteUrl, this.context.pageContext.web.absoluteUrl);
    const common: IDirectoryRootProps = { theme: this.theme as IPartialTheme | undefined, configurationProblem: problem };
    ReactDom.render(this.renderRoot(problem ? undefined : this.repositoriesFor(siteUrl), common), this.domElement);
    this.rendered = true;
  }

  private repositoriesFor(siteUrl: string): R {
    const key = `${siteUrl}\n${this.repositoryKey()}`;
    if (this.built?.key !== key) this.built = { key, repositories: this.buildRepositories(spfi(siteUrl).using(SPFx(this.context)), siteUrl) };
    return this.built.repositories;
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
