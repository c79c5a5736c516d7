/**
 * The command line entry point (what `npm start` and the benchmarks run): it starts on a free
 * port, prints where it listens, honours --threshold, and stops cleanly.
 */
import { errorOf, spFor, startTestServer } from '../support/localServer';

test('tsx local/server/main.ts --port 0 --db FILE --threshold N', async () => {
  const s = await startTestServer({ spawn: true, threshold: 2 });
  try {
    expect(s.siteUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/sites\/council$/);
    await s.seed('Wards', { count: 3, template: { Title: 'Ward {n}' } });
    const sp = spFor(s.siteUrl, 'owner');
    expect(await sp.web.lists.getByTitle('Wards').items.select('Title').top(2)()).toHaveLength(2);
    expect((await errorOf(() => sp.web.lists.getByTitle('Wards').items.filter("Title eq 'Ward 1'")())).status).toBe(500);
    await sp.web.lists.getByTitle('Wards').items.add({ Title: 'Ward 4' });
  } finally {
    await s.stop();
  }
}, 60000);
