// The way clients see the API: GraphQL over HTTP through yoga.fetch, no port.
import { afterAll, beforeAll } from 'vitest';
import { type App, type AppOptions, createApp } from '../../src/server.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';

export type GqlResult<T = any> = {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
  extensions?: Record<string, any>;
};

export type Harness = {
  db: TestDatabase;
  app: App;
  /** Unexpected errors the server masked and logged. */
  logged: unknown[];
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>>;
  /** Like gql, but fails the test on any error and returns data. */
  data<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>;
};

/**
 * Opens a fresh migrated database and an app for the current test file; `prepare` runs once (e.g. seeding).
 * `options` go to createApp (e.g. `security`); by default the app is the development one (local access).
 */
export function useHarness(prepare?: (harness: Harness) => Promise<void>, options: Omit<AppOptions, 'db'> = {}): Harness {
  const harness = { logged: [] as unknown[] } as Harness;
  beforeAll(async () => {
    harness.db = await createTestDatabase();
    harness.app = createApp({ db: harness.db.db, logError: (error) => harness.logged.push(error), ...options });
    harness.gql = async (query, variables) => {
      const response = await harness.app.fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GqlResult;
    };
    harness.data = async (query, variables) => {
      const result = await harness.gql(query, variables);
      if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
      return result.data;
    };
    await prepare?.(harness);
  });
  afterAll(async () => {
    await harness.app?.dispose();
    await harness.db?.drop();
  });
  return harness;
}
