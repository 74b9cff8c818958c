// What `npm run ingest` does with a dump (a .jsonl file whose first line is a
// dump header, written by `npm run export -- --all --format jsonl`): restores the whole graph into the
// configured database, migrating it first, instead of reading lines as
// articles. Restoring is idempotent, so a restore that stopped can be run again.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import cliProgress from 'cli-progress';
import { readConfig } from '../src/config.ts';
import { migrateDatabase } from '../src/db/client.ts';
import { DumpError, type RestoreProgress, restoreDumpFile } from '../src/dump/restore.ts';
import { openDatabaseOrExit } from './open-database.ts';

async function countLines(path: string): Promise<number> {
  let lines = 0;
  for await (const _ of createInterface({ input: createReadStream(path), crlfDelay: Number.POSITIVE_INFINITY })) lines++;
  return lines;
}

/** Restores the dump at `path`; returns the exit code (0, or 1 with the reason printed). */
export async function restoreDumpCommand(path: string): Promise<number> {
  const database = await openDatabaseOrExit(readConfig().database, { statementTimeoutMs: 600_000, poolSize: 2 });
  try {
    await migrateDatabase(database);
    const total = await countLines(path);
    console.log(`Restoring the dump ${path} (${total} lines) into ${database.label}`);
    const bar = process.stderr.isTTY
      ? new cliProgress.SingleBar({ format: '{bar} {value}/{total} lines {type}', hideCursor: true }, cliProgress.Presets.shades_classic)
      : null;
    bar?.start(total, 0, { type: '' });
    let lastType = '';
    let lastReport = 0;
    const onProgress = (progress: RestoreProgress) => {
      if (bar) return bar.update(progress.line, { type: progress.type });
      if (progress.type === lastType && Date.now() - lastReport < 1000) return;
      [lastType, lastReport] = [progress.type, Date.now()];
      console.log(`[${progress.line}/${total}] ${progress.type}: ${progress.written} written, ${progress.present} already present`);
    };
    try {
      const totals = await restoreDumpFile(database.db, path, { onProgress });
      bar?.update(total);
      bar?.stop();
      const summary = Object.entries(totals).map(([type, t]) => `${type} ${t.written} written, ${t.present} present`);
      console.log(`Restored ${path}: ${summary.join('; ') || 'an empty graph'}`);
      return 0;
    } catch (error) {
      bar?.stop();
      if (!(error instanceof DumpError)) throw error;
      console.error(`${path}:${error.message} [${error.extensions.code}]. Batches before it are written; fix the line and run again.`);
      return 1;
    }
  } finally {
    await database.close();
  }
}
