// `npm run fuzz -- --seconds N [--seed S] [--concurrency C]`: the fuzz test
// for longer. Runs against a throwaway database (PGlite in memory, or a fresh
// database on DATABASE_URL's PostgreSQL server), prints what it sent and
// every finding, and exits 1 when there are findings.
import { parseArgs } from 'node:util';
import { seed } from '../src/ingest/seed.ts';
import { createLogger } from '../src/observability/logger.ts';
import { createApp } from '../src/server.ts';
import { createTestDatabase } from '../tests/helpers/db.ts';
import { runFuzz } from '../tests/helpers/fuzz.ts';
import { listen } from '../tests/helpers/transports.ts';

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '60' }, seed: { type: 'string' }, concurrency: { type: 'string', default: '4' } },
});
const seconds = Number(values.seconds);
const fuzzSeed = Number(values.seed ?? Date.now() % 1_000_000);
const database = await createTestDatabase();
const logged: unknown[] = [];
try {
  await seed(database.db);
  const app = createApp({ db: database.db, logger: createLogger({ level: 'silent' }), logError: (error) => logged.push(error) });
  const rssBefore = process.memoryUsage().rss;
  console.log(`fuzz: ${seconds} s, seed ${fuzzSeed}, ${database.label}`);
  const server = await listen(app);
  const { stats, findings } = await runFuzz(app, {
    seconds,
    seed: fuzzSeed,
    concurrency: Number(values.concurrency),
    webSocket: server.url.replace(/^http/, 'ws'),
  }).finally(() => server.close());
  const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
  console.log(`requests: ${stats.requests}`);
  console.log(`by kind: ${JSON.stringify(stats.byKind)}`);
  console.log(`by status: ${JSON.stringify(stats.byStatus)}`);
  console.log(`error codes: ${JSON.stringify(stats.codes)}`);
  console.log(`RSS: ${mb(rssBefore)} before, ${mb(process.memoryUsage().rss)} after`);
  console.log('slowest:');
  for (const slow of stats.slowest) console.log(`- ${slow.ms.toFixed(0)} ms ${slow.request.slice(0, 300)}`);
  console.log(`findings: ${findings.length}`);
  for (const finding of findings.slice(0, 20))
    console.log(`- [${finding.kind}] ${finding.problem.slice(0, 300)}\n  ${finding.request.slice(0, 300)}`);
  for (const error of logged.slice(0, 5)) console.log(`logged: ${String((error as Error).stack ?? error).slice(0, 500)}`);
  process.exitCode = findings.length ? 1 : 0;
} finally {
  await database.drop();
}
