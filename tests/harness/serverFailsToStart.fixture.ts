/**
 * Run only by tests/integration/testRun.test.ts (in a child jest): a suite whose server cannot
 * start (its port is taken), beside one that started.
 */
import * as net from 'node:net';
import { startTestServer } from '../support/localServer';
import { startLocalServer } from '../../local/server';
import { track } from '../support/cleanup';

let blocker: net.Server;

beforeAll(async () => {
  await startTestServer();
  blocker = net.createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const port = (blocker.address() as net.AddressInfo).port;
  await track(startLocalServer({ port, dbFile: ':memory:' }), (s) => s.close());
});
afterAll(() => new Promise<void>((resolve) => blocker.close(() => resolve())));

test('never runs', () => {
  expect(true).toBe(true);
});
