// The write generation as this process knows it (migrations
// 20261202142254_write_generation and 20261203091500_write_generation_notify):
// the trigger that raises the counter also sends the new value on the channel
// "newsgraph_write_generation", delivered when its transaction commits, in
// commit order. A follower listens and keeps the latest value, so a query need
// not read the counter first.
//   - PostgreSQL: one dedicated connection (not from the pool) LISTENs. While it
//     is not connected (start-up, a cut connection, reconnecting with backoff)
//     known() is null and callers read the counter from the database; after each
//     (re)connection it reads the counter once, so a write whose notification
//     fell in the gap is not missed.
//   - PGlite: the database lives in this process and hears every write,
//     whoever makes it through it (the server, ingestion, a script sharing the
//     instance); its listen() hands the notification over before the committing
//     query returns, so the value is never behind a commit this process made.
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { Database } from '../db/client.ts';
import type { Logger } from '../observability/logger.ts';

export const generationChannel = 'newsgraph_write_generation';
/** The listener's application_name, to find its session in pg_stat_activity. */
export const listenerName = 'newsgraph-write-generation';

/** Where the notifications come from: the embedded engine, or a PostgreSQL server's URL. */
export type GenerationSource = { pglite: PGlite } | { url: string };

export function generationSourceOf(database: Pick<Database, 'pglite' | 'target'>): GenerationSource {
  if (database.pglite) return { pglite: database.pglite };
  if (database.target.kind === 'postgres') return { url: database.target.url };
  throw new Error('no PGlite instance for a PGlite database');
}

export type GenerationFollower = {
  /** The latest generation this process heard of; null while it cannot be sure (not listening): read the database then. */
  known(): string | null;
  close(): Promise<void>;
};

const readCounter = 'SELECT "value"::text AS value FROM "write_generation" WHERE "id" = 1';

export function followGeneration(source: GenerationSource, logger?: Logger): GenerationFollower {
  return 'pglite' in source ? followPGlite(source.pglite, logger) : followPostgres(source.url, logger);
}

function followPGlite(pglite: PGlite, logger?: Logger): GenerationFollower {
  let value: string | null = null;
  let heard = false;
  let stop: (() => Promise<void>) | undefined;
  const started = (async () => {
    stop = await pglite.listen(generationChannel, (payload) => {
      heard = true;
      value = payload;
    });
    const { rows } = await pglite.query<{ value: string }>(readCounter);
    // A notification heard meanwhile is newer than the read.
    if (!heard) value = rows[0]?.value ?? null;
  })().catch((error) => {
    value = null;
    logger?.warn({ err: error }, 'response cache: cannot listen for writes; every query reads the write generation');
  });
  return {
    known: () => value,
    async close() {
      await started;
      value = null;
      await stop?.().catch(() => {});
    },
  };
}

function followPostgres(url: string, logger?: Logger): GenerationFollower {
  let value: string | null = null;
  let client: pg.Client | null = null;
  let closed = false;
  let backoffMs = 100;
  let retry: NodeJS.Timeout | undefined;

  const lost = (lostClient: pg.Client, error?: unknown) => {
    if (client !== lostClient) return;
    client = null;
    value = null;
    lostClient.end().catch(() => {});
    if (closed) return;
    if (error) logger?.warn({ err: error, retryInMs: backoffMs }, 'response cache: write listener lost; queries read the write generation');
    retry = setTimeout(connect, backoffMs);
    retry.unref();
    backoffMs = Math.min(backoffMs * 2, 5_000);
  };

  const connect = async () => {
    const next = new pg.Client({ connectionString: url, application_name: listenerName, keepAlive: true });
    client = next;
    let heard = false;
    next.on('notification', (message) => {
      if (client !== next || message.channel !== generationChannel || !message.payload) return;
      heard = true;
      value = message.payload;
    });
    next.on('error', (error) => lost(next, error));
    next.on('end', () => lost(next, new Error('connection ended')));
    try {
      await next.connect();
      await next.query(`LISTEN ${generationChannel}`);
      // Writes committed before LISTEN sent notifications this connection never heard: read the counter once.
      const { rows } = await next.query<{ value: string }>(readCounter);
      if (client !== next) return;
      if (!heard) value = rows[0]?.value ?? null;
      backoffMs = 100;
    } catch (error) {
      lost(next, error);
    }
  };
  connect();

  return {
    known: () => value,
    async close() {
      closed = true;
      clearTimeout(retry);
      const last = client;
      client = null;
      value = null;
      await last?.end().catch(() => {});
    },
  };
}
