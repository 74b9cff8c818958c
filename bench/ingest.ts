// `npm run bench:ingest -- [--articles N] [--database postgres://…] [--threads n] [--concurrency n] [--batch n] [--skip-pglite]`
// Articles per second through the path `npm run ingest` takes (src/ingest/archive.ts):
// wire-style articles of about 15 statements (bench/ingest/articles.ts) into a
// fresh PostgreSQL database (--database, else DATABASE_URL when it names one)
// and a fresh PGlite data directory, written --batch articles per transaction
// as `npm run ingest` does (1: each alone), each measured three ways: with extraction
// (worker threads), without it (the same articles extracted beforehand, so only
// the writes are timed), and a second run over what the first stored (resuming).
// Each pass checks that concurrent writers created no person or organization
// twice. A benchmark that prints numbers, not a test; both databases are removed.
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { type Database, type DatabaseTarget, migrateDatabase, openDatabase, parseDatabaseUrl } from '../src/db/client.ts';
import { attachToStoredEvent, extractInput, ingestExtraction } from '../src/extract/ingest-text.ts';
import type { Extraction } from '../src/extract/types.ts';
import {
  type ArchiveJob,
  type ArchiveRun,
  type ArchiveSink,
  DEFAULT_BATCH,
  databaseSink,
  ingestJobs,
  writeBatch,
} from '../src/ingest/archive.ts';
import { createExtractPool } from '../src/ingest/extract-pool.ts';
import { readSettings } from '../src/settings.ts';
import { benchArticles } from './ingest/articles.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '2000' },
    database: { type: 'string' },
    threads: { type: 'string', default: String(availableParallelism()) },
    concurrency: { type: 'string' },
    batch: { type: 'string', default: String(DEFAULT_BATCH) },
    'skip-pglite': { type: 'boolean', default: false },
  },
});
const count = Number(values.articles);
const threads = Number(values.threads);
const concurrency = Number(values.concurrency ?? threads * 2 + 2);
const batch = Number(values.batch);
for (const [flag, value] of [
  ['--articles', count],
  ['--batch', batch],
  ['--threads', threads],
  ['--concurrency', concurrency],
] as const) {
  if (!Number.isInteger(value) || value < 1) throw new Error(`${flag} must be a positive integer`);
}
const configured = values.database ?? readSettings().DATABASE_URL;
const postgres = configured ? parseDatabaseUrl(configured) : null;

console.log(`machine: ${cpus()[0]?.model ?? 'unknown'}, ${cpus().length} cores, Node ${process.version}`);
console.log(`${count} articles; ${threads} extraction threads; ${concurrency} articles in flight; ${batch} per transaction`);

const articles = benchArticles(count);
const textJobs: ArchiveJob[] = articles.map((article) => ({ source: article.url, load: () => ({ ...article }) }));
const pool = createExtractPool({ threads, idleTimeoutMs: 60_000 });

// Extracted once, on the same threads, for the passes that time writes alone.
const started = performance.now();
const extracted = await Promise.all(articles.map((article) => extractInput(article, '', pool.extract)));
const extractSeconds = (performance.now() - started) / 1000;
const statementsPerArticle = extracted.reduce((sum, e) => sum + (e.extraction.article.statements?.length ?? 0), 0) / count;
console.log(
  `extraction alone: ${(count / extractSeconds).toFixed(1)} articles/s on ${threads} threads, ${statementsPerArticle.toFixed(1)} statements per article`,
);

type Row = { database: string; pass: string; run: ArchiveRun };
const rows: Row[] = [];

async function fresh(kind: 'postgres' | 'pglite'): Promise<{ target: DatabaseTarget; drop: () => Promise<void> }> {
  if (kind === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-ingest-'));
    return { target: parseDatabaseUrl(`file:${dir}`), drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const server = (postgres as { url: string }).url;
  const name = `newsgraph_bench_ingest_${process.pid}_${rows.length}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return {
    target: { kind: 'postgres', url: Object.assign(new URL(server), { pathname: `/${name}` }).toString() },
    async drop() {
      const client = new pg.Client({ connectionString: server });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** People and organizations stored under the same name: what racing writers would leave behind. */
async function duplicates(database: Database): Promise<number> {
  const [row] = await database.db.$queryRaw<{ n: number }[]>`
    SELECT ((SELECT count(*) - count(DISTINCT name) FROM person) + (SELECT count(*) - count(DISTINCT name) FROM organization))::int AS n`;
  return row?.n ?? 0;
}

async function measure(kind: 'postgres' | 'pglite') {
  const label = kind === 'postgres' ? 'PostgreSQL' : 'PGlite';
  const passes: [string, (database: Database) => { jobs: ArchiveJob[]; sink: ArchiveSink }][] = [
    ['with extraction', (database) => ({ jobs: textJobs, sink: databaseSink(database.db, pool) })],
    [
      'without extraction',
      (database) => ({
        jobs: extracted.map(({ extraction, input }) => ({ source: extraction.article.url, load: () => ({ extraction, input }) })),
        sink: writesOnly(database),
      }),
    ],
  ];
  for (const [pass, make] of passes) {
    const { target, drop } = await fresh(kind);
    const database = await openDatabase(target);
    try {
      await migrateDatabase(database);
      const { jobs, sink } = make(database);
      const run = await ingestJobs(jobs, sink, { concurrency, batch });
      rows.push({ database: label, pass, run });
      report(label, pass, run, await duplicates(database));
      if (pass === 'with extraction') {
        const again = await ingestJobs(textJobs, databaseSink(database.db, pool), { concurrency, batch });
        rows.push({ database: label, pass: 'resume (all stored)', run: again });
        report(label, 'resume (all stored)', again, await duplicates(database));
      }
    } finally {
      await database.close();
      await drop();
    }
  }
}

/** Writes an extraction made beforehand, as ingestText would after extracting. */
function writesOnly(database: Database): ArchiveSink {
  return {
    async ingest(input) {
      const { extraction, input: raw } = input as { extraction: Extraction; input: { publishedAt?: Date | null } };
      // Each pass writes its own copy: ingestExtraction points the main event at a stored one when it matches.
      const copy = structuredClone(extraction);
      const result = await ingestExtraction(database.db, copy, raw.publishedAt ?? null);
      return {
        created: result.created,
        statements: result.entities.statements,
        newEntities: result.entities.created,
        reusedEntities: result.entities.reused,
      };
    },
    batch: {
      async prepare(input) {
        const { extraction, input: raw } = input as { extraction: Extraction; input: { publishedAt?: Date | null } };
        const copy = structuredClone(extraction);
        await attachToStoredEvent(database.db, copy, raw.publishedAt ?? null);
        return { article: copy.article };
      },
      write: (articles) => writeBatch(database.db, articles),
    },
    close: async () => {},
  };
}

function report(label: string, pass: string, run: ArchiveRun, duplicated: number) {
  const { totals, failures, seconds } = run;
  const done = totals.created + totals.present;
  console.log(
    `${label}, ${pass}: ${(done / seconds).toFixed(1)} articles/s (${totals.created} created, ${totals.present} already stored, ${failures.length} failed, ${seconds.toFixed(1)} s); duplicated people or organizations: ${duplicated}`,
  );
  for (const failure of failures.slice(0, 5)) console.log(`  failed: ${failure.source}: ${failure.message}`);
  if (failures.length || duplicated || done !== count) process.exitCode = 1;
}

try {
  if (postgres?.kind === 'postgres') await measure('postgres');
  else console.log('PostgreSQL: skipped (give --database or DATABASE_URL naming a PostgreSQL server)');
  if (!values['skip-pglite']) await measure('pglite');
} finally {
  await pool.close();
}

console.log('\n| database | pass | articles/s | articles | seconds |\n| --- | --- | ---: | ---: | ---: |');
for (const { database, pass, run } of rows) {
  const done = run.totals.created + run.totals.present;
  console.log(`| ${database} | ${pass} | ${(done / run.seconds).toFixed(1)} | ${done} | ${run.seconds.toFixed(1)} |`);
}
