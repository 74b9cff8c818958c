import { randomBytes } from 'node:crypto';
import { appendFile, cp, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATION_LOCK_KEY, MigrationError, migrate, migrationStatus, readMigrations } from '../src/db/migrator.ts';
import { createPGlite } from '../src/db/pglite.ts';
import { diffMigrationsToSchema, readMigrationList, withSchemaEngine } from '../src/db/schema-engine.ts';
import { pgliteRunner, pgRunner } from '../src/db/sql-runner.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const migrationsDir = path.join(root, 'prisma', 'migrations');
const schemaPath = path.join(root, 'prisma', 'schema.prisma');

const scratch: string[] = [];

async function scratchDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-migrations-'));
  scratch.push(dir);
  return dir;
}

// Tests edit and extend migrations, so each works on its own copy.
async function copyMigrations(): Promise<string> {
  const dir = await scratchDir();
  await cp(migrationsDir, dir, { recursive: true });
  return dir;
}

afterAll(async () => {
  await Promise.all(scratch.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('migration history against schema.prisma', () => {
  it('replaying every migration leaves no drift', { timeout: 60_000 }, async () => {
    expect(await diffMigrationsToSchema({ migrationsDir, schemaPath })).toBe('');
  });

  // Guards the test above: an empty diff must mean "in sync", not "not compared".
  it('reports drift when the schema has a column no migration creates', { timeout: 60_000 }, async () => {
    const drifted = path.join(await scratchDir(), 'schema.prisma');
    const schema = await readFile(schemaPath, 'utf8');
    await writeFile(drifted, schema.replace(/(model Place \{\n)/, '$1  driftProbe String? @map("drift_probe")\n'));
    const sql = await diffMigrationsToSchema({ migrationsDir, schemaPath: drifted });
    expect(sql).toMatch(/ALTER TABLE "place" ADD COLUMN\s+"drift_probe" TEXT/);
  });

  it('fails, naming the migration and the database error, when a migration does not run', { timeout: 60_000 }, async () => {
    const dir = await copyMigrations();
    await mkdir(path.join(dir, '29990101000000_broken'));
    await writeFile(path.join(dir, '29990101000000_broken', 'migration.sql'), 'SELECT no_such_function();\n');
    await expect(diffMigrationsToSchema({ migrationsDir: dir, schemaPath })).rejects.toThrow(
      'Migration 29990101000000_broken failed: function no_such_function() does not exist',
    );
  });
});

describe('migrate() on PGlite', () => {
  let db: PGlite;
  let dir: string;
  let names: string[];

  beforeEach(async () => {
    db = await createPGlite();
    dir = await copyMigrations();
    names = (await readMigrations(dir)).map((m) => m.name);
  });

  afterEach(async () => {
    await db.close();
  });

  it('applies every migration once; running again applies nothing', async () => {
    const runner = pgliteRunner(db);
    const lines: string[] = [];
    expect(await migrate(runner, { migrationsDir: dir, log: (l) => lines.push(l) })).toEqual({ applied: names });
    expect(lines).toContain(`Applying migration ${names[0]}`);
    expect(await migrate(runner, { migrationsDir: dir })).toEqual({ applied: [] });
    expect(await migrationStatus(runner, { migrationsDir: dir })).toEqual({ applied: names, pending: [] });

    const { rows } = await db.query<{ migration_name: string; applied_steps_count: number; finished: boolean }>(
      'SELECT migration_name, applied_steps_count, finished_at IS NOT NULL AS finished FROM _prisma_migrations ORDER BY migration_name',
    );
    expect(rows).toEqual(names.map((migration_name) => ({ migration_name, applied_steps_count: 1, finished: true })));
  });

  it('refuses to run when an applied migration was edited', async () => {
    const runner = pgliteRunner(db);
    await migrate(runner, { migrationsDir: dir });
    const [first] = names;
    await appendFile(path.join(dir, `${first}/migration.sql`), '\n-- edited after it was applied\n');

    const run = migrate(runner, { migrationsDir: dir });
    await expect(run).rejects.toBeInstanceOf(MigrationError);
    await expect(run).rejects.toMatchObject({ code: 'MIGRATION_MODIFIED', migration: first });
    await expect(run).rejects.toThrow(`Migration ${first} was modified after it was applied`);
  });

  it('refuses to run when the database records an unfinished migration', async () => {
    const runner = pgliteRunner(db);
    await migrate(runner, { migrationsDir: dir });
    await db.query(`INSERT INTO _prisma_migrations (id, checksum, migration_name) VALUES ('failed-1', 'x', '29990101000000_broken')`);
    await expect(migrate(runner, { migrationsDir: dir })).rejects.toMatchObject({
      code: 'MIGRATION_FAILED',
      migration: '29990101000000_broken',
    });
  });

  it('refuses to run when an applied migration is missing from disk', async () => {
    const runner = pgliteRunner(db);
    await mkdir(path.join(dir, '29990101000000_extra'));
    await writeFile(path.join(dir, '29990101000000_extra', 'migration.sql'), 'CREATE TABLE extra (id int);\n');
    await migrate(runner, { migrationsDir: dir });
    await rm(path.join(dir, '29990101000000_extra'), { recursive: true });
    await expect(migrate(runner, { migrationsDir: dir })).rejects.toMatchObject({
      code: 'MIGRATION_MISSING',
      migration: '29990101000000_extra',
    });
  });

  it('rolls back a failing migration entirely and records nothing for it', async () => {
    const runner = pgliteRunner(db);
    await mkdir(path.join(dir, '29990101000000_bad'));
    await writeFile(path.join(dir, '29990101000000_bad', 'migration.sql'), 'CREATE TABLE half (id int);\nSELECT no_such_function();\n');
    await expect(migrate(runner, { migrationsDir: dir })).rejects.toMatchObject({ code: 'MIGRATION_APPLY_FAILED' });
    expect((await db.query(`SELECT to_regclass('half') AS t`)).rows).toEqual([{ t: null }]);
    expect(await migrationStatus(runner, { migrationsDir: dir })).toEqual({
      applied: names,
      pending: ['29990101000000_bad'],
    });
  });

  // Prisma's own engine reads the table: same columns, same checksums.
  it("keeps a history Prisma's engine accepts, and accepts Prisma's", { timeout: 60_000 }, async () => {
    const migrationsList = await readMigrationList(dir);
    const filters = { externalTables: [], externalEnums: [] };
    await migrate(pgliteRunner(db), { migrationsDir: dir });
    await withSchemaEngine(async (engine) => {
      const diagnosis = await engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters });
      expect(diagnosis).toMatchObject({ editedMigrationNames: [], failedMigrationNames: [], hasMigrationsTable: true, history: null });
      expect(await engine.applyMigrations({ migrationsList, filters })).toEqual({ appliedMigrationNames: [] });
    }, db);

    const other = await createPGlite();
    try {
      const applied = await withSchemaEngine((engine) => engine.applyMigrations({ migrationsList, filters }), other);
      expect(applied.appliedMigrationNames).toEqual(names);
      expect(await migrate(pgliteRunner(other), { migrationsDir: dir })).toEqual({ applied: [] });
    } finally {
      await other.close();
    }
  });

  // Rows stored before statements had a position get one: by offset (none last), then id, within each article.
  it('backfills statement positions in reading order and copies them to event links', async () => {
    const runner = pgliteRunner(db);
    const from = names.findIndex((name) => name.endsWith('_statement_position'));
    expect(from).toBeGreaterThan(0);
    const aside = await scratchDir();
    for (const name of names.slice(from)) await rename(path.join(dir, name), path.join(aside, name));
    await migrate(runner, { migrationsDir: dir });
    await db.exec(`
      INSERT INTO article (id, url, headline, body, content_hash, updated_at) VALUES
        ('a1', 'https://x/1', 'h', 'b', 'c1', now()), ('a2', 'https://x/2', 'h', 'b', 'c2', now());
      INSERT INTO statement (id, text, kind, article_id, start_offset, updated_at) VALUES
        ('s-a', 'a', 'DIRECT_QUOTE', 'a1', 50, now()), ('s-b', 'b', 'DIRECT_QUOTE', 'a1', 10, now()),
        ('s-c', 'c', 'PARAPHRASE', 'a1', NULL, now()), ('s-0', '0', 'PARAPHRASE', 'a1', NULL, now()),
        ('s-x', 'x', 'DIRECT_QUOTE', 'a2', 5, now()), ('s-free', 'free', 'DIRECT_QUOTE', NULL, NULL, now());
      INSERT INTO event (id, name, updated_at) VALUES ('e1', 'E', now());
      INSERT INTO statement_event (statement_id, event_id) VALUES ('s-a', 'e1');
    `);
    for (const name of names.slice(from)) await rename(path.join(aside, name), path.join(dir, name));
    expect((await migrate(runner, { migrationsDir: dir })).applied).toEqual(names.slice(from));

    const { rows } = await db.query<{ id: string; position: number }>('SELECT id, position FROM statement ORDER BY id');
    expect(Object.fromEntries(rows.map((row) => [row.id, row.position]))).toEqual({
      's-0': 2,
      's-a': 1,
      's-b': 0,
      's-c': 3,
      's-free': 0,
      's-x': 0,
    });
    const link = `SELECT article_id, position FROM statement_event WHERE statement_id = 's-a'`;
    expect((await db.query(link)).rows).toEqual([{ article_id: 'a1', position: 1 }]);
    // The triggers keep the copy: a renumbered statement moves in its event's list too.
    await db.exec(`UPDATE statement SET position = 7 WHERE id = 's-a'`);
    expect((await db.query(link)).rows).toEqual([{ article_id: 'a1', position: 7 }]);
    await db.exec(`INSERT INTO statement_event (statement_id, event_id) VALUES ('s-x', 'e1')`);
    expect((await db.query(`SELECT article_id, position FROM statement_event WHERE statement_id = 's-x'`)).rows).toEqual([
      { article_id: 'a2', position: 0 },
    ]);
  });

  it('installs the hand-written CHECK constraints on polymorphic references', async () => {
    await migrate(pgliteRunner(db), { migrationsDir: dir });
    await db.exec(`
      INSERT INTO article (id, url, headline, body, content_hash, updated_at) VALUES ('a1', 'https://x', 'h', 'b', 'c', now());
      INSERT INTO person (id, name, updated_at) VALUES ('p1', 'P', now());
      INSERT INTO organization (id, name, updated_at) VALUES ('o1', 'O', now());
    `);
    const contributor = `INSERT INTO article_contributor (id, article_id, person_id, organization_id, role, updated_at) VALUES ($1, 'a1', $2, $3, 'AUTHOR', now())`;
    await expect(db.query(contributor, ['c1', 'p1', 'o1'])).rejects.toThrow(/article_contributor_target_check/);
    await expect(db.query(contributor, ['c2', null, null])).rejects.toThrow(/article_contributor_target_check/);
    await db.query(contributor, ['c3', 'p1', null]);
  });
});

// A real server is required: PGlite is a single session, so it cannot show
// two connections contending for the advisory lock.
describe('migrate() racing on PostgreSQL', () => {
  const configured = process.env.DATABASE_URL;
  const adminUrl = configured && /^postgres(ql)?:\/\//.test(configured) ? configured : 'postgres://postgres@127.0.0.1:5432/postgres';
  const database = `newsgraph_migrations_${process.pid}_${randomBytes(4).toString('hex')}`;
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  let created = false;

  beforeAll(async () => {
    await admin.connect();
    await admin.query(`CREATE DATABASE "${database}"`);
    created = true;
  });

  afterAll(async () => {
    if (created) await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
  });

  it('applies each migration exactly once when two migrators start together', { timeout: 60_000 }, async () => {
    const dir = await copyMigrations();
    // Slow migrations widen the window in which the second migrator would
    // apply the same files if the lock did not hold.
    for (const name of ['29990101000000_race_a', '29990101000001_race_b']) {
      await mkdir(path.join(dir, name));
      await writeFile(path.join(dir, name, 'migration.sql'), `CREATE TABLE ${name.slice(15)} (id int);\nSELECT pg_sleep(0.3);\n`);
    }
    const names = (await readMigrations(dir)).map((m) => m.name);
    const poolA = new pg.Pool({ connectionString: url.toString(), max: 2 });
    const poolB = new pg.Pool({ connectionString: url.toString(), max: 2 });
    const pools = [poolA, poolB];
    try {
      const results = await Promise.all(pools.map((pool) => migrate(pgRunner(pool), { migrationsDir: dir })));
      const counts = results.map((r) => r.applied.length).sort();
      expect(counts).toEqual([0, names.length]);
      expect(results.flatMap((r) => r.applied).sort()).toEqual(names);

      const { rows } = await poolA.query<{ migration_name: string; n: number }>(
        'SELECT migration_name, count(*)::int AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL GROUP BY 1 ORDER BY 1',
      );
      expect(rows).toEqual(names.map((migration_name) => ({ migration_name, n: 1 })));
    } finally {
      await Promise.all(pools.map((pool) => pool.end()));
    }
  });

  it('gives up with MIGRATION_LOCK_TIMEOUT while another session holds the lock', { timeout: 30_000 }, async () => {
    const holder = new pg.Client({ connectionString: url.toString() });
    const pool = new pg.Pool({ connectionString: url.toString(), max: 1 });
    await holder.connect();
    try {
      await holder.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK_KEY})`);
      const started = Date.now();
      await expect(migrate(pgRunner(pool), { migrationsDir, lockTimeoutMs: 300 })).rejects.toMatchObject({
        code: 'MIGRATION_LOCK_TIMEOUT',
      });
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      await holder.end();
      await pool.end();
    }
  });
});
