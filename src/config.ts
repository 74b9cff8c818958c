// Settings read from the environment, each with a default that makes
// `npm start` work with nothing set. README "Configuration" lists them.
import { type DatabaseTarget, parseDatabaseUrl } from './db/client.ts';
import { defaultLogLevel } from './observability/logger.ts';
import { readSecurityConfig, redisUrlFrom, type SecurityOptions } from './security.ts';

export type Config = {
  database: DatabaseTarget;
  port: number;
  host: string;
  autoMigrate: boolean;
  seed: boolean;
  /** Prepare Prisma's statements on PostgreSQL connections (off behind a pooler that cannot keep them, e.g. PgBouncer in transaction mode before 1.21). */
  preparedStatements: boolean;
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

export type OpsConfig = {
  logLevel: string;
  shutdownTimeoutMs: number;
  redisUrl?: string;
  redisPrefix: string;
};

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const value = env[name]?.trim().toLowerCase();
  if (value === undefined || value === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(value)) return true;
  if (['0', 'false', 'no', 'off'].includes(value)) return false;
  throw new Error(`${name} must be true or false (got "${env[name]}")`);
}

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 1): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number of at least ${min} (got "${raw}")`);
  return value;
}

export const defaultHttpLimits: HttpLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  idleTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 1_000,
};

function portOrNull(env: NodeJS.ProcessEnv, name: string): number | null {
  const raw = env[name]?.trim();
  if (!raw) return null;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) throw new Error(`${name} must be a port number (got "${raw}")`);
  return port;
}

export function readConfig(env = process.env): Config {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`PORT must be a port number (got "${env.PORT}")`);
  return {
    database: parseDatabaseUrl(env.DATABASE_URL, env.NEWSGRAPH_DATA_DIR),
    port,
    host: env.HOST || '0.0.0.0',
    autoMigrate: flag(env, 'NEWSGRAPH_AUTO_MIGRATE', true),
    seed: flag(env, 'NEWSGRAPH_SEED', true),
    preparedStatements: flag(env, 'NEWSGRAPH_PREPARED_STATEMENTS', true),
    security: readSecurityConfig(env),
    ops: readOpsConfig(env),
    benchProbe: flag(env, 'NEWSGRAPH_BENCH_PROBE', false),
    http: {
      headersTimeoutMs: wholeNumber(env, 'NEWSGRAPH_HEADERS_TIMEOUT_MS', defaultHttpLimits.headersTimeoutMs),
      requestTimeoutMs: wholeNumber(env, 'NEWSGRAPH_BODY_TIMEOUT_MS', defaultHttpLimits.requestTimeoutMs),
      idleTimeoutMs: wholeNumber(env, 'NEWSGRAPH_IDLE_TIMEOUT_MS', defaultHttpLimits.idleTimeoutMs),
      keepAliveTimeoutMs: wholeNumber(env, 'NEWSGRAPH_KEEP_ALIVE_TIMEOUT_MS', defaultHttpLimits.keepAliveTimeoutMs),
      maxConnections: wholeNumber(env, 'NEWSGRAPH_MAX_CONNECTIONS', defaultHttpLimits.maxConnections),
    },
    metricsPort: portOrNull(env, 'NEWSGRAPH_METRICS_PORT'),
    apiKey: env.NEWSGRAPH_API_KEY?.trim() || undefined,
  };
}

function readOpsConfig(env: NodeJS.ProcessEnv): OpsConfig {
  const shutdownTimeoutMs = Number(env.NEWSGRAPH_SHUTDOWN_TIMEOUT_MS ?? 10_000);
  if (!Number.isInteger(shutdownTimeoutMs) || shutdownTimeoutMs < 0) {
    throw new Error(`NEWSGRAPH_SHUTDOWN_TIMEOUT_MS must be a whole number of milliseconds (got "${env.NEWSGRAPH_SHUTDOWN_TIMEOUT_MS}")`);
  }
  return {
    logLevel: defaultLogLevel(env),
    shutdownTimeoutMs,
    redisUrl: redisUrlFrom(env),
    redisPrefix: env.NEWSGRAPH_REDIS_PREFIX?.trim() || 'newsgraph',
  };
}
