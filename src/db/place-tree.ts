// The place tree: places nest to any depth (a square in a city in a district
// in a region in a country), linked only by `parentId`; "this place and every
// place inside it" is a recursive query over those links.
import type { Db } from './client.ts';

/** For each place of `ids`: its own id and the ids of every place inside it, at any depth. Unknown ids give []. */
export async function loadPlacesWithin(db: Pick<Db, '$queryRaw'>, ids: readonly string[]): Promise<string[][]> {
  // UNION, not UNION ALL: a parent cycle (nothing forbids A in B in A) ends instead of looping.
  const rows = await db.$queryRaw<{ root: string; id: string }[]>`
    WITH RECURSIVE within(root, id) AS (
      SELECT p.id, p.id FROM place p WHERE p.id = ANY(${[...ids]}::text[])
      UNION
      SELECT w.root, inner_place.id FROM within w JOIN place inner_place ON inner_place.parent_id = w.id)
    SELECT root, id FROM within`;
  return ids.map((root) => rows.filter((row) => row.root === root).map((row) => row.id));
}
