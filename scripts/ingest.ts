// `npm run ingest -- <files|folders|.jsonl>`: raw article text into the
// configured database (DATABASE_URL, as `npm start`), migrating it first; or,
// when a newsgraph server holds that PGlite data directory (PGlite allows one
// process), through that server's ingestArticleText mutation, so that its
// subscribers hear of each article. NEWSGRAPH_API_KEY is the credential sent.
//   *.txt    one article; metadata (url, headline, publishedAt, publisher) from
//            a sibling <name>.json when there is one
//   *.jsonl  one article per line: {"text", "url", "headline", "publishedAt", "publisher"}
//   *.html, *.htm  a saved web page (as ingestArticleHtml reads it); its URL from a
//            sibling <name>.json's "url", else the canonical URL the page declares
//   *.rss, *.atom, *.xml   an RSS 2.0 or Atom feed: one article per item (scripts/ingest-sources.ts)
//   folders  searched recursively for *.txt, *.jsonl, *.html, *.htm and feeds
//   --urls list.txt   fetch each URL of the list (a feed or a page), politely; see docs/input.md
//   a dump   a .jsonl whose first line is a dump header (npm run export -- --all --format jsonl),
//            given alone: restores the whole graph (scripts/restore-dump.ts)
// Extraction runs on worker threads (--threads, one per core by default) while
// --concurrency articles are in flight; extracted articles are written --batch
// at a time, each batch in one transaction (src/ingest/batch.ts; --batch 1:
// each article in its own);
// progress and the rate go to stderr. A file that fails is reported and
// skipped; the exit code is 1 if any failed. Re-running is idempotent and
// resumes an interrupted run: an article whose URL is stored is skipped before
// extraction, and one stored under another URL is recognized by its content.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { readConfig } from '../src/config.ts';
import { type Database, DatabaseConfigError, DataDirInUseError, migrateDatabase, openDatabase } from '../src/db/client.ts';
import { isDumpFile } from '../src/dump/restore.ts';
import { type ArchiveJob, type ArchiveSink, DEFAULT_BATCH, databaseSink, ingestJobs, StopError } from '../src/ingest/archive.ts';
import { createExtractPool, type ExtractPool } from '../src/ingest/extract-pool.ts';
import { documentHash } from '../src/limits/trusted-documents.ts';
import { INGEST_HTML, INGEST_TEXT } from './cli-operations.ts';
import { feedExtensions, feedFileJobs, fetchOptionsFrom, isFeedFile, urlJobs, urlListFlags } from './ingest-sources.ts';
import { restoreDumpCommand } from './restore-dump.ts';

type Job = ArchiveJob;

function collect(path: string, jobs: Job[], failures: { source: string; message: string }[]): void {
  if (!existsSync(path)) {
    failures.push({ source: path, message: 'no such file or folder' });
    return;
  }
  if (statSync(path).isDirectory()) {
    for (const entry of readdirSync(path).sort()) {
      const child = join(path, entry);
      if (statSync(child).isDirectory() || ['.txt', '.jsonl', '.html', '.htm'].includes(extname(entry)) || isFeedFile(child))
        collect(child, jobs, failures);
    }
    return;
  }
  if (feedExtensions.includes(extname(path))) {
    feedFileJobs(path, jobs, failures);
    return;
  }
  if (extname(path) === '.jsonl') {
    if (isDumpFile(path)) {
      failures.push({ source: path, message: 'is a dump: restore it alone (npm run ingest -- <dump>)' });
      return;
    }
    readFileSync(path, 'utf8')
      .split('\n')
      .forEach((line, index) => {
        if (!line.trim()) return;
        jobs.push({
          source: `${path}:${index + 1}`,
          load: () => {
            const value = JSON.parse(line) as unknown;
            if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('line is not a JSON object');
            return value as Record<string, unknown>;
          },
        });
      });
    return;
  }
  if (['.html', '.htm'].includes(extname(path))) {
    jobs.push(pageJob(path));
    return;
  }
  jobs.push({
    source: path,
    load: () => {
      const sibling = join(path, '..', `${basename(path, extname(path))}.json`);
      const meta = existsSync(sibling) ? (JSON.parse(readFileSync(sibling, 'utf8')) as Record<string, unknown>) : {};
      return {
        url: meta.url,
        headline: meta.headline,
        publishedAt: meta.publishedAt,
        publisher: meta.publisher,
        text: readFileSync(path, 'utf8'),
      };
    },
  });
}

/** A saved web page: `{ html, url }` as ingestArticleHtml takes it, the URL from a sibling .json when there is one. */
function pageJob(path: string): Job {
  return {
    source: path,
    load: () => {
      const sibling = join(path, '..', `${basename(path, extname(path))}.json`);
      const meta = existsSync(sibling) ? (JSON.parse(readFileSync(sibling, 'utf8')) as Record<string, unknown>) : {};
      return { html: readFileSync(path, 'utf8'), url: meta.url };
    },
  };
}

async function openSink(pool: ExtractPool): Promise<ArchiveSink> {
  const config = readConfig();
  let database: Database;
  try {
    database = await openDatabase(config.database);
  } catch (error) {
    if (!(error instanceof DataDirInUseError && error.holder.url)) throw error;
    console.log(
      `${error.dataDir} is held by the newsgraph server with pid ${error.holder.pid}: sending the articles to ${error.holder.url}`,
    );
    return throughServer(error.holder.url, config.apiKey);
  }
  try {
    await migrateDatabase(database);
  } catch (error) {
    await database.close();
    throw error;
  }
  return databaseSink(database.db, pool, () => database.close());
}

type GraphQLAnswer = {
  data?: Record<string, { created: boolean; statementCount: number; createdEntities: number; reusedEntities: number } | null>;
  errors?: { message: string; extensions?: { code?: string } }[];
};

/** Each article through the server's API at `url`, with `apiKey` when one is set. */
function throughServer(url: string, apiKey: string | undefined): ArchiveSink {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (apiKey) headers.authorization = `Bearer ${apiKey}`;
  // A server in trusted-documents mode takes the operation by hash only (npm run trusted-documents includes it).
  let byHash = false;
  const send = async (input: Record<string, unknown>) => {
    // A page goes to ingestArticleHtml as its one input argument; text to ingestArticleText's arguments.
    const page = 'html' in input;
    const query = page ? INGEST_HTML : INGEST_TEXT;
    const operation = byHash ? { extensions: { persistedQuery: { version: 1, sha256Hash: documentHash(query) } } } : { query };
    const variables = page ? { input } : input;
    try {
      const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ ...operation, variables }) });
      return { response, answer: (await response.json().catch(() => ({}))) as GraphQLAnswer };
    } catch (error) {
      throw new StopError(`Cannot reach the server at ${url}: ${((error as Error).cause as Error | undefined)?.message ?? error}`);
    }
  };
  return {
    async ingest(input) {
      let { response, answer } = await send(input);
      if (!byHash && answer.errors?.[0]?.extensions?.code === 'TRUSTED_DOCUMENT_REQUIRED') {
        byHash = true;
        ({ response, answer } = await send(input));
      }
      const [error] = answer.errors ?? [];
      const code = error?.extensions?.code;
      if (code === 'TRUSTED_DOCUMENT_NOT_FOUND')
        throw new StopError(
          `The server at ${url} runs trusted documents, and its manifest lacks the ingest operation: rebuild the manifest with \`npm run trusted-documents\` and restart the server.`,
        );
      if (response.status === 401 || code === 'UNAUTHENTICATED' || code === 'FORBIDDEN') {
        throw new StopError(
          `The server at ${url} refused to ingest (${code ?? response.status}: ${error?.message ?? 'no credential'}). ` +
            `Set NEWSGRAPH_API_KEY to an API key with the ingest scope: create one through that server's createApiKey mutation, ` +
            'or with `npm run keys -- create --name ingest --scopes ingest` while the server is stopped (PGlite allows one process).',
        );
      }
      // Shaped like the error ingestText throws, so that describeError() reports both alike.
      if (error) throw Object.assign(new Error(error.message), { extensions: error.extensions });
      const payload = answer.data?.ingestArticleText ?? answer.data?.ingestArticleHtml;
      if (!payload) throw new Error(`the server answered HTTP ${response.status} without a result`);
      return {
        created: payload.created,
        statements: payload.statementCount,
        newEntities: payload.createdEntities,
        reusedEntities: payload.reusedEntities,
      };
    },
    close: async () => {},
  };
}

const usage =
  'usage: npm run ingest -- <files|folders|.jsonl|feeds> … [--threads n] [--concurrency n] [--batch n] [--urls list.txt [--host-interval s] [--timeout s] [--max-bytes n]]';
const flagSpec = {
  ...urlListFlags,
  threads: { type: 'string', default: String(availableParallelism()) },
  concurrency: { type: 'string' },
  batch: { type: 'string', default: String(DEFAULT_BATCH) },
} as const;
let args: ReturnType<typeof parseArgs<{ allowPositionals: true; options: typeof flagSpec }>>;
let fetchOptions: ReturnType<typeof fetchOptionsFrom>;
let threads: number;
let concurrency: number;
let batch: number;
try {
  args = parseArgs({ allowPositionals: true, options: flagSpec });
  fetchOptions = fetchOptionsFrom(args.values);
  threads = positiveInteger('--threads', args.values.threads);
  // Enough articles in flight that every extraction thread has one while others are being written.
  concurrency = positiveInteger('--concurrency', args.values.concurrency ?? String(threads * 2 + 2));
  batch = positiveInteger('--batch', args.values.batch);
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
const { values: flags, positionals: paths } = args;
if (!paths.length && !flags.urls) {
  console.error(usage);
  process.exit(2);
}
// A dump is restored whole, not read line by line as articles.
const [only] = paths;
if (paths.length === 1 && only && extname(only) === '.jsonl' && isDumpFile(only)) process.exit(await restoreDumpCommand(only));
const jobs: Job[] = [];
const failures: { source: string; message: string }[] = [];
for (const path of paths) collect(path, jobs, failures);
if (flags.urls) await urlJobs(flags.urls, fetchOptions, jobs, failures);

const pool = createExtractPool({ threads, idleTimeoutMs: 5_000 });
let sink: ArchiveSink;
try {
  sink = await openSink(pool);
} catch (error) {
  await pool.close();
  // The data directory in use by another CLI, an unreachable server, a failed migration: one line, not a stack.
  if (!(error instanceof DatabaseConfigError || (error as Error).name === 'MigrationError')) throw error;
  console.error((error as Error).message);
  process.exit(1);
}
let run: Awaited<ReturnType<typeof ingestJobs>>;
const bar = process.stderr.isTTY
  ? new cliProgress.SingleBar(
      { format: '{bar} {value}/{total} | {rate} articles/s | ETA {eta_formatted} | {source}', hideCursor: true },
      cliProgress.Presets.shades_classic,
    )
  : null;
try {
  bar?.start(jobs.length, 0, { source: '', rate: '0.0' });
  run = await ingestJobs(jobs, sink, {
    concurrency,
    batch,
    onDone(job, outcome, done, seconds) {
      if (bar) {
        bar.update(done, { source: job.source, rate: (done / Math.max(seconds, 0.001)).toFixed(1) });
        return;
      }
      const line =
        'error' in outcome ? `FAILED: ${outcome.error}` : outcome.created ? `created, ${outcome.statements} statements` : 'already present';
      console.log(`[${done}/${jobs.length}] ${job.source}: ${line}`);
    },
  });
  bar?.stop();
} finally {
  await sink.close();
  await pool.close();
}

const { totals, stopped, seconds } = run;
failures.push(...run.failures);
console.log(
  `Articles: ${totals.created} created, ${totals.present} already present; statements: ${totals.statements}; entities: ${totals.newEntities} new, ${totals.reusedEntities} reused; failures: ${failures.length}; ${seconds.toFixed(1)} s, ${((totals.created + totals.present) / Math.max(seconds, 0.001)).toFixed(1)} articles/s`,
);
for (const failure of failures) console.log(`  failed: ${failure.source}: ${failure.message}`);
if (stopped) console.error(`Stopped: ${stopped}`);
process.exitCode = failures.length || stopped ? 1 : 0;

function positiveInteger(flag: string, value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`${flag} must be a positive integer, not "${value}"`);
  return number;
}
