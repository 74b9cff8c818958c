// A statement's conversation: every statement linked to it by relations
// (responds to, contradicts, …), transitively and in both directions, laid
// out as a tree. Roots are the statements that respond to nothing in the
// conversation; each other statement hangs under the statement it relates to,
// children in the order they were said. A statement relating to several
// statements (a DAG, not a tree) hangs under each: at its first place (the
// shallowest, then earliest) with its own responses, and under every other
// parent once more, marked `repeated`, without them. An edge that would close
// a cycle (a statement under its own descendant) is left out, so both
// recursions end.
import type { Db } from './client.ts';

export type ThreadEntryRow = { id: string; parentId: string | null; relation: string | null; depth: number; repeated: boolean };

/** The thread containing each statement of `ids`, in tree (depth-first) order. */
export async function loadThreads(db: Pick<Db, '$queryRaw'>, ids: readonly string[]): Promise<ThreadEntryRow[][]> {
  const rows = await db.$queryRaw<
    { origin: string; id: string; parent_id: string | null; relation: string | null; depth: number; repeated: boolean }[]
  >`
    WITH RECURSIVE conversation(origin, id) AS (
      SELECT o, o FROM unnest(${[...ids]}::text[]) o
      UNION
      SELECT c.origin, CASE WHEN r.from_id = c.id THEN r.to_id ELSE r.from_id END
        FROM conversation c JOIN statement_relation r ON r.from_id = c.id OR r.to_id = c.id),
    member AS (
      -- The sort key of "in the order they were said": time, then the article's reading order; byte order
      -- (COLLATE "C"), so that PGlite and a PostgreSQL with a language collation sort it alike.
      SELECT c.origin, c.id, s.said_at,
             coalesce(to_char(s.said_at AT TIME ZONE 'UTC', 'YYYYMMDDHH24MISSMS'), '99999999999999999')
               || coalesce(s.article_id, '~') || lpad(s.position::text, 10, '0') || s.id COLLATE "C" AS said_key
        FROM conversation c JOIN statement s ON s.id = c.id),
    root AS (
      SELECT m.origin, m.id FROM member m
       WHERE NOT EXISTS (SELECT 1 FROM statement_relation r JOIN member t ON t.id = r.to_id AND t.origin = m.origin WHERE r.from_id = m.id)
      UNION ALL
      -- A conversation that is all cycle has no natural root: start from its earliest statement.
      (SELECT DISTINCT ON (m.origin) m.origin, m.id FROM member m
        WHERE NOT EXISTS (SELECT 1 FROM member x WHERE x.origin = m.origin
                           AND NOT EXISTS (SELECT 1 FROM statement_relation r JOIN member t ON t.id = r.to_id AND t.origin = x.origin WHERE r.from_id = x.id))
        ORDER BY m.origin, m.said_key)),
    tree(origin, id, parent_id, relation, depth, sort_path, seen) AS (
      SELECT r.origin, r.id, NULL::text, NULL::text, 0,
             ARRAY[m.said_key], ARRAY[r.id]
        FROM root r JOIN member m ON m.origin = r.origin AND m.id = r.id
      UNION ALL
      SELECT t.origin, m.id, t.id, rel.kind::text, t.depth + 1,
             t.sort_path || m.said_key,
             t.seen || m.id
        FROM tree t
        JOIN statement_relation rel ON rel.to_id = t.id
        JOIN member m ON m.origin = t.origin AND m.id = rel.from_id
       WHERE NOT m.id = ANY(t.seen)),
    first_place AS (
      SELECT DISTINCT ON (origin, id) origin, id, parent_id, relation, depth, sort_path, seen
        FROM tree ORDER BY origin, id, depth, sort_path),
    -- The other parents of a statement with several: shown again under each, not expanded.
    again AS (
      SELECT parent.origin, child.id, parent.id AS parent_id, rel.kind::text AS relation, parent.depth + 1 AS depth,
             parent.sort_path || m.said_key AS sort_path
        FROM first_place parent
        JOIN statement_relation rel ON rel.to_id = parent.id
        JOIN first_place child ON child.origin = parent.origin AND child.id = rel.from_id
        JOIN member m ON m.origin = parent.origin AND m.id = child.id
       WHERE child.parent_id IS DISTINCT FROM parent.id AND NOT child.id = ANY(parent.seen))
    SELECT origin, id, parent_id, relation, depth, false AS repeated, sort_path FROM first_place
    UNION ALL
    SELECT DISTINCT ON (origin, id, parent_id) origin, id, parent_id, relation, depth, true, sort_path FROM again
     ORDER BY origin, sort_path, repeated`;
  return ids.map((origin) =>
    rows
      .filter((row) => row.origin === origin)
      .map((row) => ({ id: row.id, parentId: row.parent_id, relation: row.relation, depth: row.depth, repeated: row.repeated })),
  );
}
