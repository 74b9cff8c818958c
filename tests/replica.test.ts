// Read replicas against a real streaming replica: a throwaway primary and a
// pg_basebackup replica of it (tests/helpers/replica-cluster.ts), whatever
// database the rest of the suite runs on. Replay is paused on the replica to
// make it visibly stale: a read that sees the old value came from it.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../src/auth/keys.ts';
import { readConfig } from '../src/config.ts';
import { type Database, migrateDatabase, openDatabase } from '../src/db/client.ts';
import { type App, createApp } from '../src/server.ts';
import { type ReplicaCluster, startReplicaCluster } from './helpers/replica-cluster.ts';

// The window outlasts the lag limit plus a check, as readSettings demands.
const primaryReadsMs = 2_500;
const maxLagMs = 2_000;
const checkIntervalMs = 200;

let cluster: ReplicaCluster;
let database: Database;
const apps: App[] = [];
const keys: Record<'a' | 'b', string> = { a: '', b: '' };
const logLines: { level: string; message: string; facts: Record<string, unknown> }[] = [];
const redisPrefix = `newsgraph-test-${randomBytes(4).toString('hex')}`;

function newApp(): App {
  const app = createApp({
    db: database.db,
    readReplicas: {
      replicas: database.replicas as NonNullable<Database['replicas']>,
      primaryReadsMs,
      redisUrl: process.env.REDIS_URL || 'redis://127.0.0.1:6379',
      keyPrefix: redisPrefix,
    },
  });
  apps.push(app);
  return app;
}

async function gql(app: App, client: 'a' | 'b', query: string, variables: Record<string, unknown> = {}) {
  const response = await app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${keys[client]}` },
    body: JSON.stringify({ query, variables }),
  });
  const result = (await response.json()) as { data?: any; errors?: unknown[] };
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(what: string, test: () => Promise<boolean>, ms = 10_000) {
  const end = Date.now() + ms;
  while (!(await test())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

const rename = `mutation ($id: ID!, $name: String!) { updatePerson(input: { id: $id, name: $name }) { person { name } } }`;
const readName = `query ($id: ID!) { person(id: $id) { name } }`;
// search reads through $queryRaw, the path most reads take.
const searchNames = `query ($q: String!) { search(query: $q, types: [PERSON]) { nodes { ... on Person { name } } } }`;

let personId: string;
let app: App;

async function replicaHasName(name: string) {
  const rows = (await cluster.onReplica(`SELECT name FROM person WHERE name = '${name}'`)) as unknown[];
  return rows.length > 0;
}

beforeAll(async () => {
  cluster = await startReplicaCluster();
  database = await openDatabase(
    { kind: 'postgres', url: cluster.primaryUrl },
    {
      replicas: {
        urls: [cluster.replicaUrl],
        maxLagMs,
        checkIntervalMs,
        log: (level, message, facts) => logLines.push({ level, message, facts }),
      },
    },
  );
  await migrateDatabase(database);
  keys.a = (await createApiKey(database.db, { name: 'desk a', scopes: ['edit'] })).key;
  keys.b = (await createApiKey(database.db, { name: 'desk b', scopes: ['edit'] })).key;
  app = newApp();
  const created = await gql(app, 'a', `mutation { createPerson(input: { name: "Olga Stefanishyna" }) { person { id } } }`);
  personId = created.createPerson.person.id;
  await until('the replica to replay the seed', () => replicaHasName('Olga Stefanishyna'));
  await database.replicas?.check();
  expect(database.replicas?.status()[0]).toMatchObject({ healthy: true });
}, 90_000);

afterAll(async () => {
  for (const one of apps) await one.dispose();
  await database?.close();
  cluster?.remove();
});

describe('read replicas', () => {
  it('serves queries from the replica, and a writing client from the primary until its window ends', async () => {
    const id = personId;
    await cluster.onReplica('SELECT pg_wal_replay_pause()');
    const before = { ...database.replicas?.counts };

    // (4) The mutation writes and reads back in its own flow: the primary.
    const written = await gql(app, 'a', rename, { id, name: 'Olga Stefanishyna-Kyiv' });
    expect(written.updatePerson.person.name).toBe('Olga Stefanishyna-Kyiv');

    // (1) Another client reads the replica, which has not replayed the write: the old name, by model read and by raw SQL.
    expect((await gql(app, 'b', readName, { id })).person.name).toBe('Olga Stefanishyna');
    expect((await gql(app, 'b', searchNames, { q: 'Stefanishyna' })).search.nodes).toEqual([{ name: 'Olga Stefanishyna' }]);
    expect(database.replicas?.counts.replica).toBeGreaterThan(before.replica ?? 0);

    // (2) The writer sees its write at once, on this instance and on another one (the window is shared through Redis).
    expect((await gql(app, 'a', readName, { id })).person.name).toBe('Olga Stefanishyna-Kyiv');
    expect((await gql(newApp(), 'a', searchNames, { q: 'Stefanishyna' })).search.nodes).toEqual([{ name: 'Olga Stefanishyna-Kyiv' }]);

    // Let the replica catch up, then make it stale again with the other client's write.
    await cluster.onReplica('SELECT pg_wal_replay_resume()');
    await until('the replica to replay the rename', () => replicaHasName('Olga Stefanishyna-Kyiv'));
    await sleep(primaryReadsMs);
    await cluster.onReplica('SELECT pg_wal_replay_pause()');
    await database.replicas?.check();
    await gql(app, 'b', rename, { id, name: 'Olga Stefanishyna (minister)' });

    // (3) The first client's window is over: it reads the (stale) replica again; the second reads its own write.
    expect((await gql(app, 'a', readName, { id })).person.name).toBe('Olga Stefanishyna-Kyiv');
    expect((await gql(app, 'b', readName, { id })).person.name).toBe('Olga Stefanishyna (minister)');
  });

  it('sets aside a replica lagging past the limit, and takes it back once it catches up', async () => {
    // Replay has been paused since the last write of the test before.
    await until('the lag check to set the replica aside', async () => !database.replicas?.status()[0]?.healthy, maxLagMs + 5_000);
    expect(database.replicas?.status()[0]?.reason).toMatch(/behind the primary/);
    expect((await gql(app, 'a', readName, { id: personId })).person.name).toBe('Olga Stefanishyna (minister)');
    expect(logLines.some((line) => line.level === 'warn' && /set aside/.test(line.message))).toBe(true);

    await cluster.onReplica('SELECT pg_wal_replay_resume()');
    await until('the replica to be taken back', async () => !!database.replicas?.status()[0]?.healthy);
    const served = database.replicas?.counts.replica ?? 0;
    expect((await gql(app, 'a', readName, { id: personId })).person.name).toBe('Olga Stefanishyna (minister)');
    expect(database.replicas?.counts.replica).toBeGreaterThan(served);
  });

  it('falls back to the primary when the replica is down', async () => {
    // A second server over the same cluster whose next check is a minute away: only the failed read itself can notice.
    const slow = await openDatabase(
      { kind: 'postgres', url: cluster.primaryUrl },
      { replicas: { urls: [cluster.replicaUrl], maxLagMs: 60_000, checkIntervalMs: 60_000 } },
    );
    try {
      const slowApp = createApp({
        db: slow.db,
        readReplicas: { replicas: slow.replicas as NonNullable<Database['replicas']>, primaryReadsMs, keyPrefix: `${redisPrefix}-slow` },
      });
      apps.push(slowApp);
      expect(slow.replicas?.status()[0]).toMatchObject({ healthy: true });
      expect((await gql(slowApp, 'b', readName, { id: personId })).person.name).toBe('Olga Stefanishyna (minister)');
      expect(slow.replicas?.counts).toMatchObject({ replica: 1, fallback: 0 });
      cluster.stopReplica();
      expect((await gql(slowApp, 'b', readName, { id: personId })).person.name).toBe('Olga Stefanishyna (minister)');
      expect(slow.replicas?.counts).toMatchObject({ replica: 1, fallback: 1 });
      expect(slow.replicas?.status()[0]).toMatchObject({ healthy: false, reason: expect.stringMatching(/failed a read/) });
    } finally {
      await slow.close();
    }
    await database.replicas?.check();
    expect(database.replicas?.status()[0]).toMatchObject({ healthy: false, reason: expect.stringMatching(/unreachable/) });
    expect((await gql(app, 'b', searchNames, { q: 'Stefanishyna' })).search.nodes).toEqual([{ name: 'Olga Stefanishyna (minister)' }]);
    // /ready speaks for the primary: with a replica down the server still answers every read.
    expect((await app.fetch('http://test/ready')).status).toBe(200);
    const metrics = await (await app.fetch('http://test/metrics')).text();
    expect(metrics).toMatch(/newsgraph_db_replica_up\{replica="127\.0\.0\.1:\d+\/postgres"\} 0/);
    expect(metrics).toMatch(/newsgraph_db_reads_total\{target="replica"\} [1-9]/);
  });
});

describe('replica settings', () => {
  const pgUrl = 'postgres://u@db.example/news';
  it('read the replica list and its rules, and refuse what breaks read-your-writes', () => {
    expect(readConfig({ DATABASE_URL: pgUrl }).replicas).toBeNull();
    expect(readConfig({ DATABASE_URL: pgUrl, DATABASE_REPLICA_URLS: ' postgres://r1/news, postgresql://r2:6432/news ' }).replicas).toEqual({
      urls: ['postgres://r1/news', 'postgresql://r2:6432/news'],
      primaryReadsMs: 5_000,
      maxLagMs: 2_000,
      checkIntervalMs: 1_000,
    });
    expect(() => readConfig({ DATABASE_URL: pgUrl, DATABASE_REPLICA_URLS: 'mysql://r1/news' })).toThrow(
      /DATABASE_REPLICA_URLS must be a comma-separated list of postgres:\/\/ URLs; "mysql:\/\/r1\/news" is not one/,
    );
    expect(() => readConfig({ DATABASE_REPLICA_URLS: 'postgres://r1/news' })).toThrow(/DATABASE_REPLICA_URLS needs a PostgreSQL primary/);
    expect(() => readConfig({ NEWSGRAPH_REPLICA_PRIMARY_READS_MS: '2000' })).toThrow(
      /NEWSGRAPH_REPLICA_PRIMARY_READS_MS \(2000\) must be at least NEWSGRAPH_REPLICA_MAX_LAG_MS \+ NEWSGRAPH_REPLICA_CHECK_MS \(3000\)/,
    );
  });
});
