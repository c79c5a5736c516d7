/**
 * An init script for the Officer Directory page: counts the page's API requests (at fetch) and
 * notes the count when the directory's first results go into the page (`__odFirstRequests`),
 * and when that frame has been painted (`__odFirstResults`, a performance.now() time).
 * Self-contained: it runs in the page, before the page's own scripts.
 */
export function officerDirectoryFirstResultsProbe(): void {
  const w = window as unknown as { __odFirstResults?: number; __odFirstRequests?: number; __odApiCalls: number };
  w.__odApiCalls = 0;
  const original = window.fetch;
  window.fetch = function (this: unknown, ...args: Parameters<typeof fetch>) {
    const target = args[0];
    const url = typeof target === 'string' ? target : target instanceof URL ? target.href : target.url;
    if (url.includes('/_api/')) w.__odApiCalls++;
    return original.apply(this, args);
  } as typeof fetch;
  const observer = new MutationObserver(() => {
    if (w.__odFirstRequests !== undefined) return;
    if (!document.querySelector('[data-webpart="officer-directory"] [role="tablist"]')) return;
    observer.disconnect();
    w.__odFirstRequests = w.__odApiCalls;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (w.__odFirstResults = performance.now());
      channel.port2.postMessage(0);
    });
  });
  document.addEventListener('DOMContentLoaded', () => observer.observe(document.body, { childList: true, subtree: true }));
}
