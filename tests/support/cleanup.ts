/**
 * Everything a test starts (servers, workbenches, browsers) is registered here as it starts, and
 * closed after each test file by the `afterAll` in setup.ts, whatever failed: a browser that would
 * not launch, a server that did not start, a `beforeAll` that threw half-way. Without this, one
 * failed `Promise.all([startWorkbench(), launchBrowser()])` left a server listening and jest never
 * exited.
 */

interface Closable {
  close(): Promise<void>;
}

const running = new Set<Promise<Closable | undefined>>();

/**
 * Registers a resource that is starting. `start` resolves to the resource; `close` stops it.
 * Returns the resource, so `await track(startX(), (x) => x.stop())` reads like `await startX()`.
 */
export function track<T>(start: Promise<T>, close: (resource: T) => Promise<void>): Promise<T> {
  let closed = false;
  const entry: Promise<Closable | undefined> = start.then(
    (resource) => ({
      close: async () => {
        if (closed) return;
        closed = true;
        await close(resource);
      }
    }),
    () => undefined
  );
  running.add(entry);
  return start;
}

/** Closes everything started (waiting for what is still starting), newest first. */
export async function closeStarted(): Promise<void> {
  const entries = Array.from(running).reverse();
  running.clear();
  const resources = await Promise.all(entries);
  const errors: unknown[] = [];
  for (const r of resources) {
    try {
      await r?.close();
    } catch (e) {
      errors.push(e);
    }
  }
  if (errors.length > 0) throw errors[0];
}
