// Subscriptions over SSE and WebSocket, and events crossing instances through
// Redis. Each event is checked by its content, so a missing or wrong event
// fails the test (by the test timeout) rather than passing quietly.
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createLive, type Live } from '../src/live/pubsub.ts';
import { attachWebSocket, type WebSocketEndpoint } from '../src/live/websocket.ts';
import { type App, createApp } from '../src/server.ts';
import { createTestDatabase, type TestDatabase } from './helpers/db.ts';
import { INGEST, liveArticle, sse } from './helpers/live.ts';
import { describePostgres, startServer } from './helpers/server-process.ts';

const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
// Unique per run, so parallel runs on the shared Redis never see each other's events.
const prefix = `newsgraph-test-${randomBytes(6).toString('hex')}`;

let database: TestDatabase;
let app: App;
let live: Live;

async function gql(target: App, query: string, variables: Record<string, unknown> = {}) {
  const response = await target.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

beforeAll(async () => {
  database = await createTestDatabase();
  live = createLive();
  app = createApp({ db: database.db, live });
  await gql(app, INGEST, { input: liveArticle(0) });
});

afterAll(async () => {
  await live?.close();
  await database?.drop();
});

const STATEMENT_ADDED = `subscription Added($filter: StatementAddedFilter) {
  statementAdded(filter: $filter) { text speaker { ... on Person { name } } about { nodes { event { name } } } }
}`;

async function crisisId() {
  const row = await database.db.event.findFirstOrThrow({ where: { name: 'Ukraine crisis' } });
  return globalId('Event', row.id);
}

describe('subscriptions over SSE', () => {
  it('deliver a statement about a sub-event to a subscriber filtering on the parent event, and skip others', async () => {
    const noEvent = await sse(app.fetch, 'http://test/graphql', STATEMENT_ADDED, { filter: { eventId: await crisisId() } });
    const bySpeaker = await sse(app.fetch, 'http://test/graphql', STATEMENT_ADDED, {
      filter: { speakerId: globalId('Person', (await database.db.person.findFirstOrThrow({ where: { name: 'Sergey Lavrov' } })).id) },
    });
    // First an article about no event by another speaker: neither subscriber wants it.
    await gql(app, INGEST, {
      input: liveArticle(1, 'Dmytro Kuleba', {
        events: [],
        statements: [{ text: 'unrelated remark', kind: 'INDIRECT', speaker: 'speaker' }],
      }),
    });
    await gql(app, INGEST, { input: liveArticle(2) });
    const first = await noEvent.next();
    expect(first.data.statementAdded.text).toBe('troops were pulling back (2)');
    expect(first.data.statementAdded.speaker.name).toBe('Sergey Lavrov');
    expect((await bySpeaker.next()).data.statementAdded.text).toBe('troops were pulling back (2)');
    noEvent.close();
    bySpeaker.close();
  });

  it('deliver articleIngested for a new article but not for one already stored', async () => {
    const stream = await sse(app.fetch, 'http://test/graphql', 'subscription { articleIngested { url headline } }');
    await gql(app, INGEST, { input: liveArticle(2) });
    await gql(app, INGEST, { input: liveArticle(3) });
    expect((await stream.next()).data.articleIngested).toEqual({ url: 'https://example.com/live/3', headline: 'Live story 3' });
    stream.close();
  });

  it('deliver statements created with createStatement', async () => {
    const stream = await sse(app.fetch, 'http://test/graphql', STATEMENT_ADDED, { filter: { eventId: await crisisId() } });
    await gql(
      app,
      'mutation($about: [ID!]) { createStatement(input: { text: "a new remark", kind: DIRECT_QUOTE, about: $about }) { statement { id } } }',
      {
        about: [await crisisId()],
      },
    );
    expect((await stream.next()).data.statementAdded.text).toBe('a new remark');
    stream.close();
  });

  it('refuse a filter with the wrong kind of id, with a code', async () => {
    const response = await app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: STATEMENT_ADDED, variables: { filter: { eventId: globalId('Person', 'x') } } }),
    });
    const text = await response.text();
    expect(text).toContain('filter.eventId');
    expect(text).toContain('BAD_USER_INPUT');
  });
});

describe('subscriptions over WebSocket', () => {
  let server: Server;
  let endpoint: WebSocketEndpoint;
  let url: string;

  beforeAll(async () => {
    server = createServer(app);
    endpoint = attachWebSocket(server, app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });

  afterAll(async () => {
    await endpoint?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('deliver statementAdded to a graphql-ws client', async () => {
    const client = createClient({ url, webSocketImpl: WebSocket, lazy: false });
    try {
      const events = client.iterate({ query: STATEMENT_ADDED, variables: { filter: { eventId: await crisisId() } } });
      const first = events.next();
      // The subscription is registered once the server acknowledged it; a query on the same socket proves that.
      await client.iterate({ query: '{ __typename }' }).next();
      await gql(app, INGEST, { input: liveArticle(4) });
      const { value } = await first;
      expect((value as any).data.statementAdded.text).toBe('troops were pulling back (4)');
      expect((value as any).data.statementAdded.about.nodes.map((n: any) => n.event.name)).toContain('Announced pull-back of troops');
      await events.return?.();
    } finally {
      await client.dispose();
    }
  });

  it('answer queries and report errors with codes', async () => {
    const client = createClient({ url, webSocketImpl: WebSocket });
    try {
      const { value } = await client.iterate({ query: '{ people(first: 1000) { totalCount } }' }).next();
      expect((value as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    } finally {
      await client.dispose();
    }
  });
});

describe('two instances sharing Redis (in one process, one database, separate Redis connections)', () => {
  it('deliver an ingestion on one instance to a subscriber on the other', async () => {
    const liveA = createLive({ redisUrl, channelPrefix: prefix });
    const liveB = createLive({ redisUrl, channelPrefix: prefix });
    const a = createApp({ db: database.db, live: liveA });
    const b = createApp({ db: database.db, live: liveB });
    try {
      const stream = await sse(b.fetch, 'http://b/graphql', 'subscription { articleIngested { url } }');
      const statements = await sse(b.fetch, 'http://b/graphql', STATEMENT_ADDED, { filter: { eventId: await crisisId() } });
      // Redis subscriptions are asynchronous: publish until the other side hears (a lost first event is not a delivery failure).
      let n = 100;
      const received = stream.next();
      const pump = setInterval(() => void gql(a, INGEST, { input: liveArticle(n++) }), 300);
      try {
        expect((await received).data.articleIngested.url).toMatch(/^https:\/\/example\.com\/live\/1\d\d$/);
      } finally {
        clearInterval(pump);
      }
      expect((await statements.next()).data.statementAdded.text).toMatch(/^troops were pulling back \(1\d\d\)$/);
      stream.close();
      statements.close();
    } finally {
      await liveA.close();
      await liveB.close();
    }
  });
});

describePostgres('two server processes sharing PostgreSQL and Redis', () => {
  it('deliver an ingestion on one process to a WebSocket subscriber on the other', async () => {
    const env = {
      DATABASE_URL: (database.target as { url: string }).url,
      REDIS_URL: redisUrl,
      NEWSGRAPH_REDIS_PREFIX: `${prefix}-processes`,
    };
    const [one, two] = await Promise.all([startServer(env), startServer(env)]);
    const client = createClient({ url: two.url.replace('http', 'ws'), webSocketImpl: WebSocket });
    try {
      const events = client.iterate({ query: 'subscription { articleIngested { url } }' });
      const first = events.next();
      await client.iterate({ query: '{ __typename }' }).next();
      let n = 200;
      const pump = setInterval(
        () =>
          void fetch(one.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: INGEST, variables: { input: liveArticle(n++) } }),
          }).catch(() => {}),
        300,
      );
      try {
        expect(((await first).value as any).data.articleIngested.url).toMatch(/^https:\/\/example\.com\/live\/2\d\d$/);
      } finally {
        clearInterval(pump);
      }
      await events.return?.();
    } finally {
      await client.dispose();
      expect(await one.stop(), one.output()).toBe(0);
      expect(await two.stop(), two.output()).toBe(0);
    }
  });
});
