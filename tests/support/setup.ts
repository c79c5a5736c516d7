import '@testing-library/jest-dom';

// Fluent UI warns about unregistered icons in jsdom; the warnings are noise in tests.
if (typeof window !== 'undefined') {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { setIconOptions } = require('@fluentui/react/lib/Styling');
  setIconOptions({ disableWarnings: true });
}

// Whatever a test file started (servers, workbenches, browsers) is closed after it, even when its
// own beforeAll threw before it could keep hold of them: jest then exits as soon as it finishes.
// eslint-disable-next-line @typescript-eslint/no-var-requires
afterAll(() => (require('./cleanup') as typeof import('./cleanup')).closeStarted());
