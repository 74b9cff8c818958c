// GET /export/statements.csv?speaker=&event=&from=&to=&kind=&includeSubEvents=&limit=
// The statements list's own filter, read page by page (100 rows, the API's
// largest page) through GraphQL, each page an operation the caller's cost
// limit and rate budget must admit; the CSV is answered only once every page
// has come, so a refusal midway is an error response, never a cut-off file.
import { StatementKind } from '../generated/prisma/enums.ts';
import { type StatementRow, statementsCsv } from './csv.ts';
import { EXPORT_STATEMENTS } from './operations.ts';
import { booleanParam, globalIdParam, instantParam, intParam, listParam, readParams } from './params.ts';
import type { RunOperation } from './run-operation.ts';

/** Rows one export may hold in memory; more is paged by the caller with `from`/`to`. */
export const maxCsvRows = 10_000;
const defaultRows = 1_000;
const pageRows = 100;

const parameters = ['speaker', 'event', 'article', 'from', 'to', 'kind', 'includeSubEvents', 'limit'] as const;

export type StatementsQuery = { filter: Record<string, unknown>; limit: number };

export function readStatementsQuery(search: URLSearchParams): StatementsQuery {
  const params = readParams(search, parameters);
  const from = instantParam(params, 'from');
  const to = instantParam(params, 'to', true);
  const event = globalIdParam(params, 'event', ['Event']);
  const includeSubEvents = booleanParam(params, 'includeSubEvents', true);
  const filter = {
    speaker: globalIdParam(params, 'speaker', ['Person', 'Organization']),
    event,
    article: globalIdParam(params, 'article', ['Article']),
    kind: listParam(params, 'kind', Object.values(StatementKind)),
    ...(event ? { includeSubEvents } : {}),
    ...(from || to ? { saidAt: { from, to } } : {}),
  };
  const limit = intParam(params, 'limit', { min: 1, max: maxCsvRows, fallback: defaultRows });
  return { filter: Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined)), limit };
}

type Page = { statements: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: StatementRow[] } };

export async function exportStatements(run: RunOperation, { filter, limit }: StatementsQuery): Promise<{ csv: string; rows: number }> {
  const rows: StatementRow[] = [];
  let after: string | null = null;
  for (;;) {
    const first = Math.min(pageRows, limit - rows.length);
    const page: Page = await run<Page>(EXPORT_STATEMENTS, { filter, first, after });
    rows.push(...page.statements.nodes);
    after = page.statements.pageInfo.endCursor;
    if (!page.statements.pageInfo.hasNextPage || rows.length >= limit || !after) break;
  }
  return { csv: statementsCsv(rows), rows: rows.length };
}
