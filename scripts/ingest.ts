// `npm run ingest -- <files|folders|.jsonl>`: raw article text into the
// configured database (DATABASE_URL, as `npm start`), migrating it first.
//   *.txt    one article; metadata (url, headline, publishedAt, publisher) from
//            a sibling <name>.json when there is one
//   *.jsonl  one article per line: {"text", "url", "headline", "publishedAt", "publisher"}
//   folders  searched recursively for *.txt and *.jsonl
// A file that fails is reported and skipped; the exit code is 1 if any failed.
// Re-running is idempotent: stored articles are recognized by URL and content.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import cliProgress from 'cli-progress';
import { readConfig } from '../src/config.ts';
import { migrateDatabase, openDatabase } from '../src/db/client.ts';
import { ingestText } from '../src/extract/ingest-text.ts';

type Job = { source: string; load: () => Record<string, unknown> };

function collect(path: string, jobs: Job[], failures: { source: string; message: string }[]): void {
  if (!existsSync(path)) {
    failures.push({ source: path, message: 'no such file or folder' });
    return;
  }
  if (statSync(path).isDirectory()) {
    for (const entry of readdirSync(path).sort()) {
      const child = join(path, entry);
      if (statSync(child).isDirectory() || ['.txt', '.jsonl'].includes(extname(entry))) collect(child, jobs, failures);
    }
    return;
  }
  if (extname(path) === '.jsonl') {
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

function describe(error: unknown): string {
  const issues = (error as { extensions?: { issues?: { path: string; message: string }[] } }).extensions?.issues;
  if (issues?.length) return issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
  return error instanceof Error ? error.message : String(error);
}

const paths = process.argv.slice(2);
if (!paths.length) {
  console.error('usage: npm run ingest -- <files|folders|.jsonl> …');
  process.exit(2);
}
const jobs: Job[] = [];
const failures: { source: string; message: string }[] = [];
for (const path of paths) collect(path, jobs, failures);

const database = await openDatabase(readConfig().database);
const totals = { created: 0, present: 0, statements: 0, newEntities: 0, reusedEntities: 0 };
try {
  await migrateDatabase(database);
  const tty = process.stderr.isTTY;
  const bar = tty
    ? new cliProgress.SingleBar({ format: '{bar} {value}/{total} {source}', hideCursor: true }, cliProgress.Presets.shades_classic)
    : null;
  bar?.start(jobs.length, 0, { source: '' });
  for (const [index, job] of jobs.entries()) {
    let line: string;
    try {
      const result = await ingestText(database.db, job.load());
      if (result.created) {
        totals.created++;
        totals.statements += result.entities.statements;
        totals.newEntities += result.entities.created;
        totals.reusedEntities += result.entities.reused;
        line = `created, ${result.entities.statements} statements`;
      } else {
        totals.present++;
        line = 'already present';
      }
    } catch (error) {
      failures.push({ source: job.source, message: describe(error) });
      line = `FAILED: ${describe(error)}`;
    }
    if (bar) bar.update(index + 1, { source: job.source });
    else console.log(`[${index + 1}/${jobs.length}] ${job.source}: ${line}`);
  }
  bar?.stop();
} finally {
  await database.close();
}

console.log(
  `Articles: ${totals.created} created, ${totals.present} already present; statements: ${totals.statements}; entities: ${totals.newEntities} new, ${totals.reusedEntities} reused; failures: ${failures.length}`,
);
for (const failure of failures) console.log(`  failed: ${failure.source}: ${failure.message}`);
process.exitCode = failures.length ? 1 : 0;
