// Keeps the corpus generator and the benchmark from rotting: a 200-article
// corpus must load with every constraint and derived row valid, and a tiny
// bench run must answer every query without an error. No timings are asserted.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCorpus } from '../bench/corpus/check.ts';
import { generateArticles, generateWorld } from '../bench/corpus/generate.ts';
import { loadCorpus } from '../bench/corpus/load.ts';
import type { BenchResult } from '../bench/report.ts';
import { createTestDatabase, type TestDatabase, usingPostgres, withDatabase } from './helpers/db.ts';

const run = promisify(execFile);

/** A port the OS says is free, with the next one free too (the bench uses port and port + 1). */
async function freePorts(): Promise<number> {
  for (;;) {
    const port = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
    });
    const next = await new Promise<boolean>((resolve) => {
      const server = createServer()
        .once('error', () => resolve(false))
        .listen(port + 1, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (next) return port;
  }
}

describe('corpus generator', () => {
  let database: TestDatabase;
  const query = async (sql: string) =>
    database.pool ? (await database.pool.query(sql)).rows : ((await database.pglite?.query(sql))?.rows as Record<string, unknown>[]);
  const count = async (sql: string) => Number((await query(sql))[0]?.n);

  beforeAll(async () => {
    database = await createTestDatabase();
    await loadCorpus(database, { articles: 200, seed: 3, chunk: 50 });
  });
  afterAll(() => database?.drop());

  it('is deterministic for a seed and differs between seeds', () => {
    const a = generateArticles(generateWorld(20, 3), 0, 5);
    const b = generateArticles(generateWorld(20, 3), 0, 5);
    const c = generateArticles(generateWorld(20, 4), 0, 5);
    expect(a).toEqual(b);
    expect(a.article?.[0]?.[3]).not.toEqual(c.article?.[0]?.[3]);
  });

  it('loads articles with 3–30 statements of every kind, relations, images and affiliations', async () => {
    expect(await count('SELECT count(*)::int AS n FROM article')).toBe(200);
    expect(await count('SELECT min(c)::int AS n FROM (SELECT count(*) AS c FROM statement GROUP BY article_id) x')).toBeGreaterThanOrEqual(
      3,
    );
    expect(await count('SELECT max(c)::int AS n FROM (SELECT count(*) AS c FROM statement GROUP BY article_id) x')).toBeLessThanOrEqual(30);
    expect(await count('SELECT count(DISTINCT kind)::int AS n FROM statement')).toBe(4);
    expect(await count('SELECT count(*)::int AS n FROM statement_relation')).toBeGreaterThan(0);
    expect(await count('SELECT count(*)::int AS n FROM statement_event WHERE NOT direct')).toBeGreaterThan(0);
    expect(await count('SELECT count(*)::int AS n FROM image_depiction')).toBeGreaterThan(0);
    expect(await count('SELECT count(*)::int AS n FROM image_agency')).toBeGreaterThan(0);
    expect(await count('SELECT count(*)::int AS n FROM affiliation WHERE valid_to IS NOT NULL')).toBeGreaterThan(0);
    expect(await count('SELECT count(*)::int AS n FROM event WHERE cardinality(ancestor_ids) = 2')).toBeGreaterThan(0);
  });

  it('gives a few people most of the statements (power law)', async () => {
    const top = await count(
      'SELECT max(c)::int AS n FROM (SELECT count(*) AS c FROM statement WHERE speaker_person_id IS NOT NULL GROUP BY speaker_person_id) x',
    );
    const median = await count(
      'SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY c)::int AS n FROM (SELECT count(*) AS c FROM statement WHERE speaker_person_id IS NOT NULL GROUP BY speaker_person_id) x',
    );
    expect(top).toBeGreaterThan(10 * median);
  });

  it('leaves every constraint, index, derived row and offset valid', async () => {
    expect(await checkCorpus(async (sql) => (await query(sql)) as { n: number }[])).toEqual({});
    // The trigger-kept copy of saidAt is filled in for bulk-loaded rows too.
    expect(await count('SELECT count(*)::int AS n FROM statement_event WHERE said_at IS NULL')).toBe(0);
  });

  it('is what the checks say it is: a broken offset is caught', async () => {
    await query(
      "UPDATE statement SET start_offset = start_offset + 1 WHERE id = (SELECT min(id) FROM statement WHERE kind = 'DIRECT_QUOTE')",
    );
    expect(Object.keys(await checkCorpus(async (sql) => (await query(sql)) as { n: number }[]))).toEqual([
      'statement offsets not pointing at the text',
    ]);
  });
});

describe('benchmark', () => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bench-'));
  const seed = 1_000 + Math.floor(Math.random() * 1_000_000);
  const database = usingPostgres ? (process.env.DATABASE_URL as string) : `file:${out}`;

  afterAll(async () => {
    rmSync(out, { recursive: true, force: true });
    if (!usingPostgres) return;
    const admin = new pg.Client({ connectionString: withDatabase(database, 'postgres') });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS newsgraph_bench_200_s${seed} WITH (FORCE)`);
    await admin.end();
  });

  it('runs every query in a tiny mode without errors and writes its result', { timeout: 240_000 }, async () => {
    const args = [
      '--import',
      'tsx',
      'bench/bench.ts',
      '--articles',
      '200',
      '--seed',
      String(seed),
      '--duration',
      '1',
      '--connections',
      '2',
      // The response cache on, ids drawn by popularity: the cached mode must answer as cleanly as the uncached one.
      '--cache',
      'on',
      '--mix',
      'zipf',
    ];
    const { stdout } = await run(process.execPath, [...args, '--database', database, '--out', out, '--port', String(await freePorts())], {
      cwd: path.resolve(import.meta.dirname, '..'),
      timeout: 220_000,
    });
    expect(stdout).toContain('| 1. who said what about an event and its sub-events |');
    const file = readdirSync(out).find((name) => name.endsWith('.json')) as string;
    const result = JSON.parse(readFileSync(path.join(out, file), 'utf8')) as BenchResult;
    // Both servers ran under the default Node line, whatever runs the test.
    expect(result.machine.node).toMatch(/^v24\./);
    expect(stdout).toContain(`both servers on Node ${result.machine.node}`);
    expect(result.corpus.articles).toBe(200);
    expect(result.corpus.rows.article).toBe(200);
    expect(result.queries.map((q) => q.key)).toEqual(
      expect.arrayContaining([
        'q1-event-statements',
        'q2-person-profile',
        'q3-events-list',
        'q4-node',
        'q6-ingest',
        'q7-path-hub-to-rare',
        'q8-top-speakers-about-event',
        'q9-frequent-speaker-connections',
      ]),
    );
    for (const q of result.queries) {
      const measurements = [q.newsgraph, ...(q.postgraphile ? [q.postgraphile] : []), ...(q.floor ? [q.floor] : [])];
      for (const m of measurements) {
        expect(m.requests, q.key).toBeGreaterThan(0);
        expect({ key: q.key, errors: m.errors, non2xx: m.non2xx, graphqlErrors: m.graphqlErrors }).toEqual({
          key: q.key,
          errors: 0,
          non2xx: 0,
          graphqlErrors: 0,
        });
        expect(m.p50).toBeLessThanOrEqual(m.p99);
      }
      expect(q.newsgraph.sqlPerRequest, q.key).toBeGreaterThan(0);
    }
    expect(result.rss.newsgraphMB).toBeGreaterThan(0);
    expect(result.settings).toMatchObject({ cache: 'on', mix: 'zipf' });
    // Popular ids repeat, so some reads were answered from the cache, and the hit rate is reported.
    expect(Math.max(...result.queries.map((q) => q.newsgraph.cacheHitRate ?? 0))).toBeGreaterThan(0);
    const compared = result.queries.filter((q) => q.postgraphile).map((q) => q.key);
    const floored = result.queries.filter((q) => q.floor).map((q) => q.key);
    if (usingPostgres) {
      expect(compared).toEqual(['q1-event-statements', 'q2-person-profile', 'q3-events-list', 'q4-node']);
      expect(floored).toEqual(['q1-event-statements', 'q2-person-profile', 'q3-events-list']);
    } else {
      expect(compared).toEqual([]);
    }
  });
});

describe('ingest benchmark', () => {
  it('measures every pass on the configured database and PGlite, with nothing failed or duplicated', { timeout: 240_000 }, async () => {
    const args = ['--import', 'tsx', 'bench/ingest.ts', '--articles', '12', '--threads', '1'];
    const { stdout } = await run(process.execPath, usingPostgres ? [...args, '--database', process.env.DATABASE_URL as string] : args, {
      cwd: path.resolve(import.meta.dirname, '..'),
      timeout: 220_000,
      // Without --database, DATABASE_URL would be read: PGlite alone is measured then.
      env: { ...process.env, DATABASE_URL: usingPostgres ? process.env.DATABASE_URL : '' },
    });
    const databases = usingPostgres ? ['PostgreSQL', 'PGlite'] : ['PGlite'];
    for (const database of databases) {
      for (const pass of ['with extraction', 'resume (all stored)', 'without extraction']) {
        expect(stdout).toMatch(new RegExp(`\\| ${database} \\| ${pass.replace(/[()]/g, '\\$&')} \\| \\d+\\.\\d \\| 12 \\|`));
      }
    }
    expect(stdout).toMatch(/statements per article/);
    expect(stdout).not.toMatch(/failed: |duplicated people or organizations: [1-9]/);
  });
});
