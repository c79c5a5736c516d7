/**
 * A stand-in for the SharePoint Framework around a web part class, for jest. SPFx's own runtime
 * cannot load outside SharePoint (its packages need Microsoft-internal modules that are not
 * published), so this plays SharePoint's part, following SPFx 1.21's BaseWebPart and
 * BaseClientSideWebPart (read in node_modules/@microsoft/sp-webpart-base/lib-commonjs/core):
 *
 * - initialise: the context (page context, service scope with the ThemeProvider, manifest,
 *   instance id, DOM element), the theme given to onThemeChanged before onInit, then onInit,
 *   then render;
 * - the property pane: a field's onGetErrorMessage vetoes a value as SharePoint's text field does;
 *   a change sets the property and calls onPropertyPaneFieldChanged, and re-renders only if the
 *   web part is reactive; Apply calls onAfterPropertyPaneChangesApplied and re-renders; closing
 *   the pane without Apply puts a non-reactive web part's properties back;
 * - a theme change calls onThemeChanged, and render when the web part overrides it;
 * - a display mode change re-renders; dispose calls onDispose.
 *
 * The modules it stands in for are given to jest.mock by the test file (see webParts.test.ts).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

type Props = Record<string, unknown>;
type Theme = Record<string, unknown> | undefined;

export const DisplayMode = { Read: 1, Edit: 2 } as const;

export class Version {
  private constructor(private readonly text: string) {}
  public static parse(text: string): Version {
    return new Version(text);
  }
  public toString(): string {
    return this.text;
  }
}

/** @microsoft/sp-core-library */
export const coreLibrary = { Version, DisplayMode };

/** @microsoft/sp-component-base: the ThemeProvider's service key. */
export const ThemeProvider = { serviceKey: { name: 'ThemeProvider' } };
export const componentBase = { ThemeProvider };

/** @microsoft/sp-property-pane: each factory returns the field description SharePoint's pane renders. */
const field = (type: string) => (targetProperty: string, properties: Record<string, unknown> = {}) => ({ type, targetProperty, properties });
export const propertyPane = {
  PropertyPaneTextField: field('TextField'),
  PropertyPaneDropdown: field('Dropdown'),
  PropertyPaneLabel: field('Label'),
  PropertyPaneToggle: field('Toggle'),
  PropertyPaneCheckbox: field('Checkbox'),
  PropertyPaneFieldType: { TextField: 3, Dropdown: 6, Label: 7, Toggle: 5, CheckBox: 2 }
};

/** @microsoft/sp-loader: SharePoint's component loader; nothing of SharePoint's own can be loaded here. */
export const loader = { SPComponentLoader: { loadComponentById: () => Promise.reject(new Error('SharePoint components are not available outside SharePoint.')) } };

interface Internal {
  __context: unknown;
  __properties: Props;
  __domElement: HTMLElement;
  __displayMode: number;
  __backup?: Props;
}

/** @microsoft/sp-webpart-base's BaseClientSideWebPart, with SharePoint's lifecycle. */
export class BaseClientSideWebPart<P> {
  public get context(): never {
    return (this as unknown as Internal).__context as never;
  }
  public get properties(): P {
    return (this as unknown as Internal).__properties as P;
  }
  public get domElement(): HTMLElement {
    return (this as unknown as Internal).__domElement;
  }
  public get displayMode(): number {
    return (this as unknown as Internal).__displayMode;
  }
  protected get disableReactivePropertyChanges(): boolean {
    return false;
  }
  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }
  protected onInit(): Promise<void> {
    return Promise.resolve();
  }
  public render(): void {
    /* EMPTY */
  }
  protected onDispose(): void {
    /* EMPTY */
  }
  protected onThemeChanged(_theme: Theme): void {
    /* EMPTY */
  }
  protected onDisplayModeChanged(_old: number): void {
    /* EMPTY */
  }
  protected onPropertyPaneFieldChanged(_path: string, _old: unknown, _new: unknown): void {
    /* EMPTY */
  }
  protected onAfterPropertyPaneChangesApplied(): void {
    /* EMPTY */
  }
  protected getPropertyPaneConfiguration(): { pages: Array<{ groups: Array<{ groupFields: Array<{ type: string; targetProperty: string; properties: Record<string, unknown> }> }> }> } {
    return { pages: [] };
  }
}

export const webpartBase = { BaseClientSideWebPart };

/** An AMD strings file (loc/en-us.js), as SPFx's loader gives it to the web part. */
export function amdStrings(file: string): Record<string, string> {
  let result: Record<string, string> = {};
  const define = (_deps: string[], factory: () => Record<string, string>): void => {
    result = factory();
  };
  new Function('define', fs.readFileSync(path.resolve(__dirname, '../../..', file), 'utf8'))(define);
  return result;
}

export interface PageContextOptions {
  webUrl: string;
  loginName: string;
  displayName?: string;
  /** The page's path on the site, e.g. /sites/council/SitePages/Home.aspx */
  pagePath?: string;
  formDigest?: string;
}

/** The part of SharePoint's page context the web parts and PnPjs's SPFx behaviour read. */
export function pageContext(o: PageContextOptions) {
  const web = new URL(o.webUrl);
  return {
    web: { absoluteUrl: o.webUrl, serverRelativeUrl: web.pathname, title: 'Council', language: 2057 },
    site: { absoluteUrl: o.webUrl, serverRelativeUrl: web.pathname, serverRequestPath: o.pagePath ?? `${web.pathname}/SitePages/Home.aspx` },
    user: { loginName: o.loginName, displayName: o.displayName ?? o.loginName, email: o.loginName, isExternalGuestUser: false },
    cultureInfo: { currentCultureName: 'en-GB', currentUICultureName: 'en-GB' },
    legacyPageContext: { formDigestValue: o.formDigest, formDigestTimeoutSeconds: 1800, isSiteAdmin: false }
  };
}

export type Listener = (args: { theme: Theme }) => void;

/** What the page does to a web part it hosts. */
export interface Hosted<W> {
  webPart: W;
  element: HTMLElement;
  /** The property pane's fields, as the web part describes them. */
  fields(): Array<{ type: string; targetProperty: string; properties: Record<string, unknown> }>;
  /** The editor types a value: validated by the field, then given to the web part. Returns the error shown, if any. */
  changeField(targetProperty: string, value: unknown): Promise<string>;
  /** The editor presses Apply (non-reactive panes). */
  apply(): void;
  /** The editor closes the pane. */
  closePane(): void;
  setTheme(theme: Theme): void;
  setDisplayMode(mode: number): void;
  dispose(): void;
  renders(): number;
}

const hosted = new Set<{ dispose(): void }>();

/** Disposes every web part still on the page (after a test, whatever happened in it). */
export function disposeAll(): void {
  for (const h of [...hosted]) h.dispose();
}

export async function host<W extends BaseClientSideWebPart<Props>>(
  WebPart: new () => W,
  options: { properties: Props; pageContext: ReturnType<typeof pageContext>; theme?: Theme; displayMode?: number; manifest?: Record<string, unknown> }
): Promise<Hosted<W>> {
  const element = document.createElement('div');
  element.id = `wp-${Math.random().toString(36).slice(2)}`;
  document.body.appendChild(element);
  let theme = options.theme;
  const listeners: Listener[] = [];
  const themeProvider = { tryGetTheme: () => theme, themeChangedEvent: { add: (_o: unknown, fn: Listener) => listeners.push(fn), remove: (_o: unknown, fn: Listener) => listeners.splice(listeners.indexOf(fn), 1) } };
  const context = {
    pageContext: options.pageContext,
    manifest: options.manifest ?? {},
    instanceId: element.id,
    domElement: element,
    serviceScope: { consume: (key: unknown) => (key === ThemeProvider.serviceKey ? themeProvider : undefined) }
  };
  const wp = new WebPart();
  const internal = wp as unknown as Internal & Record<string, unknown>;
  Object.assign(internal, { __context: context, __properties: JSON.parse(JSON.stringify(options.properties)), __domElement: element, __displayMode: options.displayMode ?? DisplayMode.Read });
  let renders = 0;
  const render = wp.render.bind(wp);
  wp.render = () => {
    renders++;
    render();
  };
  const call = (name: string, ...args: unknown[]): unknown => (internal[name] as (...a: unknown[]) => unknown).apply(wp, args);
  const reactive = (): boolean => !(internal.disableReactivePropertyChanges as boolean);
  // _internalInitialize: the theme first (and a handler for its changes), then onInit, then the first render
  call('onThemeChanged', theme);
  themeProvider.themeChangedEvent.add(wp, ({ theme: t }) => {
    call('onThemeChanged', t);
    // SharePoint re-renders only when the web part overrides onThemeChanged
    if (internal.onThemeChanged !== (BaseClientSideWebPart.prototype as unknown as Record<string, unknown>).onThemeChanged) wp.render();
  });
  await call('onInit');
  wp.render();
  const handle = { disposed: false };
  const fields = () => (call('getPropertyPaneConfiguration') as ReturnType<BaseClientSideWebPart<Props>['getPropertyPaneConfiguration']>).pages.flatMap((p) => p.groups.flatMap((g) => g.groupFields));
  const result: Hosted<W> = {
    webPart: wp,
    element,
    fields,
    async changeField(target, value) {
      const f = fields().find((x) => x.targetProperty === target && x.type !== 'Label');
      if (!f) throw new Error(`The property pane has no field for ${target}.`);
      const validate = f.properties.onGetErrorMessage as ((v: unknown) => string | Promise<string>) | undefined;
      const error = validate ? await validate(value) : '';
      if (error) return error;
      const old = internal.__properties[target];
      if (JSON.stringify(old) === JSON.stringify(value)) return '';
      if (!reactive() && !internal.__backup) internal.__backup = JSON.parse(JSON.stringify(internal.__properties));
      internal.__properties[target] = value;
      call('onPropertyPaneFieldChanged', target, old, value);
      if (reactive()) wp.render();
      return '';
    },
    apply() {
      internal.__backup = JSON.parse(JSON.stringify(internal.__properties));
      call('onAfterPropertyPaneChangesApplied');
      wp.render();
    },
    closePane() {
      if (!reactive() && internal.__backup) internal.__properties = internal.__backup;
      internal.__backup = undefined;
    },
    setTheme(next) {
      // the ThemeProvider's themeChangedEvent, as BaseClientSideWebPart handles it
      theme = next;
      for (const l of [...listeners]) l({ theme });
    },
    setDisplayMode(mode) {
      const old = internal.__displayMode;
      internal.__displayMode = mode;
      call('onDisplayModeChanged', old);
      if (old !== mode) wp.render();
    },
    dispose() {
      if (handle.disposed) return;
      handle.disposed = true;
      hosted.delete(result);
      listeners.splice(0);
      call('onDispose');
      element.remove();
    },
    renders: () => renders
  };
  hosted.add(result);
  return result;
}
