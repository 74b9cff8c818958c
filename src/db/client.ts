// Opens the database newsgraph runs on: an embedded PGlite (on disk by default,
// in memory for tests) or a real PostgreSQL, chosen from DATABASE_URL, and a
// Prisma client over it through the matching driver adapter.
import { createHash } from 'node:crypto';
import { mkdirSync, realpathSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { hostname } from 'node:os';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from '../generated/prisma/client.ts';
import { refusingAfterDeadline } from '../limits/deadline.ts';
import { countQuery } from '../observability/request-context.ts';
import { type DataDirLock, describeHolder, graphqlUrl, type LockHolder, lockDataDir } from './lock.ts';
import { migrate } from './migrator.ts';
import { createPGlite } from './pglite.ts';
import { createReplicaSet, type ReplicaOptions, type ReplicaSet } from './replicas.ts';
import { pgliteRunner, pgRunner } from './sql-runner.ts';

export type Db = PrismaClient;

export type DatabaseTarget = { kind: 'pglite'; dataDir: string | null } | { kind: 'postgres'; url: string };

export type Database = {
  db: Db;
  target: DatabaseTarget;
  /** A one-line description without secrets, for logs. */
  label: string;
  /** The embedded engine, when the target is PGlite. */
  pglite?: PGlite;
  /** The connection pool, when the target is PostgreSQL. */
  pool?: pg.Pool;
  /** The read replicas (DATABASE_REPLICA_URLS), when there are any. */
  replicas?: ReplicaSet;
  /**
   * Records in the PGlite data directory's lock that this process serves GraphQL on `address`, so that a refused
   * opener names it and `npm run ingest` sends its work there. Nothing for other databases.
   */
  announce(address: AddressInfo | string | null): void;
  close(): Promise<void>;
};

export class DatabaseConfigError extends Error {
  override name = 'DatabaseConfigError';
}

/** A PGlite data directory another process (or this one) has open. */
export class DataDirInUseError extends DatabaseConfigError {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
    readonly lockFile: string,
  ) {
    const advice = holder.url
      ? 'stop that server first, or send the work to its GraphQL API (npm run ingest does so by itself)'
      : holder.pid === process.pid
        ? 'close the database opened on it first'
        : 'wait for that process to end or stop it, or point NEWSGRAPH_DATA_DIR (or DATABASE_URL=file:…) at another directory';
    const gone = holder.hostname === hostname() ? '' : ` If that process is gone, delete ${lockFile}.`;
    super(
      `PGlite data directory ${dataDir} is in use by ${describeHolder(holder)}. PGlite allows one process per data directory (a second one corrupts it): ${advice}.${gone}`,
    );
  }
}

export const defaultDataDir = './data/pglite';

/**
 * DATABASE_URL: unset → PGlite in NEWSGRAPH_DATA_DIR (default ./data/pglite);
 * `memory://` → PGlite in memory; `file:<dir>` → PGlite in <dir>;
 * `postgres://…` or `postgresql://…` → PostgreSQL.
 */
export function parseDatabaseUrl(url: string | undefined, dataDir: string = defaultDataDir): DatabaseTarget {
  if (!url) return { kind: 'pglite', dataDir: path.resolve(dataDir || defaultDataDir) };
  if (url === 'memory://' || url === 'memory:') return { kind: 'pglite', dataDir: null };
  if (url.startsWith('file:')) {
    const dir = url.slice('file:'.length).replace(/^\/\/(?=\/)/, '');
    if (!dir) throw new DatabaseConfigError('DATABASE_URL "file:" needs a directory, e.g. file:./data/pglite');
    return { kind: 'pglite', dataDir: path.resolve(dir) };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    try {
      const parsed = new URL(url);
      if (!parsed.hostname && !parsed.searchParams.get('host')) throw new Error('no host');
    } catch {
      throw new DatabaseConfigError(`DATABASE_URL is not a valid PostgreSQL URL: ${redact(url)}`);
    }
    return { kind: 'postgres', url };
  }
  throw new DatabaseConfigError(`DATABASE_URL must start with postgres://, postgresql://, file: or be memory:// (got "${redact(url)}")`);
}

/** The URL without its password. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@/]*@/, '//$1:***@');
}

export type OpenOptions = {
  /** Called with every SQL statement the client sends (tests count them). */
  onQuery?: (sql: string) => void;
  /** PostgreSQL pool size (default 10). */
  poolSize?: number;
  /** PostgreSQL statement_timeout in ms: the server cancels longer statements (default 10 000). */
  statementTimeoutMs?: number;
  /** How long a query waits for a pooled connection, in ms (default 5 000). */
  connectTimeoutMs?: number;
  /** PostgreSQL: prepare each distinct statement once per connection (default true). */
  preparedStatements?: boolean;
  /** PostgreSQL streaming replicas that serve reads (src/db/replicas.ts); their pools are sized and timed as the primary's. */
  replicas?: ReplicaOptions & { urls: string[] };
};

/**
 * Prisma's other formats capture a stack trace at every operation (to point at the calling line in an error), which
 * costs more CPU than many of the queries themselves; errors here are reported by code and message, not code frame.
 */
const errorFormat = 'minimal';

export async function openDatabase(target: DatabaseTarget, options: OpenOptions = {}): Promise<Database> {
  // Query events always on: each request's log line reports its SQL statement count.
  const log = [{ emit: 'event' as const, level: 'query' as const }];
  const onQuery = (event: { query: string }) => {
    countQuery();
    options.onQuery?.(event.query);
  };
  if (options.replicas?.urls.length && target.kind !== 'postgres')
    throw new DatabaseConfigError('DATABASE_REPLICA_URLS needs a PostgreSQL primary (DATABASE_URL=postgres://…)');
  if (target.kind === 'pglite') {
    const { pglite, lock } = await openPGlite(target.dataDir);
    const db = new PrismaClient({ adapter: refusingAfterDeadline(new PrismaPGlite(pglite)), log, errorFormat });
    db.$on('query' as never, onQuery);
    const label = target.dataDir ? `PGlite at ${target.dataDir}` : 'PGlite in memory';
    return {
      db,
      target,
      label,
      pglite,
      announce: (address) => (typeof address === 'object' && address ? lock?.announce(graphqlUrl(address)) : undefined),
      async close() {
        try {
          await db.$disconnect();
          await pglite.close();
        } finally {
          lock?.release();
        }
      },
    };
  }
  const pool = servingPool(target.url, options);
  const label = `PostgreSQL at ${describePostgres(target.url)}`;
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => {});
    throw new DatabaseConfigError(`Cannot reach ${label}: ${(error as Error).message || String(error)}`);
  }
  const primary = pgAdapter(pool, options);
  let replicas: ReplicaSet | undefined;
  if (options.replicas?.urls.length) {
    const targets = options.replicas.urls.map((url) => {
      const replicaPool = servingPool(url, options);
      return { label: describePostgres(url), pool: replicaPool, factory: pgAdapter(replicaPool, options) };
    });
    replicas = createReplicaSet(pool, targets, options.replicas);
    // The first check decides whether each replica may serve reads; until it answers, they do not.
    await replicas.check();
  }
  const db = new PrismaClient({ adapter: refusingAfterDeadline(replicas ? replicas.adapter(primary) : primary), log, errorFormat });
  db.$on('query' as never, onQuery);
  return {
    db,
    target,
    label: replicas ? `${label} with ${replicas.status().length} read replica(s)` : label,
    pool,
    ...(replicas ? { replicas } : {}),
    announce: () => {},
    async close() {
      await db.$disconnect();
      await replicas?.close();
      await pool.end();
    },
  };
}

/** A pool for serving requests, on the primary or a replica. */
function servingPool(url: string, options: OpenOptions): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
    // Sent at connection start, so it holds for every statement, inside transactions too.
    statement_timeout: options.statementTimeoutMs ?? 10_000,
    // A transaction left open by a crashed request must not hold locks forever.
    idle_in_transaction_session_timeout: Math.max(options.statementTimeoutMs ?? 10_000, 10_000) * 2,
    // No JIT compilation: the server's statements are short index walks whose cost estimates (a lateral join over a
    // batch) easily pass jit_above_cost, and compiling took ~200 ms of a 250 ms path search on a 100k-article archive.
    options: '-c jit=off',
    // Each connection keeps the statements it prepared; replacing connections now and then bounds that memory.
    maxLifetimeSeconds: 600,
  });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => {});
  return pool;
}

function pgAdapter(pool: pg.Pool, options: OpenOptions): PrismaPg {
  // Named statements are parsed (and, once PostgreSQL finds a generic plan good enough, planned) once per connection.
  // The adapter passes the name to pg as is, and pg runs a statement without a name unprepared (its types say string).
  return new PrismaPg(
    pool,
    options.preparedStatements === false ? {} : { statementNameGenerator: statementName as (query: { sql: string }) => string },
  );
}

// SQL text → statement name. The name is a digest of the text, so a name never
// stands for two texts; the map only spares hashing the same text again. Text
// with a semicolon (raw SQL holding several commands) cannot be prepared and
// stays unnamed.
const statementNames = new Map<string, string>();

function statementName(query: { sql: string }): string | undefined {
  if (query.sql.includes(';')) return undefined;
  let name = statementNames.get(query.sql);
  if (!name) {
    if (statementNames.size >= 2000) statementNames.clear();
    name = `ng_${createHash('sha1').update(query.sql).digest('base64url')}`;
    statementNames.set(query.sql, name);
  }
  return name;
}

/** PGlite in memory, or in `dataDir` under its lock (src/db/lock.ts): one process per data directory. */
async function openPGlite(dataDir: string | null): Promise<{ pglite: PGlite; lock?: DataDirLock }> {
  if (!dataDir) return { pglite: await createPGlite() };
  let taken: ReturnType<typeof lockDataDir>;
  try {
    mkdirSync(dataDir, { recursive: true });
    taken = lockDataDir(realpathSync(dataDir));
  } catch (error) {
    throw new DatabaseConfigError(`Cannot open PGlite data directory ${dataDir}: ${(error as Error).message}`);
  }
  if ('holder' in taken) throw new DataDirInUseError(dataDir, taken.holder, taken.file);
  try {
    return { pglite: await createPGlite(dataDir), lock: taken.lock };
  } catch (error) {
    taken.lock.release();
    throw new DatabaseConfigError(`Cannot open PGlite data directory ${dataDir}: ${(error as Error).message}`);
  }
}

function describePostgres(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname || parsed.searchParams.get('host')}:${parsed.port || 5432}${parsed.pathname}`;
}

/** Applies pending migrations to the database with the project's migrator. */
export async function migrateDatabase(database: Database, log?: (line: string) => void): Promise<{ applied: string[] }> {
  if (database.pglite || database.target.kind !== 'postgres') return migrate(pgliteRunner(database.pglite as PGlite), log ? { log } : {});
  // Its own connections, without the serving pool's statement_timeout: building an index on a big table may take minutes.
  const pool = new pg.Pool({ connectionString: database.target.url, max: 3, connectionTimeoutMillis: 10_000 });
  pool.on('error', () => {});
  try {
    return await migrate(pgRunner(pool), log ? { log } : {});
  } finally {
    await pool.end();
  }
}
