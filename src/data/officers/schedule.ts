/**
 * Lets the browser breathe between slices of background work (validating and indexing 20,000
 * officers), so that a key press is handled within a frame even while pages are arriving.
 */

/** Resolves in a new task: after pending input and rendering, without setTimeout's 4 ms clamp. */
export function nextTask(): Promise<void> {
  return new Promise<void>((resolve) => {
    if (typeof MessageChannel === 'undefined') {
      setTimeout(resolve, 0);
      return;
    }
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(0);
  });
}

/** Milliseconds of work before yielding: half a frame. */
export const SLICE_MS = 8;

export function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}
