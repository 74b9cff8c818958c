// The co-occurrence table behind `connections` (entity_connection and its
// helper tables) is kept by triggers in the transaction of every write; a
// rebuild from scratch must find exactly the same rows, whatever sequence of
// ingestions, edits, relations, merges and deletes came before.
import { describe, expect, it } from 'vitest';
import { rebuildConnectionTable } from '../src/db/connection-table.ts';
import { connectionKinds } from '../src/db/connections.ts';
import { graphql } from './gql/index.ts';
import { usingPostgres } from './helpers/db.ts';
import { having, useHarness } from './helpers/gql.ts';

const h = useHarness();

/** mulberry32: a small seeded PRNG, so a failing sequence can be replayed from its printed seed. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const seed = Number(process.env.CONNECTIONS_SEED ?? Date.now() % 1_000_000);
const random = prng(seed);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const some = <T>(list: readonly T[], max: number): T[] => {
  const n = 1 + Math.floor(random() * max);
  return [...new Set(Array.from({ length: n }, () => pick(list)))];
};

// A small world, so that pairs recur across articles and merges collide.
const people = ['Ada Arden', 'Ben Brook', 'Cleo Cole', 'Dan Dale', 'Eve Este', 'Finn Ford', 'Gus Gale'];
const organizations = ['North Ministry', 'South Agency', 'East Alliance', 'West Council'];
const places = ['Porto Vale', 'Kestrel Bay', 'Amber Hill'];
const events = ['Harbour summit', 'Border talks', 'Grain deal'];

/** A date from a few days, often shared (articles of one day) and sometimes unknown, so ties and undated evidence occur. */
const someDate = () =>
  random() < 0.2 ? null : new Date(Date.UTC(2026, 10, 1 + Math.floor(random() * 6), 6 * Math.floor(random() * 3))).toISOString();

let articles = 0;
function article() {
  const n = ++articles;
  const who = some(people, 4);
  const orgs = some(organizations, 2);
  const where = some(places, 2);
  const about = some(events, 2);
  const speakers = [...who.map((_, i) => `p${i}`), ...orgs.map((_, i) => `o${i}`)];
  const statements = Array.from({ length: 1 + Math.floor(random() * 4) }, (_, i) => ({
    key: `s${i}`,
    text: `Statement ${i} of story ${n}.`,
    kind: 'INDIRECT',
    speaker: random() < 0.85 ? pick(speakers) : null,
    ...(random() < 0.3 ? { saidAt: someDate() } : {}),
    about: random() < 0.8 ? some(['e0', 'e1', 'e2'].slice(0, about.length), 2) : [],
  }));
  const relations =
    statements.length > 1
      ? Array.from({ length: Math.floor(random() * 3) }, () => {
          const [from, to] = [pick(statements).key, pick(statements).key];
          return { from, to, kind: pick(['RESPONDS_TO', 'CONTRADICTS', 'SUPPORTS', 'REPEATS', 'DENIES']) };
        }).filter((r, i, all) => r.from !== r.to && all.findIndex((o) => o.from === r.from && o.to === r.to && o.kind === r.kind) === i)
      : [];
  return {
    url: `https://example.com/cooc/${seed}/${n}`,
    headline: `Story ${n}`,
    publishedAt: someDate(),
    body: `${[...who, ...orgs, ...where].join(', ')} were in the news. Story ${n}.`,
    people: who.map((name, i) => ({ key: `p${i}`, name })),
    organizations: orgs.map((name, i) => ({ key: `o${i}`, name, kind: 'GOVERNMENT' })),
    places: where.map((name, i) => ({ key: `l${i}`, name })),
    // The second event is inside the first, so statements about it also count for its parent (SPOKE_ABOUT).
    events: about.map((name, i) => ({ key: `e${i}`, name, ...(i === 1 ? { parent: 'e0' } : {}) })),
    statements,
    relations,
    images:
      random() < 0.6
        ? [
            {
              caption: `Picture ${n}`,
              takenAt: someDate(),
              depicts: some([...who.map((_, i) => `p${i}`), ...where.map((_, i) => `l${i}`), 'e0'], 3),
            },
          ]
        : [],
  };
}

type Row = Record<string, unknown>;
const snapshot = async () => ({
  connections: await h.db.db.$queryRawUnsafe<Row[]>(
    `SELECT source_type, source_id, kind, target_type, target_id, evidence_count, weight, relation_counts, reason,
            last_seen, evidence_ids, evidence_seen
       FROM entity_connection ORDER BY 1, 2, 3, 4, 5`,
  ),
  totals: await h.db.db.$queryRawUnsafe<Row[]>('SELECT * FROM entity_connection_total ORDER BY 1, 2, 3'),
  members: await h.db.db.$queryRawUnsafe<Row[]>('SELECT * FROM connection_member ORDER BY 1, 2, 3, 4'),
  relations: await h.db.db.$queryRawUnsafe<Row[]>('SELECT * FROM connection_relation ORDER BY 1'),
});

const ids = async (sql: string) => (await h.db.db.$queryRawUnsafe<{ id: string }[]>(sql)).map((row) => row.id);
/** `n` distinct ids of `table`, chosen by the seeded PRNG (so the seed replays the sequence). */
const sample = async (table: string, n: number) => {
  const all = await ids(`SELECT id FROM ${table} ORDER BY id`);
  const chosen: string[] = [];
  while (chosen.length < Math.min(n, all.length)) {
    const id = pick(all);
    if (!chosen.includes(id)) chosen.push(id);
  }
  return chosen;
};
const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

const INGEST = 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }';

/** One random write through the API; returns what it did, for the log of a failing seed. */
async function step(roll = random()): Promise<string> {
  if (roll < 0.45 || articles < 4) {
    await h.data(INGEST, { input: article() });
    return 'ingest';
  }
  if (roll < 0.55) {
    const [statement] = await sample('statement', 1);
    const speakers = [...(await ids('SELECT id FROM person ORDER BY id')).map((id) => globalId('Person', id))];
    const eventIds = (await ids('SELECT id FROM event ORDER BY id')).map((id) => globalId('Event', id));
    if (!statement) return 'skip';
    await h.data('mutation($input: UpdateStatementInput!) { updateStatement(input: $input) { statement { id } } }', {
      input: {
        id: globalId('Statement', statement),
        speaker: random() < 0.8 ? pick(speakers) : null,
        about: some(eventIds, 2),
        // A new date moves the statement among its pairs' newest evidence (SPOKE_ABOUT, and its relations').
        ...(random() < 0.5 ? { saidAt: someDate() } : {}),
      },
    });
    return `update statement ${statement}`;
  }
  if (roll < 0.62) {
    const [statement] = await sample('statement', 1);
    if (!statement) return 'skip';
    await h.data('mutation($input: DeleteInput!) { deleteStatement(input: $input) { deletedId } }', {
      input: { id: globalId('Statement', statement) },
    });
    return `delete statement ${statement}`;
  }
  if (roll < 0.72) {
    const [from, to] = await sample('statement', 2);
    if (!from || !to) return 'skip';
    const result = await h.gql(
      'mutation($input: CreateStatementRelationInput!) { createStatementRelation(input: $input) { statementRelation { id } } }',
      {
        input: { from: globalId('Statement', from), to: globalId('Statement', to), kind: pick(['RESPONDS_TO', 'CONTRADICTS', 'SUPPORTS']) },
      },
    );
    // The same edge twice is refused (CONFLICT); anything else is a failure.
    if (result.errors && result.errors[0]?.extensions?.code !== 'CONFLICT') throw new Error(JSON.stringify(result.errors));
    return `relate ${from} → ${to}`;
  }
  if (roll < 0.8) {
    // Moving an event moves its statements' indirect rows (SPOKE_ABOUT counts sub-events' statements).
    const [event, parent] = await sample('event', 2);
    if (!event) return 'skip';
    const result = await h.gql('mutation($input: UpdateEventInput!) { updateEvent(input: $input) { event { id } } }', {
      input: { id: globalId('Event', event), parent: parent && random() < 0.7 ? globalId('Event', parent) : null },
    });
    // Making an event its own ancestor is refused (BAD_USER_INPUT); anything else is a failure.
    if (result.errors && result.errors[0]?.extensions?.code !== 'BAD_USER_INPUT') throw new Error(JSON.stringify(result.errors));
    return `move event ${event} under ${parent}`;
  }
  if (roll < 0.92) {
    const type = pick(['Person', 'Organization', 'Place'] as const);
    const [keep, merge] = await sample(type.toLowerCase(), 2);
    if (!keep || !merge) return 'skip';
    await h.data('mutation($input: MergeEntitiesInput!) { mergeEntities(input: $input) { mergedId } }', {
      input: { keepId: globalId(type, keep), mergeId: globalId(type, merge) },
    });
    return `merge ${type} ${merge} into ${keep}`;
  }
  if (roll < 0.96) {
    // A new date for an article (its co-mentions, and its images' depictions) or an image.
    const type = pick(['Article', 'Image'] as const);
    const [id] = await sample(type.toLowerCase(), 1);
    if (!id) return 'skip';
    const field = type === 'Article' ? 'publishedAt' : 'takenAt';
    await h.data(`mutation($input: Update${type}Input!) { update${type}(input: $input) { ${type.toLowerCase()} { id } } }`, {
      input: { id: globalId(type, id), [field]: someDate() },
    });
    return `redate ${type} ${id}`;
  }
  const [doomed] = await sample('article', 1);
  if (!doomed) return 'skip';
  await h.data('mutation($input: DeleteInput!) { deleteArticle(input: $input) { deletedId } }', {
    input: { id: globalId('Article', doomed) },
  });
  return `delete article ${doomed}`;
}

describe(`the co-occurrence table (${usingPostgres ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('equals a rebuild from scratch after a random sequence of writes', { timeout: 120_000 }, async () => {
    console.log(`connection-table: seed ${seed} (CONNECTIONS_SEED=${seed} replays it)`);
    const done: string[] = [];
    for (let i = 0; i < 80; i++) {
      // One re-dating at least (4% of steps otherwise), so the sequence always exercises it.
      done.push(await step(i === 50 ? 0.94 : undefined));
      // Check along the way too, so a failure points near the write that caused it.
      if (i % 20 === 19) {
        const kept = await snapshot();
        await rebuildConnectionTable(h.db.db);
        expect(await snapshot(), `seed ${seed}, after: ${done.join('; ')}`).toEqual(kept);
      }
    }
    const kept = await snapshot();
    // The sequence must have exercised every stored kind, or the comparison proves little.
    const kinds = new Set(kept.connections.map((row) => row.kind));
    for (const kind of ['CO_MENTIONED', 'DEPICTED_TOGETHER', 'SPOKE_ABOUT']) expect(kinds).toContain(kind);
    // The per-source totals the triggers kept are the rows' counts (and the rebuild below recounts them).
    const counted = new Map<string, number>();
    for (const row of kept.connections) {
      const key = `${row.source_type}:${row.source_id}:${row.kind}`;
      counted.set(key, (counted.get(key) ?? 0) + 1);
    }
    expect(new Map(kept.totals.map((row) => [`${row.source_type}:${row.source_id}:${row.kind}`, row.edges]))).toEqual(counted);
    expect(kinds.has('RESPONDED_TO') || kinds.has('CONTRADICTED')).toBe(true);
    expect(done.some((d) => d.startsWith('merge'))).toBe(true);
    expect(done.some((d) => d.startsWith('move event'))).toBe(true);
    for (const row of kept.connections) {
      expect(row.weight).toBe((row.evidence_count as number) * connectionKinds[row.kind as keyof typeof connectionKinds].weight);
    }
    // At most three evidence ids, newest first, each naming a stored row of the kind's evidence; last seen is the first one's date.
    const evidenceTable = { CO_MENTIONED: 'article', DEPICTED_TOGETHER: 'image', SPOKE_ABOUT: 'statement' } as Record<string, string>;
    const stored = new Map<string, Set<string>>();
    for (const table of [...Object.values(evidenceTable), 'statement_relation'])
      stored.set(table, new Set(await ids(`SELECT id FROM ${table}`)));
    for (const row of kept.connections) {
      const evidence = row.evidence_ids as string[];
      const seen = row.evidence_seen as (Date | null)[];
      expect(evidence).toHaveLength(Math.min(row.evidence_count as number, 3));
      expect(seen).toHaveLength(evidence.length);
      expect(row.last_seen).toEqual(seen[0]);
      for (const id of evidence) expect(stored.get(evidenceTable[row.kind as string] ?? 'statement_relation')?.has(id)).toBe(true);
    }
    // The sequence must have had dated and undated evidence, and pairs with more than three pieces of it.
    expect(kept.connections.some((row) => row.last_seen !== null)).toBe(true);
    expect(kept.connections.some((row) => (row.evidence_seen as unknown[]).includes(null))).toBe(true);
    expect(kept.connections.some((row) => (row.evidence_count as number) > 3)).toBe(true);
    expect(done.some((d) => d.startsWith('redate'))).toBe(true);
    // Both directions of every pair, with the same evidence.
    const key = (r: Row, flip = false) =>
      flip
        ? `${r.target_type}:${r.target_id}:${r.kind}:${r.source_type}:${r.source_id}`
        : `${r.source_type}:${r.source_id}:${r.kind}:${r.target_type}:${r.target_id}`;
    const counts = new Map(kept.connections.map((r) => [key(r), r.evidence_count]));
    for (const row of kept.connections) expect(counts.get(key(row, true))).toBe(row.evidence_count);
    await rebuildConnectionTable(h.db.db);
    expect(await snapshot(), `seed ${seed}, after: ${done.join('; ')}`).toEqual(kept);
  });

  it('counts shared articles exactly, and deletes a pair when its last shared article goes', async () => {
    const story = (n: number) => ({
      url: `https://example.com/cooc-pair/${seed}/${n}`,
      headline: `Pair story ${n}`,
      body: `Hal Hart met Ivy Ince. Hal Hart said it went well. Story ${n}.`,
      people: [
        { key: 'h', name: 'Hal Hart' },
        { key: 'i', name: 'Ivy Ince' },
      ],
      statements: [{ text: `It went well, story ${n}.`, kind: 'INDIRECT', speaker: 'h' }],
    });
    for (const n of [1, 2]) await h.data(INGEST, { input: story(n) });
    const [hal] = await ids(`SELECT id FROM person WHERE name = 'Hal Hart'`);
    const query = graphql(
      `query ConnectionTableCoMentions($id: ID!) { node(id: $id) { ... on Person { connections(kinds: [CO_MENTIONED]) { totalCount edges { evidenceCount weight reason node { ... on Person { name } } } } } } }`,
    );
    const coMentions = async () => having((await h.data(query, { id: globalId('Person', hal as string) })).node, 'connections').connections;
    // Two mentions of Hal in each article, one of Ivy: still one shared article each.
    expect(await coMentions()).toEqual({
      totalCount: 1,
      edges: [{ evidenceCount: 2, weight: 2, reason: 'Co-mentioned in 2 articles', node: { name: 'Ivy Ince' } }],
    });
    const articleIds = await ids(`SELECT id FROM article WHERE url LIKE 'https://example.com/cooc-pair/${seed}/%' ORDER BY url`);
    const remove = (id: string) =>
      h.data('mutation($input: DeleteInput!) { deleteArticle(input: $input) { deletedId } }', { input: { id: globalId('Article', id) } });
    await remove(articleIds[0] as string);
    expect((await coMentions()).edges[0]?.evidenceCount).toBe(1);
    await remove(articleIds[1] as string);
    expect(await coMentions()).toEqual({ totalCount: 0, edges: [] });
    const [left] = await h.db.db.$queryRawUnsafe<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM entity_connection WHERE source_id = $1 OR target_id = $1',
      hal,
    );
    expect(left?.n).toBe(0);
    const [totals] = await h.db.db.$queryRawUnsafe<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM entity_connection_total WHERE source_id = $1',
      hal,
    );
    expect(totals?.n).toBe(0);
  });

  it('counts the events two speakers both spoke about, sub-events included, from the stored rows', async () => {
    const story = (n: number, speakers: string[], about: string[]) => ({
      url: `https://example.com/same-event/${seed}/${n}`,
      headline: `Same event story ${n}`,
      body: `${speakers.join(' and ')} spoke. Story ${n}.`,
      people: speakers.map((name, i) => ({ key: `p${i}`, name })),
      events: [
        { key: 'e0', name: `Quay strike ${seed}` },
        { key: 'e1', name: `Quay strike talks ${seed}`, parent: 'e0' },
        { key: 'e2', name: `Rail fare rise ${seed}` },
      ],
      statements: speakers.map((_, i) => ({ text: `Remark ${i} of story ${n}.`, kind: 'INDIRECT', speaker: `p${i}`, about })),
    });
    // Kim and Lou both spoke about the talks (so about the strike too) and the fares; Max only about the fares.
    await h.data(INGEST, { input: story(1, ['Kim Kerr', 'Lou Lane'], ['e1']) });
    await h.data(INGEST, { input: story(2, ['Kim Kerr', 'Lou Lane', 'Max Moor'], ['e2']) });
    const [kim] = await ids(`SELECT id FROM person WHERE name = 'Kim Kerr'`);
    const { node } = await h.data(
      graphql(
        `query ConnectionTableSameEvent($id: ID!) { node(id: $id) { ... on Person { connections(kinds: [SPOKE_ABOUT_SAME_EVENT]) { totalCount edges { evidenceCount reason node { ... on Person { name } } } } } } }`,
      ),
      { id: globalId('Person', kim as string) },
    );
    expect(having(node, 'connections').connections).toEqual({
      totalCount: 2,
      edges: [
        { evidenceCount: 3, reason: 'Spoke about 3 of the same events', node: { name: 'Lou Lane' } },
        { evidenceCount: 1, reason: 'Spoke about 1 of the same event', node: { name: 'Max Moor' } },
      ],
    });
  });

  it('equals a rebuild after many ingestions at once (concurrent transactions on PostgreSQL)', { timeout: 120_000 }, async () => {
    const results = await Promise.all(Array.from({ length: 16 }, () => h.gql(INGEST, { input: article() })));
    expect(results.filter((r) => r.errors)).toEqual([]);
    const kept = await snapshot();
    expect(kept.connections.length).toBeGreaterThan(0);
    await rebuildConnectionTable(h.db.db);
    expect(await snapshot(), `seed ${seed}`).toEqual(kept);
  });
});
