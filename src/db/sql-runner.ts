// The smallest SQL surface the migrator needs, over either engine newsgraph
// runs on. Prisma cannot be used for this: migrations must run before the
// client's tables exist, and the WASM schema engine cannot talk to a real
// PostgreSQL.
import type { PGlite, Transaction } from '@electric-sql/pglite';
import pg from 'pg';

export type Row = Record<string, unknown>;

export interface SqlExecutor {
  /** One statement, with `$1`-style parameters. */
  query<R extends Row = Row>(sql: string, params?: unknown[]): Promise<R[]>;
  /** A script of several statements, without parameters. */
  exec(sql: string): Promise<void>;
}

export interface SqlConnection extends SqlExecutor {
  /** Commits when `fn` resolves, rolls back when it throws. */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
}

export interface SqlRunner extends SqlConnection {
  /**
   * Runs `fn` on one connection held for its whole duration, so that session
   * state (a session-level advisory lock) stays with the work it guards.
   */
  connection<T>(fn: (conn: SqlConnection) => Promise<T>): Promise<T>;
}

type Serializer = <T>(fn: () => Promise<T>) => Promise<T>;

function createSerializer(): Serializer {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(fn: () => Promise<T>) => {
    const run = tail.then(fn, fn);
    tail = run.catch(() => undefined);
    return run;
  };
}

// PGlite is a single backend session: advisory locks taken twice in it are
// re-entrant and exclude nobody, so callers of `connection` on the same
// instance are queued in-process instead. Keyed by instance so that two
// runners built over one PGlite still exclude each other.
const pgliteSessions = new WeakMap<PGlite, Serializer>();

function pgliteExecutor(db: PGlite | Transaction): SqlExecutor {
  return {
    async query<R extends Row = Row>(sql: string, params?: unknown[]) {
      return (await db.query<R>(sql, params)).rows;
    },
    async exec(sql) {
      await db.exec(sql);
    },
  };
}

/** A runner over an open PGlite instance; the caller keeps ownership of it. */
export function pgliteRunner(db: PGlite): SqlRunner {
  let serialize = pgliteSessions.get(db);
  if (!serialize) {
    serialize = createSerializer();
    pgliteSessions.set(db, serialize);
  }
  const exclusive = serialize;
  const conn: SqlConnection = {
    ...pgliteExecutor(db),
    // PGlite's own transaction() holds its internal mutex, so statements from
    // other users of the instance cannot slip into the middle of ours.
    transaction: (fn) => db.transaction((tx) => fn(pgliteExecutor(tx))),
  };
  return { ...conn, connection: (fn) => exclusive(() => fn(conn)) };
}

function pgConnection(client: pg.ClientBase): SqlConnection {
  const executor: SqlExecutor = {
    async query<R extends Row = Row>(sql: string, params?: unknown[]) {
      return (await client.query<R>(sql, params)).rows;
    },
    async exec(sql) {
      // Without parameters pg uses the simple protocol, which accepts a
      // script of many statements.
      await client.query(sql);
    },
  };
  return {
    ...executor,
    async transaction(fn) {
      await client.query('BEGIN');
      try {
        const result = await fn(executor);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    },
  };
}

/**
 * A runner over a pg Pool (each `connection` checks out one client) or a
 * single pg Client (queued, since a transaction on a shared client would
 * otherwise swallow other callers' statements). The caller keeps ownership.
 */
export function pgRunner(target: pg.Pool | pg.Client): SqlRunner {
  if (target instanceof pg.Pool) {
    const pool = target;
    const connection = async <T>(fn: (conn: SqlConnection) => Promise<T>): Promise<T> => {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        return await fn(pgConnection(client));
      } catch (error) {
        // A client whose session state is unknown (a lock possibly still
        // held) must not go back into the pool.
        broken = error instanceof Error ? error : new Error(String(error));
        throw error;
      } finally {
        client.release(broken);
      }
    };
    return {
      query: async <R extends Row = Row>(sql: string, params?: unknown[]) => (await pool.query<R>(sql, params)).rows,
      exec: async (sql) => {
        await pool.query(sql);
      },
      transaction: (fn) => connection((conn) => conn.transaction(fn)),
      connection,
    };
  }
  const exclusive = createSerializer();
  const conn = pgConnection(target);
  return {
    query: <R extends Row = Row>(sql: string, params?: unknown[]) => exclusive(() => conn.query<R>(sql, params)),
    exec: (sql) => exclusive(() => conn.exec(sql)),
    transaction: (fn) => exclusive(() => conn.transaction(fn)),
    connection: (fn) => exclusive(() => fn(conn)),
  };
}
