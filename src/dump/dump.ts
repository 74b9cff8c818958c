// The whole graph as JSON Lines: a header, then every row of every dumped
// model (src/dump/models.ts), models in dependency order, each model paged by
// its primary key so that memory stays bounded however large the database is.
// Rows keep their ids, so global ids stay valid across a dump and restore.
import type { Db } from '../db/client.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { type DumpHeader, dumpPlan, type ModelPlan } from './models.ts';

type Tx = Prisma.TransactionClient;
type Row = Record<string, unknown>;
type Delegate = { findMany(args: unknown): Promise<Row[]> };

export type DumpOptions = {
  /** Rows read per query at most (default 500); fewer while pages exceed 4 MB of JSON. */
  pageSize?: number;
  /** Called after each page with the model and how many of its rows were written so far. */
  onProgress?: (type: string, rows: number) => void;
};

/** The rows after `last` in key order: `a > x OR (a = x AND b > y)` for a key (a, b). */
function after(keyFields: string[], last: Row | undefined): Row {
  if (!last) return {};
  return {
    OR: keyFields.map((field, i) => ({
      ...Object.fromEntries(keyFields.slice(0, i).map((earlier) => [earlier, last[earlier]])),
      [field]: { gt: last[field] },
    })),
  };
}

/** How many rows the next page reads: fewer while pages are large (article bodies), so memory stays bounded by bytes too. */
type PageSize = { take: number; max: number };

const pageBytes = 4 * 1024 * 1024;

function adjust(size: PageSize, bytes: number) {
  if (bytes > pageBytes) size.take = Math.max(1, Math.floor(size.take / 2));
  else if (bytes < pageBytes / 4) size.take = Math.min(size.max, size.take * 2);
}

async function* pages(tx: Tx, model: ModelPlan, where: Row, select: Row, size: PageSize): AsyncGenerator<Row[]> {
  const delegate = (tx as unknown as Record<string, Delegate>)[model.delegate] as Delegate;
  const orderBy = model.keyFields.map((field) => ({ [field]: 'asc' }));
  let last: Row | undefined;
  for (;;) {
    const take = size.take;
    const rows = await delegate.findMany({ where: { AND: [where, after(model.keyFields, last)] }, select, orderBy, take });
    if (rows.length) yield rows;
    if (rows.length < take) return;
    last = rows.at(-1);
  }
}

/** The page's rows as JSON lines of `type`, adjusting the next page's size to their bytes. */
function lines(type: string, rows: Row[], size: PageSize): string[] {
  const result = rows.map((row) => JSON.stringify({ type, ...row }));
  adjust(
    size,
    result.reduce((sum, line) => sum + line.length, 0),
  );
  return result;
}

const selectOf = (fields: string[]) => Object.fromEntries(fields.map((field) => [field, true]));

/** Every record of the graph, one JSON line each (header first), read in one snapshot of `tx`. */
export async function* dumpRecords(tx: Tx, options: DumpOptions = {}): AsyncGenerator<string> {
  const pageSize = options.pageSize ?? 500;
  const header: DumpHeader = { newsgraph: 'dump', version: 1, createdAt: new Date().toISOString() };
  yield JSON.stringify(header);
  for (const model of dumpPlan.models) {
    const fields = model.fields.map((field) => field.name);
    const size = { take: pageSize, max: pageSize };
    let written = 0;
    for await (const rows of pages(tx, model, model.where, selectOf([...new Set([...model.keyFields, ...fields])]), size)) {
      yield* lines(model.name, rows, size);
      written += rows.length;
      options.onProgress?.(model.name, written);
    }
    for (const { type, link } of dumpPlan.links.filter((plan) => plan.model === model)) {
      let links = 0;
      const where = { AND: [model.where, { [link.field]: { not: null } }] };
      for await (const rows of pages(tx, model, where, selectOf(['id', link.field]), size)) {
        yield* lines(type, rows, size);
        links += rows.length;
        options.onProgress?.(type, links);
      }
    }
  }
}

/**
 * Dumps the graph to `write` (awaited, so a slow file or pipe holds the reading
 * back) from one repeatable-read snapshot: a dump taken while articles arrive is
 * still a consistent graph. Returns the number of records per type.
 */
export async function dumpGraph(db: Db, write: (line: string) => unknown, options: DumpOptions = {}): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const onProgress = (type: string, rows: number) => {
    counts[type] = rows;
    options.onProgress?.(type, rows);
  };
  await db.$transaction(
    async (tx) => {
      for await (const line of dumpRecords(tx, { ...options, onProgress })) await write(`${line}\n`);
    },
    { isolationLevel: 'RepeatableRead', timeout: 24 * 3_600_000, maxWait: 60_000 },
  );
  return counts;
}
