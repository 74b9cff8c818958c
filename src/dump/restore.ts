// Restores a dump (src/dump/dump.ts) line by line: the header and every record
// are checked before their batch is written, each batch in one transaction, so
// a bad line names its number and field and leaves its batch unwritten. Rows
// keep their ids and are inserted only when absent, so restoring twice changes
// nothing. An article the database already holds under another id (the same
// url or content) is skipped, and with it everything that belongs to it.
// Derived data (src/dump/models.ts) is rebuilt here, not read from the file.
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Db } from '../db/client.ts';
import { addAncestorScope, rebuildAllAncestors } from '../db/event-tree.ts';
import { nameColumns } from '../db/names.ts';
import { AppError, type FieldIssue } from '../errors.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { DumpHeader, dumpPlan, type LinkPlan, type ModelPlan } from './models.ts';

type Tx = Prisma.TransactionClient;
type Row = Record<string, unknown>;
type Delegate = {
  createMany(args: { data: Row[]; skipDuplicates: boolean }): Promise<{ count: number }>;
  findMany(args: unknown): Promise<Row[]>;
  findUnique(args: unknown): Promise<Row | null>;
  update(args: unknown): Promise<unknown>;
};

/** A line of a dump that cannot be restored: `line` is 1-based, `issues` name the fields. */
export class DumpError extends AppError {
  constructor(
    readonly line: number,
    code: string,
    readonly issues: FieldIssue[],
  ) {
    const shown = issues.slice(0, 5).map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message));
    super(`line ${line}: ${shown.join('; ')}`, code, { line, issues });
  }
}

export type RestoreProgress = { line: number; type: string; written: number; present: number };
export type RestoreOptions = {
  /** Rows per transaction (default 500); a batch also ends at 4 MB of text or where the record type changes. */
  batchSize?: number;
  onProgress?: (progress: RestoreProgress) => void;
};
export type RestoreTotals = Record<string, { written: number; present: number }>;

type Plan = { kind: 'rows'; model: ModelPlan } | { kind: 'links'; link: LinkPlan };
type Batch = { plan: Plan; type: string; records: Row[]; lines: number[]; bytes: number };

const maxBatchBytes = 4 * 1024 * 1024;
const txOptions = { timeout: 300_000, maxWait: 60_000 };

/** Record types in file order; a record may not come before a type it follows. */
const plans = new Map<string, Plan>();
for (const model of dumpPlan.models) {
  plans.set(model.name, { kind: 'rows', model });
  for (const link of dumpPlan.links.filter((plan) => plan.model === model)) plans.set(link.type, { kind: 'links', link });
}
const rank = new Map([...plans.keys()].map((type, i) => [type, i]));

/** Columns restore recomputes from the row (the others derived are rebuilt after their section, below). */
const fillDerived: Record<string, (row: Row) => Row> = {
  Person: withFoldedNames,
  Organization: withFoldedNames,
  Place: withFoldedNames,
};

function withFoldedNames(row: Row): Row {
  return { ...row, normalizedNames: nameColumns(row.name as string, (row.aliases as string[] | undefined) ?? []).normalizedNames };
}

/** Work that needs a whole section restored first, run once the file has passed it. */
const afterSection: Record<string, (tx: Tx) => Promise<unknown>> = {
  'Event.parent': rebuildAllAncestors,
};

const delegateOf = (tx: Tx, model: ModelPlan) => (tx as unknown as Record<string, Delegate>)[model.delegate] as Delegate;

function zodIssues(type: string, issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>): FieldIssue[] {
  return issues.map((issue) => ({ path: [type, ...issue.path.map(String)].join('.'), message: issue.message }));
}

function parseLine(text: string, line: number): Row {
  try {
    const value = JSON.parse(text) as unknown;
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Row;
  } catch (error) {
    throw new DumpError(line, 'DUMP_BAD_JSON', [{ path: '', message: `not JSON: ${(error as Error).message}` }]);
  }
  throw new DumpError(line, 'DUMP_BAD_JSON', [{ path: '', message: 'not a JSON object' }]);
}

function checkHeader(text: string | undefined): DumpHeader {
  const parsed = DumpHeader.safeParse(text === undefined ? undefined : parseLine(text, 1));
  if (!parsed.success) throw new DumpError(1, 'DUMP_BAD_HEADER', zodIssues('header', parsed.error.issues));
  return parsed.data;
}

/** Restores the dump read from `lines` into `db`; throws a DumpError at the first line it cannot take. */
export async function restoreDump(db: Db, lines: AsyncIterable<string>, options: RestoreOptions = {}): Promise<RestoreTotals> {
  const batchSize = options.batchSize ?? 500;
  const skipped = new Set<string>();
  const totals: RestoreTotals = {};
  const sectionsDone = new Set<string>();
  let batch: Batch | null = null;
  let current = -1;
  let line = 0;
  let header: DumpHeader | null = null;

  const flush = async () => {
    if (!batch?.records.length) return;
    const done = batch;
    batch = null;
    const outcome = await writeBatch(db, done, skipped);
    const total = totals[done.type] ?? { written: 0, present: 0 };
    totals[done.type] = total;
    total.written += outcome.written;
    total.present += done.records.length - outcome.written;
    options.onProgress?.({ line: done.lines.at(-1) as number, type: done.type, ...total });
  };
  const finishSectionsBefore = async (position: number) => {
    for (const [type, run] of Object.entries(afterSection)) {
      if (sectionsDone.has(type) || (rank.get(type) as number) >= position) continue;
      sectionsDone.add(type);
      await db.$transaction((tx) => run(tx), txOptions);
    }
  };

  for await (const text of lines) {
    line++;
    if (!header) {
      header = checkHeader(text);
      continue;
    }
    if (!text.trim()) continue;
    const raw = parseLine(text, line);
    const plan = typeof raw.type === 'string' ? plans.get(raw.type) : undefined;
    if (!plan) {
      const known = [...plans.keys()].join(', ');
      throw new DumpError(line, 'DUMP_BAD_RECORD', [
        { path: 'type', message: `must be one of ${known} (got ${JSON.stringify(raw.type)})` },
      ]);
    }
    const type = raw.type as string;
    const position = rank.get(type) as number;
    if (position < current) {
      throw new DumpError(line, 'DUMP_OUT_OF_ORDER', [
        { path: 'type', message: `a ${type} record after ${[...plans.keys()][current]} records: a restore applies types in dump order` },
      ]);
    }
    const schema = plan.kind === 'rows' ? plan.model.record : plan.link.record;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) throw new DumpError(line, 'DUMP_BAD_RECORD', zodIssues(type, parsed.error.issues));
    const full = batch as Batch | null;
    if (full && (full.type !== type || full.records.length >= batchSize || full.bytes >= maxBatchBytes)) await flush();
    if (position > current) {
      await finishSectionsBefore(position);
      current = position;
    }
    batch ??= { plan, type, records: [], lines: [], bytes: 0 };
    batch.records.push(parsed.data);
    batch.lines.push(line);
    batch.bytes += text.length;
  }
  if (!header) checkHeader(undefined);
  await flush();
  await finishSectionsBefore(Number.POSITIVE_INFINITY);
  return totals;
}

/** Restores the dump file at `path` (see restoreDump). */
export function restoreDumpFile(db: Db, path: string, options: RestoreOptions = {}): Promise<RestoreTotals> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Number.POSITIVE_INFINITY });
  return restoreDump(db, lines, options);
}

/** Whether the file at `path` begins with a dump header (and so is not a file of articles). */
export function isDumpFile(path: string): boolean {
  let file: number | undefined;
  try {
    file = openSync(path, 'r');
    const buffer = Buffer.alloc(4096);
    const first =
      buffer
        .subarray(0, readSync(file, buffer, 0, buffer.length, 0))
        .toString('utf8')
        .split('\n', 1)[0] ?? '';
    return (JSON.parse(first) as { newsgraph?: unknown }).newsgraph === 'dump';
  } catch {
    return false;
  } finally {
    if (file !== undefined) closeSync(file);
  }
}

async function writeBatch(db: Db, batch: Batch, skipped: Set<string>): Promise<{ written: number }> {
  try {
    return await db.$transaction((tx) => apply(tx, batch, skipped, false), txOptions);
  } catch (error) {
    if (error instanceof DumpError) throw error;
    // Row by row, to name the line the database refused; the refusal rolls the batch back.
    return await db.$transaction((tx) => apply(tx, batch, skipped, true), txOptions);
  }
}

function apply(tx: Tx, batch: Batch, skipped: Set<string>, oneByOne: boolean): Promise<{ written: number }> {
  return batch.plan.kind === 'rows'
    ? applyRows(tx, batch.plan.model, batch, skipped, oneByOne)
    : applyLinks(tx, batch.plan.link, batch, skipped);
}

function refused(error: unknown, line: number, type: string): DumpError {
  const meta = (error as { meta?: Record<string, unknown> }).meta;
  const detail = JSON.stringify(meta?.constraint ?? meta?.field_name ?? meta?.target ?? meta ?? '');
  const code = (error as { code?: string }).code;
  const message =
    code === 'P2003'
      ? `refers to a row that is neither in the database nor earlier in the dump (${detail})`
      : `the database refused the row: ${(error as Error).message.split('\n').at(-1)}`;
  return new DumpError(line, code === 'P2003' ? 'DUMP_BROKEN_REFERENCE' : 'DUMP_REFUSED', [{ path: type, message }]);
}

async function applyRows(tx: Tx, model: ModelPlan, batch: Batch, skipped: Set<string>, oneByOne: boolean) {
  const delegate = delegateOf(tx, model);
  const fill = fillDerived[model.name] ?? ((row: Row) => row);
  let rows: { row: Row; line: number }[] = [];
  batch.records.forEach((record, i) => {
    const { type: _type, ...row } = record;
    // Whatever belongs to a skipped row (an article already stored under another id) is skipped with it.
    if (model.references.some((ref) => skipped.has(row[ref.field] as string))) {
      if (typeof row.id === 'string') skipped.add(row.id);
      return;
    }
    rows.push({ row: fill(row), line: batch.lines[i] as number });
  });
  const key = model.keyFields.length === 1 ? (model.keyFields[0] as string) : null;
  // Rows already present are left out before inserting: ON CONFLICT would still run their triggers (search vectors).
  if (key) {
    const present = await presentKeys(
      delegate,
      key,
      rows.map(({ row }) => row[key] as string),
    );
    rows = rows.filter(({ row }) => !present.has(row[key] as string));
  }
  let written = 0;
  if (oneByOne) {
    for (const { row, line } of rows) {
      try {
        written += (await delegate.createMany({ data: [row], skipDuplicates: true })).count;
      } catch (error) {
        throw refused(error, line, model.name);
      }
    }
  } else if (rows.length) {
    written = (await delegate.createMany({ data: rows.map(({ row }) => row), skipDuplicates: true })).count;
  }
  if (key && written < rows.length) {
    // Not present by id and not inserted: the row met another unique key (the same article url): it and its own are skipped.
    const ids = rows.map(({ row }) => row[key] as string);
    const inserted = await presentKeys(delegate, key, ids);
    for (const id of ids) if (!inserted.has(id)) skipped.add(id);
  }
  if (model.name === 'StatementEvent') await scopeStatements(tx, batch.records);
  return { written };
}

async function presentKeys(delegate: Delegate, key: string, ids: string[]): Promise<Set<unknown>> {
  if (!ids.length) return new Set();
  const rows = await delegate.findMany({ where: { [key]: { in: ids } }, select: { [key]: true } });
  return new Set(rows.map((row) => row[key]));
}

/** A direct link the database held as indirect becomes direct; the ancestors of linked events are linked indirectly. */
async function scopeStatements(tx: Tx, rows: Row[]) {
  const links = rows.map((row) => ({ statementId: row.statementId as string, eventId: row.eventId as string }));
  if (!links.length) return;
  await tx.statementEvent.updateMany({ where: { direct: false, OR: links }, data: { direct: true } });
  await addAncestorScope(tx, [...new Set(links.map((link) => link.statementId))]);
}

/** Parent links, set only where the row has none, keeping the row's updatedAt (the link restores data, it is no edit). */
async function applyLinks(tx: Tx, plan: LinkPlan, batch: Batch, skipped: Set<string>) {
  const delegate = delegateOf(tx, plan.model);
  const stamp = plan.model.fields.find((field) => field.name === 'updatedAt');
  let written = 0;
  for (const [i, record] of batch.records.entries()) {
    const id = record.id as string;
    const target = record[plan.link.field] as string;
    if (skipped.has(id)) continue;
    const select = { [plan.link.field]: true, ...(stamp ? { [stamp.name]: true } : {}) };
    const row = await delegate.findUnique({ where: { id }, select });
    if (!row) {
      throw new DumpError(batch.lines[i] as number, 'DUMP_BROKEN_REFERENCE', [
        { path: `${plan.type}.id`, message: `${plan.model.name} ${id} is neither in the database nor earlier in the dump` },
      ]);
    }
    if (row[plan.link.field] !== null) continue;
    try {
      await delegate.update({ where: { id }, data: { [plan.link.field]: target, ...(stamp ? { [stamp.name]: row[stamp.name] } : {}) } });
    } catch (error) {
      throw refused(error, batch.lines[i] as number, plan.type);
    }
    written++;
  }
  return { written };
}
