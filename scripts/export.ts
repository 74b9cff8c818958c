// `npm run export -- --format csv|graphml|jsonld [filters] [--out file]`: the
// export routes' output from the configured database (DATABASE_URL, as
// `npm start`), to stdout or a file. The script answers the same route the
// server serves (/export/statements.csv, /export/graph.graphml, /ld/<id>):
// in-process on a database it can open, where access control has nothing
// to guard; or, when a newsgraph server holds that PGlite data directory
// (PGlite allows one process), from that server over HTTP, with
// NEWSGRAPH_API_KEY as the credential, under its access rules and limits.
//   csv      --speaker ID --event ID --article ID --from DATE --to DATE --kind KIND,… --includeSubEvents true|false --limit N
//   graphml  --around ID --depth 1|2 --limit N --kinds KIND,…
//   jsonld   --id ID
//   --all --format jsonl   the whole graph, for `npm run ingest` to restore (scripts/dump-command.ts)
// A file given with --out is written whole or not at all.
import { renameSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readConfig } from '../src/config.ts';
import { type Database, DatabaseConfigError, DataDirInUseError, migrateDatabase, openDatabase } from '../src/db/client.ts';
import { exportPaths } from '../src/export/use-exports.ts';
import { createLogger } from '../src/observability/logger.ts';
import { createApp } from '../src/server.ts';
import { dumpCommand } from './dump-command.ts';

/** Each format: the flags it takes (passed on as the route's query parameters) and the route that answers it. */
const formats: Record<string, { flags: string[]; path(values: Record<string, string>): string }> = {
  csv: {
    flags: ['speaker', 'event', 'article', 'from', 'to', 'kind', 'includeSubEvents', 'limit'],
    path: (values) => `${exportPaths.statements}?${new URLSearchParams(values)}`,
  },
  graphml: {
    flags: ['around', 'depth', 'limit', 'kinds'],
    path: (values) => `${exportPaths.graph}?${new URLSearchParams(values)}`,
  },
  jsonld: {
    flags: ['id'],
    path: ({ id = '' }) => `${exportPaths.ld}${encodeURIComponent(id)}`,
  },
};

const usage = `usage: npm run export -- --format ${Object.keys(formats).join('|')} [--out file] [filters]
  csv      --speaker ID --event ID --article ID --from DATE --to DATE --kind KIND,… --includeSubEvents true|false --limit N
  graphml  --around ID [--depth 1|2] [--limit N] [--kinds KIND,…]
  jsonld   --id ID
       or: npm run export -- --all --format jsonl [--out file]   (the whole graph, API keys left out)`;

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

const allFlags = [...new Set(Object.values(formats).flatMap((format) => format.flags))];
let parsed: ReturnType<typeof parseArgs>;
try {
  parsed = parseArgs({
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean' },
      all: { type: 'boolean' },
      ...Object.fromEntries(allFlags.map((flag) => [flag, { type: 'string' as const }])),
    },
    allowPositionals: false,
  });
} catch (error) {
  fail(`${(error as Error).message}\n${usage}`, 2);
}
const { format: formatName, out, help, all, ...filters } = parsed.values as Record<string, string | boolean | undefined>;
if (help) fail(usage, 0);
if (all) {
  if (Object.keys(filters).length) fail(`--all takes no filters\n${usage}`, 2);
  process.exit(await dumpCommand({ format: formatName as string | undefined, out: out as string | undefined }));
}
if (typeof formatName !== 'string') fail(`--format is required\n${usage}`, 2);
const format = formats[formatName];
if (!format) fail(`Unknown format "${formatName}": known formats are ${Object.keys(formats).join(', ')}\n${usage}`, 2);
const stray = Object.keys(filters).filter((flag) => !format.flags.includes(flag));
if (stray.length) fail(`--format ${formatName} does not take ${stray.map((flag) => `--${flag}`).join(', ')}\n${usage}`, 2);
const path = format.path(filters as Record<string, string>);

/** The route's response: from an app over the database in this process, or from the server that holds the database. */
async function fetchExport(): Promise<Response> {
  const config = readConfig();
  let database: Database;
  try {
    database = await openDatabase(config.database);
  } catch (error) {
    if (!(error instanceof DataDirInUseError && error.holder.url)) throw error;
    const origin = new URL(error.holder.url).origin;
    console.error(`${error.dataDir} is held by the newsgraph server with pid ${error.holder.pid}: exporting from ${origin}`);
    const headers: Record<string, string> = config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {};
    try {
      return await fetch(`${origin}${path}`, { headers });
    } catch (cause) {
      fail(`Cannot reach the server at ${origin}: ${((cause as Error).cause as Error | undefined)?.message ?? cause}`);
    }
  }
  try {
    await migrateDatabase(database);
    // Whoever can open the database can read all of it; the limits that remain are the routes' own bounds.
    const security = {
      ...config.security,
      auth: { ...config.security.auth, localAccess: true, requireKeyForReads: false },
      rateLimit: { ...config.security.rateLimit, points: 0 },
      trustedDocuments: null,
    };
    const app = createApp({ db: database.db, security, logger: createLogger({ level: 'silent' }) });
    try {
      const response = await app.fetch(`http://localhost${path}`);
      // Read before the database closes.
      return new Response(await response.arrayBuffer(), { status: response.status, headers: response.headers });
    } finally {
      await app.dispose();
    }
  } finally {
    await database.close();
  }
}

let response: Response;
try {
  response = await fetchExport();
} catch (error) {
  if (!(error instanceof DatabaseConfigError || (error as Error).name === 'MigrationError')) throw error;
  fail((error as Error).message);
}
const body = Buffer.from(await response.arrayBuffer());
if (!response.ok) {
  let reason = body.toString('utf8');
  try {
    const error = (JSON.parse(reason) as { errors: { message: string; extensions?: { code?: string } }[] }).errors[0];
    reason = `${error?.message} (${error?.extensions?.code})`;
  } catch {
    // Not a JSON error body: shown as it came.
  }
  fail(`Export refused (HTTP ${response.status}): ${reason}`);
}
if (typeof out === 'string') {
  const partial = `${out}.partial-${process.pid}`;
  writeFileSync(partial, body);
  renameSync(partial, out);
  console.error(`wrote ${body.length} bytes to ${out}`);
} else {
  process.stdout.write(body);
}
