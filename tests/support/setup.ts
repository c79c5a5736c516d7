import '@testing-library/jest-dom';

// Fluent UI warns about unregistered icons in jsdom; the warnings are noise in tests.
if (typeof window !== 'undefined') {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { setIconOptions } = require('@fluentui/react/lib/Styling');
  setIconOptions({ disableWarnings: true });
}
