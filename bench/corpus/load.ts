// Loads a generated corpus through the bulk path: COPY, one transaction per
// chunk of articles. On PostgreSQL two chunks load at once on two connections
// while the next one is generated; PGlite takes COPY from a blob.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PGlite, Transaction } from '@electric-sql/pglite';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { type Database, migrateDatabase } from '../../src/db/client.ts';
import { rebuildConnectionTable } from '../../src/db/connection-table.ts';
import { generateAffiliations, generateArticles, generateWorld } from './generate.ts';
import { copyText, type Rows, type Table, tables } from './tables.ts';

export type LoadOptions = {
  articles: number;
  seed: number;
  /** Articles per transaction (default 500). */
  chunk?: number;
  log?: (line: string) => void;
};

export type LoadResult = { seconds: number; rows: Partial<Record<Table, number>> };

type Writer = (rows: Rows) => Promise<void>;

export async function loadCorpus(database: Database, options: LoadOptions): Promise<LoadResult> {
  const log = options.log ?? (() => {});
  const chunk = options.chunk ?? 500;
  const started = performance.now();
  await migrateDatabase(database);
  const counts: Partial<Record<Table, number>> = {};
  const count = (rows: Rows) => {
    for (const [table, list] of Object.entries(rows) as [Table, unknown[]][]) counts[table] = (counts[table] ?? 0) + list.length;
  };

  const world = generateWorld(options.articles, options.seed);
  const writers = database.pool ? [pgWriter(database.pool), pgWriter(database.pool)] : [pgliteWriter(database.pglite as PGlite)];
  await (writers[0] as Writer)(world.rows);
  count(world.rows);
  log(
    `entities: ${world.people.length} people, ${world.organizations.length} organizations, ${world.places.length} places, ${world.events.length} events`,
  );

  const articleIds: string[] = [];
  const pending: (Promise<void> | undefined)[] = writers.map(() => undefined);
  let done = 0;
  let nextReport = 0;
  for (let from = 0, slot = 0; from < options.articles; from += chunk, slot = (slot + 1) % writers.length) {
    const to = Math.min(options.articles, from + chunk);
    const rows = generateArticles(world, from, to);
    for (const row of rows.article ?? []) articleIds.push(row[0] as string);
    count(rows);
    await pending[slot];
    pending[slot] = (writers[slot] as Writer)(rows).then(() => {
      done += to - from;
      if (done >= nextReport || done === options.articles) {
        nextReport = done + Math.max(chunk, Math.round(options.articles / 20));
        const seconds = (performance.now() - started) / 1000;
        log(`articles: ${done}/${options.articles} (${Math.round(done / seconds)}/s, ${counts.statement ?? 0} statements generated)`);
      }
    });
    // Let the sockets drain while the next chunk is generated.
    await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(pending);

  const affiliations = generateAffiliations(world, (index) => articleIds[index] as string);
  await (writers[0] as Writer)(affiliations);
  count(affiliations);
  // The chunks skipped the co-occurrence triggers (see pauseConnections); one
  // set-based rebuild fills entity_connection faster than per-chunk upkeep,
  // and without two writers contending for the same hub pairs.
  const rebuildStarted = performance.now();
  await rebuildConnectionTable(
    database.db,
    ({ step, rows, seconds }) => log(`connections: ${step}: ${rows} rows in ${seconds.toFixed(1)} s`),
    { vacuum: false },
  );
  log(`connections: rebuilt in ${((performance.now() - rebuildStarted) / 1000).toFixed(1)} s`);
  // VACUUM as well as ANALYZE: a fresh bulk load has an empty visibility map, so
  // index-only scans would visit the heap until autovacuum got round to it
  // (mid-benchmark, on its own schedule).
  log('vacuuming and analyzing');
  if (database.pool) {
    // Minutes on a large archive: past the serving pool's statement_timeout.
    const client = await database.pool.connect();
    try {
      await client.query('SET statement_timeout = 0');
      await client.query('VACUUM (ANALYZE)');
      await client.query('RESET statement_timeout');
    } finally {
      client.release();
    }
  } else await database.pglite?.query('VACUUM (ANALYZE)');
  const seconds = (performance.now() - started) / 1000;
  log(`loaded ${options.articles} articles in ${seconds.toFixed(1)} s`);
  return { seconds, rows: counts };
}

const ordered = Object.keys(tables) as Table[];
/** Bulk chunks leave entity_connection to the rebuild at the end of the load (transaction-local). */
const pauseConnections = "SELECT set_config('newsgraph.connections_paused', 'on', true)";
const copySql = (table: Table, source: string) => `COPY ${table} (${tables[table].join(', ')}) FROM ${source}`;

function pgWriter(pool: pg.Pool): Writer {
  return async (rows) => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(pauseConnections);
      for (const table of ordered) {
        const list = rows[table];
        if (!list?.length) continue;
        await pipeline(Readable.from([copyText(list)]), client.query(copyFrom(copySql(table, 'STDIN'))));
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  };
}

function pgliteWriter(pglite: PGlite): Writer {
  return (rows) =>
    pglite.transaction(async (tx: Transaction) => {
      await tx.query(pauseConnections);
      for (const table of ordered) {
        const list = rows[table];
        if (!list?.length) continue;
        await tx.query(copySql(table, "'/dev/blob'"), [], { blob: new Blob([copyText(list)]) });
      }
    });
}
