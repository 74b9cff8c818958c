// Faults: the database going away under load, and a process killed in the
// middle of an ingestion.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Database, migrateDatabase, openDatabase } from '../src/db/client.ts';
import { seedArticleUrl } from '../src/ingest/seed-article.ts';
import { type App, createApp } from '../src/server.ts';
import { createTestDatabase, usingPostgres } from './helpers/db.ts';
import { liveArticle } from './helpers/live.ts';
import { describePostgres } from './helpers/server-process.ts';
import { proxyFor } from './helpers/tcp-proxy.ts';

type Answer = { status: number; codes: string[]; ok: boolean };

async function ask(app: App, n: number): Promise<Answer> {
  // Alternate reads and writes, as a live site does.
  const body =
    n % 2
      ? { query: 'query Load { people(first: 5) { totalCount nodes { name } } }' }
      : {
          query: 'mutation Write($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }',
          variables: { input: liveArticle(10_000 + n) },
        };
  const response = await app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const result = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  const codes = (result.errors ?? []).map((e) => e.extensions?.code ?? 'NO_CODE');
  return { status: response.status, codes, ok: !result.errors };
}

const burst = (app: App, from: number, size = 10) => Promise.all(Array.from({ length: size }, (_, i) => ask(app, from + i)));

/** Asks until a request succeeds; the bound is attempts, not time. */
async function untilHealthy(app: App, attempts = 100): Promise<number> {
  for (let i = 1; i <= attempts; i++) {
    if ((await ask(app, i * 2 + 1)).ok) return i;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the server did not recover');
}

function expectOnlyUnavailable(answers: Answer[]) {
  const failed = answers.filter((a) => !a.ok);
  expect(failed.length).toBeGreaterThan(0);
  for (const answer of failed) {
    expect(answer.codes).toEqual(answer.codes.map(() => 'SERVICE_UNAVAILABLE'));
    expect(answer.status).toBe(503);
  }
}

describePostgres('the database going away mid-load (a TCP proxy in front of PostgreSQL is cut, then restored)', () => {
  it('answers SERVICE_UNAVAILABLE while cut, fails /ready, and recovers by itself', async () => {
    const test = await createTestDatabase();
    const direct = (test.target as { url: string }).url;
    const proxy = await proxyFor(direct);
    let database: Database | undefined;
    try {
      database = await openDatabase({ kind: 'postgres', url: proxy.url(direct) }, { poolSize: 5 });
      const app = createApp({ db: database.db, pool: database.pool, logError: () => {} });
      expect((await burst(app, 0)).every((a) => a.ok)).toBe(true);

      // Cut while a burst is in flight (after its first answers): some finish, the rest must fail cleanly.
      let answered = 0;
      const inFlight = Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          ask(app, 100 + i).then((answer) => {
            answered += 1;
            return answer;
          }),
        ),
      );
      for (let i = 0; i < 500 && answered < 3; i++) await new Promise((resolve) => setTimeout(resolve, 5));
      proxy.cut();
      const during = [...(await inFlight), ...(await burst(app, 200))];
      expectOnlyUnavailable(during);
      const ready = await app.fetch('http://test/ready');
      expect(ready.status).toBe(503);
      expect((await app.fetch('http://test/health')).status).toBe(200);

      proxy.restore();
      const attempts = await untilHealthy(app);
      console.log(
        `proxy cut: ${during.filter((a) => a.ok).length} of ${during.length} requests finished before the cut, the rest SERVICE_UNAVAILABLE; recovered on attempt ${attempts}`,
      );
      expect((await app.fetch('http://test/ready')).status).toBe(200);
      expect((await burst(app, 300)).every((a) => a.ok)).toBe(true);
      const metrics = await (await app.fetch('http://test/metrics')).text();
      expect(metrics).toMatch(/newsgraph_graphql_errors_total\{code="SERVICE_UNAVAILABLE"\} [1-9]/);
    } finally {
      await database?.close().catch(() => {});
      await proxy.close();
      await test.drop();
    }
  });
});

describe(`the database going away mid-load (${usingPostgres ? 'PGlite also checked on the PostgreSQL pass' : 'PGlite'}: the embedded engine is closed; it cannot come back, so recovery is the PostgreSQL test's part)`, () => {
  it('answers SERVICE_UNAVAILABLE and fails /ready, without crashing', async () => {
    const database = await openDatabase({ kind: 'pglite', dataDir: null });
    await migrateDatabase(database);
    const app = createApp({ db: database.db, logError: () => {} });
    expect((await burst(app, 0)).every((a) => a.ok)).toBe(true);
    const inFlight = burst(app, 100, 20);
    await database.pglite?.close();
    const during = [...(await inFlight), ...(await burst(app, 200))];
    expectOnlyUnavailable(during);
    console.log(
      `PGlite closed: ${during.filter((a) => a.ok).length} of ${during.length} requests finished before, the rest SERVICE_UNAVAILABLE`,
    );
    expect((await app.fetch('http://test/ready')).status).toBe(503);
    expect((await app.fetch('http://test/health')).status).toBe(200);
  });
});

describe(`a process killed during an ingestion (${usingPostgres ? 'PostgreSQL' : 'PGlite on disk'})`, () => {
  it('leaves no half-written article, and running the ingestion again completes it', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'newsgraph-kill-'));
    const test = usingPostgres ? await createTestDatabase() : null;
    const url = test ? (test.target as { url: string }).url : `file:${dataDir}`;
    const run = (hang: boolean) =>
      new Promise<{ code: number | null; signal: string | null; output: string }>((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', 'tests/fixtures/ingest-child.ts'], {
          env: { ...process.env, DATABASE_URL: url, HANG_AFTER_ARTICLE: hang ? '1' : '0' },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let output = '';
        const read = (chunk: Buffer) => {
          output += chunk.toString();
          if (hang && output.includes('article-inserted')) child.kill('SIGKILL');
        };
        child.stdout.on('data', read);
        child.stderr.on('data', read);
        child.on('exit', (code, signal) => resolve({ code, signal, output }));
      });
    const counts = async () => {
      const database = test ?? (await openDatabase({ kind: 'pglite', dataDir }));
      try {
        const [articles, statements, images, mentions] = await Promise.all([
          database.db.article.count({ where: { url: seedArticleUrl } }),
          database.db.statement.count(),
          database.db.image.count(),
          database.db.articleMention.count(),
        ]);
        return { articles, statements, images, mentions };
      } finally {
        if (!test) await database.close();
      }
    };
    try {
      const killed = await run(true);
      expect(killed.signal, killed.output).toBe('SIGKILL');
      expect(killed.output).toContain('article-inserted');
      expect(await counts()).toEqual({ articles: 0, statements: 0, images: 0, mentions: 0 });

      const again = await run(false);
      expect(again.code, again.output).toBe(0);
      expect(again.output).toContain('ingested created');
      const after = await counts();
      expect(after.articles).toBe(1);
      expect(after.statements).toBeGreaterThan(5);
      expect(after.images).toBeGreaterThan(0);
    } finally {
      await test?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
