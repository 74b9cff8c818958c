// `npm run db:migrate`: applies pending migrations to the configured database
// (PostgreSQL when DATABASE_URL is a postgres URL, the embedded PGlite
// otherwise) with the same migrator the server runs on start.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { MigrationError, migrate } from '../src/db/migrator.ts';
import { createPGlite } from '../src/db/pglite.ts';
import { pgliteRunner, pgRunner, type SqlRunner } from '../src/db/sql-runner.ts';

interface Target {
  label: string;
  runner: SqlRunner;
  close(): Promise<void>;
}

async function openTarget(): Promise<Target> {
  const url = process.env.DATABASE_URL?.trim();
  if (url && /^postgres(ql)?:\/\//.test(url)) {
    const pool = new pg.Pool({ connectionString: url, max: 2 });
    const { hostname, pathname } = new URL(url);
    return { label: `PostgreSQL ${hostname}${pathname}`, runner: pgRunner(pool), close: () => pool.end() };
  }
  if (url) {
    // Silently migrating the embedded database instead would leave the
    // intended one untouched.
    throw new Error(`DATABASE_URL must be a postgres:// or postgresql:// URL (got "${url.split(':')[0]}:…")`);
  }
  const dataDir = process.env.NEWSGRAPH_DATA_DIR || './data/pglite';
  if (!dataDir.startsWith('memory://')) await mkdir(path.dirname(path.resolve(dataDir)), { recursive: true });
  const db = await createPGlite(dataDir);
  return { label: `PGlite ${dataDir}`, runner: pgliteRunner(db), close: () => db.close() };
}

async function main(): Promise<void> {
  const target = await openTarget();
  try {
    console.log(`Migrating ${target.label}`);
    await migrate(target.runner, { log: (line) => console.log(line) });
  } finally {
    await target.close();
  }
}

try {
  await main();
} catch (error) {
  if (error instanceof MigrationError) {
    console.error(`${error.code}: ${error.message}`);
  } else {
    console.error(error instanceof Error ? error.message : error);
  }
  process.exitCode = 1;
}
