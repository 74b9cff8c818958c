// createApp(): the yoga instance over a database. It never listens; main.ts
// and the tests decide how requests reach it.
import { GraphQLError } from 'graphql';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { type Context, createContext } from './context.ts';
import type { Db } from './db/client.ts';
import { exampleOperations } from './examples.ts';
import { schema } from './schema/index.ts';

export type AppOptions = {
  db: Db;
  /** Where unexpected (masked) errors go; defaults to console.error. */
  logError?: (error: unknown) => void;
  graphiql?: boolean;
};

export type App = YogaServerInstance<Record<string, unknown>, Context>;

export function createApp({ db, logError = console.error, graphiql = true }: AppOptions): App {
  return createYoga<Record<string, unknown>, Context>({
    schema,
    context: () => createContext({ db }),
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: graphiql ? { title: 'newsgraph', defaultQuery: exampleOperations[0]?.query, ...savedOperations() } : false,
    maskedErrors: {
      maskError(error, message) {
        const original = error instanceof GraphQLError ? error.originalError : error;
        // Parse and validation errors, and our own typed errors, are meant for the client.
        if (!original || original instanceof GraphQLError) return error as Error;
        // Pothos reports bad connection arguments and malformed global ids with this class.
        if (original instanceof Error && original.name === 'PothosValidationError') {
          return new GraphQLError(original.message, {
            ...(error instanceof GraphQLError ? { nodes: error.nodes, path: error.path } : {}),
            extensions: { code: 'BAD_USER_INPUT' },
          });
        }
        logError(original);
        return new GraphQLError(message, {
          ...(error instanceof GraphQLError ? { nodes: error.nodes, path: error.path } : {}),
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        });
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
