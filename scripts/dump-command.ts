// The whole graph of the configured database (DATABASE_URL) as JSON Lines, to
// a file or to stdout (src/dump/), for `npm run ingest -- <file>` to restore.
// What `npm run export -- --all --format jsonl [--out file]` runs. A file is written under a
// temporary name and renamed when complete, so a dump that failed never looks
// like a finished one.
import { once } from 'node:events';
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { readConfig } from '../src/config.ts';
import { migrateDatabase } from '../src/db/client.ts';
import { dumpGraph } from '../src/dump/dump.ts';
import { openDatabaseOrExit } from './open-database.ts';

export const dumpUsage = 'npm run export -- --all --format jsonl [--out <file>]   (stdout without --out)';

/** Dumps the graph in `format` (jsonl only) to `out` or stdout; returns the exit code (2 for bad arguments). */
export async function dumpCommand({ format, out }: { format?: string | undefined; out?: string | undefined }): Promise<number> {
  if (format !== 'jsonl') {
    console.error(`--format must be jsonl for --all (got ${format ?? 'none'})\nusage: ${dumpUsage}`);
    return 2;
  }
  const partial = out ? `${out}.partial` : null;
  // Its own statement timeout: one page of a large table may take longer than a request may.
  const database = await openDatabaseOrExit(readConfig().database, { statementTimeoutMs: 600_000, poolSize: 2 });
  const output: Writable = partial ? createWriteStream(partial) : process.stdout;
  /** Awaits the stream's drain when its buffer is full, so that reading never runs ahead of writing. */
  const write = async (line: string) => {
    if (!output.write(line)) await once(output, 'drain');
  };
  let lastReport = 0;
  try {
    await migrateDatabase(database);
    console.error(`Dumping ${database.label}${out ? ` to ${out}` : ''}`);
    const counts = await dumpGraph(database.db, write, {
      onProgress: (type, rows) => {
        if (Date.now() - lastReport < 1000) return;
        lastReport = Date.now();
        console.error(`  ${type}: ${rows}`);
      },
    });
    if (partial && out) {
      output.end();
      await once(output, 'finish');
      renameSync(partial, out);
    }
    const summary = Object.entries(counts).map(([type, rows]) => `${type} ${rows}`);
    console.error(`Dumped ${summary.join(', ') || 'nothing (the database is empty)'}`);
    return 0;
  } catch (error) {
    if (partial) {
      output.destroy();
      rmSync(partial, { force: true });
    }
    console.error(`dump: ${(error as Error).message}`);
    return 1;
  } finally {
    await database.close();
  }
}
