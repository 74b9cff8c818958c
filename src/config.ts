// The server process's settings, shaped for the code that uses them. They are
// read and checked in src/settings.ts (one zod schema of every variable, with
// its default and meaning); the README's tables are printed from there.
import type { ResponseCacheOptions } from './cache/response-cache.ts';
import { type DatabaseTarget, parseDatabaseUrl } from './db/client.ts';
import { type SecurityOptions, securityFrom } from './security.ts';
import { type Env, readSettings, type Settings } from './settings.ts';

export type Config = {
  database: DatabaseTarget;
  port: number;
  host: string;
  autoMigrate: boolean;
  seed: boolean;
  /** Prepare Prisma's statements on PostgreSQL connections (off behind a pooler that cannot keep them, e.g. PgBouncer in transaction mode before 1.21). */
  preparedStatements: boolean;
  /** Extraction's worker threads; undefined: the pool's default. */
  extractThreads: number | undefined;
  /** Access control and limits (README "Running in production"). */
  security: SecurityOptions;
  /** Logging, shutdown and live-update settings. */
  ops: OpsConfig;
  /** Count SQL statements and serve them at /__bench (npm run bench only). */
  benchProbe: boolean;
  /** Connection limits of the HTTP server. */
  http: HttpLimits;
  /** Serve /metrics on this port of its own (on HOST), in addition to NEWSGRAPH_METRICS on the main port; null: none. */
  metricsPort: number | null;
  /** Streaming replicas that serve queries, and the rules for using them (src/db/replicas.ts); null: none. */
  replicas: ReplicaConfig | null;
  /** The response cache (src/cache/response-cache.ts); null: off. */
  responseCache: ResponseCacheOptions | null;
  /** NEWSGRAPH_API_KEY: the credential `npm run ingest` sends to the server that holds the PGlite data directory. */
  apiKey: string | undefined;
};

export type HttpLimits = {
  /** Time to receive a request's headers. */
  headersTimeoutMs: number;
  /** Time to receive a whole request, body included. */
  requestTimeoutMs: number;
  /** A connection with no traffic either way for this long is closed (a client that stopped reading its response). */
  idleTimeoutMs: number;
  /** How long an idle keep-alive connection waits for the next request. */
  keepAliveTimeoutMs: number;
  /** Open connections at once, WebSockets and SSE streams included; more are refused. */
  maxConnections: number;
};

export type ReplicaConfig = { urls: string[]; primaryReadsMs: number; maxLagMs: number; checkIntervalMs: number };

export type OpsConfig = {
  logLevel: string;
  shutdownTimeoutMs: number;
  redisUrl?: string;
  redisPrefix: string;
};

/** The server's settings, read once through src/settings.ts. */
export function readConfig(env: Env = process.env): Config {
  const settings = readSettings(env);
  return {
    database: parseDatabaseUrl(settings.DATABASE_URL ?? undefined, settings.NEWSGRAPH_DATA_DIR),
    port: settings.PORT,
    host: settings.HOST,
    autoMigrate: settings.NEWSGRAPH_AUTO_MIGRATE,
    seed: settings.NEWSGRAPH_SEED,
    preparedStatements: settings.NEWSGRAPH_PREPARED_STATEMENTS,
    extractThreads: settings.NEWSGRAPH_EXTRACT_THREADS || undefined,
    security: securityFrom(settings),
    ops: {
      logLevel: settings.LOG_LEVEL,
      shutdownTimeoutMs: settings.NEWSGRAPH_SHUTDOWN_TIMEOUT_MS,
      ...(settings.REDIS_URL ? { redisUrl: settings.REDIS_URL } : {}),
      redisPrefix: settings.NEWSGRAPH_REDIS_PREFIX,
    },
    benchProbe: settings.NEWSGRAPH_BENCH_PROBE,
    http: httpLimitsFrom(settings),
    metricsPort: settings.NEWSGRAPH_METRICS_PORT,
    responseCache: settings.NEWSGRAPH_RESPONSE_CACHE
      ? {
          ttlMs: settings.NEWSGRAPH_RESPONSE_CACHE_TTL_MS,
          maxEntries: settings.NEWSGRAPH_RESPONSE_CACHE_MAX,
          redisUrl: settings.REDIS_URL,
          keyPrefix: settings.NEWSGRAPH_REDIS_PREFIX,
          primaryReadsMs: settings.NEWSGRAPH_REPLICA_PRIMARY_READS_MS,
        }
      : null,
    replicas: settings.DATABASE_REPLICA_URLS.length
      ? {
          urls: settings.DATABASE_REPLICA_URLS,
          primaryReadsMs: settings.NEWSGRAPH_REPLICA_PRIMARY_READS_MS,
          maxLagMs: settings.NEWSGRAPH_REPLICA_MAX_LAG_MS,
          checkIntervalMs: settings.NEWSGRAPH_REPLICA_CHECK_MS,
        }
      : null,
    apiKey: settings.NEWSGRAPH_API_KEY ?? undefined,
  };
}

function httpLimitsFrom(settings: Settings): HttpLimits {
  return {
    headersTimeoutMs: settings.NEWSGRAPH_HEADERS_TIMEOUT_MS,
    requestTimeoutMs: settings.NEWSGRAPH_BODY_TIMEOUT_MS,
    idleTimeoutMs: settings.NEWSGRAPH_IDLE_TIMEOUT_MS,
    keepAliveTimeoutMs: settings.NEWSGRAPH_KEEP_ALIVE_TIMEOUT_MS,
    maxConnections: settings.NEWSGRAPH_MAX_CONNECTIONS,
  };
}

export const defaultHttpLimits: HttpLimits = httpLimitsFrom(readSettings({}));
