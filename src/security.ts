// Access control and limits, as one set of options: from the settings
// (src/settings.ts, README "Running in production"), or given to createApp
// directly by tests. Production (NODE_ENV=production) is strict by default;
// development keeps `npm start` frictionless.
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import type { Plugin } from 'graphql-yoga';
import type { AuthOptions } from './auth/credentials.ts';
import { useJwtCredentials } from './auth/jwt.ts';
import { AppError } from './errors.ts';
import { exportDocuments } from './export/operations.ts';
import { type AdmissionOptions, useAdmission } from './limits/admission.ts';
import { type ShapeLimits, shapeLimitPlugins } from './limits/armor.ts';
import { useNoIntrospection } from './limits/exposure.ts';
import type { RateLimiter, RateLimitOptions } from './limits/rate-limit.ts';
import { type RequestLimits, useBodyLimit, useJsonBodies } from './limits/request-limits.ts';
import { loadTrustedDocuments, type TrustedDocuments, useTrustedDocuments } from './limits/trusted-documents.ts';
import { type Env, isProduction, readSettings, type Settings } from './settings.ts';
import { exploreDocuments } from './web/explore-documents.ts';

export type SecurityOptions = {
  auth: AuthOptions;
  shape: ShapeLimits;
  requests: RequestLimits;
  rateLimit: RateLimitOptions;
  /** PostgreSQL pool: how long to wait for a connection, in ms. */
  dbConnectTimeoutMs: number;
  introspection: boolean;
  graphiql: boolean;
  /** The explorer at /explore; its operations join the trusted documents while it is on. */
  explorer: boolean;
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

/** Any of these headers marks a GET as sent by a client that could set headers, not by a link or a form. */
export const csrfHeaders = ['x-graphql-yoga-csrf', 'graphql-require-preflight', 'apollo-require-preflight', 'x-apollo-operation-name'];

/** The settings with nothing configured: strict in production, local access in development. */
export function securityDefaults(production = isProduction()): SecurityOptions {
  return securityFrom(readSettings(production ? { NODE_ENV: 'production' } : {}));
}

/** Access control and limits from the environment (README "Running in production"). */
export function readSecurityConfig(env: Env = process.env): SecurityOptions {
  return securityFrom(readSettings(env));
}

export function securityFrom(settings: Settings): SecurityOptions {
  const secret = settings.NEWSGRAPH_JWT_SECRET;
  const jwksUri = settings.NEWSGRAPH_JWKS_URL;
  const trusted = settings.NEWSGRAPH_TRUSTED_DOCUMENTS;
  return {
    auth: {
      localAccess: settings.NEWSGRAPH_LOCAL_ACCESS,
      requireKeyForReads: settings.NEWSGRAPH_REQUIRE_KEY_FOR_READS,
      jwt:
        secret || jwksUri
          ? {
              ...(secret ? { secret } : {}),
              ...(jwksUri ? { jwksUri } : {}),
              ...(settings.NEWSGRAPH_JWT_ISSUER ? { issuer: settings.NEWSGRAPH_JWT_ISSUER } : {}),
              ...(settings.NEWSGRAPH_JWT_AUDIENCE ? { audience: settings.NEWSGRAPH_JWT_AUDIENCE } : {}),
            }
          : null,
      trustProxy: settings.NEWSGRAPH_TRUST_PROXY,
    },
    shape: {
      // Depth 10, not 8: every relay connection takes two levels (`statements { nodes {`), so 8
      // refuses the example WhoSaidWhatAboutThePullBack (9) and events → statements → speaker →
      // affiliations → organization (10). The cost limit, not depth, is what bounds the work.
      maxDepth: settings.NEWSGRAPH_MAX_DEPTH,
      maxAliases: settings.NEWSGRAPH_MAX_ALIASES,
      maxDirectives: settings.NEWSGRAPH_MAX_DIRECTIVES,
      maxTokens: settings.NEWSGRAPH_MAX_TOKENS,
    },
    requests: {
      maxBodyBytes: settings.NEWSGRAPH_MAX_BODY_BYTES,
      maxCost: settings.NEWSGRAPH_MAX_COST,
      costPerPoint: settings.NEWSGRAPH_RATE_LIMIT_COST_PER_POINT,
      timeoutMs: settings.NEWSGRAPH_REQUEST_TIMEOUT_MS,
    },
    rateLimit: {
      points: settings.NEWSGRAPH_RATE_LIMIT_POINTS,
      windowSeconds: settings.NEWSGRAPH_RATE_LIMIT_WINDOW_SECONDS,
      redisUrl: settings.REDIS_URL,
      keyPrefix: settings.NEWSGRAPH_RATE_LIMIT_PREFIX,
    },
    dbConnectTimeoutMs: settings.NEWSGRAPH_DB_CONNECT_TIMEOUT_MS,
    introspection: settings.NEWSGRAPH_INTROSPECTION,
    graphiql: settings.NEWSGRAPH_GRAPHIQL,
    explorer: settings.NEWSGRAPH_EXPLORER,
    fieldSuggestions: settings.NEWSGRAPH_FIELD_SUGGESTIONS,
    trustedDocuments: trusted ? loadTrustedDocuments(trusted) : null,
    corsOrigins: settings.NEWSGRAPH_CORS_ORIGINS,
    maxSubscriptionsPerClient: settings.NEWSGRAPH_MAX_SUBSCRIPTIONS_PER_CLIENT,
    metrics: settings.NEWSGRAPH_METRICS,
  };
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
    // The export routes' and the explorer's own operations run in trusted-documents mode too: they are this server's documents.
    ...(options.trustedDocuments
      ? useTrustedDocuments({ ...exportDocuments, ...(options.explorer ? exploreDocuments() : {}), ...options.trustedDocuments })
      : []),
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
