import type * as React from 'react';
import type { ITheme } from '@fluentui/react/lib/Theme';

/**
 * The section's theme as CSS variables (--cd-*) for the web part's own styles, so the colours
 * follow the page theme and the section background (neutral, soft or strong) the web part sits in.
 */
export function themeStyle(theme: ITheme): React.CSSProperties {
  const s = theme.semanticColors;
  const p = theme.palette;
  return {
    '--cd-text': s.bodyText,
    '--cd-subtext': s.bodySubtext,
    // Cards on the section's own background (links keep their contrast), set apart by a border.
    '--cd-card': s.bodyBackground,
    '--cd-divider': p.neutralTertiaryAlt,
    '--cd-focus': s.bodyText,
    '--cd-accent': s.inputBackgroundChecked,
    '--cd-link': s.link,
    '--cd-hover': s.listItemBackgroundHovered,
    '--cd-input-bg': s.inputBackground,
    '--cd-input-text': s.inputText,
    '--cd-input-border': s.inputBorder,
    '--cd-button-bg': s.buttonBackground,
    '--cd-button-text': s.buttonText,
    '--cd-button-border': s.buttonBorder,
    '--cd-primary-bg': s.primaryButtonBackground,
    '--cd-primary-text': s.primaryButtonText,
    '--cd-disabled-text': s.disabledBodyText,
    '--cd-skeleton': p.neutralLight
  } as React.CSSProperties;
}
