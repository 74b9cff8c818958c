// Hostile input for a bounded time (FUZZ_SECONDS, default 12; FUZZ_SEED to
// replay): no 5xx, no unmasked or code-less error, no crash, bounded memory.
// `npm run fuzz -- --seconds N` runs the same for longer.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { expect, it } from 'vitest';
import { seed } from '../src/ingest/seed.ts';
import { runFuzz } from './helpers/fuzz.ts';
import { useHarness } from './helpers/gql.ts';
import { listen } from './helpers/transports.ts';

const h = useHarness(async (harness) => {
  await seed(harness.db.db);
});

// Live heap after a full collection is what a leak grows; RSS also holds
// freed pages the allocator keeps, and so varies with the machine's load.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
const liveHeapMb = () => {
  collectGarbage();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

const seconds = Number(process.env.FUZZ_SECONDS ?? 12);
const fuzzSeed = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);

it(`survives ${seconds} s of generated, mutated and malformed requests (seed ${fuzzSeed})`, async () => {
  h.db.queries.length = 0;
  const rssBefore = process.memoryUsage().rss;
  const heapBefore = liveHeapMb();
  // WebSocket frames need a real socket; HTTP requests go through app.fetch.
  const server = await listen(h.app);
  const { stats, findings } = await runFuzz(h.app, { seconds, seed: fuzzSeed, webSocket: server.url.replace(/^http/, 'ws') }).finally(() =>
    server.close(),
  );
  h.db.queries.length = 0; // the harness's own record of every SQL statement sent
  const growthMb = liveHeapMb() - heapBefore;
  const rssGrowthMb = (process.memoryUsage().rss - rssBefore) / 2 ** 20;
  console.log(
    `fuzz: seed ${fuzzSeed}, ${stats.requests} requests, statuses ${JSON.stringify(stats.byStatus)}, live heap +${growthMb.toFixed(0)} MB, RSS +${rssGrowthMb.toFixed(0)} MB`,
  );
  const causes = h.logged.slice(0, 5).map((error) => String((error as Error).stack ?? error).slice(0, 600));
  expect(findings.slice(0, 5), causes.join('\n---\n')).toEqual([]);
  expect(stats.requests).toBeGreaterThan(50);
  expect(h.logged).toEqual([]);
  // A leak keeps what every request allocated; caches (parsed documents, loaders) stay far below this.
  expect(growthMb).toBeLessThan(128);
});
