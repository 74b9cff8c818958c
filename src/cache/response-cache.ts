// The response cache: a query's answer is kept and given again to the next
// caller who asks the same thing, with the same credentials, while the data is
// unchanged. "Unchanged" is the write generation (prisma/schema.prisma,
// WriteGeneration): database triggers raise it once per committed transaction
// that wrote a graph table, whoever wrote it (a mutation, `npm run ingest`, a
// script, psql), and it is part of every key. Rankings, counts, search and
// paths depend on writes in ways an entity-by-entity invalidation cannot follow;
// a new generation retires every answer at once, so none is ever stale.
//
// The answers live in memory (an LRU of maxEntries) or, with REDIS_URL, in
// Redis, shared by every instance; the stores are the ones
// @graphql-yoga/plugin-response-cache and @envelop/response-cache-redis
// provide. The plugin itself is ours: the package's serves a hit while parsing
// the request's parameters, before trusted documents, the cost limit and the
// rate limit (src/limits/admission.ts) have seen it, and its If-None-Match
// answer skips them too. This one answers on envelop's execute hook, placed
// after those plugins, so a hit is admitted, measured and charged exactly like
// the query that filled it; a refused query never reaches the cache.
import { createHash } from 'node:crypto';
import { createRedisCache } from '@envelop/response-cache-redis';
import { createInMemoryCache } from '@graphql-yoga/plugin-response-cache';
import { type DocumentNode, type ExecutionResult, getOperationAST, print } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { Counter, Gauge, type Registry } from 'prom-client';
import type { Principal } from '../auth/scopes.ts';
import type { Context } from '../context.ts';
import type { Db } from '../db/client.ts';
import { primaryReads } from '../db/replicas.ts';
import type { RecentWrites } from '../db/use-read-replicas.ts';
import { requestRedis } from '../live/redis.ts';
import type { Logger } from '../observability/logger.ts';
import { followGeneration, type GenerationSource } from './generation.ts';

export type ResponseCacheOptions = {
  /** How long an answer is kept at most (a write retires it sooner). */
  ttlMs: number;
  /** Answers kept in memory (least recently used go first); unused with Redis, which has its own memory policy. */
  maxEntries: number;
  /** Keep the answers in Redis, shared by every instance; in this process when null. */
  redisUrl?: string | null;
  /** Prefix of the Redis keys. */
  keyPrefix?: string;
  /** After a client's mutation, its queries read the generation from the database for this long (read-your-writes; default 5 s). */
  primaryReadsMs?: number;
  /** Where write notifications come from (src/cache/generation.ts); without one every query reads the generation. */
  generation?: GenerationSource | null;
};

type Store = {
  get(key: string): Promise<ExecutionResult | null>;
  set(key: string, result: ExecutionResult, ttlMs: number): Promise<void>;
  close(): void;
};

/** What the HTTP response of a cacheable GET carries, by request. */
type HttpFacts = { etag: string; shared: boolean };

/** The write generation: changes when, and only when, a transaction that wrote the graph commits. */
export async function writeGeneration(db: Db): Promise<string | null> {
  const row = await db.writeGeneration.findUnique({ where: { id: 1 }, select: { value: true } });
  return row ? String(row.value) : null;
}

/**
 * Whose answer it is: results depend on the scopes the schema's checks saw,
 * so every credential has its own entries (an API key by id, a token by
 * subject) and anonymous callers share theirs, by the scopes they get.
 */
export function sessionOf(principal: Principal): string {
  const scopes = [...principal.scopes].sort().join(',');
  if (principal.kind === 'key') return `key:${principal.keyId}|${scopes}`;
  if (principal.kind === 'token') return `token:${principal.subject ?? principal.clientId}|${scopes}`;
  return `anonymous|${scopes}`;
}

function createStore(options: ResponseCacheOptions, logger?: Logger): Store {
  if (!options.redisUrl) {
    const memory = createInMemoryCache({ max: options.maxEntries });
    return {
      get: async (key) => (await memory.get(key)) ?? null,
      // No entities: the generation retires answers, so none are tracked.
      set: async (key, result, ttlMs) => memory.set(key, result, [], ttlMs),
      close() {},
    };
  }
  // While Redis is unreachable every request is a miss.
  const { redis, failed } = requestRedis(options.redisUrl, {
    keyPrefix: `${options.keyPrefix ?? 'newsgraph'}:cache:`,
    logger,
    withoutRedis: 'response cache: Redis unreachable; answering without the cache',
  });
  const shared = createRedisCache({ redis });
  return {
    async get(key) {
      try {
        return ((await shared.get(key)) as ExecutionResult | undefined) ?? null;
      } catch (error) {
        failed(error);
        return null;
      }
    },
    async set(key, result, ttlMs) {
      try {
        await shared.set(key, result, [], ttlMs);
      } catch (error) {
        failed(error);
      }
    },
    close() {
      redis.disconnect();
    },
  };
}

/** JSON with object keys sorted, so that `{a, b}` and `{b, a}` name the same answer. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}

export type UseResponseCacheOptions = ResponseCacheOptions & {
  db: Db;
  /** Where the hit and miss counters go (the app's metrics registry). */
  registry?: Registry;
  logger?: Logger;
  /** Who wrote recently (useRecentWrites marks them): their queries read the generation from the database. */
  recentWrites: RecentWrites;
  /** Give GET answers an ETag and Cache-Control (trusted-documents mode: a GET names a document by hash, so its URL is stable). */
  httpCaching: boolean;
};

export function useResponseCache(options: UseResponseCacheOptions): Plugin {
  const store = createStore(options, options.logger);
  const follower = options.generation ? followGeneration(options.generation, options.logger) : null;
  const registers = options.registry ? [options.registry] : [];
  const hits = new Counter({
    name: 'newsgraph_response_cache_hits_total',
    help: 'Queries answered from the response cache.',
    registers,
  });
  const misses = new Counter({
    name: 'newsgraph_response_cache_misses_total',
    help: 'Cacheable queries the response cache did not hold (they ran, and their answers were kept when free of errors).',
    registers,
  });
  new Gauge({
    name: 'newsgraph_response_cache_generation',
    help: 'The write generation this instance last heard of (unset while it is not listening and every query reads it).',
    registers,
    collect() {
      const known = follower?.known();
      this.reset();
      if (known != null) this.set(Number(known));
    },
  });
  // yoga's parser cache gives the same document object for the same text, so each is printed once.
  const printed = new WeakMap<DocumentNode, string>();
  const textOf = (document: DocumentNode) => {
    let text = printed.get(document);
    if (text === undefined) {
      text = print(document);
      printed.set(document, text);
    }
    return text;
  };
  const httpFacts = new WeakMap<Request, HttpFacts>();

  return {
    async onExecute({ args, executeFn, setExecuteFn }) {
      // Queries only: mutations write, and subscriptions never come through execute.
      if (getOperationAST(args.document, args.operationName)?.operation !== 'query') return;
      const ctx = args.contextValue as unknown as Context;
      const principal = ctx.auth.principal;
      if (principal.kind === 'invalid') return;
      // Known before the query runs: an answer is never older than the generation it is kept under. The one this
      // process heard of may be a notification's delay behind a commit (another instance's, a script's); a client
      // that has just written reads it from the database, so it sees its write on any instance.
      const known = follower?.known() ?? null;
      const generation =
        known !== null && !(await options.recentWrites.wroteRecently(principal.clientId)) ? known : await writeGeneration(ctx.db);
      if (generation === null) return;
      const key = createHash('sha256')
        .update(stableJson([generation, sessionOf(principal), textOf(args.document), args.operationName ?? '', args.variableValues ?? {}]))
        .digest('hex');
      // The key names the answer exactly (same generation, caller, document and variables: same data), so it is the ETag.
      const cacheableOverHttp = () => {
        if (!options.httpCaching || ctx.request.method !== 'GET') return;
        httpFacts.set(ctx.request, { etag: `"${key}"`, shared: principal.kind === 'anonymous' && principal.scopes.size === 0 });
      };
      const cached = await store.get(key);
      if (cached) {
        hits.inc();
        cacheableOverHttp();
        setExecuteFn(() => ({ data: cached.data, extensions: { responseCache: { hit: true } } }));
        return;
      }
      misses.inc();
      setExecuteFn(async (executeArgs) => {
        // From the primary, whatever useReadReplicas (after this plugin, so around this function) allows:
        // a lagging replica's answer kept under the primary's generation would outlive its lag.
        const result = await primaryReads(() => executeFn(executeArgs));
        if (Symbol.asyncIterator in result) return result;
        // Only whole answers: errors may be the caller's alone (a missing scope) or passing (a timeout).
        if (result.data && !result.errors?.length) {
          await store.set(key, { data: result.data }, options.ttlMs);
          cacheableOverHttp();
        }
        return { ...result, extensions: { ...result.extensions, responseCache: { hit: false } } };
      });
    },
    onResponse({ request, response, setResponse, fetchAPI }) {
      const facts = httpFacts.get(request);
      if (!facts || response.status !== 200) return;
      // No max-age: a browser or CDN asks again every time (If-None-Match), and a write changes the ETag.
      const headers = new fetchAPI.Headers(response.headers);
      headers.set('etag', facts.etag);
      headers.set('cache-control', facts.shared ? 'public, no-cache' : 'private, no-cache');
      headers.append('vary', 'authorization, x-api-key');
      const match = request.headers.get('if-none-match');
      if (match?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === facts.etag)) {
        headers.delete('content-type');
        headers.delete('content-length');
        setResponse(new fetchAPI.Response(null, { status: 304, headers }));
        return;
      }
      setResponse(new fetchAPI.Response(response.body, { status: response.status, headers }));
    },
    async onDispose() {
      store.close();
      await follower?.close();
    },
  };
}
