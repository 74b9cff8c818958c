// Shortest chains between two nodes of the graph. Nodes are people,
// organizations, places, events and statements; hops are "said", statement
// relations ("responds to"), "about", affiliations, participations, places and
// event nesting. Co-mentions are left out: they connect nearly everything to
// everything.
//
// The search runs from both ends at once, a hop at a time, always widening the
// side whose frontier is smaller (one SQL statement per hop). Before a side
// widens, one more statement asks whether any neighbour of its frontier is
// already reached from the other end; that question is answered in full from
// the indexes, however many neighbours a node has, so a hub never hides a
// meeting. Only the widening is bounded: a node hands on at most `fanOut`
// neighbours (its structural links first — affiliations, participations,
// events, relations — then its latest statements), and a hop at most
// `frontier` nodes. A search that dropped neighbours says so (`narrowed`).
import { AppError } from '../errors.ts';
import { Prisma } from '../generated/prisma/client.ts';
import type { Db } from './client.ts';

export type PathNodeType = 'Person' | 'Organization' | 'Place' | 'Event' | 'Statement';
export type PathHopRow = { kind: string; fromType: PathNodeType; fromId: string; toType: PathNodeType; toId: string; evidence: string };
export type PathRow = { hops: PathHopRow[]; narrowed: boolean };

export const pathBounds = { maxLength: 6, fanOut: 200, frontier: 5000, pathsPerNode: 3, paths: 10 } as const;

export class PathLimitError extends AppError {
  constructor(bound: 'fanOut' | 'frontier', limit: number, depth: number) {
    super(
      bound === 'fanOut'
        ? `No path found; the search followed at most ${limit} neighbours of a node (from hop ${depth}), so a longer-tailed one may exist`
        : `No path found; the search kept at most ${limit} nodes of a hop (from hop ${depth}), so one may exist beyond them`,
      'PATH_LIMIT_EXCEEDED',
      { bound, limit, depth },
    );
  }
}

/**
 * One kind of hop, read from a node `w` of type `from` to its neighbours of
 * type `to`: the neighbour's id as `id`, the hop's kind and evidence read
 * forwards and backwards. `target` is the column that is the neighbour's id
 * (filtered when only given neighbours are wanted). `latest` branches can be
 * long (a speaker's statements, an event's); they come last, and when widening
 * they give their `limit` latest, read from an index in order.
 */
type Branch = {
  name: string;
  /** The same links read the other way. */
  inverse: string;
  /** Whether a node can have thousands of these (a speaker's statements): a meeting is then looked for from the other end. */
  hub?: boolean;
  from: PathNodeType;
  to: PathNodeType;
  target: string;
  select: string;
  latest?: (limit: number) => string;
};

const relationName = "lower(replace(r.kind::text, '_', ' '))";
const statementText = 'left(s.text, 160)';

const branches: Branch[] = [
  ...(['Person', 'Organization'] as const).flatMap((party): Branch[] => {
    const speaker = party === 'Person' ? 'speaker_person_id' : 'speaker_organization_id';
    const addressee = party === 'Person' ? 'addressee_person_id' : 'addressee_organization_id';
    const column = party === 'Person' ? 'person_id' : 'organization_id';
    const other = party === 'Person' ? 'organization_id' : 'person_id';
    const otherParty = party === 'Person' ? 'Organization' : 'Person';
    return [
      {
        name: `said_by:${party}`,
        inverse: `said:${party}`,
        from: 'Statement',
        to: party,
        target: `s.${speaker}`,
        select: `SELECT s.${speaker} AS id, 'SAID_BY' AS kind, coalesce(s.verb, 'said') AS evidence, 'SAID' AS back_kind, ${statementText} AS back_evidence
                   FROM statement s WHERE s.id = w.id AND s.${speaker} IS NOT NULL`,
      },
      {
        name: `addressed_to:${party}`,
        inverse: `addressed_by:${party}`,
        from: 'Statement',
        to: party,
        target: `s.${addressee}`,
        select: `SELECT s.${addressee}, 'ADDRESSED_TO', coalesce(s.venue, ''), 'ADDRESSED_BY', ${statementText}
                   FROM statement s WHERE s.id = w.id AND s.${addressee} IS NOT NULL`,
      },
      {
        name: `affiliated:${party}`,
        inverse: `affiliated:${otherParty}`,
        hub: party === 'Organization',
        from: party,
        to: party === 'Person' ? 'Organization' : 'Person',
        target: `a.${other}`,
        select: `SELECT a.${other}, 'AFFILIATED', a.role, 'AFFILIATED', a.role FROM affiliation a WHERE a.${column} = w.id AND a.${other} IS NOT NULL`,
      },
      {
        name: `participated:${party}`,
        inverse: `participant:${party}`,
        from: party,
        to: 'Event',
        target: 'p.event_id',
        select: `SELECT p.event_id, 'PARTICIPATED', coalesce(p.role, ''), 'PARTICIPATED', coalesce(p.role, '')
                   FROM event_participant p WHERE p.${column} = w.id`,
      },
      {
        name: `participant:${party}`,
        inverse: `participated:${party}`,
        from: 'Event',
        to: party,
        target: `p.${column}`,
        select: `SELECT p.${column}, 'PARTICIPATED', coalesce(p.role, ''), 'PARTICIPATED', coalesce(p.role, '')
                   FROM event_participant p WHERE p.event_id = w.id AND p.${column} IS NOT NULL`,
      },
      {
        name: `addressed_by:${party}`,
        inverse: `addressed_to:${party}`,
        hub: true,
        from: party,
        to: 'Statement',
        target: 's.id',
        select: `SELECT s.id, 'ADDRESSED_BY', ${statementText}, 'ADDRESSED_TO', coalesce(s.venue, '') FROM statement s WHERE s.${addressee} = w.id`,
      },
      {
        name: `said:${party}`,
        inverse: `said_by:${party}`,
        hub: true,
        from: party,
        to: 'Statement',
        target: 's.id',
        select: `SELECT s.id, 'SAID', ${statementText}, 'SAID_BY', coalesce(s.verb, 'said') FROM statement s WHERE s.${speaker} = w.id`,
        // The ids from the (covering) speaker index first: otherwise the planner may fetch a hub's every statement and sort them.
        latest: (limit) => `SELECT s.id, 'SAID', ${statementText}, 'SAID_BY', coalesce(s.verb, 'said')
                              FROM (SELECT x.id FROM statement x WHERE x.${speaker} = w.id
                                     ORDER BY x.said_at DESC, x.article_id, x.position, x.id LIMIT ${limit}) latest
                              JOIN statement s ON s.id = latest.id`,
      },
    ];
  }),
  {
    name: 'relation_out',
    inverse: 'relation_in',
    from: 'Statement',
    to: 'Statement',
    target: 'r.to_id',
    select: `SELECT r.to_id, r.kind::text, ${relationName}, r.kind::text || '_BY', ${relationName} || ' by' FROM statement_relation r WHERE r.from_id = w.id`,
  },
  {
    name: 'relation_in',
    inverse: 'relation_out',
    from: 'Statement',
    to: 'Statement',
    target: 'r.from_id',
    select: `SELECT r.from_id, r.kind::text || '_BY', ${relationName} || ' by', r.kind::text, ${relationName} FROM statement_relation r WHERE r.to_id = w.id`,
  },
  {
    name: 'about',
    inverse: 'subject_of',
    from: 'Statement',
    to: 'Event',
    target: 'se.event_id',
    select: `SELECT se.event_id, 'ABOUT', e.name, 'SUBJECT_OF', '' FROM statement_event se JOIN event e ON e.id = se.event_id
              WHERE se.statement_id = w.id AND se.direct`,
  },
  {
    name: 'happened_at',
    inverse: 'hosted',
    from: 'Event',
    to: 'Place',
    target: 'e.place_id',
    select: `SELECT e.place_id, 'HAPPENED_AT', '', 'HAPPENED_AT', '' FROM event e WHERE e.id = w.id AND e.place_id IS NOT NULL`,
  },
  {
    name: 'hosted',
    inverse: 'happened_at',
    hub: true,
    from: 'Place',
    to: 'Event',
    target: 'e.id',
    select: `SELECT e.id, 'HAPPENED_AT', '', 'HAPPENED_AT', '' FROM event e WHERE e.place_id = w.id`,
  },
  {
    name: 'part_of',
    inverse: 'contains',
    from: 'Event',
    to: 'Event',
    target: 'e.parent_id',
    select: `SELECT e.parent_id, 'PART_OF', '', 'CONTAINS', '' FROM event e WHERE e.id = w.id AND e.parent_id IS NOT NULL`,
  },
  {
    name: 'contains',
    inverse: 'part_of',
    hub: true,
    from: 'Event',
    to: 'Event',
    target: 'e.id',
    select: `SELECT e.id, 'CONTAINS', '', 'PART_OF', '' FROM event e WHERE e.parent_id = w.id`,
  },
  {
    name: 'subject_of',
    inverse: 'about',
    hub: true,
    from: 'Event',
    to: 'Statement',
    target: 'se.statement_id',
    select: `SELECT se.statement_id, 'SUBJECT_OF', '', 'ABOUT', (SELECT name FROM event WHERE id = w.id)
               FROM statement_event se WHERE se.event_id = w.id AND se.direct`,
    latest: (limit) => `SELECT se.statement_id, 'SUBJECT_OF', '', 'ABOUT', (SELECT name FROM event WHERE id = w.id)
                          FROM statement_event se WHERE se.event_id = w.id AND se.direct
                         ORDER BY se.said_at DESC, se.article_id DESC, se.position DESC, se.statement_id DESC LIMIT ${limit}`,
  },
];

type NodeKey = string;
const keyOf = (type: PathNodeType, id: string): NodeKey => `${type}:${id}`;
const nodeOf = (key: NodeKey) => {
  const at = key.indexOf(':');
  return { type: key.slice(0, at) as PathNodeType, id: key.slice(at + 1) };
};

type EdgeRow = {
  from_type: PathNodeType;
  from_id: string;
  type: PathNodeType;
  id: string;
  kind: string;
  evidence: string;
  back_kind: string;
  back_evidence: string;
};

/** A hop both ways: `out` read away from the side's end, `back` towards it. */
type Step = { parent: NodeKey; out: PathHopRow; back: PathHopRow };
type Side = { reached: Map<NodeKey, { depth: number; steps: Step[] }>; frontier: NodeKey[]; depth: number; narrowed: boolean };

function stepOf(row: EdgeRow): Step {
  const from = { type: row.from_type, id: row.from_id };
  return {
    parent: keyOf(from.type, from.id),
    out: { kind: row.kind, fromType: from.type, fromId: from.id, toType: row.type, toId: row.id, evidence: row.evidence ?? '' },
    back: { kind: row.back_kind, fromType: row.type, fromId: row.id, toType: from.type, toId: from.id, evidence: row.back_evidence ?? '' },
  };
}

const byName = new Map(branches.map((branch) => [branch.name, branch]));

/**
 * The edges from the nodes of `frontier` along `along` (those that apply to
 * their types): all of them to the nodes in `targets` when given, otherwise at
 * most `fanOut + 1` per node (one more than handed on, to tell when some were dropped).
 */
function edgesSql(
  frontier: NodeKey[],
  along: Branch[],
  options: { targets: Map<PathNodeType, string[]> } | { fanOut: number },
): Prisma.Sql | null {
  const nodes = frontier.map(nodeOf);
  const fromTypes = new Set(nodes.map((node) => node.type));
  const targets = 'targets' in options ? options.targets : null;
  const limit = 'fanOut' in options ? options.fanOut + 1 : 0;
  const parts = along
    .filter((branch) => fromTypes.has(branch.from) && (!targets || targets.get(branch.to)?.length))
    .map((branch) => {
      const head = Prisma.raw(`SELECT '${branch.to}'::text AS type, b.* FROM`);
      const guard = Prisma.raw(`WHERE w.type = '${branch.from}'`);
      if (targets) {
        const wanted = targets.get(branch.to) ?? [];
        return Prisma.sql`${head} (${Prisma.raw(branch.select)} AND ${Prisma.raw(branch.target)} = ANY(${wanted}::text[])) b ${guard}`;
      }
      return Prisma.sql`(${head} (${Prisma.raw(branch.latest ? branch.latest(limit) : branch.select)}) b ${guard})`;
    });
  if (!parts.length) return null;
  const union = Prisma.join(parts, ' UNION ALL ');
  const perNode = targets ? union : Prisma.sql`${union} LIMIT ${Prisma.raw(String(limit))}`;
  return Prisma.sql`
    SELECT w.type AS from_type, w.id AS from_id, n.type, n.id, n.kind, n.evidence, n.back_kind, n.back_evidence
      FROM unnest(${nodes.map((node) => node.type)}::text[], ${nodes.map((node) => node.id)}::text[]) AS w(type, id)
      CROSS JOIN LATERAL (${perNode}) n(type, id, kind, evidence, back_kind, back_evidence)
     WHERE n.id IS NOT NULL`;
}

const byType = (keys: Iterable<NodeKey>) => {
  const out = new Map<PathNodeType, string[]>();
  for (const key of keys) {
    const node = nodeOf(key);
    out.set(node.type, [...(out.get(node.type) ?? []), node.id]);
  }
  return out;
};

/**
 * Every edge from a node of `near` to a node of `far`. Each kind of link is
 * read from the end where a node has few of them: a hub's statements are
 * found from the statements (their speaker), not by listing the hub's.
 */
async function meetings(db: Pick<Db, '$queryRaw'>, near: NodeKey[], far: NodeKey[]): Promise<EdgeRow[]> {
  const nearNodes = byType(near);
  const farNodes = byType(far);
  const links = branches.filter((branch) => nearNodes.has(branch.from) && farNodes.has(branch.to));
  const forwards = edgesSql(
    near,
    links.filter((branch) => !branch.hub),
    { targets: farNodes },
  );
  const backwards = edgesSql(
    far,
    links.filter((branch) => branch.hub).map((branch) => byName.get(branch.inverse) as Branch),
    { targets: nearNodes },
  );
  const [found, foundBackwards] = await Promise.all([
    forwards ? db.$queryRaw<EdgeRow[]>(forwards) : [],
    backwards ? db.$queryRaw<EdgeRow[]>(backwards) : [],
  ]);
  // Turned round, so that every edge reads near → far.
  const turned = foundBackwards.map((row) => ({
    from_type: row.type,
    from_id: row.id,
    type: row.from_type,
    id: row.from_id,
    kind: row.back_kind,
    evidence: row.back_evidence,
    back_kind: row.kind,
    back_evidence: row.evidence,
  }));
  return [...found, ...turned];
}

/** The statement that widens the search from `node` by a hop (exported for scripts/explain.ts). */
export function pathHopSql(node: { type: PathNodeType; id: string }, fanOut: number = pathBounds.fanOut): Prisma.Sql | null {
  return edgesSql([keyOf(node.type, node.id)], branches, { fanOut });
}

/** Up to `limit` chains of steps from the side's end to `key`, in order away from the end. */
function chainsTo(side: Side, key: NodeKey, limit: number): Step[][] {
  const reach = side.reached.get(key);
  if (!reach || !reach.steps.length) return [[]];
  const out: Step[][] = [];
  for (const step of reach.steps) {
    for (const chain of chainsTo(side, step.parent, limit)) {
      out.push([...chain, step]);
      if (out.length >= limit) return out;
    }
  }
  return out;
}

export type PathOptions = { maxLength: number; fanOut?: number; frontier?: number; paths?: number };

/**
 * The shortest chains found from (fromType, fromId) to (toType, toId), at
 * most `maxLength` hops, up to `paths` (at most `pathBounds.paths`); [] when there is none that
 * short. Throws PathLimitError when none was found and the search was narrowed.
 */
export async function findPaths(
  db: Pick<Db, '$queryRaw'>,
  from: { type: PathNodeType; id: string },
  to: { type: PathNodeType; id: string },
  { maxLength, fanOut = pathBounds.fanOut, frontier = pathBounds.frontier, paths: wanted = pathBounds.paths }: PathOptions,
): Promise<PathRow[]> {
  if (from.type === to.type && from.id === to.id) return [{ hops: [], narrowed: false }];
  const start = (node: { type: PathNodeType; id: string }): Side => {
    const key = keyOf(node.type, node.id);
    return { reached: new Map([[key, { depth: 0, steps: [] }]]), frontier: [key], depth: 0, narrowed: false };
  };
  const ends = { from: start(from), to: start(to) };
  let narrowed: { bound: 'fanOut' | 'frontier'; depth: number } | null = null;
  while (ends.from.depth + ends.to.depth < maxLength) {
    const fromSmaller = ends.from.frontier.length <= ends.to.frontier.length;
    const [near, far] = fromSmaller ? [ends.from, ends.to] : [ends.to, ends.from];
    // A side that ran out of nodes without dropping any has seen all it is connected to: there is no path.
    if (!near.frontier.length) return near.narrowed ? fail(narrowed) : [];
    const met = await meetings(db, near.frontier, [...far.reached.keys()]);
    if (met.length) {
      const paths = joinMeetings(met, near, far, fromSmaller).slice(0, wanted);
      return paths.map((hops) => ({ hops, narrowed: narrowed !== null }));
    }
    const widenSql = edgesSql(near.frontier, branches, { fanOut });
    const rows = widenSql ? await db.$queryRaw<EdgeRow[]>(widenSql) : [];
    const perNode = new Map<NodeKey, number>();
    const next: NodeKey[] = [];
    near.depth += 1;
    for (const row of rows) {
      const parent = keyOf(row.from_type, row.from_id);
      const seen = (perNode.get(parent) ?? 0) + 1;
      perNode.set(parent, seen);
      if (seen > fanOut) {
        narrowed ??= { bound: 'fanOut', depth: near.depth };
        near.narrowed = true;
        continue;
      }
      const key = keyOf(row.type, row.id);
      const reach = near.reached.get(key);
      if (reach && reach.depth < near.depth) continue;
      if (!reach) {
        if (next.length >= frontier) {
          narrowed ??= { bound: 'frontier', depth: near.depth };
          near.narrowed = true;
          continue;
        }
        near.reached.set(key, { depth: near.depth, steps: [stepOf(row)] });
        next.push(key);
      } else if (reach.steps.length < pathBounds.pathsPerNode) {
        reach.steps.push(stepOf(row));
      }
    }
    near.frontier = next;
  }
  return fail(narrowed);

  function fail(cut: typeof narrowed): PathRow[] {
    if (cut) throw new PathLimitError(cut.bound, cut.bound === 'fanOut' ? fanOut : frontier, cut.depth);
    return [];
  }
}

/** The shortest of the chains through the meeting edges (near frontier → far reached), read from `from` to `to`. */
function joinMeetings(meetings: EdgeRow[], near: Side, far: Side, nearIsFrom: boolean): PathHopRow[][] {
  const length = (row: EdgeRow) => near.depth + 1 + (far.reached.get(keyOf(row.type, row.id))?.depth ?? 0);
  const shortest = Math.min(...meetings.map(length));
  const paths: PathHopRow[][] = [];
  for (const row of meetings.filter((meeting) => length(meeting) === shortest)) {
    const meeting = stepOf(row);
    for (const nearChain of chainsTo(near, meeting.parent, pathBounds.paths)) {
      for (const farChain of chainsTo(far, keyOf(row.type, row.id), pathBounds.paths)) {
        const toEnd = (chain: Step[]) => [...chain].reverse().map((step) => step.back);
        paths.push(
          nearIsFrom
            ? [...nearChain.map((step) => step.out), meeting.out, ...toEnd(farChain)]
            : [...farChain.map((step) => step.out), meeting.back, ...toEnd(nearChain)],
        );
      }
    }
  }
  const unique = new Map(paths.map((hops) => [JSON.stringify(hops), hops]));
  return [...unique.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, pathBounds.paths)
    .map(([, hops]) => hops);
}
