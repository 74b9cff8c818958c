// Applies prisma/migrations the way `prisma migrate deploy` would, without the
// native schema engine it needs (a binary Prisma downloads on first use, which
// an offline or sandboxed install cannot fetch). The bookkeeping table,
// checksums and lock key are Prisma's own, so either tool can take over a
// database the other has migrated.
import { createHash, randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { projectPath } from '../paths.ts';
import type { SqlConnection, SqlExecutor, SqlRunner } from './sql-runner.ts';

export type { SqlRunner } from './sql-runner.ts';

/** Prisma Migrate's advisory-lock key: sharing it also excludes a concurrent `prisma migrate deploy`. */
export const MIGRATION_LOCK_KEY = 72707369;

export const DEFAULT_MIGRATIONS_DIR = projectPath('prisma', 'migrations');

export type MigrationErrorCode =
  | 'MIGRATION_MODIFIED' // an applied migration's file changed
  | 'MIGRATION_MISSING' // an applied migration is not on disk
  | 'MIGRATION_FAILED' // the database records a started, unfinished, not rolled-back migration
  | 'MIGRATION_APPLY_FAILED' // a pending migration raised an error and was rolled back
  | 'MIGRATION_LOCK_TIMEOUT' // another migrator held the lock too long
  | 'MIGRATIONS_INVALID'; // the migrations folder is not in Prisma's layout

export class MigrationError extends Error {
  override readonly name = 'MigrationError';

  constructor(
    readonly code: MigrationErrorCode,
    message: string,
    readonly migration?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface MigrationFile {
  /** Directory name, `<yyyymmddHHMMSS>_<name>`; also the `migration_name` recorded. */
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrateOptions {
  migrationsDir?: string;
  log?: (line: string) => void;
  /** How long to wait for another migrator's lock; default 60 s. */
  lockTimeoutMs?: number;
}

export interface MigrationStatus {
  applied: string[];
  pending: string[];
}

const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"            VARCHAR(64) NOT NULL,
    "finished_at"         TIMESTAMPTZ,
    "migration_name"      VARCHAR(255) NOT NULL,
    "logs"                TEXT,
    "rolled_back_at"      TIMESTAMPTZ,
    "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

type MigrationRow = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
};

/** Prisma's checksum: SHA-256 of the file's text, lowercase hex. */
export function migrationChecksum(sql: string): string {
  return createHash('sha256').update(sql, 'utf8').digest('hex');
}

// Mirrors Prisma's script_matches_checksum: git may rewrite line endings, and
// early Prisma versions stored hex without zero padding.
function checksumMatches(sql: string, recorded: string): boolean {
  const variants = [sql, sql.replace(/\r\n/g, '\n'), sql.replace(/\n/g, '\r\n')];
  return variants.some((text) => {
    const digest = createHash('sha256').update(text, 'utf8').digest();
    const hex = recorded.length === 64 ? digest.toString('hex') : [...digest].map((b) => b.toString(16)).join('');
    return hex === recorded;
  });
}

/** Reads `<dir>/<name>/migration.sql` in name order; a missing folder means no migrations. */
export async function readMigrations(migrationsDir: string = DEFAULT_MIGRATIONS_DIR): Promise<MigrationFile[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const lock = await readFile(path.join(migrationsDir, 'migration_lock.toml'), 'utf8').catch(() => undefined);
  const provider = lock?.match(/^\s*provider\s*=\s*"([^"]*)"/m)?.[1];
  if (lock !== undefined && provider !== 'postgresql') {
    throw new MigrationError(
      'MIGRATIONS_INVALID',
      `${migrationsDir}/migration_lock.toml names provider "${provider}", expected "postgresql"`,
    );
  }
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const file = path.join(migrationsDir, name, 'migration.sql');
      const sql = await readFile(file, 'utf8').catch((error: Error) => {
        throw new MigrationError('MIGRATIONS_INVALID', `Cannot read ${file}: ${error.message}`, name, { cause: error });
      });
      return { name, sql, checksum: migrationChecksum(sql) };
    }),
  );
}

async function appliedRows(db: SqlExecutor): Promise<MigrationRow[]> {
  const [table] = await db.query<{ name: string | null }>(`SELECT to_regclass('"_prisma_migrations"')::text AS name`);
  if (!table?.name) return [];
  return db.query<MigrationRow>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at, migration_name`,
  );
}

// Refuses, like Prisma, to build on a history it cannot trust; returns what
// is still to be applied.
function plan(files: MigrationFile[], rows: MigrationRow[]): MigrationStatus {
  const live = rows.filter((r) => r.rolled_back_at === null);
  const failed = live.find((r) => r.finished_at === null);
  if (failed) {
    throw new MigrationError(
      'MIGRATION_FAILED',
      `Migration ${failed.migration_name} started but never finished in this database; repair the database by hand, then set rolled_back_at = now() on its _prisma_migrations row (what \`prisma migrate resolve --rolled-back\` does) before migrating again`,
      failed.migration_name,
    );
  }
  const byName = new Map(files.map((f) => [f.name, f]));
  const applied = new Set<string>();
  for (const row of live) {
    const file = byName.get(row.migration_name);
    if (!file) {
      throw new MigrationError(
        'MIGRATION_MISSING',
        `Migration ${row.migration_name} is applied to the database but missing from the migrations folder`,
        row.migration_name,
      );
    }
    if (!checksumMatches(file.sql, row.checksum)) {
      throw new MigrationError(
        'MIGRATION_MODIFIED',
        `Migration ${row.migration_name} was modified after it was applied (checksum ${row.checksum} in the database, ${file.checksum} on disk); restore the file and put the change in a new migration`,
        row.migration_name,
      );
    }
    applied.add(row.migration_name);
  }
  return { applied: [...applied], pending: files.filter((f) => !applied.has(f.name)).map((f) => f.name) };
}

/** Compares the folder with the database without changing either; throws MigrationError on a broken history. */
export async function migrationStatus(runner: SqlRunner, opts: MigrateOptions = {}): Promise<MigrationStatus> {
  const files = await readMigrations(opts.migrationsDir);
  return plan(files, await appliedRows(runner));
}

async function withMigrationLock<T>(conn: SqlConnection, timeoutMs: number, fn: () => Promise<T>): Promise<T> {
  try {
    // The lock is session-level and survives this transaction's commit; the
    // transaction only scopes the lock_timeout setting.
    await conn.transaction(async (tx) => {
      await tx.query(`SELECT set_config('lock_timeout', $1, true)`, [`${Math.max(1, Math.round(timeoutMs))}ms`]);
      await tx.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK_KEY})`);
    });
  } catch (error) {
    if ((error as { code?: unknown }).code === '55P03') {
      throw new MigrationError(
        'MIGRATION_LOCK_TIMEOUT',
        `Timed out after ${timeoutMs} ms waiting for the migration lock (pg_advisory_lock(${MIGRATION_LOCK_KEY})) held by another session`,
        undefined,
        { cause: error },
      );
    }
    throw error;
  }
  const unlock = () => conn.query(`SELECT pg_advisory_unlock(${MIGRATION_LOCK_KEY})`);
  let result: T;
  try {
    result = await fn();
  } catch (error) {
    // The migration's own error matters more than a failed unlock on what
    // may be a broken connection (which the pool then discards anyway).
    await unlock().catch(() => undefined);
    throw error;
  }
  await unlock();
  return result;
}

/**
 * Applies every pending migration, each in its own transaction together with
 * its `_prisma_migrations` row, under an advisory lock held on one connection
 * for the whole run.
 */
export async function migrate(client: SqlRunner, opts: MigrateOptions = {}): Promise<{ applied: string[] }> {
  const log = opts.log ?? (() => {});
  const files = await readMigrations(opts.migrationsDir);
  return client.connection((conn) =>
    withMigrationLock(conn, opts.lockTimeoutMs ?? 60_000, async () => {
      await conn.exec(MIGRATIONS_TABLE);
      // Read only under the lock: a migrator that waited must see what the
      // previous holder applied.
      const { pending } = plan(files, await appliedRows(conn));
      const applied: string[] = [];
      for (const file of files.filter((f) => pending.includes(f.name))) {
        log(`Applying migration ${file.name}`);
        try {
          await conn.transaction(async (tx) => {
            await tx.exec(file.sql);
            // Prisma records started_at, then finished_at and one applied
            // step on success; in one transaction that is a single row.
            await tx.query(
              `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
               VALUES ($1, $2, $3, now(), clock_timestamp(), 1)`,
              [randomUUID(), file.checksum, file.name],
            );
          });
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          throw new MigrationError('MIGRATION_APPLY_FAILED', `Migration ${file.name} failed and was rolled back: ${reason}`, file.name, {
            cause: error,
          });
        }
        applied.push(file.name);
      }
      log(applied.length ? `Applied ${applied.length} migration(s)` : 'No pending migrations');
      return { applied };
    }),
  );
}
