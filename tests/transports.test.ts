// Every way in passes the same checks: for each transport (HTTP POST and GET,
// SSE over POST and GET, WebSocket queries and subscriptions), the same
// refusals with the same codes, against a real listening server. The CLI
// reaches a running server through HTTP (tests/pglite-lock.test.ts), or opens
// the database itself, where access control has nothing to guard.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, revokeApiKey } from '../src/auth/keys.ts';
import { documentHash } from '../src/limits/trusted-documents.ts';
import { createLive } from '../src/live/pubsub.ts';
import { type SecurityOptions, securityDefaults } from '../src/security.ts';
import { type App, createApp } from '../src/server.ts';
import { createTestDatabase, type TestDatabase } from './helpers/db.ts';
import { INGEST, liveArticle } from './helpers/live.ts';
import { type Listening, listen, type Operation, type Outcome, openStream, type Transport, transports } from './helpers/transports.ts';

let database: TestDatabase;
let articles = 0;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

const QUERY = '{ events(first: 1) { totalCount } }';
const SUBSCRIPTION = 'subscription { articleIngested { headline } }';
/** The attack: a malformed id beside a costly selection. */
const BAD_ID_QUERY =
  '{ e: event(id: "!") { id } events(first: 100) { nodes { statements(first: 100) { nodes { statement { text } } } } } }';
const BAD_ID_SUBSCRIPTION = 'subscription { statementAdded(filter: { eventId: "!" }) { text } }';
const COSTLY_QUERY = '{ events(first: 100) { nodes { statements(first: 100) { nodes { statement { text } } } } } }';
const COSTLY_SUBSCRIPTION =
  'subscription { articleIngested { statements(first: 100) { nodes { about(first: 100) { nodes { event { name } } } } } } }';

const pick = (transport: Transport, query: string, subscription: string) => (transport.kind === 'query' ? query : subscription);

type Served = { app: App; server: Listening; all: Transport[]; writer: App; ingester: string };

/**
 * For the enclosing describe: an app on a port of its own, with `change`
 * applied to production's strict settings; a writer app on the same events
 * (so writes reach its subscribers whatever the app itself allows) and a key
 * to write with.
 */
function useServed(change: (security: SecurityOptions) => void): Served {
  const served = {} as Served;
  beforeAll(async () => {
    const security = securityDefaults(true);
    change(security);
    const live = createLive();
    served.app = createApp({ db: database.db, security, logError: () => {}, live });
    served.writer = createApp({ db: database.db, security: securityDefaults(true), logError: () => {}, live });
    served.server = await listen(served.app);
    served.all = transports(served.server.url);
    served.ingester = (await createApiKey(database.db, { name: `ingester ${++articles}`, scopes: 'ingest' })).key;
  });
  afterAll(async () => {
    await served.server?.close();
    await served.app?.dispose();
    await served.writer?.dispose();
  });
  return served;
}

async function ingest(served: Served) {
  articles++;
  const response = await served.writer.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${served.ingester}` },
    body: JSON.stringify({ query: INGEST, variables: { input: liveArticle(1000 + articles) } }),
  });
  const body = (await response.json()) as { errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
}

/**
 * Sends `operation`; for a subscription that was admitted, ingests articles
 * until its first event arrives, so an admitted subscription answers with data.
 */
async function sendAndTrigger(transport: Transport, operation: Operation, served: Served): Promise<Outcome> {
  const outcome = transport.send(operation);
  if (transport.kind === 'query') return outcome;
  let settled = false;
  void outcome.finally(() => {
    settled = true;
  });
  for (let i = 0; i < 40 && !settled; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    if (!settled) await ingest(served);
  }
  return outcome;
}

describe('access control, cost and document limits on every transport', () => {
  const served = useServed((security) => {
    security.auth.requireKeyForReads = true;
    security.requests.maxCost = 500;
  });
  let reader: string;
  let revoked: string;

  beforeAll(async () => {
    reader = (await createApiKey(database.db, { name: 'reader', scopes: 'read' })).key;
    const old = await createApiKey(database.db, { name: 'old', scopes: 'read' });
    await revokeApiKey(database.db, old.id);
    revoked = old.key;
  });

  const cases: [string, (t: Transport) => Operation, string[]][] = [
    ['no credential', (t) => ({ query: pick(t, QUERY, SUBSCRIPTION) }), ['UNAUTHENTICATED']],
    ['a garbage key', (t) => ({ query: pick(t, QUERY, SUBSCRIPTION), credential: 'ngk_garbage' }), ['UNAUTHENTICATED']],
    ['a revoked key', (t) => ({ query: pick(t, QUERY, SUBSCRIPTION), credential: revoked }), ['UNAUTHENTICATED']],
    [
      'a malformed id beside a costly selection',
      (t) => ({ query: pick(t, BAD_ID_QUERY, BAD_ID_SUBSCRIPTION), credential: reader }),
      ['BAD_USER_INPUT'],
    ],
    [
      'a selection over the cost limit',
      (t) => ({ query: pick(t, COSTLY_QUERY, COSTLY_SUBSCRIPTION), credential: reader }),
      ['COST_LIMIT_EXCEEDED'],
    ],
    [
      'a query too deep',
      (t) => ({
        query: `${t.kind === 'subscription' ? 'subscription' : ''} { ${t.kind === 'subscription' ? 'articleIngested' : 'article(id: "x")'} { statements { nodes { about { nodes { event { children { nodes { children { nodes { name } } } } } } } } } } }`,
        credential: reader,
      }),
      ['QUERY_TOO_DEEP'],
    ],
    [
      'a syntax error',
      (t) => ({ query: `${t.kind === 'subscription' ? 'subscription' : ''} { events(`, credential: reader }),
      ['GRAPHQL_PARSE_FAILED'],
    ],
    [
      'an unknown field',
      (t) => ({ query: `${t.kind === 'subscription' ? 'subscription' : ''} { nope }`, credential: reader }),
      ['GRAPHQL_VALIDATION_FAILED'],
    ],
  ];

  it.each(cases)('refuse %s the same way on each', async (_name, operation, codes) => {
    const outcomes: Record<string, string[]> = {};
    for (const transport of served.all) outcomes[transport.name] = (await transport.send(operation(transport))).codes;
    expect(outcomes).toEqual(Object.fromEntries(served.all.map((transport) => [transport.name, codes])));
  });

  it('serve a good key on each (the refusals above are not transport failures)', async () => {
    for (const transport of served.all) {
      const outcome = await sendAndTrigger(transport, { query: pick(transport, QUERY, SUBSCRIPTION), credential: reader }, served);
      expect(outcome.codes, transport.name).toEqual([]);
      expect(outcome.data, transport.name).toBeTruthy();
    }
  });
});

describe('trusted documents on every transport', () => {
  const served = useServed((security) => {
    security.trustedDocuments = { [documentHash(QUERY)]: QUERY, [documentHash(SUBSCRIPTION)]: SUBSCRIPTION };
  });

  it('refuse a document that is not in the manifest, sent as text', async () => {
    for (const transport of served.all) {
      const outcome = await transport.send({ query: pick(transport, BAD_ID_QUERY, COSTLY_SUBSCRIPTION) });
      expect(outcome.codes, transport.name).toEqual(['TRUSTED_DOCUMENT_REQUIRED']);
    }
  });

  it('refuse a manifest document sent as text instead of by hash', async () => {
    for (const transport of served.all) {
      const outcome = await transport.send({ query: pick(transport, QUERY, SUBSCRIPTION) });
      expect(outcome.codes, transport.name).toEqual(['TRUSTED_DOCUMENT_REQUIRED']);
    }
  });

  it('refuse an unknown hash', async () => {
    for (const transport of served.all) {
      const outcome = await transport.send({ hash: documentHash('{ unknown }') });
      expect(outcome.codes, transport.name).toEqual(['TRUSTED_DOCUMENT_NOT_FOUND']);
    }
  });

  it('run a manifest document sent by hash', async () => {
    for (const transport of served.all) {
      const outcome = await sendAndTrigger(transport, { hash: documentHash(pick(transport, QUERY, SUBSCRIPTION)) }, served);
      expect(outcome.codes, transport.name).toEqual([]);
      expect(outcome.data, transport.name).toBeTruthy();
    }
  });
});

describe('rate limits on every transport', () => {
  const served = useServed((security) => {
    security.rateLimit.points = 3;
  });

  it('charge requests that fail validation, and refuse once the budget is spent', async () => {
    for (const transport of served.all) {
      // A key of its own per transport: its own budget.
      const { key } = await createApiKey(database.db, { name: `budget ${transport.name}`, scopes: 'read' });
      const invalid = { query: `${transport.kind === 'subscription' ? 'subscription' : ''} { nope }`, credential: key };
      for (let i = 0; i < 3; i++) expect((await transport.send(invalid)).codes, transport.name).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      const outcome = await transport.send({ query: pick(transport, QUERY, SUBSCRIPTION), credential: key });
      expect(outcome.codes, transport.name).toEqual(['RATE_LIMITED']);
    }
  });
});

describe('subscriptions stay bounded', () => {
  const served = useServed((security) => {
    security.auth.requireKeyForReads = true;
    security.maxSubscriptionsPerClient = 2;
  });

  const byName = (name: string) => served.all.find((transport) => transport.name === name) as Transport;

  it('refuse a client more open subscriptions than the limit, counted across SSE and WebSocket', async () => {
    const { key } = await createApiKey(database.db, { name: 'many', scopes: 'read' });
    const subscribe = (name: string) => byName(name).send({ query: SUBSCRIPTION, credential: key });
    // Two stay open (no event comes); the third, on another transport, is refused at once.
    const open = [subscribe('WebSocket subscription'), subscribe('SSE POST')];
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await subscribe('WebSocket subscription')).codes).toEqual(['TOO_MANY_SUBSCRIPTIONS']);
    expect((await subscribe('SSE GET')).codes).toEqual(['TOO_MANY_SUBSCRIPTIONS']);
    // Another client is not affected.
    const other = (await createApiKey(database.db, { name: 'other', scopes: 'read' })).key;
    const outcome = await sendAndTrigger(byName('SSE POST'), { query: SUBSCRIPTION, credential: other }, served);
    expect(outcome.codes).toEqual([]);
    // The two open ones received that event too, and ended; their slots are free again.
    for (const result of await Promise.all(open)) expect(result.codes).toEqual([]);
    const again = await sendAndTrigger(byName('WebSocket subscription'), { query: SUBSCRIPTION, credential: key }, served);
    expect(again.codes).toEqual([]);
  });

  it.each(['SSE POST', 'WebSocket subscription'])('stop delivering over %s once the key is revoked', async (name) => {
    const { key, id } = await createApiKey(database.db, { name: `revoked over ${name}`, scopes: 'read' });
    const events = await openStream(served.server.url, name, key);
    try {
      await ingest(served);
      expect((await events.next()).data).toMatchObject({ articleIngested: { headline: expect.any(String) } });
      await revokeApiKey(database.db, id);
      await ingest(served);
      const last = await events.next();
      expect(last.data ?? null).toBeNull();
      expect(last.errors?.map((error: { extensions?: { code?: string } }) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
      await expect(events.next()).rejects.toThrow(/ended|completed/);
    } finally {
      events.close();
    }
  });
});
