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
// A file that fails is reported and skipped; the exit code is 1 if any failed.
// Re-running is idempotent: stored articles are recognized by URL and content.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { readConfig } from '../src/config.ts';
import { type Database, DatabaseConfigError, DataDirInUseError, migrateDatabase, openDatabase } from '../src/db/client.ts';
import { isDumpFile } from '../src/dump/restore.ts';
import { ingestText } from '../src/extract/ingest-text.ts';
import { ingestHtml } from '../src/ingest/ingest-html.ts';
import { documentHash } from '../src/limits/trusted-documents.ts';
import { INGEST_HTML, INGEST_TEXT } from './cli-operations.ts';
import { feedExtensions, feedFileJobs, fetchOptionsFrom, isFeedFile, urlJobs, urlListFlags } from './ingest-sources.ts';
import { restoreDumpCommand } from './restore-dump.ts';

type Job = { source: string; load: () => Record<string, unknown> };
type Outcome = { created: boolean; statements: number; newEntities: number; reusedEntities: number };
/** Where the articles go: the database, or the server that holds it. */
type Sink = { ingest(input: Record<string, unknown>): Promise<Outcome>; close(): Promise<void> };

/** A failure no later article can avoid (the server refuses the credential, or is gone): the run stops. */
class StopError extends Error {}

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

function describe(error: unknown): string {
  const issues = (error as { extensions?: { issues?: { path: string; message: string }[] } }).extensions?.issues;
  if (issues?.length) return issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
  return error instanceof Error ? error.message : String(error);
}

async function openSink(): Promise<Sink> {
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
  return {
    async ingest(input) {
      const result = 'html' in input ? await ingestHtml(database.db, input) : await ingestText(database.db, input);
      const { statements, created, reused } = result.entities;
      return { created: result.created, statements, newEntities: created, reusedEntities: reused };
    },
    close: () => database.close(),
  };
}

type GraphQLAnswer = {
  data?: Record<string, { created: boolean; statementCount: number; createdEntities: number; reusedEntities: number } | null>;
  errors?: { message: string; extensions?: { code?: string } }[];
};

/** Each article through the server's API at `url`, with `apiKey` when one is set. */
function throughServer(url: string, apiKey: string | undefined): Sink {
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
      // Shaped like the error ingestText throws, so that describe() reports both alike.
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

const usage = 'usage: npm run ingest -- <files|folders|.jsonl|feeds> … [--urls list.txt [--host-interval s] [--timeout s] [--max-bytes n]]';
let args: ReturnType<typeof parseArgs<{ allowPositionals: true; options: typeof urlListFlags }>>;
let fetchOptions: ReturnType<typeof fetchOptionsFrom>;
try {
  args = parseArgs({ allowPositionals: true, options: urlListFlags });
  fetchOptions = fetchOptionsFrom(args.values);
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

let sink: Sink;
try {
  sink = await openSink();
} catch (error) {
  // The data directory in use by another CLI, an unreachable server, a failed migration: one line, not a stack.
  if (!(error instanceof DatabaseConfigError || (error as Error).name === 'MigrationError')) throw error;
  console.error((error as Error).message);
  process.exit(1);
}
const totals = { created: 0, present: 0, statements: 0, newEntities: 0, reusedEntities: 0 };
let stopped: string | null = null;
try {
  const tty = process.stderr.isTTY;
  const bar = tty
    ? new cliProgress.SingleBar({ format: '{bar} {value}/{total} {source}', hideCursor: true }, cliProgress.Presets.shades_classic)
    : null;
  bar?.start(jobs.length, 0, { source: '' });
  for (const [index, job] of jobs.entries()) {
    let line: string;
    try {
      const result = await sink.ingest(job.load());
      if (result.created) {
        totals.created++;
        totals.statements += result.statements;
        totals.newEntities += result.newEntities;
        totals.reusedEntities += result.reusedEntities;
        line = `created, ${result.statements} statements`;
      } else {
        totals.present++;
        line = 'already present';
      }
    } catch (error) {
      if (error instanceof StopError) {
        stopped = error.message;
        break;
      }
      failures.push({ source: job.source, message: describe(error) });
      line = `FAILED: ${describe(error)}`;
    }
    if (bar) bar.update(index + 1, { source: job.source });
    else console.log(`[${index + 1}/${jobs.length}] ${job.source}: ${line}`);
  }
  bar?.stop();
} finally {
  await sink.close();
}

console.log(
  `Articles: ${totals.created} created, ${totals.present} already present; statements: ${totals.statements}; entities: ${totals.newEntities} new, ${totals.reusedEntities} reused; failures: ${failures.length}`,
);
for (const failure of failures) console.log(`  failed: ${failure.source}: ${failure.message}`);
if (stopped) console.error(`Stopped: ${stopped}`);
process.exitCode = failures.length || stopped ? 1 : 0;
