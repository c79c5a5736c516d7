import type * as React from 'react';
import type { ITheme } from '@fluentui/react/lib/Theme';

/**
 * The section's theme as CSS variables (--cd-*), the one set both web parts' stylesheets use
 * (styles/_tokens.scss), so the colours follow the page theme and the section background
 * (neutral, soft or strong) the web part sits in.
 */
export function themeVariables(theme: ITheme): React.CSSProperties {
  const s = theme.semanticColors;
  const p = theme.palette;
  const vars: Record<string, string> = {
    '--cd-text': s.bodyText,
    '--cd-subtext': s.bodySubtext,
    '--cd-background': s.bodyBackground,
    // Cards on the section's own background (links keep their contrast), set apart by a border.
    '--cd-card': s.bodyBackground,
    '--cd-divider': p.neutralTertiaryAlt,
    '--cd-strong-border': s.inputBorder,
    '--cd-focus': s.bodyText,
    '--cd-accent': s.inputBackgroundChecked,
    '--cd-accent-text': s.primaryButtonText,
    '--cd-link': s.link,
    '--cd-hover': s.listItemBackgroundHovered,
    '--cd-selected': s.bodyBackgroundChecked,
    '--cd-input-bg': s.inputBackground,
    '--cd-input-text': s.inputText,
    '--cd-input-border': s.inputBorder,
    '--cd-info-bg': s.infoBackground,
    '--cd-warning-bg': s.warningBackground,
    '--cd-warning-text': s.warningText,
    '--cd-warning-border': s.warningIcon,
    '--cd-disabled-text': s.disabledBodyText,
    '--cd-skeleton': p.neutralLight
  };
  return vars as React.CSSProperties;
}
