// Shortest chains between two nodes of the graph, found by a breadth-first
// walk in one recursive SQL query. Nodes are people, organizations, places,
// events and statements; hops are "said", statement relations ("responds
// to"), "about", affiliations, participations, places and event nesting.
// Co-mentions are left out: they connect nearly everything to everything.
//
// Each level keeps at most `pathsPerNode` paths into a node and never returns
// to a node an earlier level reached, so the walk grows with the number of
// nodes, not paths. Two bounds keep a hub from exploding it: a node may
// contribute at most `fanOut` neighbours, and a level at most `frontier` rows.
import { AppError } from '../errors.ts';
import { Prisma } from '../generated/prisma/client.ts';
import type { Db } from './client.ts';

export type PathNodeType = 'Person' | 'Organization' | 'Place' | 'Event' | 'Statement';
export type PathHopRow = { kind: string; fromType: PathNodeType; fromId: string; toType: PathNodeType; toId: string; evidence: string };
export type PathRow = { hops: PathHopRow[] };

export const pathBounds = { maxLength: 6, fanOut: 200, frontier: 5000, pathsPerNode: 3, paths: 10 } as const;

export class PathLimitError extends AppError {
  constructor(bound: 'fanOut' | 'frontier', limit: number, depth: number) {
    super(
      bound === 'fanOut'
        ? `No path found before a node with more than ${limit} neighbours was reached (at hop ${depth}); the fan-out bound stopped the search`
        : `No path found before more than ${limit} nodes were reached at hop ${depth}; the frontier bound stopped the search`,
      'PATH_LIMIT_EXCEEDED',
      { bound, limit, depth },
    );
  }
}

/** Neighbours of the walk row `w`, as (type, id, kind, evidence); each branch is an indexed lookup guarded by the row's type. */
const neighbours = Prisma.sql`
  SELECT 'Statement', s.id, 'SAID', left(s.text, 160) FROM statement s WHERE w.type = 'Person' AND s.speaker_person_id = w.id
  UNION ALL SELECT 'Statement', s.id, 'SAID', left(s.text, 160) FROM statement s WHERE w.type = 'Organization' AND s.speaker_organization_id = w.id
  UNION ALL SELECT CASE WHEN s.speaker_person_id IS NOT NULL THEN 'Person' ELSE 'Organization' END, coalesce(s.speaker_person_id, s.speaker_organization_id),
                   'SAID_BY', coalesce(s.verb, 'said') FROM statement s
             WHERE w.type = 'Statement' AND s.id = w.id AND coalesce(s.speaker_person_id, s.speaker_organization_id) IS NOT NULL
  UNION ALL SELECT CASE WHEN s.addressee_person_id IS NOT NULL THEN 'Person' ELSE 'Organization' END, coalesce(s.addressee_person_id, s.addressee_organization_id),
                   'ADDRESSED_TO', coalesce(s.venue, '') FROM statement s
             WHERE w.type = 'Statement' AND s.id = w.id AND coalesce(s.addressee_person_id, s.addressee_organization_id) IS NOT NULL
  UNION ALL SELECT 'Statement', s.id, 'ADDRESSED_BY', left(s.text, 160) FROM statement s WHERE w.type = 'Person' AND s.addressee_person_id = w.id
  UNION ALL SELECT 'Statement', s.id, 'ADDRESSED_BY', left(s.text, 160) FROM statement s WHERE w.type = 'Organization' AND s.addressee_organization_id = w.id
  UNION ALL SELECT 'Statement', r.to_id, r.kind::text, lower(replace(r.kind::text, '_', ' ')) FROM statement_relation r WHERE w.type = 'Statement' AND r.from_id = w.id
  UNION ALL SELECT 'Statement', r.from_id, r.kind::text || '_BY', lower(replace(r.kind::text, '_', ' ')) || ' by' FROM statement_relation r WHERE w.type = 'Statement' AND r.to_id = w.id
  UNION ALL SELECT 'Event', se.event_id, 'ABOUT', e.name FROM statement_event se JOIN event e ON e.id = se.event_id WHERE w.type = 'Statement' AND se.statement_id = w.id AND se.direct
  UNION ALL SELECT 'Statement', se.statement_id, 'SUBJECT_OF', '' FROM statement_event se WHERE w.type = 'Event' AND se.event_id = w.id AND se.direct
  UNION ALL SELECT 'Organization', a.organization_id, 'AFFILIATED', a.role FROM affiliation a WHERE w.type = 'Person' AND a.person_id = w.id AND a.organization_id IS NOT NULL
  UNION ALL SELECT 'Person', a.person_id, 'AFFILIATED', a.role FROM affiliation a WHERE w.type = 'Organization' AND a.organization_id = w.id
  UNION ALL SELECT 'Event', p.event_id, 'PARTICIPATED', coalesce(p.role, '') FROM event_participant p WHERE w.type = 'Person' AND p.person_id = w.id
  UNION ALL SELECT 'Event', p.event_id, 'PARTICIPATED', coalesce(p.role, '') FROM event_participant p WHERE w.type = 'Organization' AND p.organization_id = w.id
  UNION ALL SELECT CASE WHEN p.person_id IS NOT NULL THEN 'Person' ELSE 'Organization' END, coalesce(p.person_id, p.organization_id), 'PARTICIPATED', coalesce(p.role, '')
              FROM event_participant p WHERE w.type = 'Event' AND p.event_id = w.id
  UNION ALL SELECT 'Place', e.place_id, 'HAPPENED_AT', '' FROM event e WHERE w.type = 'Event' AND e.id = w.id AND e.place_id IS NOT NULL
  UNION ALL SELECT 'Event', e.id, 'HAPPENED_AT', '' FROM event e WHERE w.type = 'Place' AND e.place_id = w.id
  UNION ALL SELECT 'Event', e.parent_id, 'PART_OF', '' FROM event e WHERE w.type = 'Event' AND e.id = w.id AND e.parent_id IS NOT NULL
  UNION ALL SELECT 'Event', e.id, 'CONTAINS', '' FROM event e WHERE w.type = 'Event' AND e.parent_id = w.id`;

export type PathOptions = { maxLength: number; fanOut?: number; frontier?: number };

/**
 * The shortest chains from (fromType, fromId) to (toType, toId), at most
 * `maxLength` hops; [] when there is none that short. Throws
 * PathLimitError when a bound cut the search short before a path was found.
 */
export async function findPaths(
  db: Pick<Db, '$queryRaw'>,
  from: { type: PathNodeType; id: string },
  to: { type: PathNodeType; id: string },
  { maxLength, fanOut = pathBounds.fanOut, frontier = pathBounds.frontier }: PathOptions,
): Promise<PathRow[]> {
  if (from.type === to.type && from.id === to.id) return [{ hops: [] }];
  const rows = await db.$queryRaw<{ depth: number; hops: PathHopRow[] | null; fan_out_hit: boolean; frontier_hit: boolean }[]>(
    pathSql(from, to, { maxLength, fanOut, frontier }),
  );
  const paths = rows.filter((row) => row.hops).map((row) => ({ hops: row.hops as PathHopRow[] }));
  if (paths.length) return paths;
  const hit = rows.find((row) => row.fan_out_hit || row.frontier_hit);
  if (hit) throw new PathLimitError(hit.fan_out_hit ? 'fanOut' : 'frontier', hit.fan_out_hit ? fanOut : frontier, hit.depth);
  return [];
}

/** The statement findPaths runs (exported for scripts/explain.ts). */
export function pathSql(
  from: { type: PathNodeType; id: string },
  to: { type: PathNodeType; id: string },
  { maxLength, fanOut, frontier }: Required<PathOptions>,
): Prisma.Sql {
  const target = `${to.type}:${to.id}`;
  return Prisma.sql`
    WITH RECURSIVE walk(type, id, depth, hops, visited, found, fan_out_hit, frontier_hit) AS (
      SELECT ${from.type}::text, ${from.id}::text, 0, '[]'::jsonb, ARRAY[${`${from.type}:${from.id}`}::text], false, false, false
      UNION ALL
      SELECT x.type, x.id, x.depth, x.hops, x.visited, x.found, x.fan_out_hit, x.frontier_hit
        FROM (
          SELECT n.type, n.id, w.depth + 1 AS depth,
                 w.hops || jsonb_build_array(jsonb_build_object(
                   'kind', n.kind, 'fromType', w.type, 'fromId', w.id, 'toType', n.type, 'toId', n.id, 'evidence', n.evidence)) AS hops,
                 w.visited || array_agg(n.type || ':' || n.id) OVER () AS visited,
                 bool_or(n.type || ':' || n.id = ${target}) OVER () AS found,
                 bool_or(n.rank > ${fanOut}::int) OVER () AS fan_out_hit,
                 count(*) OVER () > ${frontier}::int AS frontier_hit,
                 row_number() OVER (PARTITION BY n.type, n.id ORDER BY w.hops::text) AS per_node,
                 n.rank
            FROM walk w
            CROSS JOIN LATERAL (
              SELECT nb.*, row_number() OVER () AS rank
                FROM (${neighbours} LIMIT ${fanOut + 1}::int) nb(type, id, kind, evidence)) n
           WHERE w.depth < ${maxLength}::int AND NOT w.found AND NOT w.fan_out_hit AND NOT w.frontier_hit
             AND NOT (n.type || ':' || n.id = ANY(w.visited))
        ) x
       WHERE x.per_node <= CASE WHEN x.type || ':' || x.id = ${target} THEN ${pathBounds.paths}::int ELSE ${pathBounds.pathsPerNode}::int END
         AND x.rank <= ${fanOut}::int)
    SELECT depth, CASE WHEN type || ':' || id = ${target} THEN hops END AS hops, found, fan_out_hit, frontier_hit
      FROM walk
     WHERE type || ':' || id = ${target} OR fan_out_hit OR frontier_hit
     ORDER BY type || ':' || id = ${target} DESC, depth, hops::text
     LIMIT ${pathBounds.paths}::int`;
}
