// Logs, request ids, metrics, health and readiness, and error masking, seen
// from outside: through HTTP on the app and in the JSON log lines it writes.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../src/auth/keys.ts';
import { seed } from '../src/ingest/seed.ts';
import { createLogger } from '../src/observability/logger.ts';
import { type App, createApp } from '../src/server.ts';
import { createTestDatabase, type TestDatabase } from './helpers/db.ts';

let database: TestDatabase;
let app: App;
const lines: Record<string, any>[] = [];
const logged: { error: unknown; requestId?: string }[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  await seed(database.db);
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  app = createApp({
    db: database.db,
    pool: database.pool,
    logger: createLogger({ level: 'info', destination }),
    logError: (error, requestId) => logged.push({ error, requestId }),
  });
});

afterAll(async () => {
  await database?.drop();
});

function post(body: unknown, headers: Record<string, string> = {}) {
  return app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify(body),
  });
}

const waitForLog = async (requestId: string): Promise<Record<string, any>> => {
  for (let i = 0; i < 50 && !lines.some((l) => l.requestId === requestId); i++) await new Promise((r) => setTimeout(r, 10));
  return lines.find((l) => l.requestId === requestId) ?? {};
};

describe('request logs', () => {
  it('writes one JSON line per request with id, operation, duration, SQL count, cost and client', async () => {
    const response = await post({
      query: 'query Speakers($name: String) { statements(filter: { speakerName: $name }) { nodes { text } } }',
      variables: { name: 'Kuleba-secret-variable' },
    });
    expect(response.status).toBe(200);
    const requestId = response.headers.get('x-request-id') as string;
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const line = await waitForLog(requestId);
    // In-process requests have no peer address; access control names them ip:local.
    expect(line).toMatchObject({ msg: 'request', operationName: 'Speakers', operationType: 'query', status: 200, clientId: 'ip:local' });
    expect(line.sqlCount).toBeGreaterThan(0);
    expect(line.cost).toBeGreaterThan(0);
    expect(line.durationMs).toBeGreaterThanOrEqual(0);
    expect(JSON.stringify(lines)).not.toContain('Kuleba-secret-variable');
  });

  it('keeps a sane incoming x-request-id and replaces an unsafe one', async () => {
    const kept = await post({ query: '{ __typename }' }, { 'x-request-id': 'lb-1234.abc' });
    expect(kept.headers.get('x-request-id')).toBe('lb-1234.abc');
    const replaced = await post({ query: '{ __typename }' }, { 'x-request-id': 'evil\tid with spaces' });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('names a client by its API key, not its address', async () => {
    const { key, id } = await createApiKey(database.db, { name: 'log-reader', scopes: 'read' });
    const response = await post({ query: '{ __typename }' }, { 'x-api-key': key });
    const line = await waitForLog(response.headers.get('x-request-id') as string);
    expect(line.clientId).toBe(`key:${id}`);
    expect(JSON.stringify(lines)).not.toContain(key);
  });

  it('never logs the Authorization header', async () => {
    const response = await post({ query: '{ __typename }' }, { authorization: 'Bearer top-secret-token' });
    await waitForLog(response.headers.get('x-request-id') as string);
    expect(JSON.stringify(lines)).not.toContain('top-secret-token');
  });

  it('gives every refusal a code, including the transport errors yoga raises itself', async () => {
    const badJson = await app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":',
    });
    expect(badJson.status).toBe(400);
    expect((await badJson.json()).errors[0].extensions.code).toBe('BAD_REQUEST');
    const badQuery = await post({ query: '{ nope }' });
    expect((await badQuery.json()).errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const line = await waitForLog(badQuery.headers.get('x-request-id') as string);
    expect(line.errorCodes).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });
});

describe('health, readiness and metrics', () => {
  it('answers /health without touching the database', async () => {
    const before = database.queries.length;
    const response = await app.fetch('http://test/health');
    expect(response.status).toBe(200);
    expect(database.queries.length).toBe(before);
  });

  it('answers /ready after checking the database and its migrations', async () => {
    const response = await app.fetch('http://test/ready');
    expect(await response.json()).toEqual({ status: 'ready' });
    expect(response.status).toBe(200);
    expect(database.queries.some((sql) => sql.includes('_prisma_migrations'))).toBe(true);
  });

  it('reports /ready unavailable when a migration is missing', async () => {
    const [last] = await database.db.$queryRawUnsafe<{ migration_name: string }[]>(
      'SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name DESC LIMIT 1',
    );
    await database.db.$executeRawUnsafe(
      'UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = $1',
      last?.migration_name,
    );
    try {
      const response = await app.fetch('http://test/ready');
      expect(response.status).toBe(503);
      expect((await response.json()).reason).toContain(last?.migration_name);
    } finally {
      await database.db.$executeRawUnsafe(
        'UPDATE "_prisma_migrations" SET rolled_back_at = NULL WHERE migration_name = $1',
        last?.migration_name,
      );
    }
  });

  it('exposes Prometheus metrics by operation and error code', async () => {
    await post({ query: 'query CountPeople { people { totalCount } }' });
    await post({ query: '{ nope }' });
    const response = await app.fetch('http://test/metrics');
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(text).toMatch(/newsgraph_graphql_requests_total\{operation="CountPeople",type="query",status="200"\} 1/);
    expect(text).toMatch(/newsgraph_graphql_request_duration_seconds_bucket\{le="[^"]+",operation="CountPeople",type="query"\}/);
    expect(text).toMatch(/newsgraph_graphql_errors_total\{code="GRAPHQL_VALIDATION_FAILED"\} [1-9]/);
    expect(text).toContain('newsgraph_process_resident_memory_bytes');
    expect(text).toContain('newsgraph_sql_statements_per_request_bucket');
    if (database.pool) expect(text).toMatch(/newsgraph_db_pool_connections\{state="total"\} \d+/);
  });
});

describe('unexpected errors', () => {
  it('are masked as INTERNAL_SERVER_ERROR with the request id, and logged with the same id and the stack', async () => {
    // A column the client expects has gone: a genuine server-side failure, not the client's fault.
    await database.db.$executeRawUnsafe('ALTER TABLE person RENAME COLUMN description TO description_gone');
    try {
      const response = await post({ query: 'query Broken { people(first: 1) { nodes { description } } }' }, { 'x-request-id': 'probe-42' });
      const body = await response.json();
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0].message).toBe('Unexpected error.');
      expect(body.errors[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'probe-42' });
      expect(JSON.stringify(body)).not.toContain('description_gone');
      const entry = logged.find((l) => l.requestId === 'probe-42');
      const error = entry?.error as Error;
      expect(error.message).toContain('does not exist in the current database');
      expect(error.stack).toContain('    at ');
    } finally {
      await database.db.$executeRawUnsafe('ALTER TABLE person RENAME COLUMN description_gone TO description');
    }
  });
});

describe('hostile text', () => {
  it('refuses a lone surrogate in variables with BAD_USER_INPUT naming where it is', async () => {
    const response = await app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"mutation($i: CreatePersonInput!) { createPerson(input: $i) { person { id } } }","variables":{"i":{"name":"x","aliases":["\\ud800"]}}}',
    });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.errors[0].message).toBe('variables.i.aliases.0: text must be valid Unicode (it contains a lone surrogate)');
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(await database.db.person.count({ where: { name: 'x' } })).toBe(0);
  });

  it('refuses a NUL character the database cannot store as BAD_USER_INPUT, not an internal error', async () => {
    const body = await (
      await post({
        query: 'mutation($i: CreatePlaceInput!) { createPlace(input: $i) { place { id } } }',
        variables: { i: { name: 'a\u0000b' } },
      })
    ).json();
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toContain('NUL');
  });

  it('refuses malformed JSON in GET parameters as BAD_REQUEST', async () => {
    const response = await app.fetch('http://test/graphql?query=%7B__typename%7D&variables=%7Bnot-json', {
      headers: { accept: 'application/json', 'x-graphql-yoga-csrf': '1' },
    });
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].extensions.code).toBe('BAD_REQUEST');
  });
});
