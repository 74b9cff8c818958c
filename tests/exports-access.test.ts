// The export routes are refused wherever GraphQL is refused: the same
// credential checks, cost limit, rate budget (one budget for both), trusted
// documents and CORS, on a real listening server so that the client's
// address is the socket's, as in production.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, revokeApiKey } from '../src/auth/keys.ts';
import { exportPaths } from '../src/export/use-exports.ts';
import { seed } from '../src/ingest/seed.ts';
import { documentHash } from '../src/limits/trusted-documents.ts';
import { type SecurityOptions, securityDefaults } from '../src/security.ts';
import { type App, createApp } from '../src/server.ts';
import { createTestDatabase, type TestDatabase } from './helpers/db.ts';
import { type Listening, listen } from './helpers/transports.ts';

let database: TestDatabase;
let article: string;
let person: string;

beforeAll(async () => {
  database = await createTestDatabase();
  await seed(database.db);
  const kuleba = await database.db.person.findFirstOrThrow({ where: { name: 'Dmytro Kuleba' } });
  const stored = await database.db.article.findFirstOrThrow();
  person = Buffer.from(`Person:${kuleba.id}`).toString('base64');
  article = Buffer.from(`Article:${stored.id}`).toString('base64');
});
afterAll(async () => {
  await database?.drop();
});

const QUERY = '{ events(first: 1) { totalCount } }';

type Served = { app: App; server: Listening; base: string };

/** An app on a port of its own with production's strict settings, changed by `change`. */
function useServed(change: (security: SecurityOptions) => void): Served {
  const served = {} as Served;
  beforeAll(async () => {
    const security = securityDefaults(true);
    change(security);
    served.app = createApp({ db: database.db, security, logError: () => {} });
    served.server = await listen(served.app);
    served.base = served.server.url.replace(/\/graphql$/, '');
  });
  afterAll(async () => {
    await served.server?.close();
    await served.app?.dispose();
  });
  return served;
}

type Answer = { status: number; code: string | null; headers: Headers };

async function answer(response: Response): Promise<Answer> {
  const text = await response.text();
  let code: string | null = null;
  if (response.headers.get('content-type')?.includes('json') && !response.headers.get('content-type')?.includes('ld+json'))
    code = (JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code ?? null;
  return { status: response.status, code, headers: response.headers };
}

const routes = () => ({
  csv: `${exportPaths.statements}?limit=5`,
  graphml: `${exportPaths.graph}?around=${encodeURIComponent(person)}&limit=5`,
  jsonld: `${exportPaths.ld}${encodeURIComponent(person)}`,
});

function exportAs(served: Served, path: string, credential?: string, headers: Record<string, string> = {}) {
  return fetch(`${served.base}${path}`, { headers: { ...(credential ? { authorization: `Bearer ${credential}` } : {}), ...headers } }).then(
    answer,
  );
}

function graphqlAs(served: Served, query: string, credential?: string, headers: Record<string, string> = {}) {
  return fetch(served.server.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...(credential ? { authorization: `Bearer ${credential}` } : {}),
      ...headers,
    },
    body: JSON.stringify({ query }),
  }).then(answer);
}

describe('credentials and the cost limit', () => {
  const served = useServed((security) => {
    security.auth.requireKeyForReads = true;
    security.requests.maxCost = 500;
  });
  let reader: string;
  let revoked: string;

  beforeAll(async () => {
    reader = (await createApiKey(database.db, { name: 'export reader', scopes: 'read' })).key;
    const old = await createApiKey(database.db, { name: 'export old', scopes: 'read' });
    await revokeApiKey(database.db, old.id);
    revoked = old.key;
  });

  it.each([
    ['no credential', () => undefined],
    ['a garbage key', () => 'ngk_garbage'],
    ['a revoked key', () => revoked],
  ])('refuse %s on every route with 401 UNAUTHENTICATED, as GraphQL does', async (_name, credential) => {
    const graphql = await graphqlAs(served, QUERY, credential());
    expect(graphql.code).toBe('UNAUTHENTICATED');
    for (const [route, path] of Object.entries(routes())) {
      const refused = await exportAs(served, path, credential());
      expect([route, refused.status, refused.code]).toEqual([route, 401, 'UNAUTHENTICATED']);
    }
  });

  it('serve a reader key on every route', async () => {
    for (const [route, path] of Object.entries(routes()))
      expect([route, (await exportAs(served, path, reader)).status]).toEqual([route, 200]);
  });

  it('refuse a CSV export whose pages cost more than the limit (too many rows), with 400 COST_LIMIT_EXCEEDED', async () => {
    // A page of 100 rows with their speakers, articles and events is about 2700 objects; 5 rows about 140.
    const refused = await exportAs(served, `${exportPaths.statements}?limit=100`, reader);
    expect([refused.status, refused.code]).toEqual([400, 'COST_LIMIT_EXCEEDED']);
    expect((await exportAs(served, `${exportPaths.statements}?limit=5`, reader)).status).toBe(200);
  });

  it('refuse a JSON-LD document whose operation costs more than the limit (a whole article)', async () => {
    const refused = await exportAs(served, `${exportPaths.ld}${encodeURIComponent(article)}`, reader);
    expect([refused.status, refused.code]).toEqual([400, 'COST_LIMIT_EXCEEDED']);
  });
});

describe('the rate budget', () => {
  const served = useServed((security) => {
    security.rateLimit.points = 3;
  });

  it('is one budget for GraphQL and exports: spent by GraphQL, an export is refused with 429 and Retry-After', async () => {
    const { key } = await createApiKey(database.db, { name: 'budget via graphql', scopes: 'read' });
    for (let i = 0; i < 3; i++) expect((await graphqlAs(served, QUERY, key)).code).toBeNull();
    for (const [route, path] of Object.entries(routes())) {
      const refused = await exportAs(served, path, key);
      expect([route, refused.status, refused.code]).toEqual([route, 429, 'RATE_LIMITED']);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    }
  });

  it('and spent by exports, GraphQL is refused', async () => {
    const { key } = await createApiKey(database.db, { name: 'budget via exports', scopes: 'read' });
    // Points as GraphQL counts them: 5 rows with their events cost about 140 objects (2 points), a small graph 1.
    expect((await exportAs(served, routes().csv, key)).status).toBe(200);
    expect((await exportAs(served, routes().graphml, key)).status).toBe(200);
    expect((await graphqlAs(served, QUERY, key)).code).toBe('RATE_LIMITED');
  });

  it("charges an anonymous export to the caller's address, as GraphQL", async () => {
    // Anonymous clients are known by address: 127.0.0.1 here, whatever X-Forwarded-For claims (no proxy is trusted).
    const spoof = { 'x-forwarded-for': '203.0.113.9' };
    let status = 200;
    for (let i = 0; i < 4 && status === 200; i++) status = (await exportAs(served, routes().csv, undefined, spoof)).status;
    expect(status).toBe(429);
    expect((await graphqlAs(served, QUERY)).code).toBe('RATE_LIMITED');
  });
});

describe('the deadline', () => {
  // A deadline already passed when the request starts: its first statement is refused, whatever the runtime's speed
  // (a 1 ms deadline raced Node 24, which could reach its only statement within the same millisecond).
  const served = useServed((security) => {
    security.requests.timeoutMs = 0;
  });

  it('cancels an export whose operation outlasts the request deadline, with 503 TIMEOUT and Retry-After, as GraphQL', async () => {
    const graphql = await graphqlAs(served, '{ statements(first: 100) { nodes { text article { body } } } }');
    expect([graphql.status, graphql.code]).toEqual([503, 'TIMEOUT']);
    const refused = await exportAs(served, `${exportPaths.ld}${encodeURIComponent(article)}`);
    expect([refused.status, refused.code]).toEqual([503, 'TIMEOUT']);
    expect(refused.headers.get('retry-after')).toBe('1');
  });
});

describe('trusted documents', () => {
  const served = useServed((security) => {
    security.trustedDocuments = { [documentHash(QUERY)]: QUERY };
  });

  it("still run the export routes' own operations", async () => {
    for (const [route, path] of Object.entries(routes())) expect([route, (await exportAs(served, path)).status]).toEqual([route, 200]);
  });

  it('still refuse any other document, and the export operations sent as text', async () => {
    expect((await graphqlAs(served, '{ statements(first: 1) { totalCount } }')).code).toBe('TRUSTED_DOCUMENT_REQUIRED');
    expect((await graphqlAs(served, QUERY)).code).toBe('TRUSTED_DOCUMENT_REQUIRED');
  });
});

describe('CORS', () => {
  const served = useServed((security) => {
    security.corsOrigins = ['https://newsroom.example'];
  });

  it('lets an allowed origin read an export, as it may read GraphQL', async () => {
    const origin = { origin: 'https://newsroom.example' };
    const graphql = await graphqlAs(served, QUERY, undefined, origin);
    expect(graphql.headers.get('access-control-allow-origin')).toBe('https://newsroom.example');
    for (const path of Object.values(routes())) {
      const allowed = await exportAs(served, path, undefined, origin);
      expect(allowed.status).toBe(200);
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://newsroom.example');
    }
  });

  it('gives another origin no CORS grant, so its pages cannot read an export (none is needed for a link or curl)', async () => {
    const origin = { origin: 'https://elsewhere.example' };
    expect((await graphqlAs(served, QUERY, undefined, origin)).headers.get('access-control-allow-origin')).toBeNull();
    for (const path of Object.values(routes())) {
      const foreign = await exportAs(served, path, undefined, origin);
      expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    }
  });
});
