import * as React from 'react';

/**
 * Text for a polite live region, updated only once typing pauses, so a screen reader hears the
 * result count once rather than on every keystroke.
 */
export function useAnnouncement(text: string, delayMs = 700): string {
  const [announced, setAnnounced] = React.useState('');
  React.useEffect(() => {
    const timer = setTimeout(() => setAnnounced(text), delayMs);
    return () => clearTimeout(timer);
  }, [text, delayMs]);
  return announced;
}
