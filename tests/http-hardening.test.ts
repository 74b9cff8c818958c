// What a server on the open web must refuse before any GraphQL runs: bodies a
// cross-site form can send, GETs without a CSRF header, CORS for origins not
// on the list, a local grant asked for through forwarded headers or a foreign
// Host, forged X-Forwarded-For entries, bad credentials for free, /metrics to
// strangers, and clients that hold connections open.
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../src/auth/keys.ts';
import { defaultHttpLimits, readConfig } from '../src/config.ts';
import { createHttpServer } from '../src/http-server.ts';
import { type SecurityOptions, securityDefaults } from '../src/security.ts';
import { type App, createApp } from '../src/server.ts';
import { type GqlResult, useHarness } from './helpers/gql.ts';

const h = useHarness();

const CREATE_KEY = 'mutation { createApiKey(input: { name: "evil", scopes: [ADMIN] }) { key } }';

function appWith(change: (security: SecurityOptions) => void = () => {}, production = false): App {
  const security = securityDefaults(production);
  change(security);
  return createApp({ db: h.db.db, security, logError: () => {} });
}

const loopback = { req: { socket: { remoteAddress: '127.0.0.1' } } };
const remote = (address: string) => ({ req: { socket: { remoteAddress: address } } });

async function post(
  app: App,
  query: string,
  headers: Record<string, string> = {},
  serverContext: object = loopback,
  url = 'http://localhost:4000/graphql',
) {
  const response = await app.fetch(
    url,
    { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) },
    serverContext,
  );
  return { status: response.status, headers: response.headers, body: (await response.json()) as GqlResult };
}

const codes = (body: GqlResult) => body.errors?.map((error) => error.extensions?.code);

describe('development mode against a cross-site page', () => {
  let app: App;
  beforeAll(() => {
    app = appWith();
  });
  afterAll(() => app.dispose());

  it('refuses a form-encoded createApiKey from another origin, with a code, and writes nothing', async () => {
    const before = await h.db.db.apiKey.count();
    const response = await app.fetch(
      'http://localhost:4000/graphql',
      {
        method: 'POST',
        headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ query: CREATE_KEY }).toString(),
      },
      loopback,
    );
    expect(response.status).toBe(415);
    const body = (await response.json()) as GqlResult;
    expect(codes(body)).toEqual(['UNSUPPORTED_MEDIA_TYPE']);
    expect(body.errors?.[0]?.message).toContain('application/json');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(await h.db.db.apiKey.count()).toBe(before);
  });

  it.each(['multipart/form-data; boundary=x', 'text/plain', 'application/graphql'])(
    'refuses a %s body with 415 and a code',
    async (type) => {
      const response = await app.fetch(
        'http://localhost:4000/graphql',
        {
          method: 'POST',
          headers: { 'content-type': type },
          body: `--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n{ __typename }\r\n--x--`,
        },
        loopback,
      );
      expect(response.status).toBe(415);
      expect(codes((await response.json()) as GqlResult)).toEqual(['UNSUPPORTED_MEDIA_TYPE']);
    },
  );

  it('refuses a GET without a CSRF header, and serves one with it', async () => {
    const url = 'http://localhost:4000/graphql?query=%7B__typename%7D';
    const bare = await app.fetch(url, { headers: { accept: 'application/json' } }, loopback);
    expect(bare.status).toBe(403);
    const body = (await bare.json()) as GqlResult;
    expect(codes(body)).toEqual(['CSRF_HEADER_REQUIRED']);
    expect(body.errors?.[0]?.message).toContain('x-graphql-yoga-csrf');
    const marked = await app.fetch(url, { headers: { accept: 'application/json', 'x-graphql-yoga-csrf': '1' } }, loopback);
    expect(marked.status).toBe(200);
    expect(((await marked.json()) as GqlResult).data).toEqual({ __typename: 'Query' });
  });

  it('sends no CORS headers to an origin that is not on the list, preflight or not', async () => {
    const preflight = await app.fetch(
      'http://localhost:4000/graphql',
      { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } },
      loopback,
    );
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
    const { headers } = await post(app, '{ __typename }', { origin: 'https://evil.example' });
    expect(headers.get('access-control-allow-origin')).toBeNull();
  });

  it('gives no local grant to a loopback request that was relayed or addressed to another host', async () => {
    expect(codes((await post(app, CREATE_KEY, { 'x-forwarded-for': '127.0.0.1' })).body)).toEqual(['UNAUTHENTICATED']);
    expect(codes((await post(app, CREATE_KEY, { forwarded: 'for=127.0.0.1' })).body)).toEqual(['UNAUTHENTICATED']);
    // DNS rebinding: a page at evil.example whose name now resolves to 127.0.0.1.
    expect(codes((await post(app, CREATE_KEY, {}, loopback, 'http://evil.example:4000/graphql')).body)).toEqual(['UNAUTHENTICATED']);
    const local = await post(app, 'mutation { createPerson(input: { name: "Local Grant" }) { person { name } } }');
    expect(local.body.errors).toBeUndefined();
  });
});

describe('CORS allow-list', () => {
  it('answers listed origins with credentials, and any origin without them for "*"', async () => {
    const listed = appWith((s) => (s.corsOrigins = ['https://desk.example']));
    const open = appWith((s) => (s.corsOrigins = ['*']));
    try {
      const yes = await post(listed, '{ __typename }', { origin: 'https://desk.example' });
      expect(yes.headers.get('access-control-allow-origin')).toBe('https://desk.example');
      expect(yes.headers.get('access-control-allow-credentials')).toBe('true');
      expect(
        (await post(listed, '{ __typename }', { origin: 'https://evil.example' })).headers.get('access-control-allow-origin'),
      ).toBeNull();
      const any = await post(open, '{ __typename }', { origin: 'https://evil.example' });
      expect(any.headers.get('access-control-allow-origin')).toBe('https://evil.example');
      expect(any.headers.get('access-control-allow-credentials')).toBeNull();
    } finally {
      await listed.dispose();
      await open.dispose();
    }
  });

  it('refuses a malformed origin in NEWSGRAPH_CORS_ORIGINS at start', () => {
    expect(() => readConfig({ NEWSGRAPH_CORS_ORIGINS: 'https://desk.example/path' })).toThrow(/NEWSGRAPH_CORS_ORIGINS/);
    expect(readConfig({ NEWSGRAPH_CORS_ORIGINS: 'https://a.example, http://b.example:8080' }).security.corsOrigins).toEqual([
      'https://a.example',
      'http://b.example:8080',
    ]);
  });
});

describe('X-Forwarded-For behind trusted proxies', () => {
  it('takes the entry the trusted proxy wrote, so forged first entries share one budget', async () => {
    const app = appWith((s) => {
      s.auth.trustProxy = { hops: 1 };
      s.rateLimit.points = 20;
    }, true);
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 30; i++) {
        const forged = `198.51.100.${i}, 10.9.${i}.1`;
        const { status } = await post(app, '{ __typename }', { 'x-forwarded-for': `${forged}, 203.0.113.7` }, remote('10.0.0.2'));
        statuses.push(status);
      }
      expect(statuses.filter((status) => status === 200)).toHaveLength(20);
      expect(statuses.slice(20)).toEqual(Array(10).fill(429));
    } finally {
      await app.dispose();
    }
  });

  it('counts hops from the right, and believes only listed proxy addresses', () => {
    expect(readConfig({ NEWSGRAPH_TRUST_PROXY: '2' }).security.auth.trustProxy).toEqual({ hops: 2 });
    expect(readConfig({ NEWSGRAPH_TRUST_PROXY: 'true' }).security.auth.trustProxy).toEqual({ hops: 1 });
    expect(readConfig({ NEWSGRAPH_TRUST_PROXY: 'false' }).security.auth.trustProxy).toBeNull();
    expect(readConfig({ NEWSGRAPH_TRUST_PROXY: 'loopback, 10.0.0.0/8' }).security.auth.trustProxy).toEqual({
      addresses: ['loopback', '10.0.0.0/8'],
    });
    expect(() => readConfig({ NEWSGRAPH_TRUST_PROXY: 'not-an-address' })).toThrow(/NEWSGRAPH_TRUST_PROXY/);
  });

  it('reads the client behind two proxies, and ignores X-Forwarded-For from an untrusted peer', async () => {
    const twoHops = appWith((s) => {
      s.auth.trustProxy = { hops: 2 };
      s.rateLimit.points = 2;
    }, true);
    const listed = appWith((s) => {
      s.auth.trustProxy = { addresses: ['10.0.0.0/8'] };
      s.rateLimit.points = 2;
    }, true);
    try {
      // Same client 203.0.113.8 (written by the outer proxy), different forged entries: the third is over budget.
      const viaTwo = async (forged: string) =>
        (await post(twoHops, '{ __typename }', { 'x-forwarded-for': `${forged}, 203.0.113.8, 10.0.0.3` }, remote('10.0.0.2'))).status;
      expect([await viaTwo('1.1.1.1'), await viaTwo('2.2.2.2'), await viaTwo('3.3.3.3')]).toEqual([200, 200, 429]);
      // A peer outside 10/8 is the client itself, whatever it forwards.
      const direct = async (forged: string) =>
        (await post(listed, '{ __typename }', { 'x-forwarded-for': forged }, remote('198.51.100.50'))).status;
      expect([await direct('1.1.1.1'), await direct('2.2.2.2'), await direct('3.3.3.3')]).toEqual([200, 200, 429]);
    } finally {
      await twoHops.dispose();
      await listed.dispose();
    }
  });
});

describe('refusals that still cost', () => {
  it('charges a request with a bad credential, so a garbage-key flood runs out', async () => {
    const app = appWith((s) => (s.rateLimit.points = 3), true);
    try {
      const peer = remote('198.51.100.77');
      for (let i = 0; i < 3; i++) {
        const { status, body } = await post(app, '{ __typename }', { authorization: 'Bearer ngk_garbage' }, peer);
        expect([status, codes(body)]).toEqual([401, ['UNAUTHENTICATED']]);
      }
      expect(codes((await post(app, '{ __typename }', {}, peer)).body)).toEqual(['RATE_LIMITED']);
    } finally {
      await app.dispose();
    }
  });
});

describe('/metrics exposure', () => {
  async function metrics(app: App, headers: Record<string, string> = {}) {
    const response = await app.fetch('http://localhost:4000/metrics', { headers }, remote('198.51.100.9'));
    return { status: response.status, text: await response.text() };
  }

  it('is public by default outside production, needs a key in production, and can be off', async () => {
    expect(securityDefaults(false).metrics).toBe('public');
    expect(securityDefaults(true).metrics).toBe('key');
    const open = appWith();
    const keyed = appWith(() => {}, true);
    const off = appWith((s) => (s.metrics = 'off'));
    try {
      expect((await metrics(open)).text).toContain('newsgraph_process_resident_memory_bytes');
      const anonymous = await metrics(keyed);
      expect(anonymous.status).toBe(401);
      expect(JSON.parse(anonymous.text).errors[0].extensions.code).toBe('UNAUTHENTICATED');
      const reader = await createApiKey(h.db.db, { name: 'reader', scopes: 'read' });
      const forbidden = await metrics(keyed, { authorization: `Bearer ${reader.key}` });
      expect([forbidden.status, JSON.parse(forbidden.text).errors[0].extensions.code]).toEqual([403, 'FORBIDDEN']);
      const scraper = await createApiKey(h.db.db, { name: 'prometheus', scopes: 'metrics' });
      const scraped = await metrics(keyed, { authorization: `Bearer ${scraper.key}` });
      expect(scraped.status).toBe(200);
      expect(scraped.text).toContain('newsgraph_graphql_requests_total');
      expect((await metrics(off)).status).toBe(404);
    } finally {
      await open.dispose();
      await keyed.dispose();
      await off.dispose();
    }
  });

  it('reads NEWSGRAPH_METRICS and NEWSGRAPH_METRICS_PORT', () => {
    expect(readConfig({ NEWSGRAPH_METRICS: 'off', NEWSGRAPH_METRICS_PORT: '9464' })).toMatchObject({
      security: { metrics: 'off' },
      metricsPort: 9464,
    });
    expect(() => readConfig({ NEWSGRAPH_METRICS: 'open' })).toThrow(/NEWSGRAPH_METRICS must be one of public, key, off/);
    expect(readConfig({}).metricsPort).toBeNull();
  });
});

describe('slow and greedy clients', () => {
  const limits = {
    ...defaultHttpLimits,
    headersTimeoutMs: 300,
    requestTimeoutMs: 600,
    idleTimeoutMs: 600,
    keepAliveTimeoutMs: 200,
    maxConnections: 3,
  };
  let server: ReturnType<typeof createHttpServer>;
  let port: number;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    server = createHttpServer(h.app, limits);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  });

  function open(): Promise<Socket> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => resolve(socket));
      // Flowing, so the server's close is seen.
      socket.resume();
      socket.on('error', () => {});
      socket.once('error', reject);
      sockets.push(socket);
    });
  }
  const closed = (socket: Socket) => new Promise<void>((resolve) => (socket.closed ? resolve() : socket.once('close', () => resolve())));

  it('applies the configured limits to the server', () => {
    expect(server.headersTimeout).toBe(300);
    expect(server.requestTimeout).toBe(600);
    expect(server.keepAliveTimeout).toBe(200);
    expect(server.timeout).toBe(600);
    expect(server.maxConnections).toBe(3);
    expect(readConfig({ NEWSGRAPH_MAX_CONNECTIONS: '5', NEWSGRAPH_IDLE_TIMEOUT_MS: '1234' }).http).toMatchObject({
      maxConnections: 5,
      idleTimeoutMs: 1234,
    });
  });

  it('closes a request whose body never finishes', async () => {
    const socket = await open();
    socket.write('POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"query":');
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString()));
    await closed(socket);
    // Node answers 408 when it can, or just closes.
    expect(answer === '' || answer.startsWith('HTTP/1.1 408')).toBe(true);
  });

  it('closes a connection that sends nothing', async () => {
    const socket = await open();
    await closed(socket);
    expect(socket.closed).toBe(true);
  });

  it('refuses connections past the cap', async () => {
    const held = [await open(), await open(), await open()];
    const extra = await open().catch(() => null);
    if (extra) await closed(extra);
    // The held ones were accepted: a request on one is answered.
    const first = held[0] as Socket;
    let answer = '';
    first.on('data', (chunk) => (answer += chunk.toString()));
    first.write('GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(answer.startsWith('HTTP/1.1 200')).toBe(true);
    expect(extra === null || extra.closed).toBe(true);
  });
});
