// Every setting newsgraph reads from the environment, in one zod schema:
// its name, its default (which may differ in production), what it means, and
// how it is checked. readSettings() is the only reader of process.env; the
// README's settings tables are printed from this file (`npm run docs:settings`)
// and a test fails when they differ.
import proxyaddr from 'proxy-addr';
import { z } from 'zod';

export type Env = Record<string, string | undefined>;

/** Where the README lists a setting. */
export type SettingGroup = 'basics' | 'production' | 'operations';

type Context = { production: boolean; env: Env };

type Definition = {
  group: SettingGroup;
  description: string;
  /** The default as the docs say it, when printing the parsed default would not say it well. */
  shownDefault?: string;
  schema: (context: Context) => z.ZodType<unknown, string | undefined>;
};

const truthy = ['1', 'true', 'yes', 'on'];
const falsy = ['0', 'false', 'no', 'off'];

/** An unset or blank variable is its default; anything else must parse. */
function setting<T>(fallback: T, parse: (raw: string) => T | Problem): z.ZodType<T, string | undefined> {
  return z
    .string()
    .optional()
    .transform((value, ctx): T => {
      const raw = value?.trim();
      if (!raw) return fallback;
      const parsed = parse(raw);
      if (isProblem(parsed)) {
        ctx.addIssue({ code: 'custom', message: `${parsed.problem} (got "${value}")` });
        return z.NEVER;
      }
      return parsed as T;
    });
}

type Problem = { problem: string };
const problem = (text: string): Problem => ({ problem: text });
function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'problem' in value;
}

const flag = (fallback: boolean) =>
  setting<boolean>(fallback, (raw) => {
    const value = raw.toLowerCase();
    if (truthy.includes(value)) return true;
    if (falsy.includes(value)) return false;
    return problem('must be true or false');
  });

const whole = (fallback: number, min = 1) =>
  setting<number>(fallback, (raw) =>
    /^\d+$/.test(raw) && Number(raw) >= min ? Number(raw) : problem(`must be a whole number of at least ${min}`),
  );

const port = (fallback: number) =>
  setting<number>(fallback, (raw) => (/^\d+$/.test(raw) && Number(raw) <= 65_535 ? Number(raw) : problem('must be a port number')));

const optionalPort = () =>
  setting<number | null>(null, (raw) =>
    /^\d+$/.test(raw) && Number(raw) >= 1 && Number(raw) <= 65_535 ? Number(raw) : problem('must be a port number'),
  );

const text = (fallback: string) => setting<string>(fallback, (raw) => raw);
const optionalText = () => setting<string | null>(null, (raw) => raw);

const oneOf = <T extends string>(values: readonly T[], fallback: T) =>
  setting<T>(fallback, (raw) =>
    (values as readonly string[]).includes(raw.toLowerCase()) ? (raw.toLowerCase() as T) : problem(`must be one of ${values.join(', ')}`),
  );

export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** How to find the client behind proxies: how many there are, or their addresses and subnets. */
export type TrustProxy = { hops: number } | { addresses: string[] };

const trustProxy = () =>
  setting<TrustProxy | null>(null, (raw) => {
    const value = raw.toLowerCase();
    if (falsy.includes(value)) return null;
    if (truthy.includes(value)) return { hops: 1 };
    if (/^\d+$/.test(value)) return { hops: Number(value) };
    const addresses = value
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
    try {
      proxyaddr.compile(addresses);
    } catch (error) {
      return problem(`must be false, a number of proxies, or their addresses/subnets: ${(error as Error).message}`);
    }
    return { addresses };
  });

const origins = () =>
  setting<string[]>([], (raw) => {
    const list = raw
      .split(',')
      .map((part) => part.trim().replace(/\/+$/, ''))
      .filter(Boolean);
    for (const origin of list) {
      if (origin === '*') continue;
      let parsed: URL | null = null;
      try {
        parsed = new URL(origin);
      } catch {}
      if (!parsed || parsed.origin !== origin) return problem(`"${origin}" is not an origin (scheme://host[:port], no path)`);
    }
    return list;
  });

const redisUrl = () =>
  setting<string | null>(null, (raw) => (/^rediss?:\/\//.test(raw) ? raw : problem('must start with redis:// or rediss://')));

const postgresUrls = () =>
  setting<string[]>([], (raw) => {
    const list = raw
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
    for (const url of list) {
      let parsed: URL | null = null;
      try {
        parsed = new URL(url);
      } catch {}
      if (!parsed || !/^postgres(ql)?:$/.test(parsed.protocol) || (!parsed.hostname && !parsed.searchParams.get('host')))
        return problem(
          `must be a comma-separated list of postgres:// URLs; "${url.replace(/\/\/([^:/@]+):[^@/]*@/, '//$1:***@')}" is not one`,
        );
    }
    return list;
  });

const jwtSecret = () => setting<string | null>(null, (raw) => (raw.length >= 32 ? raw : problem('must be at least 32 characters')));

const byProduction =
  <T>(outside: T, inside: T) =>
  (context: Context) =>
    context.production ? inside : outside;

export const settingDefinitions = {
  NODE_ENV: {
    group: 'basics',
    description: '`production` makes every default below strict (see [docs/production.md](docs/production.md))',
    shownDefault: 'unset',
    schema: () => text(''),
  },
  DATABASE_URL: {
    group: 'basics',
    description: '`postgres://…`/`postgresql://…` for PostgreSQL; `memory://` for an in-memory PGlite; `file:<dir>` for PGlite in `<dir>`',
    shownDefault: 'unset: PGlite',
    schema: () => optionalText(),
  },
  NEWSGRAPH_DATA_DIR: {
    group: 'basics',
    description: 'PGlite data directory when `DATABASE_URL` is unset',
    schema: () => text('./data/pglite'),
  },
  PORT: { group: 'basics', description: 'where the server listens (`0` picks a free port)', schema: () => port(4000) },
  HOST: { group: 'basics', description: 'the address it listens on', schema: () => text('0.0.0.0') },
  NEWSGRAPH_AUTO_MIGRATE: {
    group: 'basics',
    description: 'apply pending migrations at start; set `false` where deployments migrate separately with `npm run db:migrate`',
    schema: () => flag(true),
  },
  NEWSGRAPH_SEED: { group: 'basics', description: 'load the seed article when the database has no articles', schema: () => flag(true) },
  NEWSGRAPH_PREPARED_STATEMENTS: {
    group: 'basics',
    description:
      'PostgreSQL: prepare each distinct SQL statement once per connection (connections are replaced every 10 minutes); set `false` behind a pooler that cannot keep prepared statements, such as PgBouncer in transaction mode before 1.21',
    schema: () => flag(true),
  },
  NEWSGRAPH_EXTRACT_THREADS: {
    group: 'basics',
    description: 'worker threads that run raw-text extraction for `ingestArticleText` (idle ones exit after 30 s)',
    shownDefault: 'cores − 1, at least 1, at most 4',
    schema: () => whole(0, 1),
  },
  NEWSGRAPH_BENCH_PROBE: {
    group: 'basics',
    description: 'count SQL statements and serve the count and memory at `/__bench`; for `npm run bench` only',
    schema: () => flag(false),
  },
  NEWSGRAPH_API_KEY: {
    group: 'basics',
    description:
      'for `npm run ingest`: the API key (or JWT) it sends to a server that holds the PGlite data directory; needs the `ingest` scope where the server does not grant local requests every scope',
    shownDefault: 'unset',
    schema: () => optionalText(),
  },
  NEWSGRAPH_LOCAL_ACCESS: {
    group: 'production',
    description:
      'requests **without credentials made on this machine to this machine** get every scope (see below); a warning is printed at start. Cannot be turned on in production',
    schema: (context) => flag(!context.production),
  },
  NEWSGRAPH_REQUIRE_KEY_FOR_READS: {
    group: 'production',
    description: 'reads and subscriptions need a credential too (any valid key or token may read)',
    schema: () => flag(false),
  },
  NEWSGRAPH_JWT_SECRET: {
    group: 'production',
    description: 'accept HS256 JWTs signed with this secret (at least 32 characters)',
    shownDefault: 'unset',
    schema: () => jwtSecret(),
  },
  NEWSGRAPH_JWKS_URL: {
    group: 'production',
    description: 'accept RS256/ES256 JWTs signed by the keys at this JWKS URL',
    shownDefault: 'unset',
    schema: () => optionalText(),
  },
  NEWSGRAPH_JWT_ISSUER: { group: 'production', description: 'required `iss` of JWTs', shownDefault: 'unset', schema: () => optionalText() },
  NEWSGRAPH_JWT_AUDIENCE: {
    group: 'production',
    description: 'required `aud` of JWTs',
    shownDefault: 'unset',
    schema: () => optionalText(),
  },
  NEWSGRAPH_TRUST_PROXY: {
    group: 'production',
    description:
      "the proxies in front of the server: their number (`1`, `2`; `true` is 1), or their addresses and subnets (`10.0.0.0/8, loopback`); the client address (for rate limits and logs) is then the `X-Forwarded-For` entry the outermost trusted proxy wrote, counted from the right as Express's `trust proxy` does, never the client-written first entry",
    shownDefault: '`false`',
    schema: () => trustProxy(),
  },
  NEWSGRAPH_CORS_ORIGINS: {
    group: 'production',
    description:
      'origins whose pages may call the API from a browser (`https://desk.example,https://app.example`), answered with credentials; `*` allows any origin, without credentials. Other origins get no CORS headers',
    shownDefault: 'unset: same origin only',
    schema: () => origins(),
  },
  NEWSGRAPH_MAX_SUBSCRIPTIONS_PER_CLIENT: {
    group: 'production',
    description:
      'open subscriptions one client (key, token subject or address) may hold on one instance, SSE and WebSocket together → `TOO_MANY_SUBSCRIPTIONS`',
    schema: () => whole(50),
  },
  NEWSGRAPH_METRICS: {
    group: 'production',
    description:
      'who may read `GET /metrics` on the main port: anyone (`public`), a key or token with the `metrics` (or `admin`) scope (`key`), or nobody (`off`: 404)',
    schema: (context) => oneOf(['public', 'key', 'off'] as const, byProduction<'public' | 'key' | 'off'>('public', 'key')(context)),
  },
  NEWSGRAPH_METRICS_PORT: {
    group: 'production',
    description:
      'also serve `/metrics`, openly, on this port of its own (on `HOST`); pair it with `NEWSGRAPH_METRICS=off` and keep the port off the internet',
    shownDefault: 'unset',
    schema: () => optionalPort(),
  },
  NEWSGRAPH_HEADERS_TIMEOUT_MS: {
    group: 'production',
    description: "time to send a request's headers (an idle new connection is closed after it too)",
    schema: () => whole(10_000),
  },
  NEWSGRAPH_BODY_TIMEOUT_MS: {
    group: 'production',
    description: 'time to send a whole request, body included (HTTP 408)',
    schema: () => whole(30_000),
  },
  NEWSGRAPH_IDLE_TIMEOUT_MS: {
    group: 'production',
    description:
      'a connection with no traffic either way for this long is closed: a client that stops reading its response is cut off. SSE streams and WebSockets are pinged every 12 s and stay open',
    schema: () => whole(30_000),
  },
  NEWSGRAPH_KEEP_ALIVE_TIMEOUT_MS: {
    group: 'production',
    description: 'how long an idle keep-alive connection waits for its next request',
    schema: () => whole(5_000),
  },
  NEWSGRAPH_MAX_CONNECTIONS: {
    group: 'production',
    description: 'open connections at once (streams and WebSockets included); more are refused',
    schema: () => whole(1_000),
  },
  NEWSGRAPH_MAX_DEPTH: {
    group: 'production',
    description: 'deepest field nesting (see below) → `QUERY_TOO_DEEP`',
    schema: () => whole(10),
  },
  NEWSGRAPH_MAX_ALIASES: { group: 'production', description: 'aliases per operation → `TOO_MANY_ALIASES`', schema: () => whole(15, 0) },
  NEWSGRAPH_MAX_DIRECTIVES: {
    group: 'production',
    description: 'directives per operation → `TOO_MANY_DIRECTIVES`',
    schema: () => whole(10, 0),
  },
  NEWSGRAPH_MAX_TOKENS: { group: 'production', description: 'lexical tokens per document → `TOO_MANY_TOKENS`', schema: () => whole(2_000) },
  NEWSGRAPH_MAX_COST: {
    group: 'production',
    description: 'objects an operation may return (see below) → `COST_LIMIT_EXCEEDED`',
    schema: () => whole(10_000),
  },
  NEWSGRAPH_MAX_BODY_BYTES: {
    group: 'production',
    description: 'request body (and WebSocket message) size → HTTP 413 `PAYLOAD_TOO_LARGE`',
    schema: () => whole(1_048_576),
  },
  NEWSGRAPH_REQUEST_TIMEOUT_MS: {
    group: 'production',
    description:
      "deadline of a request → HTTP 503 `TIMEOUT` with `Retry-After`; also PostgreSQL's `statement_timeout`, and extraction's worker is stopped at it",
    schema: () => whole(10_000),
  },
  NEWSGRAPH_DB_CONNECT_TIMEOUT_MS: {
    group: 'production',
    description: 'how long a query waits for a pooled PostgreSQL connection',
    schema: () => whole(5_000),
  },
  NEWSGRAPH_RATE_LIMIT_POINTS: {
    group: 'production',
    description: 'points per client per window (`0`: no rate limit) → HTTP 429 `RATE_LIMITED`',
    schema: () => whole(5_000, 0),
  },
  NEWSGRAPH_RATE_LIMIT_WINDOW_SECONDS: { group: 'production', description: 'the window', schema: () => whole(3_600) },
  NEWSGRAPH_RATE_LIMIT_COST_PER_POINT: {
    group: 'production',
    description: 'cost units per point; every request spends at least 1',
    schema: () => whole(100),
  },
  NEWSGRAPH_RATE_LIMIT_PREFIX: {
    group: 'production',
    description: 'Redis key prefix of the budgets',
    schema: () => text('newsgraph:rate'),
  },
  NEWSGRAPH_INTROSPECTION: {
    group: 'production',
    description: 'allow `__schema`/`__type` (else `INTROSPECTION_DISABLED`)',
    schema: (context) => flag(!context.production),
  },
  NEWSGRAPH_GRAPHIQL: { group: 'production', description: 'serve GraphiQL at `/graphql`', schema: (context) => flag(!context.production) },
  NEWSGRAPH_EXPLORER: {
    group: 'production',
    description: 'serve the graph explorer at `/explore` (it only reads, through the public API; its operations are trusted documents too)',
    schema: () => flag(true),
  },
  NEWSGRAPH_FIELD_SUGGESTIONS: {
    group: 'production',
    description: '"Did you mean …?" in validation errors',
    schema: (context) => flag(!context.production),
  },
  NEWSGRAPH_TRUSTED_DOCUMENTS: {
    group: 'production',
    description: 'path of a trusted-documents manifest; only its operations run',
    shownDefault: 'unset',
    schema: () => optionalText(),
  },
  LOG_LEVEL: {
    group: 'operations',
    description: '`fatal`, `error`, `warn`, `info`, `debug`, `trace` or `silent`',
    shownDefault: '`info` (`silent` under vitest)',
    schema: (context) => oneOf(logLevels, context.env.VITEST ? 'silent' : 'info'),
  },
  NEWSGRAPH_SHUTDOWN_TIMEOUT_MS: {
    group: 'operations',
    description: 'how long SIGTERM waits for in-flight requests before closing their connections',
    schema: () => whole(10_000, 0),
  },
  REDIS_URL: {
    group: 'operations',
    description: '`redis://…` or `rediss://…`: share rate-limit budgets and live updates between instances (in this process when unset)',
    shownDefault: 'unset',
    schema: () => redisUrl(),
  },
  NEWSGRAPH_REDIS_PREFIX: {
    group: 'operations',
    description: 'prefix of the Redis channels (separate deployments sharing a Redis)',
    schema: () => text('newsgraph'),
  },
  NEWSGRAPH_RESPONSE_CACHE: {
    group: 'operations',
    description:
      'keep query answers and give them again while no write has committed since (see [Response cache](#response-cache)); in Redis, shared by every instance, when `REDIS_URL` is set. Off by default: it costs memory for the answers, one listening database connection per server and, for a client that has just written, a read of the write counter per query; it pays only where the same reads repeat',
    schema: () => flag(false),
  },
  NEWSGRAPH_RESPONSE_CACHE_TTL_MS: {
    group: 'operations',
    description: 'the longest a cached answer is kept (any write retires every answer sooner)',
    schema: () => whole(300_000),
  },
  NEWSGRAPH_RESPONSE_CACHE_MAX: {
    group: 'operations',
    description: 'answers kept in memory, least recently used dropped first (with Redis, its own `maxmemory` policy decides)',
    schema: () => whole(5_000),
  },
  DATABASE_REPLICA_URLS: {
    group: 'operations',
    description:
      'comma-separated `postgres://…` URLs of streaming replicas of `DATABASE_URL` that serve GraphQL queries (see [Read replicas](#read-replicas)); mutations, subscriptions and transactions use the primary',
    shownDefault: 'unset',
    schema: () => postgresUrls(),
  },
  NEWSGRAPH_REPLICA_PRIMARY_READS_MS: {
    group: 'operations',
    description:
      'after a client (key, token subject or address) sends a mutation, its queries read from the primary (and, with the response cache, read the write generation from the database) for this long, so it sees its own writes; shared between instances through `REDIS_URL`. Must be at least `NEWSGRAPH_REPLICA_MAX_LAG_MS` + `NEWSGRAPH_REPLICA_CHECK_MS`',
    schema: () => whole(5_000),
  },
  NEWSGRAPH_REPLICA_MAX_LAG_MS: {
    group: 'operations',
    description:
      'a replica further behind the primary than this (or unreachable) is set aside and its reads go to the primary until it catches up',
    schema: () => whole(2_000),
  },
  NEWSGRAPH_REPLICA_CHECK_MS: {
    group: 'operations',
    description: "how often each replica's reachability and lag are checked",
    schema: () => whole(1_000, 50),
  },
} satisfies Record<string, Definition>;

export type SettingName = keyof typeof settingDefinitions;

export type Settings = { [K in SettingName]: z.output<ReturnType<(typeof settingDefinitions)[K]['schema']>> };

/** A setting that does not parse: names the variable and what it must be. */
export class SettingsError extends Error {
  override name = 'SettingsError';
}

export function isProduction(env: Env = process.env): boolean {
  return env.NODE_ENV?.trim() === 'production';
}

function schemaFor(context: Context) {
  return z.object(
    Object.fromEntries(Object.entries(settingDefinitions).map(([name, definition]) => [name, (definition as Definition).schema(context)])),
  );
}

/** Every setting, parsed and checked; throws a SettingsError naming each bad variable. */
export function readSettings(env: Env = process.env): Settings {
  const context = { production: isProduction(env), env };
  const result = schemaFor(context).safeParse(env);
  if (!result.success) throw new SettingsError(result.error.issues.map((issue) => `${String(issue.path[0])} ${issue.message}`).join('; '));
  const settings = result.data as Settings;
  if (context.production && settings.NEWSGRAPH_LOCAL_ACCESS)
    throw new SettingsError('NEWSGRAPH_LOCAL_ACCESS cannot be on when NODE_ENV=production');
  if (settings.DATABASE_REPLICA_URLS.length && !/^postgres(ql)?:\/\//.test(settings.DATABASE_URL ?? ''))
    throw new SettingsError('DATABASE_REPLICA_URLS needs a PostgreSQL primary: set DATABASE_URL=postgres://…');
  // A replica is at most MAX_LAG + CHECK behind before it is set aside; the primary-reads window must outlast that.
  if (settings.NEWSGRAPH_REPLICA_MAX_LAG_MS + settings.NEWSGRAPH_REPLICA_CHECK_MS > settings.NEWSGRAPH_REPLICA_PRIMARY_READS_MS)
    throw new SettingsError(
      `NEWSGRAPH_REPLICA_PRIMARY_READS_MS (${settings.NEWSGRAPH_REPLICA_PRIMARY_READS_MS}) must be at least NEWSGRAPH_REPLICA_MAX_LAG_MS + NEWSGRAPH_REPLICA_CHECK_MS (${settings.NEWSGRAPH_REPLICA_MAX_LAG_MS + settings.NEWSGRAPH_REPLICA_CHECK_MS}), or a client could read a replica that has not replayed its write`,
    );
  return settings;
}

/** A default as the docs show it. */
function shown(value: unknown): string {
  if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) return 'unset';
  return `\`${Array.isArray(value) ? value.join(',') : String(value)}\``;
}

/** The README's table of one group of settings, from the definitions above. */
export function settingsTable(group: SettingGroup): string {
  const outside = readSettings({ VITEST: '' });
  const inside = readSettings({ NODE_ENV: 'production', VITEST: '' });
  const rows = Object.entries(settingDefinitions)
    .filter(([, definition]) => definition.group === group)
    .map(([name, definition]) => {
      const key = name as SettingName;
      const [a, b] = [shown(outside[key]), shown(inside[key])];
      const fallback =
        (definition as Definition).shownDefault ?? (a === b || key === 'NODE_ENV' ? a : `${a} outside production, ${b} in production`);
      return `| \`${name}\` | ${fallback} | ${definition.description} |`;
    });
  return ['| variable | default | meaning |', '| --- | --- | --- |', ...rows].join('\n');
}
