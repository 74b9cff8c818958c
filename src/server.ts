// createApp(): the yoga instance over a database. It never listens; main.ts
// and the tests decide how requests reach it.
import type { GraphQLError } from 'graphql';
import { createGraphQLError, createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type pg from 'pg';
import { credentialStillValid, type JwtClaims, resolvePrincipal } from './auth/credentials.ts';
import { type ResponseCacheOptions, useResponseCache } from './cache/response-cache.ts';
import { type Context, createContext } from './context.ts';
import type { Db } from './db/client.ts';
import { createRecentWrites, type ReadReplicaOptions, useReadReplicas, useRecentWrites } from './db/use-read-replicas.ts';
import { useExports } from './export/use-exports.ts';
import type { ExtractMeta } from './extract/types.ts';
import { createExtractPool, type ExtractPool } from './ingest/extract-pool.ts';
import { deadlineSignal } from './limits/deadline.ts';
import { createRateLimiter } from './limits/rate-limit.ts';
import { createSubscriptionCounter } from './limits/subscriptions.ts';
import type { TrustedDocuments } from './limits/trusted-documents.ts';
import { createLive, type Live } from './live/pubsub.ts';
import { databaseClientFault, isDatabaseUnavailable } from './observability/errors.ts';
import { createLogger, type Logger } from './observability/logger.ts';
import { createMetrics, type Metrics } from './observability/metrics.ts';
import { useObservability, useReady } from './observability/plugin.ts';
import { currentRequest } from './observability/request-context.ts';
import { useWellFormedText } from './observability/well-formed.ts';
import { schema } from './schema/index.ts';
import { type SecurityOptions, securityDefaults, securityPlugins } from './security.ts';
import { useWebPages } from './web/use-web-pages.ts';

export type AppOptions = {
  db: Db;
  /** Where unexpected (masked) errors go, with the request id the client was given; defaults to the logger. */
  logError?: (error: unknown, requestId?: string) => void;
  /** Defaults to security.graphiql. */
  graphiql?: boolean;
  /** Access control and limits; defaults to securityDefaults() (strict when NODE_ENV=production). */
  security?: SecurityOptions;
  logger?: Logger;
  /** Subscriptions' event bus; in-process unless given (main.ts passes the Redis one when REDIS_URL is set). */
  live?: Live;
  /** The PostgreSQL pool, for its metrics. */
  pool?: pg.Pool;
  /** The metrics registry; main.ts passes its own when /metrics has a port of its own. */
  metrics?: Metrics;
  /** Worker threads for ingestArticleText's extraction; defaults to createExtractPool({ threads: extractThreads }), closed with the app. A pool given here is its owner's to close. */
  extractPool?: ExtractPool;
  /** Size of the default extraction pool (see ExtractPoolOptions.threads). */
  extractThreads?: number;
  /** Send queries to the database's read replicas (src/db/use-read-replicas.ts); the replica set stays its database's to close. */
  readReplicas?: Omit<ReadReplicaOptions, 'logger' | 'registry'>;
  /** Keep query answers while the data is unchanged (src/cache/response-cache.ts); off when null or absent. */
  responseCache?: ResponseCacheOptions | null;
};

export type App = YogaServerInstance<Record<string, unknown>, Context>;

/** What a transport outside yoga's HTTP handling (WebSocket) must enforce as the app does. */
export type TransportSettings = { maxBodyBytes: number; trustedDocuments: TrustedDocuments | null; logger: Logger };

const transportSettings = new WeakMap<App, TransportSettings>();

export function transportSettingsOf(app: App): TransportSettings {
  const settings = transportSettings.get(app);
  if (!settings) throw new Error('not an app made by createApp');
  return settings;
}

export function createApp({
  db,
  graphiql,
  security = securityDefaults(),
  logger = createLogger(),
  live = createLive(),
  pool,
  metrics = createMetrics({ pool }),
  extractPool,
  extractThreads,
  ...options
}: AppOptions): App {
  const logError =
    options.logError ?? ((error: unknown, requestId?: string) => logger.error({ requestId, err: error }, 'unexpected error (masked)'));
  const rateLimiter = security.rateLimit.points > 0 ? createRateLimiter(security.rateLimit) : null;
  const ownPool = extractPool ? null : createExtractPool(extractThreads ? { threads: extractThreads } : {});
  const extraction = extractPool ?? (ownPool as ExtractPool);
  const extract = (text: string, meta: ExtractMeta) => extraction.extract(text, meta, deadlineSignal());
  const principalOf = (initial: { request: Request; jwt?: unknown }) =>
    resolvePrincipal(db, security.auth, initial.request, initial, initial.jwt as { payload: JwtClaims } | undefined);
  const graphqlEndpoint = '/graphql';
  // Who wrote recently: their queries read the primary (replicas) and the database's write generation (response cache).
  const readYourWrites = options.readReplicas ?? options.responseCache;
  const recentWrites = readYourWrites
    ? createRecentWrites({
        primaryReadsMs: readYourWrites.primaryReadsMs ?? 5_000,
        redisUrl: readYourWrites.redisUrl ?? null,
        ...(readYourWrites.keyPrefix ? { keyPrefix: readYourWrites.keyPrefix } : {}),
        logger,
      })
    : null;
  const app = createYoga<Record<string, unknown>, Context>({
    schema,
    context: async (initial) => {
      const principal = await principalOf(initial);
      return createContext({
        db,
        auth: { principal, requireKeyForReads: security.auth.requireKeyForReads },
        live,
        request: initial.request,
        extract,
      });
    },
    logging: yogaLogger(logger),
    // Same origin only unless NEWSGRAPH_CORS_ORIGINS names others; never an echo of whatever Origin came.
    cors: (request) => corsFor(request.headers.get('origin'), security.corsOrigins),
    plugins: [
      useObservability({
        logger,
        metrics,
        metricsAccess: security.metrics,
        principalOf: (request, serverContext) => principalOf({ ...(serverContext as object), request }),
      }),
      useReady(db),
      metrics.plugin,
      useWebPages({
        graphiql: graphiql ?? security.graphiql,
        explorer: security.explorer,
        trustedDocuments: security.trustedDocuments !== null,
        metrics: security.metrics,
        endpoint: graphqlEndpoint,
      }),
      useExports({ endpoint: graphqlEndpoint, byHash: security.trustedDocuments !== null, logError }),
      useWellFormedText(),
      ...securityPlugins(security, rateLimiter, {
        clientIdOf: async (initial) => (await principalOf(initial as { request: Request })).clientId,
        subscriptions: createSubscriptionCounter(security.maxSubscriptionsPerClient),
        stillValid: (ctx) => credentialStillValid(db, ctx.auth.principal, ctx.request),
      }),
      ...(recentWrites ? [useRecentWrites(recentWrites)] : []),
      // After the security plugins: a cached answer is admitted, measured and charged like any other.
      ...(options.responseCache && recentWrites
        ? [
            useResponseCache({
              ...options.responseCache,
              db,
              logger,
              recentWrites,
              registry: metrics.registry,
              httpCaching: security.trustedDocuments !== null,
            }),
          ]
        : []),
      ...(options.readReplicas && recentWrites
        ? [useReadReplicas({ replicas: options.readReplicas.replicas, writes: recentWrites, registry: metrics.registry })]
        : []),
      ...(ownPool ? [{ onDispose: () => ownPool.close() } as Plugin] : []),
    ],
    graphqlEndpoint,
    // useBodyLimit enforces the body limit; yoga's own would pipe every body through a second stream.
    maxRequestBodySize: false,
    // useWebPages serves both, from this server alone: yoga's GraphiQL loads its scripts from a CDN.
    landingPage: false,
    graphiql: false,
    maskedErrors: {
      maskError(error, message) {
        const original = isGraphQLError(error) ? error.originalError : error;
        // Parse and validation errors carry no original error and are meant for the client.
        if (!original) return error as Error;
        const located = isGraphQLError(error) ? { nodes: error.nodes, path: error.path } : {};
        // Our typed errors, and Pothos's reports of bad arguments (cursors, global ids), are the client's fault.
        if (isGraphQLError(original) || (original instanceof Error && original.constructor.name.startsWith('Pothos'))) {
          const code = (original as GraphQLError).extensions?.code ?? 'BAD_USER_INPUT';
          // The outer message is the fuller one for variable coercion (it names the field).
          const text = isGraphQLError(error) ? error.message : original.message;
          return createGraphQLError(text, { ...located, extensions: { ...(original as GraphQLError).extensions, code } });
        }
        const requestId = currentRequest()?.requestId;
        // Yoga parses GET parameters (variables, extensions) with JSON.parse and lets its SyntaxError through.
        if (original instanceof SyntaxError) {
          return createGraphQLError(`Malformed JSON in the request: ${original.message}`, {
            extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
          });
        }
        const fault = databaseClientFault(original);
        if (fault) return createGraphQLError(fault, { ...located, extensions: { code: 'BAD_USER_INPUT' } });
        if (isDatabaseUnavailable(original)) {
          logger.warn({ requestId, err: original }, 'database unavailable');
          return createGraphQLError('The database is unavailable; try again shortly', {
            ...located,
            extensions: { code: 'SERVICE_UNAVAILABLE', requestId, http: { status: 503 } },
          });
        }
        logError(original, requestId);
        return createGraphQLError(message, { ...located, extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } });
      },
    },
  });
  transportSettings.set(app, { maxBodyBytes: security.requests.maxBodyBytes, trustedDocuments: security.trustedDocuments, logger });
  return app;
}

/** CORS for a request's Origin: allowed origins get their own back (with credentials); '*' allows any, without. */
function corsFor(origin: string | null, allowed: string[]) {
  if (!origin) return false;
  if (allowed.includes(origin)) return { origin: [origin], credentials: true, maxAge: 600 };
  if (allowed.includes('*')) return { origin: [origin], credentials: false, maxAge: 600 };
  return false;
}

/**
 * Yoga's own log calls: its error lines repeat what maskError already logged
 * with the request id (and print every client error loudly), so they go to debug.
 */
function yogaLogger(logger: Logger) {
  const child = logger.child({ component: 'yoga' });
  return {
    debug: (...args: unknown[]) => child.debug({ args }, 'yoga'),
    info: (...args: unknown[]) => child.debug({ args }, 'yoga'),
    warn: (...args: unknown[]) => child.warn({ args }, 'yoga'),
    error: (...args: unknown[]) => child.debug({ args }, 'yoga error'),
  };
}

/**
 * `instanceof GraphQLError` fails across the ESM and CommonJS copies of
 * graphql-js that yoga and Pothos may load side by side; the name does not.
 */
function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof Error && error.name === 'GraphQLError';
}
