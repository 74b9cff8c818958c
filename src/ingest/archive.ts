// Many articles at once, as `npm run ingest` and `npm run bench:ingest` take
// them: a bounded number in flight, extraction on worker threads while others
// are being written, each article in its own transaction or, with `batch`,
// `batch` extracted articles in one transaction written set by set
// (src/ingest/batch.ts; one bad article still fails alone, and ingestion's
// locks keep concurrent writers from creating the same person twice). A job
// whose URL is stored is skipped before it costs an extraction, which is what
// makes an interrupted run cheap to resume.
import type { Db } from '../db/client.ts';
import { attachToStoredEvent, extractInput, ingestText } from '../extract/ingest-text.ts';
import { ingestBatch } from './batch.ts';
import type { ExtractPool } from './extract-pool.ts';
import { extractHtml, forgetStoredImageUrls, ingestHtml } from './ingest-html.ts';
import type { IngestArticleRaw } from './input.ts';

export type ArchiveJob = { source: string; load: () => Record<string, unknown> };
export type ArchiveOutcome = { created: boolean; statements: number; newEntities: number; reusedEntities: number };
/** Where the articles go: the database, or a server that holds it. */
export type ArchiveSink = {
  ingest(input: Record<string, unknown>): Promise<ArchiveOutcome>;
  /** Set when the sink can write many articles in one transaction (ArchiveOptions.batch). */
  batch?: BatchSink;
  close(): Promise<void>;
};

/** Writing in batches: each input made ready to write alone (extracted), then written many at once. */
export type BatchSink = {
  /** The article to write, or the outcome already known (stored before). */
  prepare(input: Record<string, unknown>): Promise<{ article: IngestArticleRaw } | { outcome: ArchiveOutcome }>;
  write(articles: IngestArticleRaw[]): Promise<(ArchiveOutcome | { error: unknown })[]>;
};

/** A failure no later article can avoid (the server refuses the credential, or is gone): the run stops. */
export class StopError extends Error {}

export type ArchiveTotals = { created: number; present: number; statements: number; newEntities: number; reusedEntities: number };

export type ArchiveRun = {
  totals: ArchiveTotals;
  failures: { source: string; message: string }[];
  /** Why the run stopped early, when a StopError ended it. */
  stopped: string | null;
  seconds: number;
};

export type ArchiveOptions = {
  /** Articles in flight at once. */
  concurrency: number;
  /** Articles written per transaction when the sink can batch (1: each alone). */
  batch?: number;
  /** Called as each job ends: `done` jobs of `total` in `seconds`. */
  onDone?: (job: ArchiveJob, outcome: ArchiveOutcome | { error: string }, done: number, seconds: number) => void;
};

/** Articles per transaction for `npm run ingest` and the benchmark (see docs/extraction.md for the figures). */
export const DEFAULT_BATCH = 50;

const present: ArchiveOutcome = { created: false, statements: 0, newEntities: 0, reusedEntities: 0 };

/** Text (`{ text, … }`) or a page (`{ html, … }`) into `db`, extracted by `pool`. */
export function databaseSink(db: Db, pool: ExtractPool, close: () => Promise<void> = async () => {}): ArchiveSink {
  const stored = async (input: Record<string, unknown>) =>
    typeof input.url === 'string' && !!(await db.article.findFirst({ where: { url: input.url }, select: { id: true } }));
  return {
    async ingest(input) {
      if (await stored(input)) return present;
      const result = 'html' in input ? await ingestHtml(db, input, '', pool.extract) : await ingestText(db, input, '', pool.extract);
      const { statements, created, reused } = result.entities;
      return { created: result.created, statements, newEntities: created, reusedEntities: reused };
    },
    batch: {
      // What ingestText and ingestHtml do before ingestArticle.
      async prepare(input) {
        if (await stored(input)) return { outcome: present };
        if ('html' in input) {
          const read = await extractHtml(input, '', pool.extract);
          await forgetStoredImageUrls(db, read.extraction.article);
          await attachToStoredEvent(db, read.extraction, read.page.publishedAt ? new Date(read.page.publishedAt) : null);
          return { article: read.extraction.article };
        }
        const { extraction, input: parsed } = await extractInput(input, '', pool.extract);
        await attachToStoredEvent(db, extraction, parsed.publishedAt ?? null);
        return { article: extraction.article };
      },
      write: (articles) => writeBatch(db, articles),
    },
    close,
  };
}

/** ingestBatch's outcomes as an archive's; an image URL is kept on its first article, as forgetStoredImageUrls does across batches. */
export async function writeBatch(db: Db, articles: IngestArticleRaw[]): Promise<(ArchiveOutcome | { error: unknown })[]> {
  const seen = new Set<string>();
  for (const article of articles) {
    article.images = article.images?.map((image) => {
      if (!image.url) return image;
      if (seen.has(image.url)) return { ...image, url: null };
      seen.add(image.url);
      return image;
    });
  }
  const { outcomes } = await ingestBatch(db, articles);
  return outcomes.map((outcome) =>
    'error' in outcome
      ? outcome
      : {
          created: outcome.created,
          statements: outcome.entities.statements,
          newEntities: outcome.entities.created,
          reusedEntities: outcome.entities.reused,
        },
  );
}

export function describeError(error: unknown): string {
  const issues = (error as { extensions?: { issues?: { path: string; message: string }[] } }).extensions?.issues;
  if (issues?.length) return issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
  return error instanceof Error ? error.message : String(error);
}

/** Runs every job through `sink`, `concurrency` at a time; a failed job is recorded and the others go on. */
export async function ingestJobs(jobs: readonly ArchiveJob[], sink: ArchiveSink, options: ArchiveOptions): Promise<ArchiveRun> {
  const totals: ArchiveTotals = { created: 0, present: 0, statements: 0, newEntities: 0, reusedEntities: 0 };
  const failures: ArchiveRun['failures'] = [];
  let stopped: string | null = null;
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  let next = 0;
  let done = 0;
  const record = (job: ArchiveJob, result: ArchiveOutcome | { error: unknown }) => {
    let outcome: ArchiveOutcome | { error: string };
    if ('error' in result) {
      outcome = { error: describeError(result.error) };
      failures.push({ source: job.source, message: outcome.error });
    } else {
      outcome = result;
      if (outcome.created) {
        totals.created++;
        totals.statements += outcome.statements;
        totals.newEntities += outcome.newEntities;
        totals.reusedEntities += outcome.reusedEntities;
      } else totals.present++;
    }
    done++;
    options.onDone?.(job, outcome, done, seconds());
  };
  const batch = sink.batch && (options.batch ?? 1) > 1 ? { sink: sink.batch, size: options.batch as number } : null;
  // Prepared articles waiting for a batch; the lane whose article fills one writes it while the others extract on.
  const ready: { job: ArchiveJob; article: IngestArticleRaw }[] = [];
  const flush = async (writer: BatchSink, size: number) => {
    while (ready.length >= size || (next >= jobs.length && ready.length)) {
      const taken = ready.splice(0, size);
      const results = await writer.write(taken.map((t) => t.article)).catch((error: unknown) => taken.map(() => ({ error })));
      taken.forEach((t, i) => record(t.job, results[i] as ArchiveOutcome | { error: unknown }));
    }
  };
  const lane = async () => {
    while (!stopped && next < jobs.length) {
      const job = jobs[next++] as ArchiveJob;
      try {
        if (!batch) {
          record(job, await sink.ingest(job.load()));
          continue;
        }
        const prepared = await batch.sink.prepare(job.load());
        if ('outcome' in prepared) record(job, prepared.outcome);
        else ready.push({ job, article: prepared.article });
        await flush(batch.sink, batch.size);
      } catch (error) {
        if (error instanceof StopError) {
          stopped = error.message;
          return;
        }
        record(job, { error });
      }
    }
    if (batch && !stopped) await flush(batch.sink, batch.size);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, jobs.length)) }, lane));
  return { totals, failures, stopped, seconds: seconds() };
}
