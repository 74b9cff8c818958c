// `npm run dump -- --all --format jsonl [--out graph.jsonl]`: the whole graph
// of the configured database (DATABASE_URL) as JSON Lines, to a file or to
// stdout, for `npm run ingest -- graph.jsonl` to restore (src/dump/). API keys
// are not dumped. A file is written under a temporary name and renamed when
// complete, so a dump that failed never looks like a finished one.

import { once } from 'node:events';
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { readConfig } from '../src/config.ts';
import { migrateDatabase } from '../src/db/client.ts';
import { dumpGraph } from '../src/dump/dump.ts';
import { openDatabaseOrExit } from './open-database.ts';

const usage = 'usage: npm run dump -- --all --format jsonl [--out <file>]   (stdout without --out)';

const { values } = parseArgs({
  options: { all: { type: 'boolean' }, format: { type: 'string' }, out: { type: 'string' } },
});
if (!values.all || values.format !== 'jsonl') {
  console.error(values.all ? `--format must be jsonl for --all (got ${values.format ?? 'none'})\n${usage}` : usage);
  process.exit(2);
}

const partial = values.out ? `${values.out}.partial` : null;
const output: Writable = partial ? createWriteStream(partial) : process.stdout;
/** Awaits the stream's drain when its buffer is full, so that reading never runs ahead of writing. */
const write = async (line: string) => {
  if (!output.write(line)) await once(output, 'drain');
};

// Its own statement timeout: one page of a large table may take longer than a request may.
const database = await openDatabaseOrExit(readConfig().database, { statementTimeoutMs: 600_000, poolSize: 2 });
let lastReport = 0;
try {
  await migrateDatabase(database);
  console.error(`Dumping ${database.label}${values.out ? ` to ${values.out}` : ''}`);
  const counts = await dumpGraph(database.db, write, {
    onProgress: (type, rows) => {
      if (Date.now() - lastReport < 1000) return;
      lastReport = Date.now();
      console.error(`  ${type}: ${rows}`);
    },
  });
  if (partial && values.out) {
    output.end();
    await once(output, 'finish');
    renameSync(partial, values.out);
  }
  const summary = Object.entries(counts).map(([type, rows]) => `${type} ${rows}`);
  console.error(`Dumped ${summary.join(', ') || 'nothing (the database is empty)'}`);
} catch (error) {
  if (partial) rmSync(partial, { force: true });
  console.error(`dump: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await database.close();
}
