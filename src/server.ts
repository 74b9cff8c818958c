// createApp(): the yoga instance over a database. It never listens; main.ts
// and the tests decide how requests reach it.
import { GraphQLError } from 'graphql';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { type JwtClaims, resolvePrincipal } from './auth/credentials.ts';
import { type Context, createContext } from './context.ts';
import type { Db } from './db/client.ts';
import { exampleOperations } from './examples.ts';
import { guardedByDeadline } from './limits/deadline.ts';
import { createRateLimiter } from './limits/rate-limit.ts';
import { schema } from './schema/index.ts';
import { type SecurityOptions, securityDefaults, securityPlugins } from './security.ts';

export type AppOptions = {
  db: Db;
  /** Where unexpected (masked) errors go; defaults to console.error. */
  logError?: (error: unknown) => void;
  /** Defaults to security.graphiql. */
  graphiql?: boolean;
  /** Access control and limits; defaults to securityDefaults() (strict when NODE_ENV=production). */
  security?: SecurityOptions;
};

export type App = YogaServerInstance<Record<string, unknown>, Context>;

export function createApp({ db, logError = console.error, graphiql, security = securityDefaults() }: AppOptions): App {
  const rateLimiter = security.rateLimit.points > 0 ? createRateLimiter(security.rateLimit) : null;
  const requestDb = guardedByDeadline(db);
  return createYoga<Record<string, unknown>, Context>({
    schema,
    plugins: securityPlugins(security, rateLimiter),
    context: async (initial) => {
      const jwt = initial.jwt as { payload: JwtClaims } | undefined;
      const principal = await resolvePrincipal(db, security.auth, initial.request, initial, jwt);
      return createContext({ db: requestDb, auth: { principal, requireKeyForReads: security.auth.requireKeyForReads } });
    },
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql:
      (graphiql ?? security.graphiql) ? { title: 'newsgraph', defaultQuery: exampleOperations[0]?.query, ...savedOperations() } : false,
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
          return new GraphQLError(text, { ...located, extensions: { ...(original as GraphQLError).extensions, code } });
        }
        logError(original);
        return new GraphQLError(message, { ...located, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      },
    },
  });
}

/** GraphiQL tabs preloaded with the example operations. */
function savedOperations() {
  return {
    defaultTabs: exampleOperations.map((operation) => ({ query: operation.query })),
  };
}

/**
 * `instanceof GraphQLError` fails across the ESM and CommonJS copies of
 * graphql-js that yoga and Pothos may load side by side; the name does not.
 */
function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof Error && error.name === 'GraphQLError';
}
