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
  /** NEWSGRAPH_API_KEY: the credential `npm run ingest` sends to the server that holds the PGlite data directory. */
  apiKey: string | undefined;
};

export type OpsConfig = {
  logLevel: string;
  shutdownTimeoutMs: number;
  redisUrl?: string;
  redisPrefix: string;
};

function flag(name: string, fallback: boolean): boolean {
  const value = process.env[name]?.trim().toLowerCase();
  if (value === undefined || value === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(value)) return true;
  if (['0', 'false', 'no', 'off'].includes(value)) return false;
  throw new Error(`${name} must be true or false (got "${process.env[name]}")`);
}

export function readConfig(env = process.env): Config {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`PORT must be a port number (got "${env.PORT}")`);
  return {
    database: parseDatabaseUrl(env.DATABASE_URL, env.NEWSGRAPH_DATA_DIR),
    port,
    host: env.HOST || '0.0.0.0',
    autoMigrate: flag('NEWSGRAPH_AUTO_MIGRATE', true),
    seed: flag('NEWSGRAPH_SEED', true),
    preparedStatements: flag('NEWSGRAPH_PREPARED_STATEMENTS', true),
    security: readSecurityConfig(env),
    ops: readOpsConfig(env),
    benchProbe: flag('NEWSGRAPH_BENCH_PROBE', false),
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
