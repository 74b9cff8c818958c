// Entity resolution shared by the API (resolveEntity) and ingestion: which
// existing people, organizations, places or events a name may refer to,
// ranked in SQL by trigram similarity of folded spellings (case, diacritics,
// Sergey/Sergei-style variants) with an exact folded match scoring 1.
import { Prisma } from '../generated/prisma/client.ts';
import type { Db } from './client.ts';
import { nameKeys } from './names.ts';

export const resolvableTypes = ['Person', 'Organization', 'Place', 'Event'] as const;
export type ResolvableType = (typeof resolvableTypes)[number];

export type EntityCandidate = { type: ResolvableType; id: string; name: string; score: number; matchedName: string };

type Executor = Pick<Db, '$queryRaw'>;

/**
 * Candidates for `name` among `types`, best first, at most `limit`. A
 * candidate needs a folded spelling with word similarity of at least 0.6
 * (pg_trgm's default threshold, which the trigram indexes serve).
 */
export async function resolveEntity(
  db: Executor,
  name: string,
  types: readonly ResolvableType[] = resolvableTypes,
  limit = 10,
): Promise<EntityCandidate[]> {
  const sql = resolveSql(name, types, limit);
  if (!sql) return [];
  const rows = await db.$queryRaw<{ type: ResolvableType; id: string; name: string; score: number; matched_name: string }[]>(sql);
  return rows.map((row) => ({ type: row.type, id: row.id, name: row.name, score: row.score, matchedName: row.matched_name }));
}

/** The statement resolveEntity runs (exported for scripts/explain.ts); null when there is nothing to match. */
export function resolveSql(name: string, types: readonly ResolvableType[], limit: number): Prisma.Sql | null {
  const keys = nameKeys([name]);
  if (!keys.length || !types.length) return null;
  const branch = (type: ResolvableType, table: string) => {
    const spellings =
      type === 'Event' ? Prisma.sql`ARRAY[newsgraph_fold(t.name)]` : Prisma.sql`t.normalized_names || newsgraph_fold(t.name)`;
    const joined = type === 'Event' ? Prisma.sql`newsgraph_fold(t.name)` : Prisma.sql`newsgraph_join(t.normalized_names)`;
    return Prisma.sql`
      SELECT ${type}::text AS type, t.id, t.name, best.score, best.spelling AS matched_name
        FROM ${Prisma.raw(`"${table}"`)} t
        CROSS JOIN LATERAL (
          SELECT n AS spelling,
                 CASE WHEN n = k THEN 1.0 ELSE greatest(similarity(k, n), 0.9 * word_similarity(k, n)) END::float8 AS score
            FROM unnest(${spellings}) n, unnest(${keys}::text[]) k
           ORDER BY 2 DESC, 1 LIMIT 1) best
       WHERE ${joined} %> ANY(${keys}::text[])`;
  };
  const tables: Record<ResolvableType, string> = { Person: 'person', Organization: 'organization', Place: 'place', Event: 'event' };
  const branches = types.map((type) => branch(type, tables[type]));
  return Prisma.sql`
    SELECT * FROM (${Prisma.join(branches, ' UNION ALL ')}) c
     ORDER BY score DESC, type, name, id
     LIMIT ${limit}::int`;
}
