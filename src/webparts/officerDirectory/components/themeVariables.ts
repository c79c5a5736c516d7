import type * as React from 'react';
import type { Theme } from '@fluentui/react/lib/Theme';

/**
 * The section's theme as CSS variables, so the web part's stylesheet follows it (light, dark and
 * coloured sections) with semantic colours rather than fixed ones.
 */
export function themeVariables(theme: Theme): React.CSSProperties {
  const s = theme.semanticColors;
  const p = theme.palette;
  const vars: Record<string, string> = {
    '--od-text': s.bodyText,
    '--od-subtle': s.bodySubtext,
    '--od-bg': s.bodyBackground,
    '--od-card': s.bodyBackground,
    '--od-border': s.bodyDivider,
    '--od-strongBorder': s.inputBorder,
    '--od-hover': s.buttonBackgroundHovered,
    '--od-selected': s.bodyBackgroundChecked,
    '--od-accent': p.themePrimary,
    '--od-accentText': s.primaryButtonText,
    '--od-inputBg': s.inputBackground,
    '--od-infoBg': s.infoBackground,
    '--od-warningBg': s.warningBackground,
    '--od-warningText': s.warningText,
    '--od-warningBorder': s.warningIcon,
    '--od-focus': s.focusBorder,
    '--cd-link': s.link
  };
  return vars as React.CSSProperties;
}
