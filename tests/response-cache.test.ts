// The response cache (src/cache/response-cache.ts): a repeated query is
// answered from the cache, and the next read after any write, whoever wrote,
// sees the write, on one instance and across instances sharing Redis. Limits,
// rate limits and access control still apply to hits; mutations are never
// cached; GETs of trusted documents carry an ETag and answer 304. The write
// generation comes from the database's notifications (src/cache/generation.ts):
// a client that has not written reads no counter, a write from outside any
// server is heard, and a cut listener falls back to reading the counter.
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../src/auth/keys.ts';
import { generationSourceOf } from '../src/cache/generation.ts';
import type { ResponseCacheOptions } from '../src/cache/response-cache.ts';
import { ingestArticle } from '../src/ingest/ingest.ts';
import { seed } from '../src/ingest/seed.ts';
import { documentHash, loadTrustedDocuments } from '../src/limits/trusted-documents.ts';
import { createMetrics, type Metrics } from '../src/observability/metrics.ts';
import { type SecurityOptions, securityDefaults } from '../src/security.ts';
import { type App, createApp } from '../src/server.ts';
import { createTestDatabase, type TestDatabase, usingPostgres } from './helpers/db.ts';
import type { GqlResult } from './helpers/gql.ts';
import { proxyFor, type TcpProxy } from './helpers/tcp-proxy.ts';
import { listen, transports } from './helpers/transports.ts';

const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const prefix = `newsgraph-test-cache-${randomBytes(6).toString('hex')}`;
const inMemory: ResponseCacheOptions = { ttlMs: 60_000, maxEntries: 1_000 };
const inRedis: ResponseCacheOptions = { ttlMs: 60_000, maxEntries: 1_000, redisUrl, keyPrefix: prefix };

let database: TestDatabase;
const apps: App[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  await seed(database.db);
});

afterAll(async () => {
  await Promise.all(apps.map((app) => app.dispose()));
  await database?.drop();
  // Every key this file wrote to Redis.
  const redis = new Redis(redisUrl);
  for (let cursor = '0'; ; ) {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    if (keys.length) await redis.del(...keys);
    cursor = next;
    if (cursor === '0') break;
  }
  redis.disconnect();
});

type Instance = { app: App; metrics: Metrics };

function instance(responseCache: ResponseCacheOptions, security: SecurityOptions = securityDefaults(false)): Instance {
  const metrics = createMetrics();
  const app = createApp({
    db: database.db,
    security,
    metrics,
    responseCache: { generation: generationSourceOf(database), ...responseCache },
    extractThreads: 1,
  });
  apps.push(app);
  return { app, metrics };
}

async function send(app: App, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const response = await app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as GqlResult };
}

async function data(app: App, query: string, variables: Record<string, unknown> = {}) {
  const { body } = await send(app, query, variables);
  if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Polls `probe` until `ok` holds (at most timeoutMs): for what arrives with a notification, at no fixed time. */
async function eventually<T>(what: string, probe: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms: ${what} (last: ${JSON.stringify(value)})`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Waits until the instance has heard of the last committed write (writes outside it arrive with a notification). */
async function caughtUp({ metrics }: Instance) {
  const { value } = await database.db.writeGeneration.findUniqueOrThrow({ where: { id: 1 } });
  const heard = async () => (await metrics.registry.getSingleMetric('newsgraph_response_cache_generation')?.get())?.values[0]?.value;
  await eventually('the instance hears of the last write', heard, (known) => known === Number(value));
}

/** Sends the query and tells how many of the SQL statements it caused read the write generation. */
async function counterReads(app: App, query: string, headers: Record<string, string> = {}) {
  const from = database.queries.length;
  const answer = await send(app, query, {}, headers);
  const reads = database.queries.slice(from).filter((sql) => sql.includes('write_generation')).length;
  return { reads, answer };
}

/** A key that has never sent a mutation: outside any read-your-writes window. */
async function readerKey() {
  const { key } = await createApiKey(database.db, { name: `reader ${tag()}`, scopes: 'read' });
  return { authorization: `Bearer ${key}` };
}

async function counted(metrics: Metrics, name: 'hits' | 'misses'): Promise<number> {
  const metric = await metrics.registry.getSingleMetric(`newsgraph_response_cache_${name}_total`)?.get();
  return metric?.values[0]?.value ?? 0;
}

// Derived data as well as the entities themselves: counts, a speaker's statements, an event's statements with its sub-events.
const OVERVIEW = `query Overview($speaker: ID!, $root: ID!, $probe: ID!) {
  articles { totalCount }
  statements { totalCount }
  people { totalCount }
  events { totalCount }
  speaker: node(id: $speaker) { ... on Person { name statements { totalCount } } }
  root: node(id: $root) { ... on Event { statements(includeSubEvents: true) { totalCount } children { totalCount } } }
  probe: node(id: $probe) { id ... on Person { name aliases } ... on Event { name } }
}`;

type Overview = {
  articles: { totalCount: number };
  statements: { totalCount: number };
  people: { totalCount: number };
  events: { totalCount: number };
  speaker: { name: string; statements: { totalCount: number } };
  root: { statements: { totalCount: number }; children: { totalCount: number } };
  probe: { id: string; name?: string; aliases?: string[] } | null;
};

type Ids = { speaker: string; root: string; child: string };

let unique = 0;
const tag = () => `${Date.now().toString(36)}${++unique}`;

/** What a write does, and what the overview must show afterwards. */
type WriteCase = {
  name: string;
  /** Writes done before the first read (the entity the write acts on); returns the probe's id. */
  prepare?(app: App, ids: Ids): Promise<string>;
  write(ids: Ids, probe: string): { query: string; variables: Record<string, unknown> };
  seen(before: Overview, after: Overview): void;
};

const createPerson = async (app: App, name: string) =>
  (await data(app, 'mutation($n: String!) { createPerson(input: { name: $n }) { person { id } } }', { n: name })).createPerson.person
    .id as string;

// mergeEntities needs two people: the probe is merged into this one.
let keptForMerge = '';

const writes: WriteCase[] = [
  {
    name: 'ingestArticle (a statement by an existing speaker about a sub-event)',
    write: (ids) => ({
      query: 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id } } }',
      variables: {
        input: {
          url: `https://example.test/cache-${tag()}`,
          headline: 'Troops return',
          // Ingestion is idempotent by content: each run writes its own text.
          body: `Putin said the troops were returning (${tag()}).`,
          statements: [{ kind: 'INDIRECT', text: 'the troops were returning', speaker: ids.speaker, about: [ids.child] }],
        },
      },
    }),
    seen(before, after) {
      expect(after.articles.totalCount).toBe(before.articles.totalCount + 1);
      expect(after.speaker.statements.totalCount).toBe(before.speaker.statements.totalCount + 1);
      expect(after.root.statements.totalCount).toBe(before.root.statements.totalCount + 1);
    },
  },
  {
    name: 'ingestArticleText',
    write: () => ({
      query: 'mutation($text: String!, $url: String) { ingestArticleText(text: $text, url: $url) { created } }',
      variables: {
        url: `https://example.test/text-${tag()}`,
        text: `The mayor opened bridge ${tag()} on Monday. "It will carry ten thousand cars a day," said Mayor Anna Berg.`,
      },
    }),
    seen: (before, after) => expect(after.articles.totalCount).toBe(before.articles.totalCount + 1),
  },
  {
    name: 'ingestArticleHtml',
    write: () => ({
      query: 'mutation($input: IngestArticleHtmlInput!) { ingestArticleHtml(input: $input) { created } }',
      variables: {
        input: {
          url: `https://citypost.example/tram-${tag()}`,
          html: `<html><body><main><h1>Tram line opens</h1><div class="story-body">
            <p>The city's first tram line in sixty years opened on Saturday, carrying more than 9,000 passengers on its first day.</p>
            <p>"It is quicker than the bus," said commuter Dev Rao on ride ${tag()}.</p></div></main></body></html>`,
        },
      },
    }),
    seen: (before, after) => expect(after.articles.totalCount).toBe(before.articles.totalCount + 1),
  },
  {
    name: 'mergeEntities',
    async prepare(app) {
      keptForMerge = await createPerson(app, `Kept ${tag()}`);
      return createPerson(app, `Merged ${tag()}`);
    },
    write: (_ids, probe) => ({
      query: 'mutation($keep: ID!, $merge: ID!) { mergeEntities(input: { keepId: $keep, mergeId: $merge }) { entity { __typename } } }',
      variables: { keep: keptForMerge, merge: probe },
    }),
    seen(before, after) {
      expect(after.people.totalCount).toBe(before.people.totalCount - 1);
      // The merged id now answers the survivor.
      expect(after.probe?.id).toBe(keptForMerge);
    },
  },
  {
    name: 'addAlias',
    prepare: (app) => createPerson(app, `Alias holder ${tag()}`),
    write: (_ids, probe) => ({
      query: 'mutation($id: ID!) { addAlias(input: { id: $id, alias: "Cached Alias" }) { entity { __typename } } }',
      variables: { id: probe },
    }),
    seen: (before, after) => {
      expect(before.probe?.aliases).toEqual([]);
      expect(after.probe?.aliases).toEqual(['Cached Alias']);
    },
  },
  {
    name: 'removeAlias',
    async prepare(app) {
      const id = await createPerson(app, `Alias loser ${tag()}`);
      await data(app, 'mutation($id: ID!) { addAlias(input: { id: $id, alias: "Gone Soon" }) { entity { __typename } } }', { id });
      return id;
    },
    write: (_ids, probe) => ({
      query: 'mutation($id: ID!) { removeAlias(input: { id: $id, alias: "Gone Soon" }) { entity { __typename } } }',
      variables: { id: probe },
    }),
    seen: (before, after) => {
      expect(before.probe?.aliases).toEqual(['Gone Soon']);
      expect(after.probe?.aliases).toEqual([]);
    },
  },
  {
    name: 'createPerson',
    write: () => ({
      query: 'mutation($n: String!) { createPerson(input: { name: $n }) { person { id } } }',
      variables: { n: `New ${tag()}` },
    }),
    seen: (before, after) => expect(after.people.totalCount).toBe(before.people.totalCount + 1),
  },
  {
    name: 'updatePerson',
    prepare: (app) => createPerson(app, `Old name ${tag()}`),
    write: (_ids, probe) => ({
      query: 'mutation($id: ID!) { updatePerson(input: { id: $id, name: "Renamed Person" }) { person { id } } }',
      variables: { id: probe },
    }),
    seen: (_before, after) => expect(after.probe?.name).toBe('Renamed Person'),
  },
  {
    name: 'deletePerson',
    prepare: (app) => createPerson(app, `Doomed ${tag()}`),
    write: (_ids, probe) => ({ query: 'mutation($id: ID!) { deletePerson(input: { id: $id }) { deletedId } }', variables: { id: probe } }),
    seen(before, after) {
      expect(after.people.totalCount).toBe(before.people.totalCount - 1);
      expect(after.probe).toBeNull();
    },
  },
  {
    name: 'createEvent (a child of the root event)',
    write: (ids) => ({
      query: 'mutation($parent: ID!, $n: String!) { createEvent(input: { name: $n, parent: $parent }) { event { id } } }',
      variables: { parent: ids.root, n: `Sub-event ${tag()}` },
    }),
    seen(before, after) {
      expect(after.events.totalCount).toBe(before.events.totalCount + 1);
      expect(after.root.children.totalCount).toBe(before.root.children.totalCount + 1);
    },
  },
  {
    name: 'createStatement (by an existing speaker about a sub-event)',
    write: (ids) => ({
      query:
        'mutation($speaker: ID!, $about: ID!) { createStatement(input: { kind: DIRECT_QUOTE, text: "We are done.", speaker: $speaker, about: [$about] }) { statement { id } } }',
      variables: { speaker: ids.speaker, about: ids.child },
    }),
    seen(before, after) {
      expect(after.statements.totalCount).toBe(before.statements.totalCount + 1);
      expect(after.speaker.statements.totalCount).toBe(before.speaker.statements.totalCount + 1);
      expect(after.root.statements.totalCount).toBe(before.root.statements.totalCount + 1);
    },
  },
];

async function seedIds(app: App): Promise<Ids> {
  const found = await data(app, '{ events(first: 50) { nodes { id parent { id } } } people(first: 50) { nodes { id name } } }');
  const events = found.events.nodes as { id: string; parent: { id: string } | null }[];
  const child = events.find((e) => e.parent !== null);
  if (!child?.parent) throw new Error('the seed has no nested event');
  const speaker = (found.people.nodes as { id: string; name: string }[]).find((p) => p.name === 'Vladimir Putin');
  if (!speaker) throw new Error('the seed has no Putin');
  return { speaker: speaker.id, root: child.parent.id, child: child.id };
}

describe.each([
  ['on one instance', () => [instance(inMemory)] as const],
  ['across two instances sharing Redis', () => [instance(inRedis), instance(inRedis)] as const],
])('the next read after a write sees it, %s', (_label, make) => {
  let reader: Instance;
  let writer: Instance;
  let ids: Ids;
  beforeAll(async () => {
    const made = make();
    writer = made[0];
    // With two instances the second reads: its hit is the first one's answer, from Redis.
    reader = made[1] ?? made[0];
    ids = await seedIds(writer.app);
  });

  it.each(writes.map((w) => [w.name, w] as const))('%s', async (_name, write) => {
    // A write first, so that this case starts at a generation no earlier read was kept under.
    const probe = write.prepare ? await write.prepare(writer.app, ids) : (await createPerson(writer.app, `Fresh ${tag()}`), ids.speaker);
    const variables = { ...ids, probe };
    const miss = await send(writer.app, OVERVIEW, variables);
    expect(miss.body.errors).toBeUndefined();
    expect(miss.body.extensions?.responseCache).toEqual({ hit: false });
    const hitsBefore = await counted(reader.metrics, 'hits');
    const hit = await send(reader.app, OVERVIEW, variables);
    expect(hit.body.extensions?.responseCache).toEqual({ hit: true });
    expect(hit.body.data).toEqual(miss.body.data);
    expect(await counted(reader.metrics, 'hits')).toBe(hitsBefore + 1);

    const { query, variables: writeVariables } = write.write(ids, probe);
    const wrote = await send(writer.app, query, writeVariables);
    expect(wrote.body.errors).toBeUndefined();

    const after = await send(reader.app, OVERVIEW, variables);
    expect(after.body.errors).toBeUndefined();
    expect(after.body.extensions?.responseCache).toEqual({ hit: false });
    write.seen(miss.body.data as Overview, after.body.data as Overview);
  });
});

describe('writers outside the server', () => {
  it('an ingestion straight into the database (npm run ingest, scripts) reaches every server through the notification', async () => {
    const listening = instance(inMemory);
    const { app } = listening;
    const reader = await readerKey();
    // The key's own insert raises the generation too: wait until this instance has heard of it.
    await caughtUp(listening);
    const query = '{ articles { totalCount } }';
    // Listening: a query from a client that has not written reads no counter, and the second one is a hit.
    await eventually(
      'the listener is up',
      () => counterReads(app, query, reader),
      ({ reads }) => reads === 0,
    );
    const before = await send(app, query, {}, reader);
    expect(before.body.extensions?.responseCache).toEqual({ hit: true });
    await ingestArticle(database.db, { url: `https://example.test/direct-${tag()}`, headline: 'Direct', body: 'Written by a script.' });
    const after = await eventually(
      'the ingestion is seen',
      () => send(app, query, {}, reader),
      ({ body }) => body.data.articles.totalCount === before.body.data.articles.totalCount + 1,
    );
    expect(after.body.extensions?.responseCache).toEqual({ hit: false });
  });

  it('the generation moves once per committed transaction and not for a rolled-back one', async () => {
    const generation = async () => (await database.db.writeGeneration.findUniqueOrThrow({ where: { id: 1 } })).value;
    const start = await generation();
    await database.db.$transaction([
      database.db.person.create({ data: { name: `One ${tag()}` } }),
      database.db.person.create({ data: { name: `Two ${tag()}` } }),
    ]);
    expect(await generation()).toBe(start + 1n);
    await expect(
      database.db.$transaction(async (tx) => {
        await tx.person.create({ data: { name: `Never ${tag()}` } });
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await generation()).toBe(start + 1n);
  });
});

describe('reading the write generation', () => {
  it('a client that has not written reads no counter; one that has just written reads it from the database', async () => {
    const listening = instance(inMemory);
    const { app } = listening;
    const reader = await readerKey();
    // The key's own insert raises the generation too: wait until this instance has heard of it.
    await caughtUp(listening);
    const query = '{ people(first: 2) { nodes { name } } }';
    await eventually(
      'the listener is up',
      () => counterReads(app, query, reader),
      ({ reads }) => reads === 0,
    );
    for (let i = 0; i < 3; i++) {
      const { reads, answer } = await counterReads(app, query, reader);
      expect(reads).toBe(0);
      expect(answer.body.extensions?.responseCache).toEqual({ hit: true });
    }
    // The anonymous local client writes: its next query reads the counter, and sees its write.
    await createPerson(app, `Own write ${tag()}`);
    const own = await counterReads(app, '{ people { totalCount } }');
    expect(own.reads).toBe(1);
    expect(own.answer.body.extensions?.responseCache).toEqual({ hit: false });
  });

  /** An instance whose listener reaches the database through a proxy that can be kept cut; the cache is primed with `query`. */
  async function behindProxy(
    query: string,
    body: (setup: {
      app: App;
      listening: Instance;
      reader: Record<string, string>;
      proxy: TcpProxy;
      before: Awaited<ReturnType<typeof send>>;
    }) => Promise<void>,
  ) {
    const direct = (database.target as { url: string }).url;
    const proxy = await proxyFor(direct);
    try {
      const listening = instance({ ...inMemory, generation: { url: proxy.url(direct) } });
      const reader = await readerKey();
      // The key's own insert raises the generation too: wait until this instance has heard of it.
      await caughtUp(listening);
      await eventually(
        'the listener is up',
        () => counterReads(listening.app, query, reader),
        ({ reads }) => reads === 0,
      );
      const before = await send(listening.app, query, {}, reader);
      expect(before.body.extensions?.responseCache).toEqual({ hit: true });
      await body({ app: listening.app, listening, reader, proxy, before });
    } finally {
      proxy.cut();
      await proxy.close();
    }
  }

  if (usingPostgres)
    it('a cut listener falls back to reading the counter per query, and catches up on a write it missed once it is back', async () => {
      const query = '{ people { totalCount } }';
      await behindProxy(query, async ({ app, reader, proxy, before }) => {
        proxy.cut();
        // Cut, the listener cannot be sure of anything: every query reads the counter again.
        const cut = await eventually(
          'a query reads the counter',
          () => counterReads(app, query, reader),
          ({ reads }) => reads === 1,
        );
        expect(cut.answer.body.data.people.totalCount).toBe(before.body.data.people.totalCount);
        // A write whose notification reaches nobody: this instance sees it by reading the counter.
        await database.db.person.create({ data: { name: `Unheard ${tag()}` } });
        const seen = await counterReads(app, query, reader);
        expect(seen.reads).toBe(1);
        expect(seen.answer.body.extensions?.responseCache).toEqual({ hit: false });
        expect(seen.answer.body.data.people.totalCount).toBe(before.body.data.people.totalCount + 1);
        // Back, it reads the counter once on reconnecting, and no query reads it after that.
        proxy.restore();
        const back = await eventually(
          'the listener is back',
          () => counterReads(app, query, reader),
          ({ reads }) => reads === 0,
        );
        expect(back.answer.body.data.people.totalCount).toBe(before.body.data.people.totalCount + 1);
        expect(back.answer.body.extensions?.responseCache).toEqual({ hit: true });
      });
    });

  if (usingPostgres)
    it('a write that commits while the listener is away is caught up on by the read made on reconnecting', async () => {
      const query = '{ people { totalCount } }';
      await behindProxy(query, async ({ app, listening, reader, proxy, before }) => {
        proxy.cut();
        await database.db.person.create({ data: { name: `Missed ${tag()}` } });
        proxy.restore();
        // No query is sent while it is away: only the read on reconnecting can tell of the write.
        await caughtUp(listening);
        const after = await counterReads(app, query, reader);
        expect(after.reads).toBe(0);
        expect(after.answer.body.data.people.totalCount).toBe(before.body.data.people.totalCount + 1);
      });
    });
});

describe('what is never cached', () => {
  it('mutations run every time', async () => {
    const { app } = instance(inMemory);
    const query = 'mutation($n: String!) { createPerson(input: { name: $n }) { person { id } } }';
    const n = `Twice ${tag()}`;
    const first = await send(app, query, { n });
    const second = await send(app, query, { n });
    expect(first.body.data.createPerson.person.id).not.toBe(second.body.data.createPerson.person.id);
    expect(second.body.extensions?.responseCache).toBeUndefined();
  });

  it('answers with errors (a refused field) are not kept', async () => {
    const { app } = instance(inMemory, strict());
    const query = '{ apiKeys { id } }';
    for (let i = 0; i < 2; i++) {
      const { body } = await send(app, query);
      expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
      expect(body.extensions?.responseCache).toEqual({ hit: false });
    }
  });
});

/** Production-like: no local grant. */
function strict(change: (security: SecurityOptions) => void = () => {}): SecurityOptions {
  const security = securityDefaults(false);
  security.auth.localAccess = false;
  change(security);
  return security;
}

describe('limits and access control still apply to hits', () => {
  it('a query over the cost limit is refused on every ask', async () => {
    const { app } = instance(
      inMemory,
      strict((s) => {
        s.requests.maxCost = 20;
      }),
    );
    const query = '{ people(first: 50) { nodes { name } } }';
    for (let i = 0; i < 2; i++) {
      const { body } = await send(app, query);
      expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['COST_LIMIT_EXCEEDED']);
    }
  });

  it('a hit is charged like the query that filled it, and a client out of budget is refused although the answer is cached', async () => {
    const { app, metrics } = instance(
      inMemory,
      strict((s) => {
        s.rateLimit.points = 3;
        s.rateLimit.keyPrefix = `${prefix}-rate`;
      }),
    );
    const query = '{ people(first: 5) { nodes { name } } }';
    const { key: filler } = await createApiKey(database.db, { name: `filler ${tag()}`, scopes: 'read' });
    const { key } = await createApiKey(database.db, { name: `spender ${tag()}`, scopes: 'read' });
    // Created outside the server: the answers below are kept under the generation that includes them.
    await caughtUp({ app, metrics });
    const auth = (k: string) => ({ authorization: `Bearer ${k}` });
    const first = await send(app, query, {}, auth(key));
    expect(first.body.extensions?.rateLimit?.remaining).toBe(2);
    const second = await send(app, query, {}, auth(key));
    expect(second.body.extensions?.responseCache).toEqual({ hit: true });
    expect(second.body.extensions?.rateLimit?.remaining).toBe(1);
    await send(app, query, {}, auth(key));
    const hits = await counted(metrics, 'hits');
    const refused = await send(app, query, {}, auth(key));
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.map((e) => e.extensions?.code)).toEqual(['RATE_LIMITED']);
    expect(refused.body.data ?? null).toBeNull();
    expect(await counted(metrics, 'hits')).toBe(hits);
    // Another key's budget is its own; the answers are per key.
    expect((await send(app, query, {}, auth(filler))).body.extensions?.responseCache).toEqual({ hit: false });
  });

  it('with keys required for reads, an anonymous client never gets the answer a key filled', async () => {
    const made = instance(
      inMemory,
      strict((s) => {
        s.auth.requireKeyForReads = true;
      }),
    );
    const { app } = made;
    const { key } = await createApiKey(database.db, { name: `reader ${tag()}`, scopes: 'read' });
    await caughtUp(made);
    const query = '{ people(first: 3) { nodes { name } } }';
    const keyed = await send(app, query, {}, { authorization: `Bearer ${key}` });
    expect(keyed.body.errors).toBeUndefined();
    expect((await send(app, query, {}, { authorization: `Bearer ${key}` })).body.extensions?.responseCache).toEqual({ hit: true });
    const anonymous = await send(app, query);
    expect(anonymous.body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(anonymous.body.data?.people ?? null).toBeNull();
  });

  it('over every transport (WebSocket too), a cached query still spends the budget and is refused once it is spent', async () => {
    const { app, metrics } = instance(
      inMemory,
      strict((s) => {
        s.rateLimit.points = 2;
        s.rateLimit.keyPrefix = `${prefix}-rate-transports`;
      }),
    );
    const server = await listen(app);
    try {
      const query = '{ events(first: 2) { nodes { name } } }';
      for (const transport of transports(server.url).filter((t) => t.kind === 'query')) {
        const { key } = await createApiKey(database.db, { name: `budget ${transport.name} ${tag()}`, scopes: 'read' });
        // Two asks fill and hit the cache for this key; the third is over budget.
        for (let i = 0; i < 2; i++) expect((await transport.send({ query, credential: key })).codes, transport.name).toEqual([]);
        const hits = await counted(metrics, 'hits');
        const refused = await transport.send({ query, credential: key });
        expect(refused.codes, transport.name).toEqual(['RATE_LIMITED']);
        expect(await counted(metrics, 'hits'), transport.name).toBe(hits);
      }
    } finally {
      await server.close();
    }
  });
});

describe('HTTP caching of trusted documents', () => {
  const query = 'query Names { people(first: 3) { nodes { name } } }';
  const hash = documentHash(query);
  let app: App;
  beforeAll(() => {
    const manifest = path.join(tmpdir(), `${prefix}-manifest.json`);
    writeFileSync(manifest, JSON.stringify({ [hash]: query }));
    const trustedDocuments = loadTrustedDocuments(manifest);
    app = instance(
      inMemory,
      strict((s) => {
        s.trustedDocuments = trustedDocuments;
      }),
    ).app;
  });

  const get = (headers: Record<string, string> = {}) =>
    app.fetch(
      `http://test/graphql?${new URLSearchParams({ extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }) })}`,
      { headers: { accept: 'application/graphql-response+json', 'x-graphql-yoga-csrf': '1', ...headers } },
    );

  it('an anonymous GET gets a public, revalidated answer with an ETag, and 304 when it still holds', async () => {
    const first = await get();
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
    expect(first.headers.get('cache-control')).toBe('public, no-cache');
    const again = await get({ 'if-none-match': etag as string });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('a write changes the ETag, so a revalidation gets the new answer', async () => {
    const etag = (await get()).headers.get('etag') as string;
    await database.db.person.create({ data: { name: `Etag breaker ${tag()}` } });
    // A write from outside the server: heard with its notification.
    const after = await eventually(
      'the write is heard',
      async () => get({ 'if-none-match': etag }),
      (response) => response.status !== 304,
    );
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
  });

  it("a key's answer is private", async () => {
    const { key } = await createApiKey(database.db, { name: `private ${tag()}`, scopes: 'read' });
    const response = await get({ authorization: `Bearer ${key}` });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-cache');
  });
});
