// Limits: document shape (depth, aliases, directives, tokens), cost, body
// size, batching, rate limits, the request deadline; each refusal has a code
// and comes before any database work. Production's switches and trusted
// documents are here too.
import { randomBytes } from 'node:crypto';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../src/auth/keys.ts';
import { exampleOperations } from '../src/examples.ts';
import { seed } from '../src/ingest/seed.ts';
import { measureCost } from '../src/limits/cost.ts';
import { documentHash } from '../src/limits/trusted-documents.ts';
import { schema } from '../src/schema/index.ts';
import { type SecurityOptions, securityDefaults } from '../src/security.ts';
import { type App, createApp } from '../src/server.ts';
import { usingPostgres } from './helpers/db.ts';
import { exampleVariables } from './helpers/examples.ts';
import { type GqlResult, useHarness } from './helpers/gql.ts';

const h = useHarness(async (harness) => {
  await seed(harness.db.db);
});

type Sent = { status: number; headers: Headers; body: GqlResult };

async function send(app: App, body: unknown, headers: Record<string, string> = {}): Promise<Sent> {
  const response = await app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as GqlResult };
}

/** Sends `query`, expects one error with `code` and no SQL statement sent on the way. */
async function refusedBeforeDatabase(app: App, query: string, code: string): Promise<Sent> {
  h.db.queries.length = 0;
  const sent = await send(app, { query });
  expect(sent.body.errors?.map((e) => e.extensions?.code)).toEqual([code]);
  expect(sent.body.data ?? null).toBeNull();
  expect(h.db.queries).toEqual([]);
  return sent;
}

function withSecurity(change: (security: SecurityOptions) => void): SecurityOptions {
  const security = securityDefaults(false);
  change(security);
  return security;
}

describe('the example operations', () => {
  it.each(exampleOperations.map((o) => [o.name, o.query]))('%s runs under the default limits', async (name, query) => {
    const variables = (await exampleVariables(h))[name] ?? {};
    const { body } = await send(h.app, { query, variables });
    expect(body.errors).toBeUndefined();
    expect(body.extensions?.cost).toBe(measureCost(schema, parse(query), null, variables, {}));
    expect(body.extensions?.cost).toBeLessThanOrEqual(securityDefaults().requests.maxCost);
  });
});

describe('document shape', () => {
  it('refuses a query deeper than 10 with QUERY_TOO_DEEP', async () => {
    const deep = `{ events { nodes { children { nodes { children { nodes { children { nodes { children { nodes { name } } } } } } } } } } }`;
    const { status, body } = await refusedBeforeDatabase(h.app, deep, 'QUERY_TOO_DEEP');
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toBe('Query depth limit of 10 exceeded, found 11.');
  });

  it('does not count fragments as levels, and sees through named fragments', async () => {
    const viaFragment = `{ events { ...E } } fragment E on EventConnection { nodes { children { nodes { children { nodes { children { nodes { children { nodes { name } } } } } } } } } }`;
    await refusedBeforeDatabase(h.app, viaFragment, 'QUERY_TOO_DEEP');
    const atTen = `{ events(first: 1) { nodes { children(first: 1) { nodes { children(first: 1) { nodes { children(first: 1) { nodes { ... on Event { name } } } } } } } } } }`;
    expect((await send(h.app, { query: atTen })).body.errors).toBeUndefined();
  });

  it('refuses more than 15 aliases with TOO_MANY_ALIASES', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: people(first: 1) { totalCount }`).join(' ');
    await refusedBeforeDatabase(h.app, `{ ${aliases} }`, 'TOO_MANY_ALIASES');
  });

  it('refuses more than 10 directives with TOO_MANY_DIRECTIVES', async () => {
    const directives = Array.from({ length: 11 }, () => '@include(if: true)').join(' ');
    await refusedBeforeDatabase(h.app, `{ people(first: 1) ${directives} { totalCount } }`, 'TOO_MANY_DIRECTIVES');
  });

  it('refuses more than 2,000 tokens with TOO_MANY_TOKENS', async () => {
    const fields = Array.from({ length: 2_100 }, () => 'totalCount').join(' ');
    await refusedBeforeDatabase(h.app, `{ people(first: 1) { ${fields} } }`, 'TOO_MANY_TOKENS');
  });
});

describe('cost', () => {
  it('refuses more than 10,000 objects with COST_LIMIT_EXCEEDED, counting first/last as multipliers', async () => {
    const query = `{ events(first: 100) { nodes { statements(first: 100) { nodes { statement { text } } } } } }`;
    const { body } = await refusedBeforeDatabase(h.app, query, 'COST_LIMIT_EXCEEDED');
    // events 1 + 100 × (nodes 1 + statements 1 + 100 × (nodes 1 + statement 1))
    expect(body.errors?.[0]?.extensions).toMatchObject({ cost: 20_201, limit: 10_000 });
    const smaller = await send(h.app, { query: query.replace('first: 100', 'first: 40') });
    expect(smaller.body.errors).toBeUndefined();
    expect(smaller.body.extensions?.cost).toBe(8_081);
  });

  it('counts page sizes given as variables', async () => {
    const query = `query($n: Int) { people(first: $n) { nodes { name statements(first: $n) { nodes { text } } } } }`;
    h.db.queries.length = 0;
    const { body } = await send(h.app, { query, variables: { n: 100 } });
    expect(body.errors?.[0]?.extensions?.code).toBe('COST_LIMIT_EXCEEDED');
    expect(h.db.queries).toEqual([]);
    expect((await send(h.app, { query, variables: { n: 5 } })).body.extensions?.cost).toBe(1 + 5 * (1 + 1 + 5));
  });
});

describe('requests', () => {
  it('refuses a body over the size limit with 413 PAYLOAD_TOO_LARGE, declared or streamed', async () => {
    const app = createApp({ db: h.db.db, logError: () => {}, security: withSecurity((s) => (s.requests.maxBodyBytes = 1_000)) });
    try {
      const big = JSON.stringify({ query: `{ people(first: 1) { totalCount } }`, variables: { pad: 'x'.repeat(2_000) } });
      h.db.queries.length = 0;
      const declared = await send(app, big);
      expect(declared.status).toBe(413);
      expect(declared.body.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
      const stream = new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(big));
          controller.close();
        },
      });
      const streamed = await app.fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: stream,
        duplex: 'half',
      } as RequestInit);
      expect(streamed.status).toBe(413);
      expect(((await streamed.json()) as GqlResult).errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
      expect(h.db.queries).toEqual([]);
      const small = await send(app, { query: `{ people(first: 1) { totalCount } }` });
      expect(small.body.errors).toBeUndefined();
    } finally {
      await app.dispose();
    }
  });

  it('refuses batched operations (an array body)', async () => {
    h.db.queries.length = 0;
    const { status, body } = await send(h.app, [{ query: '{ people { totalCount } }' }, { query: '{ events { totalCount } }' }]);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(h.db.queries).toEqual([]);
  });
});

describe('rate limits', () => {
  let app: App;
  beforeAll(() => {
    app = createApp({ db: h.db.db, logError: () => {}, security: withSecurity((s) => (s.rateLimit.points = 3)) });
  });
  afterAll(() => app.dispose());

  it('report the budget in extensions and refuse with RATE_LIMITED (429) once it is spent', async () => {
    const query = '{ people(first: 1) { totalCount } }';
    const remaining: unknown[] = [];
    for (let i = 0; i < 3; i += 1) {
      const { body } = await send(app, { query });
      expect(body.errors).toBeUndefined();
      expect(body.extensions?.rateLimit).toMatchObject({ cost: 1, resetAt: expect.any(String) });
      remaining.push(body.extensions?.rateLimit.remaining);
    }
    expect(remaining).toEqual([2, 1, 0]);
    h.db.queries.length = 0;
    const refused = await send(app, { query });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', rateLimit: { remaining: 0 } });
    expect(h.db.queries.filter((q) => !/api_key/.test(q))).toEqual([]);
  });

  it('keep one budget per API key, apart from the anonymous one', async () => {
    const { key } = await createApiKey(h.db.db, { name: 'reader', scopes: 'read' });
    const { body } = await send(app, { query: '{ people(first: 1) { totalCount } }' }, { authorization: `Bearer ${key}` });
    expect(body.errors).toBeUndefined();
    expect(body.extensions?.rateLimit.remaining).toBe(2);
  });

  it('charge by cost: one point per 100 objects', async () => {
    const costly = createApp({ db: h.db.db, logError: () => {}, security: withSecurity((s) => (s.rateLimit.points = 1_000)) });
    try {
      const { body } = await send(costly, { query: '{ people(first: 100) { nodes { name } } }' });
      expect(body.extensions).toMatchObject({ cost: 101, rateLimit: { cost: 2, remaining: 998 } });
    } finally {
      await costly.dispose();
    }
  });

  it('share budgets between instances through Redis', async () => {
    const prefix = `newsgraph-test:${randomBytes(6).toString('hex')}`;
    const shared = (s: SecurityOptions) => {
      s.rateLimit = { points: 5, windowSeconds: 60, redisUrl: 'redis://127.0.0.1:6379', keyPrefix: prefix };
    };
    const [one, two] = [0, 1].map(() => createApp({ db: h.db.db, logError: () => {}, security: withSecurity(shared) }));
    try {
      const query = '{ people(first: 1) { totalCount } }';
      const seen: unknown[] = [];
      for (const instance of [one, two, one, two]) seen.push((await send(instance as App, { query })).body.extensions?.rateLimit.remaining);
      expect(seen).toEqual([4, 3, 2, 1]);
    } finally {
      await one?.dispose();
      await two?.dispose();
    }
  });
});

describe('the request deadline', () => {
  it('answers TIMEOUT and leaves no partial write', async () => {
    const app = createApp({ db: h.db.db, logError: () => {}, security: withSecurity((s) => (s.requests.timeoutMs = 1)) });
    const before = { articles: await h.db.db.article.count(), people: await h.db.db.person.count() };
    try {
      const { status, headers, body } = await send(app, {
        query: `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }`,
        variables: {
          input: {
            url: 'https://example.com/deadline',
            headline: 'Deadline',
            body: 'Anna Deadline said it was late.',
            people: [{ key: 'a', name: 'Anna Deadline' }],
            statements: [{ text: 'it was late', kind: 'INDIRECT', speaker: 'a' }],
          },
        },
      });
      expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['TIMEOUT']);
      // Busy, not wrong: a status proxies and clients retry on, and when.
      expect(status).toBe(503);
      expect(headers.get('retry-after')).toBe('1');
      // The abandoned resolver fails at its next statement and its transaction rolls back.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect({ articles: await h.db.db.article.count(), people: await h.db.db.person.count() }).toEqual(before);
    } finally {
      await app.dispose();
    }
  });

  it('is backed by statement_timeout on PostgreSQL', async () => {
    if (!usingPostgres) {
      expect(h.db.target.kind).toBe('pglite');
      return;
    }
    const settings = await h.db.db.$queryRawUnsafe<{ statement_timeout: string }[]>('SHOW statement_timeout');
    expect(settings[0]?.statement_timeout).toBe('10s');
    await expect(
      h.db.db.$transaction((tx) => tx.$executeRawUnsafe(`SET LOCAL statement_timeout = 50; SELECT pg_sleep(2)`)),
    ).rejects.toThrow(/statement timeout/);
  });
});

describe('production', () => {
  let app: App;
  beforeAll(() => {
    app = createApp({ db: h.db.db, logError: () => {}, security: securityDefaults(true) });
  });
  afterAll(() => app.dispose());

  it('turns introspection off', async () => {
    await refusedBeforeDatabase(app, '{ __schema { types { name } } }', 'INTROSPECTION_DISABLED');
    await refusedBeforeDatabase(app, '{ __type(name: "Person") { name } }', 'INTROSPECTION_DISABLED');
    expect((await send(app, { query: '{ people(first: 1) { __typename } }' })).body.errors).toBeUndefined();
  });

  it('hides field suggestions', async () => {
    const { body } = await send(app, { query: '{ peple { totalCount } }' });
    expect(body.errors?.[0]?.message).not.toMatch(/Did you mean/);
    const dev = await send(h.app, { query: '{ peple { totalCount } }' });
    expect(dev.body.errors?.[0]?.message).toMatch(/Did you mean "people"/);
  });

  it('serves no GraphiQL', async () => {
    const response = await app.fetch('http://test/graphql', { headers: { accept: 'text/html' } });
    expect(await response.text()).not.toContain('WhoSaidWhatAboutThePullBack');
    const dev = await h.app.fetch('http://test/graphql', { headers: { accept: 'text/html' } });
    expect(await dev.text()).toContain('WhoSaidWhatAboutThePullBack');
  });
});

describe('trusted documents', () => {
  let app: App;
  const manifest = Object.fromEntries(exampleOperations.map(({ query }) => [documentHash(query), query]));
  beforeAll(() => {
    app = createApp({ db: h.db.db, logError: () => {}, security: withSecurity((s) => (s.trustedDocuments = manifest)) });
  });
  afterAll(() => app.dispose());

  it('run a registered operation by its hash', async () => {
    const [first] = exampleOperations;
    const byExtension = await send(app, { extensions: { persistedQuery: { version: 1, sha256Hash: documentHash(first?.query ?? '') } } });
    expect(byExtension.body.errors).toBeUndefined();
    expect(byExtension.body.data?.events.nodes).toHaveLength(1);
    const byDocumentId = await send(app, { documentId: `sha256:${documentHash(first?.query ?? '')}` });
    expect(byDocumentId.body.data).toEqual(byExtension.body.data);
  });

  it('refuse anything else with a code, before the database', async () => {
    h.db.queries.length = 0;
    const arbitrary = await send(app, { query: '{ people { totalCount } }' });
    expect(arbitrary.body.errors?.[0]?.extensions?.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
    const unknown = await send(app, { extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } });
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('TRUSTED_DOCUMENT_NOT_FOUND');
    expect(h.db.queries).toEqual([]);
  });
});
