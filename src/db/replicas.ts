// Read replicas: one driver adapter in front of the primary's and the
// replicas', which is the one place reads are routed. A statement goes to a
// replica only when all of these hold:
//   - it runs inside replicaReads() (src/db/use-read-replicas.ts opens that for
//     a GraphQL query of a client that has not written recently; everything
//     else, mutations, subscriptions, the CLI, ingestion, migrations, stays on
//     the primary);
//   - it is a read outside a transaction (queryRaw on the adapter itself;
//     executeRaw, scripts and every statement of a transaction use the primary);
//   - a replica is healthy: reachable, in recovery, and no further behind the
//     primary than maxLagMs at the last check.
// Routing in the adapter rather than with @prisma/extension-read-replicas:
// that extension sends only model reads (not $queryRaw, which most of the read
// path is) and has no health check, lag limit or read-your-writes rule.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery } from '@prisma/driver-adapter-utils';
import type pg from 'pg';
import { isDatabaseUnavailable } from '../observability/errors.ts';

export type ReplicaOptions = {
  /** Stop reading from a replica whose replay is further behind the primary than this. */
  maxLagMs: number;
  /** How often each replica's health and lag are checked. */
  checkIntervalMs: number;
  /** Told when a replica is set aside or taken back. */
  log?: (level: 'warn' | 'info', message: string, facts: Record<string, unknown>) => void;
};

export type ReplicaStatus = { label: string; healthy: boolean; lagMs: number | null; reason: string | null };

/** Statements sent to each kind of server, for the metrics and the tests. */
export type ReadCounts = { replica: number; primary: number; fallback: number };

export type ReplicaSet = {
  /** The Prisma driver adapter factory that routes between `primary` and the replicas. */
  adapter(primary: SqlDriverAdapterFactory): SqlDriverAdapterFactory;
  status(): ReplicaStatus[];
  counts: ReadCounts;
  /** Checks every replica now (also run every checkIntervalMs). */
  check(): Promise<void>;
  close(): Promise<void>;
};

export type ReplicaTarget = { label: string; pool: pg.Pool; factory: SqlDriverAdapterFactory };

const scope = new AsyncLocalStorage<true>();

/** Runs `fn` with its reads allowed to go to a replica. */
export function replicaReads<T>(fn: () => T): T {
  return scope.run(true, fn);
}

/** Runs `fn` with its reads on the primary, inside a replicaReads scope too (the response cache keeps only answers as new as the primary). */
export function primaryReads<T>(fn: () => T): T {
  return scope.exit(fn);
}

type Replica = ReplicaTarget & { adapter?: SqlDriverAdapter; status: ReplicaStatus };

type Sample = { at: number; lsn: bigint };

/** '16/B374D848' → a number that orders as the WAL position does. */
function parseLsn(text: string): bigint {
  const [high = '0', low = '0'] = text.split('/');
  return (BigInt(`0x${high}`) << 32n) | BigInt(`0x${low}`);
}

export function createReplicaSet(primaryPool: pg.Pool, targets: ReplicaTarget[], options: ReplicaOptions): ReplicaSet {
  const replicas: Replica[] = targets.map((target) => ({
    ...target,
    // Not used before its first check says it may be.
    status: { label: target.label, healthy: false, lagMs: null, reason: 'not checked yet' },
  }));
  const counts: ReadCounts = { replica: 0, primary: 0, fallback: 0 };
  // The primary's WAL position over the last maxLagMs and more: a replica that has replayed up to a sample's position
  // is at most (now - that sample's time) behind. Measured in this process, so no clock skew between servers enters.
  let samples: Sample[] = [];
  let next = 0;

  const setStatus = (replica: Replica, healthy: boolean, lagMs: number | null, reason: string | null) => {
    const was = replica.status.healthy;
    replica.status = { label: replica.label, healthy, lagMs, reason };
    if (was && !healthy) options.log?.('warn', 'read replica set aside; its reads go to the primary', { replica: replica.label, reason });
    if (!was && healthy) options.log?.('info', 'read replica in use', { replica: replica.label, lagMs });
  };

  const checkOne = async (replica: Replica, now: number) => {
    try {
      const { rows } = await replica.pool.query<{ recovery: boolean; lsn: string | null }>(
        'SELECT pg_is_in_recovery() AS recovery, pg_last_wal_replay_lsn()::text AS lsn',
      );
      const row = rows[0];
      if (!row?.recovery || !row.lsn) return setStatus(replica, false, null, 'not a streaming replica (not in recovery)');
      const replayed = parseLsn(row.lsn);
      const caughtUp = samples.findLast((sample) => sample.lsn <= replayed);
      const oldest = samples[0];
      const lagMs = caughtUp ? Math.max(0, now - caughtUp.at) : oldest ? now - oldest.at : 0;
      // Behind every sample, it is at least as far behind as the oldest one.
      if (lagMs > options.maxLagMs)
        return setStatus(replica, false, lagMs, `replay is ${lagMs} ms behind the primary (limit ${options.maxLagMs} ms)`);
      setStatus(replica, true, lagMs, null);
    } catch (error) {
      setStatus(replica, false, null, `unreachable: ${(error as Error).message || String(error)}`);
    }
  };

  const check = async () => {
    const now = Date.now();
    try {
      const { rows } = await primaryPool.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn');
      samples.push({ at: now, lsn: parseLsn(rows[0]?.lsn ?? '0/0') });
    } catch {
      // The primary down: the replicas' lag cannot be measured; keep the last verdicts (reads fall back per statement).
      return;
    }
    const horizon = now - options.maxLagMs - 2 * options.checkIntervalMs;
    samples = samples.filter((sample, index) => sample.at >= horizon || index === samples.length - 1);
    await Promise.all(replicas.map((replica) => checkOne(replica, now)));
  };

  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  const loop = () => {
    running = check().finally(() => {
      running = undefined;
    });
  };
  timer = setInterval(loop, options.checkIntervalMs);
  timer.unref();
  loop();

  const pick = (): Replica | undefined => {
    if (!scope.getStore()) return undefined;
    const healthy = replicas.filter((replica) => replica.status.healthy && replica.adapter);
    if (!healthy.length) return undefined;
    next = (next + 1) % healthy.length;
    return healthy[next];
  };

  return {
    counts,
    status: () => replicas.map((replica) => ({ ...replica.status })),
    check: async () => {
      await running;
      await check();
    },
    adapter(primaryFactory) {
      return {
        provider: primaryFactory.provider,
        adapterName: primaryFactory.adapterName,
        async connect() {
          const primary = await primaryFactory.connect();
          for (const replica of replicas) replica.adapter = await replica.factory.connect();
          return routingAdapter(primary, pick, counts, (replica, error) =>
            setStatus(replica, false, null, `failed a read: ${(error as Error).message || String(error)}`),
          );
        },
      };
    },
    async close() {
      clearInterval(timer);
      timer = undefined;
      await running;
      await Promise.all(replicas.map((replica) => replica.pool.end().catch(() => {})));
    },
  };
}

function routingAdapter(
  primary: SqlDriverAdapter,
  pick: () => Replica | undefined,
  counts: ReadCounts,
  failed: (replica: Replica, error: unknown) => void,
): SqlDriverAdapter {
  const router: SqlDriverAdapter = {
    provider: primary.provider,
    adapterName: primary.adapterName,
    async queryRaw(query: SqlQuery) {
      const replica = pick();
      if (!replica?.adapter) {
        counts.primary += 1;
        return primary.queryRaw(query);
      }
      try {
        const result = await replica.adapter.queryRaw(query);
        counts.replica += 1;
        return result;
      } catch (error) {
        // A read is safe to repeat: a replica gone (or a statement cancelled by a recovery conflict) is retried on the primary.
        if (!isDatabaseUnavailable(error) && !isRecoveryConflict(error)) throw error;
        failed(replica, error);
        counts.fallback += 1;
        return primary.queryRaw(query);
      }
    },
    executeRaw: (query) => primary.executeRaw(query),
    executeScript: (script) => primary.executeScript(script),
    startTransaction: (isolationLevel) => primary.startTransaction(isolationLevel),
    async dispose() {
      await primary.dispose();
    },
  };
  if (primary.getConnectionInfo)
    router.getConnectionInfo = () => (primary.getConnectionInfo as () => ReturnType<NonNullable<SqlDriverAdapter['getConnectionInfo']>>)();
  return router;
}

// 40001 outside serializable isolation on a standby: "canceling statement due to conflict with recovery".
function isRecoveryConflict(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const e = current as { code?: unknown; originalCode?: unknown; message?: unknown; cause?: unknown };
    if (e.code === '40001' || e.originalCode === '40001') return true;
    if (typeof e.message === 'string' && /conflict with recovery/.test(e.message)) return true;
    current = e.cause;
  }
  return false;
}
