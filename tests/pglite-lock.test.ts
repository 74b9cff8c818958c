// One process per PGlite data directory (src/db/lock.ts). A second opener, in
// this process or another (a CLI, a second `npm start`), is refused with a
// message naming the holder, and the holder keeps working; a holder killed
// with SIGKILL does not block the next opener; of several openers racing for a
// dead holder's lock exactly one wins; and `npm run ingest` while a server
// holds the directory sends its articles through that server's API. PGlite on
// disk by nature: these run in the PostgreSQL pass too, each on a temporary
// data directory of its own (DATABASE_URL=file:… for the child processes).
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../src/auth/keys.ts';
import { type Database, DatabaseConfigError, migrateDatabase, openDatabase } from '../src/db/client.ts';
import { lockDataDir, lockFileName } from '../src/db/lock.ts';
import { sse } from './helpers/live.ts';
import { describeEmbedded, runScript, type ServerProcess, startServer } from './helpers/server-process.ts';

const root = mkdtempSync(path.join(tmpdir(), 'newsgraph-lock-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let dirs = 0;
const freshDir = () => path.join(root, `pglite-${++dirs}`);
const open = (dataDir: string) => openDatabase({ kind: 'pglite', dataDir });
const lockOf = (dataDir: string) =>
  JSON.parse(readFileSync(path.join(dataDir, lockFileName), 'utf8')) as { pid: number; url: string | null };

// The seed article as a user's file, with its metadata beside it.
const articles = path.join(root, 'articles');
mkdirSync(articles);
writeFileSync(path.join(articles, 'seed.txt'), readFileSync(new URL('../corpus/seed-article.txt', import.meta.url), 'utf8'));
writeFileSync(
  path.join(articles, 'seed.json'),
  JSON.stringify({ url: 'https://news.example/seed', headline: 'Russia says some troops returning to bases', publishedAt: '2022-02-15' }),
);
const seedFile = path.join(articles, 'seed.txt');

/** Resolves once the child has printed `line`. */
function said(child: ChildProcess, line: string): Promise<void> {
  let output = '';
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.split('\n').includes(line)) resolve();
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code} before saying "${line}": ${output}`)));
  });
}

function lockChild(...args: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'tests/fixtures/lock-child.ts', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once('exit', () => resolve()));

describeEmbedded('one PGlite data directory, several openers', () => {
  describe('a second opener of a PGlite data directory', () => {
    it('in the same process is refused at once, by any spelling of the path, and the first keeps working', async () => {
      const dir = freshDir();
      const first = await open(dir);
      try {
        symlinkSync(dir, `${dir}-link`);
        for (const spelling of [dir, `${dir}/.`, `${dir}-link`]) {
          const second = open(spelling);
          await expect(second).rejects.toBeInstanceOf(DatabaseConfigError);
          await expect(second).rejects.toThrow(
            `PGlite data directory ${spelling} is in use by this process (pid ${process.pid}). PGlite allows one process per data directory (a second one corrupts it): close the database opened on it first.`,
          );
        }
        expect(await first.db.$queryRaw`SELECT 1 AS one`).toEqual([{ one: 1 }]);
      } finally {
        await first.close();
      }
      expect(existsSync(path.join(dir, lockFileName))).toBe(false);
      const again = await open(dir);
      await again.close();
    });

    it('in another process (a CLI) is refused with one line naming this process, which keeps working and loses nothing', async () => {
      const dir = freshDir();
      const first = await open(dir);
      try {
        await migrateDatabase(first);
        const expected = `PGlite data directory ${dir} is in use by process ${process.pid} (`;
        const seed = await runScript('scripts/seed.ts', [], dir);
        expect(seed.status, seed.stderr).toBe(1);
        expect(seed.stderr.trim().split('\n')).toHaveLength(1);
        expect(seed.stderr).toContain(expected);
        expect(seed.stderr).toContain(
          'PGlite allows one process per data directory (a second one corrupts it): wait for that process to end or stop it',
        );
        // `npm run ingest` sends its work to a server only: another CLI holding the directory is a refusal.
        const ingest = await runScript('scripts/ingest.ts', [seedFile], dir);
        expect(ingest.status, ingest.stderr).toBe(1);
        expect(ingest.stderr).toContain(expected);
        expect(ingest.stdout).not.toContain('Articles:');
        expect(await first.db.article.count()).toBe(0);
        expect(lockOf(dir).pid).toBe(process.pid);
      } finally {
        await first.close();
      }
    }, 120_000);
  });

  describe('a holder killed with SIGKILL', () => {
    it('leaves a lock that the next opener takes over at once', async () => {
      const dir = freshDir();
      const holder = lockChild('open', dir);
      await said(holder, 'open');
      expect(lockOf(dir).pid).toBe(holder.pid);
      holder.kill('SIGKILL');
      await exited(holder);
      // The dead holder's lock is still there; nothing waits for it to go stale.
      expect(lockOf(dir).pid).toBe(holder.pid);
      const started = performance.now();
      const taken = lockDataDir(dir);
      expect(performance.now() - started).toBeLessThan(200);
      expect('lock' in taken && lockOf(dir).pid).toBe(process.pid);
      if ('lock' in taken) taken.lock.release();
      const database = await open(dir);
      expect(await database.db.$queryRaw`SELECT 1 AS one`).toEqual([{ one: 1 }]);
      await database.close();
    }, 60_000);
  });

  describe('openers racing for a dead holder’s lock', () => {
    it('let exactly one win; the others are refused naming the winner', async () => {
      const dir = freshDir();
      mkdirSync(dir);
      // A lock left by a process that no longer runs.
      const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
      const deadPid = Number(gone.stdout);
      writeFileSync(
        path.join(dir, lockFileName),
        `${JSON.stringify({ pid: deadPid, hostname: hostname(), command: 'killed', startedAt: '2022-02-15T00:00:00Z', processStart: null, url: null, nonce: 'dead' })}\n`,
      );
      const go = path.join(root, `go-${dirs}`);
      const contenders = Array.from({ length: 4 }, () => lockChild('race', dir, go));
      const outputs = contenders.map((child) => {
        let output = '';
        child.stdout?.on('data', (chunk: Buffer) => {
          output += chunk.toString();
        });
        return () => output;
      });
      await Promise.all(contenders.map((child) => said(child, 'ready')));
      writeFileSync(go, '');
      await Promise.all(contenders.map(exited));
      const results = outputs.map((output) => output().replace('ready\n', '').trim());
      const winners = contenders.filter((_, i) => results[i] === 'won');
      expect(winners, results.join(', ')).toHaveLength(1);
      expect(results.filter((result) => result === `refused by ${winners[0]?.pid}`)).toHaveLength(3);
      expect(existsSync(path.join(dir, lockFileName))).toBe(false);
    }, 120_000);
  });

  describe('with a server holding the data directory (local access: no credential needed from this machine)', () => {
    const dir = freshDir();
    let server: ServerProcess;
    beforeAll(async () => {
      server = await startServer({ DATABASE_URL: `file:${dir}` });
    });
    afterAll(async () => {
      await server?.stop('SIGKILL');
    });

    it('records its URL in the lock, and a second `npm start` is refused with one line naming it', async () => {
      expect(lockOf(dir)).toMatchObject({ pid: server.child.pid, url: server.url });
      const second = await runScript('src/main.ts', [], dir, { PORT: '0', HOST: '127.0.0.1', NEWSGRAPH_SEED: 'false' });
      expect(second.status).toBe(1);
      expect(second.stderr.trim()).toBe(
        `newsgraph: PGlite data directory ${dir} is in use by the newsgraph server with pid ${server.child.pid} at ${server.url}. PGlite allows one process per data directory (a second one corrupts it): stop that server first, or send the work to its GraphQL API (npm run ingest does so by itself).`,
      );
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ articles { totalCount } }' }),
      });
      expect(await response.json()).toMatchObject({ data: { articles: { totalCount: 0 } } });
    }, 120_000);

    it('`npm run ingest` sends the article through the server: stored, announced to subscribers, counted, and kept after a restart', async () => {
      const stream = await sse(fetch, server.url, 'subscription { articleIngested { url headline } }');
      const run = await runScript('scripts/ingest.ts', [seedFile], dir);
      expect(run.status, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toContain(
        `${dir} is held by the newsgraph server with pid ${server.child.pid}: sending the articles to ${server.url}`,
      );
      const summary = /Articles: 1 created, 0 already present; statements: (\d+); entities: (\d+) new, 0 reused; failures: 0/.exec(
        run.stdout,
      );
      expect(summary, run.stdout).not.toBeNull();
      expect((await stream.next()).data.articleIngested).toEqual({
        url: 'https://news.example/seed',
        headline: 'Russia says some troops returning to bases',
      });
      stream.close();
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ article(url: "https://news.example/seed") { headline statements { totalCount } } }' }),
      });
      const { data } = (await response.json()) as { data: { article: { headline: string; statements: { totalCount: number } } } };
      expect(data.article.statements.totalCount).toBe(Number(summary?.[1]));
      expect(data.article.statements.totalCount).toBeGreaterThan(5);

      // A second run finds it there, through the server too.
      const again = await runScript('scripts/ingest.ts', [seedFile], dir);
      expect(again.status, again.stdout + again.stderr).toBe(0);
      expect(again.stdout).toContain('Articles: 0 created, 1 already present; statements: 0; entities: 0 new, 0 reused; failures: 0');

      expect(await server.stop('SIGTERM')).toBe(0);
      expect(existsSync(path.join(dir, lockFileName))).toBe(false);
      const reopened = await open(dir);
      try {
        const article = await reopened.db.article.findUnique({
          where: { url: 'https://news.example/seed' },
          include: { _count: { select: { statements: true } } },
        });
        expect(article?._count.statements).toBe(data.article.statements.totalCount);
      } finally {
        await reopened.close();
      }
    }, 180_000);
  });

  describe('with a server that needs a credential and runs trusted documents only (the manifest npm run trusted-documents writes)', () => {
    const dir = freshDir();
    let server: ServerProcess;
    const keys = { ingest: '', edit: '' };
    beforeAll(async () => {
      // Keys are made before the server starts: `npm run keys` cannot open the directory while it runs.
      const database: Database = await open(dir);
      try {
        await migrateDatabase(database);
        keys.ingest = (await createApiKey(database.db, { name: 'ingest-cli', scopes: 'ingest' })).key;
        keys.edit = (await createApiKey(database.db, { name: 'editor', scopes: 'edit' })).key;
      } finally {
        await database.close();
      }
      const manifest = path.join(root, 'trusted-documents.json');
      const written = await runScript('scripts/trusted-documents.ts', [manifest], dir);
      expect(written.status, written.stderr).toBe(0);
      server = await startServer({ DATABASE_URL: `file:${dir}`, NEWSGRAPH_LOCAL_ACCESS: 'false', NEWSGRAPH_TRUSTED_DOCUMENTS: manifest });
    });
    afterAll(async () => {
      await server?.stop('SIGKILL');
    });

    const advice =
      "Set NEWSGRAPH_API_KEY to an API key with the ingest scope: create one through that server's createApiKey mutation, or with `npm run keys -- create --name ingest --scopes ingest` while the server is stopped (PGlite allows one process).";

    it.each([
      ['no credential', '', 'UNAUTHENTICATED'],
      ['an unknown key', 'ngk_not-a-key-this-server-knows', 'UNAUTHENTICATED'],
      ['a key without the ingest scope', 'edit', 'FORBIDDEN'],
    ])(
      'refuses %s: the CLI says what to set and exits 1',
      async (_name, key, code) => {
        const run = await runScript('scripts/ingest.ts', [seedFile], dir, { NEWSGRAPH_API_KEY: key === 'edit' ? keys.edit : key });
        expect(run.status, run.stdout + run.stderr).toBe(1);
        expect(run.stderr).toContain(`Stopped: The server at ${server.url} refused to ingest (${code}: `);
        expect(run.stderr).toContain(advice);
        expect(run.stdout).toContain('Articles: 0 created, 0 already present; statements: 0; entities: 0 new, 0 reused; failures: 0');
      },
      120_000,
    );

    it('ingests with NEWSGRAPH_API_KEY set to a key with the ingest scope', async () => {
      const run = await runScript('scripts/ingest.ts', [seedFile], dir, { NEWSGRAPH_API_KEY: keys.ingest });
      expect(run.status, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toMatch(/Articles: 1 created, 0 already present; statements: [1-9]\d*;/);
    }, 120_000);
  });
});
