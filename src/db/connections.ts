// "Who is this entity connected to, and why": weighted edges with their
// evidence, computed in one SQL statement for a batch of entities (the
// dataloader hands it every entity on a page). Each edge is one neighbour and
// one kind of evidence; its weight is the evidence count times the kind's weight.
import { Prisma } from '../generated/prisma/client.ts';
import type { Db } from './client.ts';

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

/**
 * How much evidence an entity's connections are computed from: its latest
 * statements, mentions and depictions, and for each event it spoke about, that
 * event's latest statements. A hub (a head of state in thousands of articles)
 * would otherwise join millions of rows; within the window the ranking is the
 * same for everyone else.
 */
export const evidenceWindow = { statements: 500, mentions: 1000, depictions: 500, statementsPerEvent: 50 } as const;

export type ConnectionEdgeRow = {
  kind: ConnectionKind;
  type: ConnectableType;
  id: string;
  evidenceCount: number;
  weight: number;
  reason: string;
};

const column = { Person: 'person_id', Organization: 'organization_id', Place: 'place_id', Event: 'event_id' } as const;

/** SQL for the (type, id) of whichever entity column of alias `t` is set. */
function entityOf(t: string, columns: readonly ConnectableType[] = ['Person', 'Organization', 'Place', 'Event']) {
  const cases = columns.map((c) => `WHEN ${t}.${column[c]} IS NOT NULL THEN '${c}'`).join(' ');
  return Prisma.raw(`CASE ${cases} END AS type, coalesce(${columns.map((c) => `${t}.${column[c]}`).join(', ')}) AS id`);
}

function branches(type: ConnectableType, kinds: ReadonlySet<ConnectionKind>, ids: Prisma.Sql): Prisma.Sql[] {
  const col = Prisma.raw(column[type]);
  const out: Prisma.Sql[] = [];
  const speaker = type === 'Person' ? 'speaker_person_id' : type === 'Organization' ? 'speaker_organization_id' : null;
  if (kinds.has('CO_MENTIONED'))
    out.push(Prisma.sql`
      SELECT m.src, 'CO_MENTIONED' AS kind, o.type, o.id, count(*)::int AS n, NULL AS reason
        FROM unnest(${ids}) src(id)
        CROSS JOIN LATERAL (SELECT DISTINCT src.id AS src, x.article_id FROM article_mention x
                             WHERE x.${col} = src.id ORDER BY x.article_id DESC LIMIT ${evidenceWindow.mentions}) m
        -- Distinct per article, so the count is of articles and can be hashed rather than sorted.
        CROSS JOIN LATERAL (SELECT DISTINCT ${entityOf('y')} FROM article_mention y
                             WHERE y.article_id = m.article_id AND y.${col} IS DISTINCT FROM m.src) o
       GROUP BY 1, 3, 4`);
  if (kinds.has('DEPICTED_TOGETHER'))
    out.push(Prisma.sql`
      SELECT m.src, 'DEPICTED_TOGETHER', o.type, o.id, count(*)::int, NULL
        FROM unnest(${ids}) src(id)
        CROSS JOIN LATERAL (SELECT DISTINCT src.id AS src, x.image_id FROM image_depiction x
                             WHERE x.${col} = src.id ORDER BY x.image_id DESC LIMIT ${evidenceWindow.depictions}) m
        CROSS JOIN LATERAL (SELECT DISTINCT ${entityOf('y')} FROM image_depiction y
                             WHERE y.image_id = m.image_id AND y.${col} IS DISTINCT FROM m.src) o
       GROUP BY 1, 3, 4`);
  if (speaker) {
    const sp = Prisma.raw(speaker);
    /** The source's latest statements, as (src, id). */
    const recent = Prisma.sql`(SELECT src.id AS src, r.id FROM unnest(${ids}) src(id)
        CROSS JOIN LATERAL (SELECT x.id FROM statement x WHERE x.${sp} = src.id
                             ORDER BY x.said_at DESC NULLS LAST, x.id LIMIT ${evidenceWindow.statements}) r)`;
    if (kinds.has('SPOKE_ABOUT_SAME_EVENT'))
      out.push(Prisma.sql`
        SELECT h.src, 'SPOKE_ABOUT_SAME_EVENT', ${entityOf('o', ['Person', 'Organization'])}, count(DISTINCT h.event_id)::int, NULL
          FROM (SELECT DISTINCT s.src, se.event_id FROM ${recent} s
                  JOIN statement_event se ON se.statement_id = s.id AND se.direct) h
          -- statement_event carries the speaker, so this is an index-only range per event.
          CROSS JOIN LATERAL (
            SELECT DISTINCT x.speaker_person_id AS person_id, x.speaker_organization_id AS organization_id
              FROM (SELECT oe.speaker_person_id, oe.speaker_organization_id FROM statement_event oe
                     WHERE oe.event_id = h.event_id AND oe.direct
                     ORDER BY oe.said_at DESC LIMIT ${evidenceWindow.statementsPerEvent}) x) o
         WHERE coalesce(o.person_id, o.organization_id) IS NOT NULL AND coalesce(o.person_id, o.organization_id) <> h.src
         GROUP BY 1, 3, 4`);
    if (kinds.has('SPOKE_ABOUT'))
      out.push(Prisma.sql`
        SELECT s.src, 'SPOKE_ABOUT', 'Event', se.event_id, count(DISTINCT s.id)::int, NULL
          FROM ${recent} s JOIN statement_event se ON se.statement_id = s.id
         GROUP BY 1, 3, 4`);
    for (const [kind, relationKinds] of [
      ['RESPONDED_TO', ['RESPONDS_TO', 'SUPPORTS', 'REPEATS']],
      ['CONTRADICTED', ['CONTRADICTS', 'DENIES']],
    ] as const) {
      if (!kinds.has(kind)) continue;
      out.push(Prisma.sql`
        SELECT s.src, ${kind}, ${entityOf('o', ['Person', 'Organization'])}, count(DISTINCT r.id)::int,
               string_agg(DISTINCT lower(replace(r.kind::text, '_', ' ')), ', ')
          FROM ${recent} s
          -- Each direction separately, so both use their index (an OR join would scan the table).
          CROSS JOIN LATERAL (
            SELECT x.id, x.kind, x.to_id AS other FROM statement_relation x WHERE x.from_id = s.id
            UNION ALL
            SELECT x.id, x.kind, x.from_id FROM statement_relation x WHERE x.to_id = s.id) r
          JOIN LATERAL (SELECT t.speaker_person_id AS person_id, t.speaker_organization_id AS organization_id
                          FROM statement t WHERE t.id = r.other) o ON true
         WHERE r.kind::text IN (${Prisma.join([...relationKinds])})
           AND coalesce(o.person_id, o.organization_id) IS NOT NULL AND coalesce(o.person_id, o.organization_id) <> s.src
         GROUP BY 1, 3, 4`);
    }
    if (kinds.has('PARTICIPATED'))
      out.push(Prisma.sql`
        SELECT p.${col}, 'PARTICIPATED', 'Event', p.event_id, count(*)::int, string_agg(p.role, ', ')
          FROM event_participant p WHERE p.${col} = ANY(${ids}) GROUP BY 1, 3, 4`);
  }
  if (type === 'Event') {
    if (kinds.has('SPOKE_ABOUT'))
      out.push(Prisma.sql`
        SELECT s2.event_id, 'SPOKE_ABOUT', ${entityOf('s2', ['Person', 'Organization'])}, count(DISTINCT s2.statement_id)::int, NULL
          FROM unnest(${ids}) src(id)
          CROSS JOIN LATERAL (SELECT x.event_id, x.statement_id, x.speaker_person_id AS person_id, x.speaker_organization_id AS organization_id
                                FROM statement_event x WHERE x.event_id = src.id
                               ORDER BY x.said_at DESC LIMIT ${evidenceWindow.statements}) s2
         WHERE coalesce(s2.person_id, s2.organization_id) IS NOT NULL
         GROUP BY 1, 3, 4`);
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
    { src: string; kind: ConnectionKind; type: ConnectableType; id: string; n: number; reason: string; weight: number; total: number }[]
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
      .map((row) => ({ kind: row.kind, type: row.type, id: row.id, evidenceCount: row.n, weight: row.weight, reason: row.reason })),
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
  const parts = branches(type, new Set(kinds), Prisma.sql`${[...ids]}::text[]`);
  if (!parts.length || !ids.length) return null;
  const union = Prisma.join(parts, ' UNION ALL ');
  const page = Prisma.sql`
    WITH edges AS (${union}),
    ranked AS (
      SELECT e.src, e.kind, e.type, e.id, e.n, coalesce(e.reason, '') AS reason,
             (e.n * w.weight)::float8 AS weight,
             count(*) OVER (PARTITION BY e.src)::int AS total,
             row_number() OVER (PARTITION BY e.src ORDER BY e.n * w.weight DESC, e.kind, e.type, e.id) AS position
        FROM edges e(src, kind, type, id, n, reason)
        JOIN (VALUES ${Prisma.join(allConnectionKinds.map((k) => Prisma.sql`(${k}::text, ${Prisma.raw(String(connectionKinds[k].weight))})`))}) w(kind, weight) ON w.kind = e.kind
       WHERE e.id IS NOT NULL)
    SELECT src, kind, type, id, n, reason, weight, total FROM ranked
     WHERE position > ${offset}::int AND position <= ${offset + limit}::int
     ORDER BY src, position`;
  const count = Prisma.sql`
    WITH edges AS (${union})
    SELECT e.src, count(*)::int AS total FROM edges e(src, kind, type, id, n, reason) WHERE e.id IS NOT NULL GROUP BY 1`;
  return { page, count };
}
