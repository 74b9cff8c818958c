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
import { Redis } from 'ioredis';
import { Counter, type Registry } from 'prom-client';
import type { Principal } from '../auth/scopes.ts';
import type { Context } from '../context.ts';
import type { Db } from '../db/client.ts';
import { primaryReads } from '../db/replicas.ts';
import type { Logger } from '../observability/logger.ts';

export type ResponseCacheOptions = {
  /** How long an answer is kept at most (a write retires it sooner). */
  ttlMs: number;
  /** Answers kept in memory (least recently used go first); unused with Redis, which has its own memory policy. */
  maxEntries: number;
  /** Keep the answers in Redis, shared by every instance; in this process when null. */
  redisUrl?: string | null;
  /** Prefix of the Redis keys. */
  keyPrefix?: string;
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
  const redis = new Redis(options.redisUrl, {
    commandTimeout: 1_000,
    maxRetriesPerRequest: 1,
    keyPrefix: `${options.keyPrefix ?? 'newsgraph'}:cache:`,
  });
  redis.on('error', () => {});
  const shared = createRedisCache({ redis });
  let warned = 0;
  // While Redis is unreachable every request is a miss; said once a minute at most.
  const failed = (error: unknown) => {
    if (Date.now() - warned < 60_000) return;
    warned = Date.now();
    logger?.warn({ err: error }, 'response cache: Redis unreachable; answering without the cache');
  };
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
  /** Give GET answers an ETag and Cache-Control (trusted-documents mode: a GET names a document by hash, so its URL is stable). */
  httpCaching: boolean;
};

export function useResponseCache(options: UseResponseCacheOptions): Plugin {
  const store = createStore(options, options.logger);
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
      // Read before the query runs: an answer is never older than the generation it is kept under.
      const generation = await writeGeneration(ctx.db);
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
    onDispose() {
      store.close();
    },
  };
}
