// A real database per test file: PGlite in memory by default, or a fresh
// database on the PostgreSQL server DATABASE_URL points at (dropped after).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, migrateDatabase, openDatabase } from '../../src/db/client.ts';

export type TestDatabase = Database & {
  /** SQL statements sent since the last reset. */
  queries: string[];
  drop(): Promise<void>;
};

export const usingPostgres = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '');

/** A PostgreSQL URL with the database name replaced. */
export function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const queries: string[] = [];
  const onQuery = (sql: string) => queries.push(sql);
  if (!usingPostgres) {
    const database = await openDatabase({ kind: 'pglite', dataDir: null }, { onQuery });
    await migrateDatabase(database);
    queries.length = 0;
    return Object.assign(database, { queries, drop: () => database.close() });
  }
  const empty = await createEmptyPostgresDatabase();
  const database = await openDatabase({ kind: 'postgres', url: empty.url }, { onQuery });
  await migrateDatabase(database);
  queries.length = 0;
  return Object.assign(database, {
    queries,
    async drop() {
      await database.close();
      await empty.drop();
    },
  });
}

/** A new, empty (unmigrated) database on DATABASE_URL's server, for a server process to migrate itself. */
export async function createEmptyPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL as string;
  const name = `newsgraph_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return {
    url: withDatabase(serverUrl, name),
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** Empties every table but the migration history, so the next test starts from a freshly migrated database. */
export async function truncateAll(database: Database): Promise<void> {
  const tables = await database.db.$queryRawUnsafe<{ name: string }[]>(
    `SELECT quote_ident(tablename) AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`,
  );
  if (tables.length) await database.db.$executeRawUnsafe(`TRUNCATE ${tables.map((t) => t.name).join(', ')} RESTART IDENTITY CASCADE`);
}
