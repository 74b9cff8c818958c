// Access control and limits, as one set of options: read from the
// environment by readConfig (README "Running in production"), or given to
// createApp directly by tests. Production (NODE_ENV=production) is strict by
// default; development keeps `npm start` frictionless.
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import type { Plugin } from 'graphql-yoga';
import proxyaddr from 'proxy-addr';
import type { AuthOptions, TrustProxy } from './auth/credentials.ts';
import { useJwtCredentials } from './auth/jwt.ts';
import { AppError } from './errors.ts';
import { type AdmissionOptions, useAdmission } from './limits/admission.ts';
import { type ShapeLimits, shapeLimitPlugins } from './limits/armor.ts';
import { useNoIntrospection } from './limits/exposure.ts';
import type { RateLimiter, RateLimitOptions } from './limits/rate-limit.ts';
import { type RequestLimits, useBodyLimit, useJsonBodies } from './limits/request-limits.ts';
import { loadTrustedDocuments, type TrustedDocuments, useTrustedDocuments } from './limits/trusted-documents.ts';

export type SecurityOptions = {
  auth: AuthOptions;
  shape: ShapeLimits;
  requests: RequestLimits;
  rateLimit: RateLimitOptions;
  /** PostgreSQL pool: how long to wait for a connection, in ms. */
  dbConnectTimeoutMs: number;
  introspection: boolean;
  graphiql: boolean;
  fieldSuggestions: boolean;
  /** Only these documents run, when set. */
  trustedDocuments: TrustedDocuments | null;
  /** Origins whose pages may call the API from a browser (CORS); empty: the server's own pages only; '*': any, without credentials. */
  corsOrigins: string[];
  /** Open subscriptions one client may hold on one instance (SSE and WebSocket together). */
  maxSubscriptionsPerClient: number;
  /** Who may read /metrics: anyone, a credential with the `metrics` scope, or nobody (served on NEWSGRAPH_METRICS_PORT instead, or not at all). */
  metrics: MetricsExposure;
};

export type MetricsExposure = 'public' | 'key' | 'off';

// Depth 10, not 8: every relay connection takes two levels (`statements { nodes {`), so 8
// refuses the example WhoSaidWhatAboutThePullBack (9) and events → statements → speaker →
// affiliations → organization (10). The cost limit, not depth, is what bounds the work.
export const defaultShapeLimits: ShapeLimits = { maxDepth: 10, maxAliases: 15, maxDirectives: 10, maxTokens: 2_000 };
export const defaultRequestLimits: RequestLimits = { maxBodyBytes: 1_048_576, maxCost: 10_000, costPerPoint: 100, timeoutMs: 10_000 };
/** Any of these headers marks a GET as sent by a client that could set headers, not by a link or a form. */
export const csrfHeaders = ['x-graphql-yoga-csrf', 'graphql-require-preflight', 'apollo-require-preflight', 'x-apollo-operation-name'];

export const defaultRateLimit: RateLimitOptions = { points: 5_000, windowSeconds: 3_600, redisUrl: null, keyPrefix: 'newsgraph:rate' };

/** The settings with nothing configured: strict in production, local access in development. */
export function securityDefaults(production = process.env.NODE_ENV === 'production'): SecurityOptions {
  return {
    auth: { localAccess: !production, requireKeyForReads: false, jwt: null, trustProxy: null },
    shape: { ...defaultShapeLimits },
    requests: { ...defaultRequestLimits },
    rateLimit: { ...defaultRateLimit },
    dbConnectTimeoutMs: 5_000,
    introspection: !production,
    graphiql: !production,
    fieldSuggestions: !production,
    trustedDocuments: null,
    corsOrigins: [],
    maxSubscriptionsPerClient: 50,
    metrics: production ? 'key' : 'public',
  };
}

type Env = Record<string, string | undefined>;

function flag(env: Env, name: string, fallback: boolean): boolean {
  const value = env[name]?.trim().toLowerCase();
  if (value === undefined || value === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(value)) return true;
  if (['0', 'false', 'no', 'off'].includes(value)) return false;
  throw new Error(`${name} must be true or false (got "${env[name]}")`);
}

function count(env: Env, name: string, fallback: number, min = 1): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number of at least ${min} (got "${raw}")`);
  return value;
}

export function readSecurityConfig(env: Env = process.env): SecurityOptions {
  const production = env.NODE_ENV === 'production';
  const base = securityDefaults(production);
  const localAccess = flag(env, 'NEWSGRAPH_LOCAL_ACCESS', base.auth.localAccess);
  if (production && localAccess) throw new Error('NEWSGRAPH_LOCAL_ACCESS cannot be on when NODE_ENV=production');
  const secret = env.NEWSGRAPH_JWT_SECRET || undefined;
  const jwksUri = env.NEWSGRAPH_JWKS_URL || undefined;
  if (secret && secret.length < 32) throw new Error('NEWSGRAPH_JWT_SECRET must be at least 32 characters');
  const trusted = env.NEWSGRAPH_TRUSTED_DOCUMENTS?.trim();
  return {
    auth: {
      localAccess,
      requireKeyForReads: flag(env, 'NEWSGRAPH_REQUIRE_KEY_FOR_READS', false),
      jwt:
        secret || jwksUri
          ? {
              ...(secret ? { secret } : {}),
              ...(jwksUri ? { jwksUri } : {}),
              ...(env.NEWSGRAPH_JWT_ISSUER ? { issuer: env.NEWSGRAPH_JWT_ISSUER } : {}),
              ...(env.NEWSGRAPH_JWT_AUDIENCE ? { audience: env.NEWSGRAPH_JWT_AUDIENCE } : {}),
            }
          : null,
      trustProxy: trustProxyFrom(env.NEWSGRAPH_TRUST_PROXY),
    },
    shape: {
      maxDepth: count(env, 'NEWSGRAPH_MAX_DEPTH', defaultShapeLimits.maxDepth),
      maxAliases: count(env, 'NEWSGRAPH_MAX_ALIASES', defaultShapeLimits.maxAliases, 0),
      maxDirectives: count(env, 'NEWSGRAPH_MAX_DIRECTIVES', defaultShapeLimits.maxDirectives, 0),
      maxTokens: count(env, 'NEWSGRAPH_MAX_TOKENS', defaultShapeLimits.maxTokens),
    },
    requests: {
      maxBodyBytes: count(env, 'NEWSGRAPH_MAX_BODY_BYTES', defaultRequestLimits.maxBodyBytes),
      maxCost: count(env, 'NEWSGRAPH_MAX_COST', defaultRequestLimits.maxCost),
      costPerPoint: count(env, 'NEWSGRAPH_RATE_LIMIT_COST_PER_POINT', defaultRequestLimits.costPerPoint),
      timeoutMs: count(env, 'NEWSGRAPH_REQUEST_TIMEOUT_MS', defaultRequestLimits.timeoutMs),
    },
    rateLimit: {
      points: count(env, 'NEWSGRAPH_RATE_LIMIT_POINTS', defaultRateLimit.points, 0),
      windowSeconds: count(env, 'NEWSGRAPH_RATE_LIMIT_WINDOW_SECONDS', defaultRateLimit.windowSeconds),
      redisUrl: redisUrlFrom(env) ?? null,
      keyPrefix: env.NEWSGRAPH_RATE_LIMIT_PREFIX || defaultRateLimit.keyPrefix,
    },
    dbConnectTimeoutMs: count(env, 'NEWSGRAPH_DB_CONNECT_TIMEOUT_MS', base.dbConnectTimeoutMs),
    introspection: flag(env, 'NEWSGRAPH_INTROSPECTION', base.introspection),
    graphiql: flag(env, 'NEWSGRAPH_GRAPHIQL', base.graphiql),
    fieldSuggestions: flag(env, 'NEWSGRAPH_FIELD_SUGGESTIONS', base.fieldSuggestions),
    trustedDocuments: trusted ? loadTrustedDocuments(trusted) : null,
    corsOrigins: corsOriginsFrom(env.NEWSGRAPH_CORS_ORIGINS),
    maxSubscriptionsPerClient: count(env, 'NEWSGRAPH_MAX_SUBSCRIPTIONS_PER_CLIENT', base.maxSubscriptionsPerClient),
    metrics: oneOf(env, 'NEWSGRAPH_METRICS', ['public', 'key', 'off'] as const, base.metrics),
  };
}

function oneOf<T extends string>(env: Env, name: string, values: readonly T[], fallback: T): T {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (!(values as readonly string[]).includes(raw)) throw new Error(`${name} must be one of ${values.join(', ')} (got "${env[name]}")`);
  return raw as T;
}

/** NEWSGRAPH_TRUST_PROXY: off, a number of proxies (`true` is one), or their addresses and subnets. */
export function trustProxyFrom(raw: string | undefined): TrustProxy | null {
  const value = raw?.trim().toLowerCase() ?? '';
  if (['', 'false', '0', 'no', 'off'].includes(value)) return null;
  if (['true', 'yes', 'on'].includes(value)) return { hops: 1 };
  if (/^\d+$/.test(value)) return { hops: Number(value) };
  const addresses = value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  try {
    proxyaddr.compile(addresses);
  } catch (error) {
    throw new Error(`NEWSGRAPH_TRUST_PROXY must be false, a number of proxies, or their addresses/subnets (${(error as Error).message})`);
  }
  return { addresses };
}

/** NEWSGRAPH_CORS_ORIGINS: comma-separated origins (scheme://host[:port]), or '*'. */
function corsOriginsFrom(raw: string | undefined): string[] {
  const origins = (raw ?? '')
    .split(',')
    .map((part) => part.trim().replace(/\/+$/, ''))
    .filter(Boolean);
  for (const origin of origins) {
    if (origin === '*') continue;
    let parsed: URL | null = null;
    try {
      parsed = new URL(origin);
    } catch {}
    if (!parsed || parsed.origin !== origin)
      throw new Error(`NEWSGRAPH_CORS_ORIGINS: "${origin}" is not an origin (scheme://host[:port], no path)`);
  }
  return origins;
}

/** The yoga plugins that enforce the options, in the order requests meet them. */
export function securityPlugins(
  options: SecurityOptions,
  rateLimiter: RateLimiter | null,
  admission: Omit<AdmissionOptions, 'limits' | 'rateLimiter'>,
): Plugin[] {
  return [
    useJsonBodies(),
    useCsrfHeaders(),
    useBodyLimit(options.requests.maxBodyBytes),
    ...(options.trustedDocuments ? useTrustedDocuments(options.trustedDocuments) : []),
    ...(options.auth.jwt ? [useJwtCredentials(options.auth.jwt)] : []),
    ...shapeLimitPlugins(options.shape, { blockSuggestions: !options.fieldSuggestions }),
    ...(options.introspection ? [] : [useNoIntrospection()]),
    useAdmission({ limits: options.requests, rateLimiter, ...admission }),
    ...(rateLimiter ? [{ onDispose: () => rateLimiter.close() } as Plugin] : []),
  ];
}

/**
 * Yoga's CSRF prevention: a GET (or a POST of a type a form can send) must
 * carry a header that a link, an <img> or a form on another site cannot set.
 * Its refusal gets a code and says which headers.
 */
function useCsrfHeaders(): Plugin {
  const prevention = useCSRFPrevention({ requestHeaders: csrfHeaders });
  return {
    onRequestParse(payload) {
      try {
        return prevention.onRequestParse?.(payload);
      } catch {
        throw new AppError(
          `A GET request must carry one of the headers ${csrfHeaders.join(', ')} (any value): it shows a client sent it, not a link or a form on another site`,
          'CSRF_HEADER_REQUIRED',
          { http: { status: 403 }, headers: csrfHeaders },
        );
      }
    },
  };
}

/** REDIS_URL, shared by rate limits and live updates; undefined when unset. */
export function redisUrlFrom(env: NodeJS.ProcessEnv): string | undefined {
  const url = env.REDIS_URL?.trim() || undefined;
  if (url && !/^rediss?:\/\//.test(url)) throw new Error('REDIS_URL must start with redis:// or rediss://');
  return url;
}
