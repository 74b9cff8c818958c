// "Who is this entity connected to, and why": weighted edges with their
// evidence, read in one SQL statement for a batch of entities (the dataloader
// hands it every entity on a page). Each edge is one neighbour and one kind of
// evidence; its weight is the evidence count times the kind's weight. The
// kinds whose evidence spans the archive are kept at write time in
// entity_connection (exact counts, heaviest first as one index range per
// entity; triggers in prisma/migrations/*_entity_connection, rebuilt by
// `npm run connections:rebuild`); the others are computed here from their
// indexed tables.
import { Prisma } from '../generated/prisma/client.ts';
import type { Db } from './client.ts';
import type { NodeRef, NodeType } from './nodes.ts';

export const connectionKinds = {
  CO_MENTIONED: { weight: 1, description: 'Both are named in the same articles; evidence: articles.' },
  DEPICTED_TOGETHER: { weight: 2, description: 'Both are shown in the same images; evidence: images.' },
  SPOKE_ABOUT_SAME_EVENT: { weight: 1, description: 'Both made statements about the same events; evidence: events.' },
  SPOKE_ABOUT: { weight: 2, description: 'A speaker made statements about an event (or its sub-events); evidence: statements.' },
  AFFILIATED: { weight: 3, description: "A person's role at an organization; evidence: affiliations (roles in the reason)." },
  RESPONDED_TO: { weight: 3, description: "One's statements respond to, support or repeat the other's; evidence: statement relations." },
  CONTRADICTED: { weight: 3, description: "One's statements contradict or deny the other's; evidence: statement relations." },
  PARTICIPATED: { weight: 2, description: 'A person or organization took part in an event; evidence: participations.' },
  HAPPENED_AT: { weight: 2, description: 'An event took place at a place; evidence: 1.' },
} as const;
export type ConnectionKind = keyof typeof connectionKinds;
export const allConnectionKinds = Object.keys(connectionKinds) as ConnectionKind[];

export type ConnectableType = 'Person' | 'Organization' | 'Event' | 'Place';

/** What the evidence ids of each stored kind name (entity_connection.evidence_ids). */
export const evidenceTypes: Partial<Record<ConnectionKind, NodeType>> = {
  CO_MENTIONED: 'Article',
  DEPICTED_TOGETHER: 'Image',
  SPOKE_ABOUT: 'Statement',
  RESPONDED_TO: 'StatementRelation',
  CONTRADICTED: 'StatementRelation',
};

/**
 * The kinds read from entity_connection, and the types they can start from.
 * The weights of these kinds are also in the database (connection_weight()),
 * which stores evidence × weight so the index can order by it.
 */
export const storedKinds: Partial<Record<ConnectionKind, readonly ConnectableType[]>> = {
  CO_MENTIONED: ['Person', 'Organization', 'Event', 'Place'],
  DEPICTED_TOGETHER: ['Person', 'Organization', 'Event', 'Place'],
  SPOKE_ABOUT: ['Person', 'Organization', 'Event'],
  RESPONDED_TO: ['Person', 'Organization'],
  CONTRADICTED: ['Person', 'Organization'],
};

/**
 * SPOKE_ABOUT_SAME_EVENT is computed at read time: kept for every pair, it
 * would grow with the square of an event's speakers (7.4M of the 8.7M rows at
 * 10k articles). It is read from the stored SPOKE_ABOUT rows instead: the
 * source's most-discussed events (by its statements about them, sub-events
 * included), and each of those events' most frequent speakers. Both are
 * heaviest-first ranges of entity_connection's index, so the answer depends
 * on the weights, not on which statements happen to be the latest.
 */
export const sameEventWindow = { events: 50, speakersPerEvent: 50 } as const;

export type ConnectionEdgeRow = {
  kind: ConnectionKind;
  type: ConnectableType;
  id: string;
  evidenceCount: number;
  weight: number;
  reason: string;
  /** When the newest evidence dates from; null for the kinds computed at read time and for undated evidence. */
  lastSeen: Date | null;
  /** The newest evidence rows (at most 3, newest first); none for the kinds computed at read time. */
  evidence: NodeRef[];
};

const column = { Person: 'person_id', Organization: 'organization_id', Place: 'place_id', Event: 'event_id' } as const;

/** SQL for the (type, id) of whichever entity column of alias `t` is set. */
function entityOf(t: string, columns: readonly ConnectableType[] = ['Person', 'Organization', 'Place', 'Event']) {
  const cases = columns.map((c) => `WHEN ${t}.${column[c]} IS NOT NULL THEN '${c}'`).join(' ');
  return Prisma.raw(`CASE ${cases} END AS type, coalesce(${columns.map((c) => `${t}.${column[c]}`).join(', ')}) AS id`);
}

/** The kinds computed at read time (each from one indexed table), as (src, kind, type, id, n, reason). */
function branches(type: ConnectableType, kinds: ReadonlySet<ConnectionKind>, ids: Prisma.Sql): Prisma.Sql[] {
  const col = Prisma.raw(column[type]);
  const out: Prisma.Sql[] = [];
  if ((type === 'Person' || type === 'Organization') && kinds.has('SPOKE_ABOUT_SAME_EVENT'))
    out.push(Prisma.sql`
      SELECT src.id, 'SPOKE_ABOUT_SAME_EVENT', o.target_type, o.target_id, count(*)::int, NULL
        FROM unnest(${ids}) src(id)
        CROSS JOIN LATERAL (
          SELECT x.target_id AS event_id FROM entity_connection x
           WHERE x.source_type = ${type} AND x.source_id = src.id AND x.kind = 'SPOKE_ABOUT'
           ORDER BY x.weight DESC, x.kind, x.target_type, x.target_id LIMIT ${sameEventWindow.events}) e
        CROSS JOIN LATERAL (
          SELECT y.target_type, y.target_id FROM entity_connection y
           WHERE y.source_type = 'Event' AND y.source_id = e.event_id AND y.kind = 'SPOKE_ABOUT'
           ORDER BY y.weight DESC, y.kind, y.target_type, y.target_id LIMIT ${sameEventWindow.speakersPerEvent}) o
       WHERE (o.target_type, o.target_id) <> (${type}, src.id)
       GROUP BY 1, 3, 4`);
  if ((type === 'Person' || type === 'Organization') && kinds.has('PARTICIPATED'))
    out.push(Prisma.sql`
      SELECT p.${col}, 'PARTICIPATED', 'Event', p.event_id, count(*)::int, string_agg(p.role, ', ')
        FROM event_participant p WHERE p.${col} = ANY(${ids}) GROUP BY 1, 3, 4`);
  if (type === 'Event') {
    if (kinds.has('PARTICIPATED'))
      out.push(Prisma.sql`
        SELECT p.event_id, 'PARTICIPATED', ${entityOf('p', ['Person', 'Organization'])}, count(*)::int, string_agg(p.role, ', ')
          FROM event_participant p WHERE p.event_id = ANY(${ids}) GROUP BY 1, 3, 4`);
    if (kinds.has('HAPPENED_AT'))
      out.push(Prisma.sql`
        SELECT e.id, 'HAPPENED_AT', 'Place', e.place_id, 1, NULL
          FROM event e WHERE e.id = ANY(${ids}) AND e.place_id IS NOT NULL`);
  }
  if (type === 'Place' && kinds.has('HAPPENED_AT'))
    out.push(Prisma.sql`
      SELECT e.place_id, 'HAPPENED_AT', 'Event', e.id, 1, NULL FROM event e WHERE e.place_id = ANY(${ids})`);
  if (kinds.has('AFFILIATED') && (type === 'Person' || type === 'Organization')) {
    const [mine, other, otherType] =
      type === 'Person' ? ['person_id', 'organization_id', 'Organization'] : ['organization_id', 'person_id', 'Person'];
    out.push(Prisma.sql`
      SELECT a.${Prisma.raw(mine)}, 'AFFILIATED', ${otherType}, a.${Prisma.raw(other)}, count(*)::int, string_agg(a.role, '; ' ORDER BY a.role)
        FROM affiliation a WHERE a.${Prisma.raw(mine)} = ANY(${ids}) AND a.${Prisma.raw(other)} IS NOT NULL
       GROUP BY 1, 3, 4`);
  }
  return out;
}

/**
 * A page of connections for each of `ids` (all of `type`): `limit` edges
 * after `offset`, heaviest first (ties by kind, type, id), with the total.
 */
export async function loadConnections(
  db: Pick<Db, '$queryRaw'>,
  type: ConnectableType,
  ids: readonly string[],
  kinds: readonly ConnectionKind[],
  limit: number,
  offset: number,
): Promise<{ edges: ConnectionEdgeRow[]; totalCount: number }[]> {
  const sql = connectionsSql(type, ids, kinds, limit, offset);
  if (!sql) return ids.map(() => ({ edges: [], totalCount: 0 }));
  const rows = await db.$queryRaw<
    {
      src: string;
      kind: ConnectionKind;
      type: ConnectableType;
      id: string;
      n: number;
      reason: string;
      weight: number;
      last_seen: Date | null;
      evidence_ids: string[] | null;
      total: number;
    }[]
  >(sql.page);
  const totals = new Map<string, number>();
  if (rows.length < ids.length) {
    // A source whose page is empty (offset past its end) still needs its total.
    for (const row of await db.$queryRaw<{ src: string; total: number }[]>(sql.count)) totals.set(row.src, row.total);
  }
  for (const row of rows) totals.set(row.src, row.total);
  return ids.map((id) => ({
    edges: rows
      .filter((row) => row.src === id)
      .map((row) => {
        const evidenceType = evidenceTypes[row.kind];
        return {
          kind: row.kind,
          type: row.type,
          id: row.id,
          evidenceCount: row.n,
          weight: row.weight,
          reason: row.reason,
          lastSeen: row.last_seen,
          evidence: evidenceType ? (row.evidence_ids ?? []).map((id) => ({ type: evidenceType, id })) : [],
        };
      }),
    totalCount: totals.get(id) ?? 0,
  }));
}

/** The statements loadConnections runs (exported for scripts/explain.ts); null when no kind applies. */
export function connectionsSql(
  type: ConnectableType,
  ids: readonly string[],
  kinds: readonly ConnectionKind[],
  limit: number,
  offset: number,
) {
  const idArray = Prisma.sql`${[...ids]}::text[]`;
  const cheap = branches(type, new Set(kinds), idArray);
  const stored = kinds.filter((kind) => storedKinds[kind]?.includes(type));
  if ((!cheap.length && !stored.length) || !ids.length) return null;
  const weights = Prisma.join(allConnectionKinds.map((k) => Prisma.sql`(${k}::text, ${Prisma.raw(String(connectionKinds[k].weight))})`));
  // A source's stored edges heaviest first are one range of
  // entity_connection's (source, weight DESC, kind, target) index; only the
  // first offset + limit can reach the page. Computed kinds are few per entity.
  const storedEdges = Prisma.sql`
    SELECT src.id, c.kind, c.target_type, c.target_id, c.evidence_count, c.reason, c.weight::float8, true, c.last_seen, c.evidence_ids
      FROM unnest(${idArray}) src(id)
      CROSS JOIN LATERAL (
        SELECT x.kind, x.target_type, x.target_id, x.evidence_count, x.reason, x.weight, x.last_seen, x.evidence_ids FROM entity_connection x
         WHERE x.source_type = ${type} AND x.source_id = src.id AND x.kind = ANY(${stored}::text[])
         ORDER BY x.weight DESC, x.kind, x.target_type, x.target_id LIMIT ${offset + limit}::int) c`;
  const cheapEdges = cheap.length
    ? Prisma.sql`
    SELECT e.src, e.kind, e.type, e.id, e.n, e.reason, (e.n * w.weight)::float8, false, NULL::timestamptz, NULL::text[]
      FROM (${Prisma.join(cheap, ' UNION ALL ')}) e(src, kind, type, id, n, reason)
      JOIN (VALUES ${weights}) w(kind, weight) ON w.kind = e.kind
     WHERE e.id IS NOT NULL`
    : Prisma.sql`SELECT NULL::text, NULL::text, NULL::text, NULL::text, NULL::int, NULL::text, NULL::float8, false,
                        NULL::timestamptz, NULL::text[] WHERE false`;
  const storedTotal = (src: string) =>
    stored.length
      ? Prisma.sql`(SELECT coalesce(sum(x.edges), 0) FROM entity_connection_total x
                     WHERE x.source_type = ${type} AND x.source_id = ${Prisma.raw(src)} AND x.kind = ANY(${stored}::text[]))`
      : Prisma.sql`0`;
  const union = stored.length ? Prisma.sql`${storedEdges} UNION ALL ${cheapEdges}` : cheapEdges;
  const page = Prisma.sql`
    WITH edges AS (${union}),
    ranked AS (
      SELECT e.src, e.kind, e.type, e.id, e.n, coalesce(e.reason, '') AS reason, e.weight, e.last_seen, e.evidence_ids,
             count(*) FILTER (WHERE NOT e.stored) OVER (PARTITION BY e.src) AS computed,
             row_number() OVER (PARTITION BY e.src ORDER BY e.weight DESC, e.kind, e.type, e.id) AS position
        FROM edges e(src, kind, type, id, n, reason, weight, stored, last_seen, evidence_ids)),
    -- Once per source (a subquery in the select list below would count once per row).
    totals AS MATERIALIZED (SELECT src.id AS src, ${storedTotal('src.id')} AS n FROM unnest(${idArray}) src(id))
    SELECT r.src, r.kind, r.type, r.id, r.n, r.reason, r.weight, r.last_seen, r.evidence_ids, (r.computed + t.n)::int AS total
      FROM ranked r JOIN totals t ON t.src = r.src
     WHERE r.position > ${offset}::int AND r.position <= ${offset + limit}::int
     ORDER BY r.src, r.position`;
  const count = Prisma.sql`
    SELECT src.id AS src, ((SELECT count(*) FROM (${cheapEdges}) e(src)
                             WHERE e.src = src.id) + ${storedTotal('src.id')})::int AS total
      FROM unnest(${idArray}) src(id)`;
  return { page, count };
}
