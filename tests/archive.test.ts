// Many articles at once (src/ingest/archive.ts, what `npm run ingest` runs):
// several in flight with extraction on worker threads must store each person
// once and every article once; a run over what an interrupted run stored
// skips those articles without extracting them again; a bad article fails
// alone; a StopError ends the run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchArticles } from '../bench/ingest/articles.ts';
import { type ArchiveJob, databaseSink, ingestJobs, StopError } from '../src/ingest/archive.ts';
import { createExtractPool, type ExtractPool } from '../src/ingest/extract-pool.ts';
import { createTestDatabase, type TestDatabase } from './helpers/db.ts';

const articles = benchArticles(24, 7);
const jobs: ArchiveJob[] = articles.map((article) => ({ source: article.url, load: () => ({ ...article }) }));

let database: TestDatabase;
let threads: ExtractPool;
let extractions = 0;
/** The worker pool, counting what it is asked to extract. */
let pool: ExtractPool;

beforeAll(async () => {
  database = await createTestDatabase();
  threads = createExtractPool({ threads: 2 });
  pool = {
    ...threads,
    extract: (text, meta, signal) => {
      extractions++;
      return threads.extract(text, meta, signal);
    },
  };
});
afterAll(async () => {
  await threads?.close();
  await database?.drop();
});

const count = async (sql: string) => Number((await database.db.$queryRawUnsafe<{ n: bigint }[]>(sql))[0]?.n);

describe('ingesting an archive', () => {
  it('resumes an interrupted run without extracting again what it stored', async () => {
    // The first run is cut short after a third of the articles.
    const first = await ingestJobs(jobs.slice(0, 8), databaseSink(database.db, pool), { concurrency: 6 });
    expect(first.totals.created).toBe(8);
    extractions = 0;
    const done: number[] = [];
    const second = await ingestJobs(jobs, databaseSink(database.db, pool), { concurrency: 6, onDone: (_, __, n) => done.push(n) });
    expect(second.failures).toEqual([]);
    expect(second.totals).toMatchObject({ created: 16, present: 8 });
    expect(extractions).toBe(16);
    expect(done).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
  }, 120_000);

  it('stores every article once and each person once with six in flight', async () => {
    expect(await count('SELECT count(*) AS n FROM article')).toBe(24);
    expect(await count('SELECT count(DISTINCT url) AS n FROM article')).toBe(24);
    const people = await count('SELECT count(*) AS n FROM person');
    expect(people).toBeGreaterThan(10);
    expect(await count('SELECT count(DISTINCT name) AS n FROM person')).toBe(people);
    // Each article carries about 15 statements (bench/ingest/articles.ts).
    expect(await count('SELECT count(*) AS n FROM statement')).toBeGreaterThan(24 * 12);
  });

  it('writes in batches: the people one by one gives, a bad article named alone', async () => {
    // One lane each, so that both write the articles in the same order (matching depends on it).
    const [oneByOne, batched] = [await createTestDatabase(), await createTestDatabase()];
    try {
      const bad: ArchiveJob = { source: 'bad.jsonl:1', load: () => ({ text: '   ', url: 'https://bench.example/empty' }) };
      const all = [...jobs.slice(0, 10), bad, ...jobs.slice(10)];
      await ingestJobs(all, databaseSink(oneByOne.db, pool), { concurrency: 1 });
      const written: number[] = [];
      const run = await ingestJobs(all, databaseSink(batched.db, pool), {
        concurrency: 1,
        batch: 5,
        onDone: (_, __, n) => written.push(n),
      });
      expect(run.failures).toEqual([{ source: 'bad.jsonl:1', message: 'text: must not be empty' }]);
      expect(run.totals).toMatchObject({ created: 24, present: 0 });
      expect(written).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
      const rows = (db: typeof database.db, sql: string) => db.$queryRawUnsafe<Record<string, unknown>[]>(sql);
      const people = 'SELECT name, aliases FROM person ORDER BY name';
      expect((await rows(batched.db, people)).length).toBeGreaterThan(10);
      expect(await rows(batched.db, people)).toEqual(await rows(oneByOne.db, people));
      const statements =
        'SELECT a.url, s.position, s.text, p.name FROM statement s JOIN article a ON a.id = s.article_id LEFT JOIN person p ON p.id = s.speaker_person_id ORDER BY 1, 2';
      expect(await rows(batched.db, statements)).toEqual(await rows(oneByOne.db, statements));
    } finally {
      await oneByOne.drop();
      await batched.drop();
    }
  }, 180_000);

  it('records a bad article and goes on with the others', async () => {
    const extra = benchArticles(26, 7).slice(24);
    const run = await ingestJobs(
      [
        { source: 'bad.jsonl:1', load: () => ({ text: '   ', url: 'https://bench.example/empty' }) },
        ...extra.map((article) => ({ source: article.url, load: () => ({ ...article }) })),
      ],
      databaseSink(database.db, pool),
      { concurrency: 3 },
    );
    expect(run.totals.created).toBe(2);
    expect(run.failures).toEqual([{ source: 'bad.jsonl:1', message: 'text: must not be empty' }]);
  }, 60_000);

  it('stops taking jobs once one throws a StopError', async () => {
    let calls = 0;
    const run = await ingestJobs(
      jobs,
      {
        ingest: async () => {
          calls++;
          throw new StopError('the server refused the credential');
        },
        close: async () => {},
      },
      { concurrency: 2 },
    );
    expect(run.stopped).toBe('the server refused the credential');
    expect(calls).toBe(2);
    expect(run.failures).toEqual([]);
  });
});
