// Read-your-writes: useRecentWrites notes when each client last sent a
// mutation, and the plugins that could show a client data older than its own
// write ask it. useReadReplicas decides which GraphQL operations may read from
// a replica (src/db/replicas.ts routes their statements): queries only, and
// only for a client that has not sent a mutation within the last
// primaryReadsMs. (The response cache asks it too: a recent writer reads the
// write generation from the database instead of the notified one.)
// Mutations (and every read they make), subscriptions and anything outside an
// operation read from the primary. The client is the one access control and
// rate limits name (key:<id>, sub:<subject>, ip:<address>). Its last write time
// is kept in Redis when REDIS_URL is set, so the rule holds when its next
// request lands on another instance; without Redis it holds per instance.
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { Counter, Gauge, type Registry } from 'prom-client';
import type { Context } from '../context.ts';
import { requestRedis } from '../live/redis.ts';
import type { Logger } from '../observability/logger.ts';
import { type ReplicaSet, replicaReads } from './replicas.ts';

export type ReadReplicaOptions = {
  replicas: ReplicaSet;
  /** After a client's mutation, its queries read from the primary for this long. */
  primaryReadsMs: number;
  /** Share the clients' last write times between instances; in this process when null. */
  redisUrl?: string | null;
  /** Prefix of the Redis keys. */
  keyPrefix?: string;
  logger?: Logger;
  /** Where the replica gauges go (the app's metrics registry). */
  registry?: Registry;
};

/** When each client last wrote: answers "did `clientId` write within the window?". */
export type RecentWrites = {
  mark(clientId: string): Promise<void>;
  wroteRecently(clientId: string): Promise<boolean>;
  close(): void;
};

export function createRecentWrites({
  primaryReadsMs,
  redisUrl,
  keyPrefix = 'newsgraph',
  logger,
}: Pick<ReadReplicaOptions, 'primaryReadsMs' | 'redisUrl' | 'keyPrefix' | 'logger'>): RecentWrites {
  const local = new Map<string, number>();
  const shared = redisUrl
    ? requestRedis(redisUrl, { logger, withoutRedis: 'recent writes: Redis unreachable; queries read from the primary' })
    : null;
  const key = (clientId: string) => `${keyPrefix}:wrote:${clientId}`;
  return {
    async mark(clientId) {
      const until = Date.now() + primaryReadsMs;
      local.set(clientId, until);
      if (local.size > 10_000) for (const [id, at] of local) if (at <= Date.now()) local.delete(id);
      await shared?.redis.set(key(clientId), '1', 'PX', primaryReadsMs).catch(shared.failed);
    },
    async wroteRecently(clientId) {
      const until = local.get(clientId);
      if (until !== undefined && until > Date.now()) return true;
      if (!shared) return false;
      try {
        return (await shared.redis.exists(key(clientId))) === 1;
      } catch (error) {
        // Unknown: the primary is always right.
        shared.failed(error);
        return true;
      }
    },
    close() {
      shared?.redis.disconnect();
    },
  };
}

/** Notes every client's mutations in `writes`, for the plugins that give a recent writer the primary's data (replicas, the response cache). */
export function useRecentWrites(writes: RecentWrites): Plugin<Record<string, unknown>> {
  return {
    async onExecute({ args, executeFn, setExecuteFn }) {
      if (getOperationAST(args.document, args.operationName)?.operation !== 'mutation') return;
      const clientId = (args.contextValue as unknown as Context).auth.principal.clientId;
      // Marked before (queries sent while it runs read the primary) and after (the window starts at the commit).
      await writes.mark(clientId);
      setExecuteFn(async (executeArgs) => {
        try {
          return await executeFn(executeArgs);
        } finally {
          await writes.mark(clientId);
        }
      });
    },
    onDispose() {
      writes.close();
    },
  };
}

/** Lets the queries of clients that have not written recently (useRecentWrites marks them) read from a replica. */
export function useReadReplicas(
  options: Pick<ReadReplicaOptions, 'replicas' | 'registry'> & { writes: RecentWrites },
): Plugin<Record<string, unknown>> {
  if (options.registry) registerReplicaMetrics(options.registry, options.replicas);
  return {
    async onExecute({ args, setExecuteFn, executeFn }) {
      if (getOperationAST(args.document, args.operationName)?.operation !== 'query') return;
      if (await options.writes.wroteRecently((args.contextValue as unknown as Context).auth.principal.clientId)) return;
      setExecuteFn((executeArgs) => replicaReads(() => executeFn(executeArgs)));
    },
  };
}

function registerReplicaMetrics(registry: Registry, replicas: ReplicaSet) {
  new Gauge({
    name: 'newsgraph_db_replica_up',
    help: 'Whether a read replica serves reads (1) or is set aside, unreachable or lagging (0).',
    labelNames: ['replica'],
    registers: [registry],
    collect() {
      for (const status of replicas.status()) this.set({ replica: status.label }, status.healthy ? 1 : 0);
    },
  });
  new Gauge({
    name: 'newsgraph_db_replica_lag_seconds',
    help: "How far a read replica's replay was behind the primary at the last check (unset when unreachable).",
    labelNames: ['replica'],
    registers: [registry],
    collect() {
      for (const status of replicas.status()) if (status.lagMs !== null) this.set({ replica: status.label }, status.lagMs / 1000);
    },
  });
  new Counter({
    name: 'newsgraph_db_reads_total',
    help: 'Read statements outside transactions by where they ran: a replica, the primary, or the primary after a replica failed them.',
    labelNames: ['target'],
    registers: [registry],
    collect() {
      this.reset();
      for (const [target, count] of Object.entries(replicas.counts)) this.inc({ target }, count);
    },
  });
}
