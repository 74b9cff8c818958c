// Hostile input for a bounded time (FUZZ_SECONDS, default 12; FUZZ_SEED to
// replay): no 5xx, no unmasked or code-less error, no crash, bounded memory.
// `npm run fuzz -- --seconds N` runs the same for longer.
import { expect, it } from 'vitest';
import { seed } from '../src/ingest/seed.ts';
import { runFuzz } from './helpers/fuzz.ts';
import { useHarness } from './helpers/gql.ts';

const h = useHarness(async (harness) => {
  await seed(harness.db.db);
});

const seconds = Number(process.env.FUZZ_SECONDS ?? 12);
const fuzzSeed = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);

it(`survives ${seconds} s of generated, mutated and malformed requests (seed ${fuzzSeed})`, async () => {
  const before = process.memoryUsage().rss;
  const { stats, findings } = await runFuzz(h.app, { seconds, seed: fuzzSeed });
  const growthMb = (process.memoryUsage().rss - before) / 2 ** 20;
  console.log(
    `fuzz: seed ${fuzzSeed}, ${stats.requests} requests, statuses ${JSON.stringify(stats.byStatus)}, RSS +${growthMb.toFixed(0)} MB`,
  );
  const causes = h.logged.slice(0, 5).map((error) => String((error as Error).stack ?? error).slice(0, 600));
  expect(findings.slice(0, 5), causes.join('\n---\n')).toEqual([]);
  expect(stats.requests).toBeGreaterThan(50);
  expect(h.logged).toEqual([]);
  // Generous: a leak grows without bound; a working set settles well below this.
  expect(growthMb).toBeLessThan(768);
});
