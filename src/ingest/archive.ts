// Many articles at once, as `npm run ingest` and `npm run bench:ingest` take
// them: a bounded number in flight, extraction on worker threads while others
// are being written, each article in its own transaction (so one bad article
// fails alone, and ingestion's locks keep concurrent ones from creating the
// same person twice). A job whose URL is stored is skipped before it costs an
// extraction, which is what makes an interrupted run cheap to resume.
import type { Db } from '../db/client.ts';
import { ingestText } from '../extract/ingest-text.ts';
import type { ExtractPool } from './extract-pool.ts';
import { ingestHtml } from './ingest-html.ts';

export type ArchiveJob = { source: string; load: () => Record<string, unknown> };
export type ArchiveOutcome = { created: boolean; statements: number; newEntities: number; reusedEntities: number };
/** Where the articles go: the database, or a server that holds it. */
export type ArchiveSink = { ingest(input: Record<string, unknown>): Promise<ArchiveOutcome>; close(): Promise<void> };

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
  /** Called as each job ends: `done` jobs of `total` in `seconds`. */
  onDone?: (job: ArchiveJob, outcome: ArchiveOutcome | { error: string }, done: number, seconds: number) => void;
};

const present: ArchiveOutcome = { created: false, statements: 0, newEntities: 0, reusedEntities: 0 };

/** Text (`{ text, … }`) or a page (`{ html, … }`) into `db`, extracted by `pool`. */
export function databaseSink(db: Db, pool: ExtractPool, close: () => Promise<void> = async () => {}): ArchiveSink {
  return {
    async ingest(input) {
      if (typeof input.url === 'string' && (await db.article.findFirst({ where: { url: input.url }, select: { id: true } })))
        return present;
      const result = 'html' in input ? await ingestHtml(db, input, '', pool.extract) : await ingestText(db, input, '', pool.extract);
      const { statements, created, reused } = result.entities;
      return { created: result.created, statements, newEntities: created, reusedEntities: reused };
    },
    close,
  };
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
  const lane = async () => {
    while (!stopped && next < jobs.length) {
      const job = jobs[next++] as ArchiveJob;
      let outcome: ArchiveOutcome | { error: string };
      try {
        outcome = await sink.ingest(job.load());
        if (outcome.created) {
          totals.created++;
          totals.statements += outcome.statements;
          totals.newEntities += outcome.newEntities;
          totals.reusedEntities += outcome.reusedEntities;
        } else totals.present++;
      } catch (error) {
        if (error instanceof StopError) {
          stopped = error.message;
          return;
        }
        outcome = { error: describeError(error) };
        failures.push({ source: job.source, message: outcome.error });
      }
      done++;
      options.onDone?.(job, outcome, done, seconds());
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, jobs.length)) }, lane));
  return { totals, failures, stopped, seconds: seconds() };
}
