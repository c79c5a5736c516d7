import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { type IPropertyPaneField, type IPropertyPaneTextFieldProps, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import { spfi, SPFx, type SPFI } from '@pnp/sp';
import type { IPartialTheme } from '@fluentui/react/lib/Styling';
import { setCacheIdentity } from '../../data/core/cache';
import { readTenantDirectorySettings, type TenantDirectorySettings } from '../../data/provisioning/tenantSettings';
import { resolveSiteUrl, siteUrlProblem } from '../../data/siteUrl';
import { watchSignOut } from './signOut';

export interface IDirectoryWebPartProps {
  /** The site that holds the directory lists; blank means the tenant's directory site, else this site. */
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
 *
 * Which site: the property pane's, else the tenant setting (a tenant-wide deployment points every
 * web part at the directory site), else the page's own site; only on this council's SharePoint.
 * The property pane is not reactive: a site address is read when the editor applies it, not on
 * every key press. Caches belong to the signed-in person and are cleared when they sign out.
 */
export abstract class DirectoryWebPart<P extends IDirectoryWebPartProps, R> extends BaseClientSideWebPart<P> {
  private theme: IReadonlyTheme | undefined;
  private rendered = false;
  private built: { key: string; repositories: R } | undefined;
  private tenant: TenantDirectorySettings = { keepCacheAcrossSessions: false };
  private stopWatchingSignOut: (() => void) | undefined;

  /** Builds the web part's repositories over PnPjs for a site. */
  protected abstract buildRepositories(sp: SPFI, siteUrl: string): R;

  /** Anything besides the site that the repositories depend on (e.g. the channel). */
  protected repositoryKey(): string {
    return '';
  }

  /** The web part's React root, given its repositories (undefined while not configured). */
  protected abstract renderRoot(repositories: R | undefined, common: IDirectoryRootProps): React.ReactElement;

  protected async onInit(): Promise<void> {
    await super.onInit();
    const page = this.context.pageContext;
    this.tenant = await readTenantDirectorySettings(spfi(page.web.absoluteUrl).using(SPFx(this.context)), page.web.absoluteUrl);
    setCacheIdentity(page.user.loginName, { keepAcrossSessions: this.tenant.keepCacheAcrossSessions });
    this.stopWatchingSignOut = watchSignOut(this.domElement.ownerDocument);
  }

  /** The site address in force: the property pane's, else the tenant's directory site. */
  private get configuredSite(): string {
    const own = (this.properties.siteUrl ?? '').trim();
    return own || this.tenant.siteUrl || '';
  }

  public render(): void {
    const pageUrl = this.context.pageContext.web.absoluteUrl;
    const configured = this.configuredSite;
    const problem = siteUrlProblem(configured, pageUrl);
    const common: IDirectoryRootProps = { theme: this.theme as IPartialTheme | undefined, configurationProblem: problem };
    ReactDom.render(this.renderRoot(problem ? undefined : this.repositoriesFor(resolveSiteUrl(configured, pageUrl)), common), this.domElement);
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
    this.stopWatchingSignOut?.();
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  /** Changes apply when the editor presses Apply, so an address being typed is never requested. */
  protected get disableReactivePropertyChanges(): boolean {
    return true;
  }

  /** The property pane field for the site address: checked as the editor types, on this tenant only. */
  protected siteUrlField(label: string, description: string): IPropertyPaneField<IPropertyPaneTextFieldProps> {
    return PropertyPaneTextField('siteUrl', {
      label,
      description,
      onGetErrorMessage: (value: string) => siteUrlProblem(value, this.context.pageContext.web.absoluteUrl),
      deferredValidationTime: 500
    });
  }
}
