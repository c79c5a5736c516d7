/**
 * The frame of an area that opens over the page (import and export, change requests, the
 * neutrality report): a large Fluent Panel with its heading at level 2, a labelled close button,
 * no sliding for those who ask for less motion, and the theme's colours (the panel renders
 * outside the web part's element). Focus goes back where the opener says (onDismissed), not to
 * wherever Fluent last saw it. Only the lazily loaded areas import this: never a read bundle.
 */
import * as React from 'react';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';

/** What the opener gives an area's panel (the area's own props carry these through). */
export interface IAreaPanelHost {
  isOpen: boolean;
  onDismiss: () => void;
  /** After the close animation: focus goes back to the button that opened it. */
  onDismissed?: () => void;
  /** The theme's colours as CSS variables: the panel renders outside the web part's element. */
  themeStyle?: React.CSSProperties;
}

export interface IAreaPanelProps {
  host: IAreaPanelHost;
  heading: string;
  closeLabel: string;
  /** Whether a click outside closes it (not where that could lose work in progress). */
  lightDismiss: boolean;
  /** The class of the area inside the panel. */
  className: string;
  /** Marks the area (`data-…=""`), for the page's own tests and tools. */
  marker: `data-${string}`;
  children: React.ReactNode;
}

const REDUCED_MOTION = { selectors: { '@media (prefers-reduced-motion: reduce)': { animation: 'none', transition: 'none' } } };
const CLOSE_FOCUS = { selectors: { ':focus-visible': { outline: '2px solid var(--cd-focus, #000000)', outlineOffset: '2px' } } };
const PANEL_STYLES = { main: REDUCED_MOTION, overlay: REDUCED_MOTION, subComponentStyles: { closeButton: { root: CLOSE_FOCUS } } };
const HEADING_PROPS = { 'aria-level': 2 } as React.HTMLAttributes<HTMLDivElement>;

export function AreaPanel(props: IAreaPanelProps): JSX.Element {
  const { host } = props;
  return (
    <Panel
      isOpen={host.isOpen}
      onDismiss={host.onDismiss}
      onDismissed={host.onDismissed}
      type={PanelType.large}
      styles={PANEL_STYLES}
      isLightDismiss={props.lightDismiss}
      headerText={props.heading}
      headerTextProps={HEADING_PROPS}
      closeButtonAriaLabel={props.closeLabel}
      focusTrapZoneProps={{ disableRestoreFocus: true }}
      popupProps={{ shouldRestoreFocus: false }}
    >
      <div style={host.themeStyle} className={props.className} {...{ [props.marker]: '' }}>
        {props.children}
      </div>
    </Panel>
  );
}
