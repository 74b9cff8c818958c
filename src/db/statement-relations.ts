// A statement's relations, outgoing and incoming together, in the order they
// were made, and those made together (one ingestion) in the reading order of
// the other statement: one page for every statement on a page of statements, cut in SQL, so
// a statement with thousands of relations costs one page of rows and its
// count, not all of them.
import { Prisma, type StatementRelation, type StatementRelationKind } from '../generated/prisma/client.ts';
import type { Db } from './client.ts';

export type RelationDirection = 'OUTGOING' | 'INCOMING' | 'BOTH';
/**
 * Where a page starts or ends: the ordering key of the relation at the edge. `readingKey` is
 * the other statement's article and position, so relations written at once follow the article.
 */
export type RelationCursor = { createdAt: Date; readingKey: string; id: string };

export type RelationPageQuery = {
  direction: RelationDirection;
  kinds: readonly StatementRelationKind[] | null;
  after: RelationCursor | null;
  before: RelationCursor | null;
  /** Rows to return: the page size and one more, to tell whether there is a next page. */
  limit: number;
  /** Newest first (paging backwards with `last`). */
  inverted: boolean;
};

export type RelationPage = { totalCount: number; rows: (StatementRelation & { readingKey: string })[] };

type Row = {
  statement_id: string;
  total_count: number;
  id: string | null;
  kind: StatementRelationKind;
  from_id: string;
  to_id: string;
  created_at: Date;
  updated_at: Date;
  reading_key: string;
};

export async function loadRelationPages(
  db: Pick<Db, '$queryRaw'>,
  statementIds: readonly string[],
  query: RelationPageQuery,
): Promise<RelationPage[]> {
  const kinds = query.kinds?.length ? [...query.kinds] : null;
  const order = Prisma.raw(query.inverted ? 'DESC' : 'ASC');
  const rows = await db.$queryRaw<Row[]>`
    WITH edge AS (
      SELECT s.id AS statement_id, r.id, r.kind::text AS kind, r.from_id, r.to_id, r.created_at, r.updated_at,
             -- Byte order (COLLATE "C"), alike on PGlite and on a PostgreSQL with a language collation.
             (coalesce(o.article_id, '~') || ':' || lpad(o.position::text, 10, '0')) COLLATE "C" AS reading_key
        FROM unnest(${[...statementIds]}::text[]) AS s(id)
        JOIN statement_relation r
          ON (${query.direction !== 'INCOMING'} AND r.from_id = s.id) OR (${query.direction !== 'OUTGOING'} AND r.to_id = s.id)
        JOIN statement o ON o.id = CASE WHEN r.from_id = s.id THEN r.to_id ELSE r.from_id END
       WHERE ${kinds}::text[] IS NULL OR r.kind::text = ANY(${kinds}::text[])),
    total AS (
      SELECT statement_id, count(*)::int AS total_count FROM edge GROUP BY statement_id),
    ranked AS (
      SELECT edge.*, row_number() OVER (PARTITION BY statement_id ORDER BY created_at ${order}, reading_key ${order}, id ${order}) AS position
        FROM edge
       WHERE (${query.after?.createdAt ?? null}::timestamptz IS NULL
              OR (created_at, reading_key, id)
                 > (${query.after?.createdAt ?? null}::timestamptz, ${query.after?.readingKey ?? null}::text COLLATE "C", ${query.after?.id ?? null}::text))
         AND (${query.before?.createdAt ?? null}::timestamptz IS NULL
              OR (created_at, reading_key, id)
                 < (${query.before?.createdAt ?? null}::timestamptz, ${query.before?.readingKey ?? null}::text COLLATE "C", ${query.before?.id ?? null}::text)))
    SELECT t.statement_id, t.total_count, r.id, r.kind, r.from_id, r.to_id, r.created_at, r.updated_at, r.reading_key
      FROM total t
      LEFT JOIN ranked r ON r.statement_id = t.statement_id AND r.position <= ${query.limit}::int
     ORDER BY t.statement_id, r.position`;
  const pages = new Map<string, RelationPage>();
  for (const row of rows) {
    const page = pages.get(row.statement_id) ?? { totalCount: row.total_count, rows: [] };
    pages.set(row.statement_id, page);
    if (row.id) {
      page.rows.push({
        id: row.id,
        kind: row.kind,
        fromId: row.from_id,
        toId: row.to_id,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        readingKey: row.reading_key,
      });
    }
  }
  return statementIds.map((id) => pages.get(id) ?? { totalCount: 0, rows: [] });
}
