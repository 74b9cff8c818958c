// Access control: API keys and JWTs carrying scopes; refusals with
// UNAUTHENTICATED or FORBIDDEN that write nothing; reads public unless
// configured otherwise; the development default and production's strictness.
import jwt from 'jsonwebtoken';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, hashKey, revokeApiKey } from '../src/auth/keys.ts';
import { schema } from '../src/schema/index.ts';
import { readSecurityConfig, type SecurityOptions, securityDefaults } from '../src/security.ts';
import { type App, createApp } from '../src/server.ts';
import { type GqlResult, useHarness } from './helpers/gql.ts';

const secret = 'a-test-secret-that-is-long-enough-for-hs256';

function strict(overrides: Partial<SecurityOptions['auth']> = {}): SecurityOptions {
  const security = securityDefaults(true);
  security.auth = { ...security.auth, jwt: { secret }, ...overrides };
  return security;
}

const h = useHarness(undefined, { security: strict() });

async function call(app: App, query: string, headers: Record<string, string> = {}, variables?: unknown, serverContext?: object) {
  const response = await app.fetch(
    'http://localhost:4000/graphql',
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
      body: JSON.stringify({ query, variables }),
    },
    serverContext ?? {},
  );
  return { status: response.status, body: (await response.json()) as GqlResult };
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const token = (claims: object, options: jwt.SignOptions = {}) =>
  jwt.sign(claims, secret, { algorithm: 'HS256', expiresIn: '5m', ...options });

const CREATE_PERSON = `mutation { createPerson(input: { name: "Ada Auth" }) { person { name } } }`;
const INGEST = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }`;
let articleNumber = 0;
const article = () => {
  articleNumber += 1;
  return {
    url: `https://example.com/auth/${articleNumber}`,
    headline: `Auth ${articleNumber}`,
    body: `Body ${articleNumber}: Sergey Lavrov said talks would continue.`,
    people: [{ key: 'p', name: 'Sergey Lavrov' }],
    statements: [{ text: 'talks would continue', kind: 'INDIRECT', speaker: 'p' }],
  };
};

const keys: Record<'ingest' | 'edit' | 'admin' | 'revoked', string> = { ingest: '', edit: '', admin: '', revoked: '' };
beforeAll(async () => {
  keys.ingest = (await createApiKey(h.db.db, { name: 'cron', scopes: 'ingest' })).key;
  keys.edit = (await createApiKey(h.db.db, { name: 'desk', scopes: ['edit'] })).key;
  keys.admin = (await createApiKey(h.db.db, { name: 'ops', scopes: 'admin' })).key;
  const revoked = await createApiKey(h.db.db, { name: 'old', scopes: 'ingest,edit' });
  keys.revoked = revoked.key;
  await revokeApiKey(h.db.db, revoked.id);
});

const rows = async () => ({ people: await h.db.db.person.count(), articles: await h.db.db.article.count() });

/** Runs `attempt`, expects a refusal with `code`, and that no person or article was written. */
async function refused(attempt: () => Promise<{ status: number; body: GqlResult }>, code: string) {
  const before = await rows();
  const { body } = await attempt();
  expect(body.errors?.map((e) => e.extensions?.code)).toEqual([code]);
  expect(body.data?.createPerson ?? body.data?.ingestArticle ?? null).toBeNull();
  expect(await rows()).toEqual(before);
  return body.errors?.[0];
}

describe('the schema', () => {
  it('gives every mutation a scope: edit unless it says otherwise', () => {
    const fields = Object.values(schema.getMutationType()?.getFields() ?? {});
    const scopeOf = (field: (typeof fields)[number]) => {
      const options = field.extensions?.pothosOptions as { authScopes?: object; skipTypeScopes?: boolean } | undefined;
      return options?.skipTypeScopes ? Object.keys(options.authScopes ?? {}).join('|') : 'edit';
    };
    const byScope: Record<string, string[]> = {};
    for (const field of fields) {
      const scope = scopeOf(field);
      byScope[scope] = [...(byScope[scope] ?? []), field.name];
    }
    expect(byScope.ingest?.filter((name) => name.startsWith('ingest'))).toEqual(byScope.ingest);
    expect(byScope.ingest).toContain('ingestArticle');
    expect(byScope.admin?.sort()).toEqual(['createApiKey', 'revokeApiKey']);
    expect(byScope.edit).toEqual(expect.arrayContaining(['createPerson', 'updateEvent', 'deleteArticle']));
    expect(Object.keys(byScope).sort()).toEqual(['admin', 'edit', 'ingest']);
    expect(schema.getMutationType()?.extensions?.pothosOptions).toMatchObject({ authScopes: { edit: true } });
  });
});

describe('API keys', () => {
  it('are stored as their SHA-256 only', async () => {
    const stored = await h.db.db.apiKey.findMany({ select: { hash: true, prefix: true } });
    expect(stored.map((k) => k.hash)).toContain(hashKey(keys.ingest));
    expect(JSON.stringify(stored)).not.toContain(keys.ingest);
    expect(keys.ingest).toMatch(/^ngk_[A-Za-z0-9_-]{43}$/);
  });

  it('refuse a mutation without credentials with UNAUTHENTICATED naming the scope', async () => {
    const error = await refused(() => call(h.app, CREATE_PERSON), 'UNAUTHENTICATED');
    expect(error?.message).toContain('"edit"');
    await refused(() => call(h.app, INGEST, {}, { input: article() }), 'UNAUTHENTICATED');
  });

  it('let an ingest key ingest but not edit (FORBIDDEN)', async () => {
    const ingested = await call(h.app, INGEST, bearer(keys.ingest), { input: article() });
    expect(ingested.body).toEqual({ data: { ingestArticle: { created: true } }, extensions: expect.any(Object) });
    const error = await refused(() => call(h.app, CREATE_PERSON, bearer(keys.ingest)), 'FORBIDDEN');
    expect(error?.extensions?.requiredScopes).toEqual(['edit']);
  });

  it('let an edit key edit but not ingest, also through x-api-key', async () => {
    const created = await call(h.app, CREATE_PERSON, { 'x-api-key': keys.edit });
    expect(created.body.data).toEqual({ createPerson: { person: { name: 'Ada Auth' } } });
    await refused(() => call(h.app, INGEST, { 'x-api-key': keys.edit }, { input: article() }), 'FORBIDDEN');
  });

  it('let an admin key do everything', async () => {
    expect((await call(h.app, CREATE_PERSON, bearer(keys.admin))).body.errors).toBeUndefined();
    expect((await call(h.app, INGEST, bearer(keys.admin), { input: article() })).body.errors).toBeUndefined();
  });

  it('refuse unknown and revoked keys with UNAUTHENTICATED (401), even for reads', async () => {
    for (const key of [`ngk_${'x'.repeat(43)}`, keys.revoked]) {
      await refused(() => call(h.app, CREATE_PERSON, bearer(key)), 'UNAUTHENTICATED');
      const read = await call(h.app, '{ people { totalCount } }', { 'x-api-key': key });
      expect(read.status).toBe(401);
      expect(read.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('look a key up once, not on every request', async () => {
    await call(h.app, '{ people { totalCount } }', bearer(keys.edit));
    h.db.queries.length = 0;
    const again = await call(h.app, '{ people { totalCount } }', bearer(keys.edit));
    expect(again.body.errors).toBeUndefined();
    expect(h.db.queries.filter((sql) => sql.includes('api_key'))).toEqual([]);
  });

  it('record when a key was last used', async () => {
    await call(h.app, '{ people { totalCount } }', bearer(keys.admin));
    await expect.poll(async () => (await h.db.db.apiKey.findFirst({ where: { name: 'ops' } }))?.lastUsedAt).toBeInstanceOf(Date);
  });
});

describe('key management through GraphQL', () => {
  const CREATE_KEY = `mutation { createApiKey(input: { name: "robot", scopes: [INGEST] }) { key apiKey { id name scopes revokedAt } } }`;

  it('needs the admin scope', async () => {
    const before = await h.db.db.apiKey.count();
    for (const headers of [{}, bearer(keys.edit), bearer(keys.ingest)]) {
      const { body } = await call(h.app, CREATE_KEY, headers);
      expect(body.errors?.[0]?.extensions?.code).toMatch(/^(UNAUTHENTICATED|FORBIDDEN)$/);
      expect(body.data ?? null).toBeNull();
    }
    expect(await h.db.db.apiKey.count()).toBe(before);
    const listing = await call(h.app, '{ apiKeys { name } }', bearer(keys.edit));
    expect(listing.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('creates a working key, lists it without its secret, and revokes it', async () => {
    const created = await call(h.app, CREATE_KEY, bearer(keys.admin));
    const { key, apiKey } = created.body.data?.createApiKey ?? {};
    expect(apiKey).toMatchObject({ name: 'robot', scopes: ['INGEST'], revokedAt: null });
    expect((await call(h.app, INGEST, bearer(key), { input: article() })).body.data).toEqual({ ingestArticle: { created: true } });
    const listing = await call(h.app, '{ apiKeys { id name prefix scopes } }', bearer(keys.admin));
    expect(listing.body.data?.apiKeys.map((k: { name: string }) => k.name)).toEqual(['cron', 'desk', 'ops', 'old', 'robot']);
    expect(JSON.stringify(listing.body)).not.toContain(key);
    const revoked = await call(h.app, `mutation($id: ID!) { revokeApiKey(input: { id: $id }) { revokedAt } }`, bearer(keys.admin), {
      id: apiKey.id,
    });
    expect(revoked.body.data?.revokeApiKey.revokedAt).toEqual(expect.any(String));
    await refused(() => call(h.app, INGEST, bearer(key), { input: article() }), 'UNAUTHENTICATED');
  });
});

describe('JWTs', () => {
  it('grant the scopes in their scope or scopes claim', async () => {
    const created = await call(h.app, CREATE_PERSON, bearer(token({ sub: 'editor-1', scope: 'openid edit' })));
    expect(created.body.errors).toBeUndefined();
    await refused(() => call(h.app, CREATE_PERSON, bearer(token({ sub: 'bot', scopes: ['ingest'] }))), 'FORBIDDEN');
    const ingested = await call(h.app, INGEST, bearer(token({ sub: 'bot', scopes: ['ingest'] })), { input: article() });
    expect(ingested.body.data).toEqual({ ingestArticle: { created: true } });
  });

  it('refuse expired, badly signed and malformed tokens with UNAUTHENTICATED', async () => {
    const expired = jwt.sign({ scope: 'edit', exp: Math.floor(Date.now() / 1000) - 60 }, secret, { algorithm: 'HS256' });
    const forged = jwt.sign({ scope: 'edit' }, 'another-secret-of-sufficient-length-123', { algorithm: 'HS256' });
    for (const bad of [expired, forged, 'not.a.token']) {
      await refused(() => call(h.app, CREATE_PERSON, bearer(bad)), 'UNAUTHENTICATED');
    }
  });
});

describe('reads', () => {
  it('are public by default', async () => {
    const { body } = await call(h.app, '{ people(first: 1) { totalCount } }');
    expect(body.errors).toBeUndefined();
    expect(body.data?.people.totalCount).toBeGreaterThan(0);
  });

  describe('with NEWSGRAPH_REQUIRE_KEY_FOR_READS', () => {
    let app: App;
    beforeAll(() => {
      app = createApp({ db: h.db.db, logError: () => {}, security: strict({ requireKeyForReads: true }) });
    });
    afterAll(() => app.dispose());

    it('need a credential, any scope', async () => {
      const anonymous = await call(app, '{ people { totalCount } }');
      expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(anonymous.body.data ?? null).toBeNull();
      const withKey = await call(app, '{ people { totalCount } }', bearer(keys.ingest));
      expect(withKey.body.data?.people.totalCount).toBeGreaterThan(0);
    });
  });
});

describe('the development default', () => {
  let app: App;
  beforeAll(() => {
    app = createApp({ db: h.db.db, logError: () => {}, security: securityDefaults(false) });
  });
  afterAll(() => app.dispose());

  it('gives every scope to requests from this machine without credentials', async () => {
    const local = { req: { socket: { remoteAddress: '127.0.0.1' } } };
    expect((await call(app, CREATE_PERSON, {}, undefined, local)).body.errors).toBeUndefined();
    expect((await call(app, CREATE_PERSON, {}, undefined, { req: { socket: { remoteAddress: '::1' } } })).body.errors).toBeUndefined();
  });

  it('gives nothing to requests from elsewhere', async () => {
    const remote = { req: { socket: { remoteAddress: '203.0.113.9' } } };
    await refused(() => call(app, CREATE_PERSON, {}, undefined, remote), 'UNAUTHENTICATED');
  });

  it('is off in production and cannot be turned on there', () => {
    expect(readSecurityConfig({ NODE_ENV: 'production' }).auth.localAccess).toBe(false);
    expect(readSecurityConfig({ NODE_ENV: 'development' }).auth.localAccess).toBe(true);
    expect(() => readSecurityConfig({ NODE_ENV: 'production', NEWSGRAPH_LOCAL_ACCESS: 'true' })).toThrow(/NEWSGRAPH_LOCAL_ACCESS/);
  });
});
