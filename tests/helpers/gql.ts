// The way clients see the API: GraphQL over HTTP through yoga.fetch, no port.
// A document written as `graphql(\`query Name …\`)` (from tests/gql, generated
// from schema.graphql by `npm run codegen`) brings its result and variables
// types; a plain string is for documents codegen cannot type (invalid ones, on
// purpose) and its result is `unknown`.
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll } from 'vitest';
import { type App, type AppOptions, createApp } from '../../src/server.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';

// TODO(#13): T defaults to unknown once every test reading raw responses names its type.
export type GqlResult<T = any> = {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
  extensions?: Record<string, any>;
};

/** A typed document from tests/gql: `R` its result, `V` its variables. */
export type Document<R, V> = DocumentTypeDecoration<R, V> & { toString(): string };

// Variables stay loosely typed: many tests send input the schema's types would
// refuse, to see the server's own validation answer.
type Gql = {
  <R, V>(query: Document<R, V>, variables?: Record<string, unknown>): Promise<GqlResult<R>>;
  (query: string, variables?: Record<string, unknown>): Promise<GqlResult<unknown>>;
};
type Data = {
  <R, V>(query: Document<R, V>, variables?: Record<string, unknown>): Promise<R>;
  (query: string, variables?: Record<string, unknown>): Promise<unknown>;
};

/**
 * The member of a union result that selected `key`, or a thrown error: for
 * `node(id:) { ... on Person { … } }`, whose other members select nothing.
 */
export function having<T extends object, K extends string>(value: T | null | undefined, key: K): Extract<T, Record<K, unknown>> {
  if (!value || !(key in value)) throw new Error(`expected a result with ${key}, got ${JSON.stringify(value)}`);
  return value as Extract<T, Record<K, unknown>>;
}

/** `value`, or a thrown error naming `what` when it is null or undefined: for nullable fields a test expects. */
export function present<T>(value: T, what = 'value'): NonNullable<T> {
  if (value === null || value === undefined) throw new Error(`expected ${what} to be present, got ${value}`);
  return value;
}

export type Harness = {
  db: TestDatabase;
  app: App;
  /** Unexpected errors the server masked and logged. */
  logged: unknown[];
  gql: Gql;
  /** Like gql, but fails the test on any error and returns data. */
  data: Data;
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
    harness.gql = async (query: Document<unknown, unknown> | string, variables?: unknown) => {
      const response = await harness.app.fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query: String(query), variables }),
      });
      return (await response.json()) as GqlResult;
    };
    harness.data = async (query: Document<unknown, unknown> | string, variables?: unknown) => {
      const result = await harness.gql(query as string, variables as Record<string, unknown>);
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
