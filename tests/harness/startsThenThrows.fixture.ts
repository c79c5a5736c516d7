/**
 * Run only by tests/integration/testRun.test.ts (in a child jest): a suite whose beforeAll starts
 * a local SharePoint server and a workbench, then throws before keeping hold of them.
 */
import { startTestServer } from '../support/localServer';
import { startTestWorkbench } from '../support/browser';

beforeAll(async () => {
  await Promise.all([startTestServer(), startTestWorkbench()]);
  // A timer a test forgot is not ours to close; an interval is unref'd by nobody, so keep none.
  throw new Error('set-up failed on purpose');
});

test('never runs', () => {
  expect(true).toBe(true);
});
