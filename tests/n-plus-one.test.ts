// The N+1 promise: a nested read costs a constant number of SQL statements,
// whatever the page size.
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../src/ingest/ingest.ts';
import { securityDefaults } from '../src/security.ts';
import { graphql } from './gql/index.ts';
import { type Harness, having, present, useHarness } from './helpers/gql.ts';

// 50 events × 50 statements × 20 affiliations is over the default cost limit,
// which is not what this file tests.
const security = securityDefaults();
security.requests.maxCost = 1_000_000;

const h = useHarness(seedNestedGraph, { security });

async function seedNestedGraph(harness: Harness) {
  // 60 events, each with 3 statements by 3 different people who each have an affiliation.
  for (let a = 0; a < 6; a += 1) {
    const people = [0, 1, 2].map((p) => ({
      key: `p${p}`,
      name: `Speaker ${a}-${p}`,
      affiliations: [{ organization: 'org', role: `role ${p}` }],
    }));
    await ingestArticle(harness.db.db, {
      url: `https://example.com/n1/${a}`,
      headline: `Article ${a}`,
      body: `Body of article ${a} with several statements in it.`,
      organizations: [{ key: 'org', name: `Ministry ${a}`, kind: 'MINISTRY' }],
      people,
      events: Array.from({ length: 10 }, (_, e) => ({
        key: `e${e}`,
        name: `Event ${a}-${e}`,
        startAt: `2022-01-${String(e + 1).padStart(2, '0')}`,
      })),
      statements: Array.from({ length: 30 }, (_, s) => ({
        text: `Statement ${s} of ${a}`,
        kind: 'DIRECT_QUOTE',
        speaker: `p${s % 3}`,
        about: [`e${s % 10}`],
      })),
    });
  }
}

const nested = graphql(`query NPlusOneNested($n: Int!) {
  events(first: $n) {
    nodes {
      name
      statements(first: $n) {
        totalCount
        nodes { statement { text speaker { ... on Person { name affiliations { nodes { role organization { name } } } } ... on Organization { name } } } }
      }
    }
  }
}`);

async function countStatements(n: number) {
  h.db.queries.length = 0;
  const data = await h.data(nested, { n });
  const sql = h.db.queries.filter((q) => !/^\s*(BEGIN|COMMIT|ROLLBACK)/i.test(q)).length;
  return { data, sql };
}

describe('nested reads', () => {
  it('run a constant number of SQL statements at page sizes 5 and 50', async () => {
    const small = await countStatements(5);
    const large = await countStatements(50);
    expect(small.data.events.nodes).toHaveLength(5);
    expect(large.data.events.nodes).toHaveLength(50);
    const speaker = having(present(large.data.events.nodes[0]?.statements.nodes[0], 'a statement').statement.speaker, 'affiliations');
    expect(speaker.affiliations.nodes[0]?.organization?.name).toMatch(/^Ministry/);
    console.log(`SQL statements for events × statements × speaker × affiliations: page 5 → ${small.sql}, page 50 → ${large.sql}`);
    expect(small.sql).toBeGreaterThan(0);
    expect(large.sql).toBe(small.sql);
    expect(large.sql).toBeLessThanOrEqual(10);
  });

  it('keeps Event.speakers to a constant number of statements', async () => {
    const query = graphql(
      `query NPlusOneEventSpeakers($n: Int!) { events(first: $n) { nodes { speakers { statementCount speaker { ... on Person { name } } } } } }`,
    );
    h.db.queries.length = 0;
    await h.data(query, { n: 5 });
    const small = h.db.queries.length;
    h.db.queries.length = 0;
    const data = await h.data(query, { n: 50 });
    expect(data.events.nodes[0]?.speakers[0]?.statementCount).toBeGreaterThan(0);
    expect(h.db.queries.length).toBe(small);
  });

  it('keeps the fields plugin-dataloader batches to a constant number of statements', async () => {
    // Each of these fields loads per parent through a loadable field; without batching the count grows with $n.
    const query = graphql(`query NPlusOneLoadableFields($n: Int!) {
      events(first: $n) { nodes {
        timeline { statementCount topSpeakers { count speaker { ... on Person { name } } } }
        statementCountsByKind { count }
        connections(first: 3) { totalCount nodes { __typename } }
      } }
      statements(first: $n) { nodes { thread { depth } relations { totalCount } } }
    }`);
    h.db.queries.length = 0;
    await h.data(query, { n: 5 });
    const small = h.db.queries.length;
    h.db.queries.length = 0;
    const data = await h.data(query, { n: 50 });
    expect(data.events.nodes).toHaveLength(50);
    const event = present(data.events.nodes[0], 'an event');
    expect(event.statementCountsByKind.some((k) => k.count > 0)).toBe(true);
    expect(event.connections.totalCount).toBeGreaterThan(0);
    expect(data.statements.nodes[0]?.thread).toEqual([{ depth: 0 }]);
    expect(h.db.queries.length).toBe(small);
  });

  it('loads the evidence of connections with their neighbours, in a constant number of statements', async () => {
    // Every event's speakers (SPOKE_ABOUT, evidence: statements); per edge its newest statements as nodes.
    const query = graphql(`query NPlusOneConnectionEvidence($n: Int!) {
      events(first: $n) { nodes {
        connections(first: 5, kinds: [SPOKE_ABOUT]) { edges {
          evidenceCount lastSeen node { ... on Person { name } }
          evidence { __typename ... on Statement { text speaker { ... on Person { name } } } }
        } }
      } }
    }`);
    h.db.queries.length = 0;
    await h.data(query, { n: 5 });
    const small = h.db.queries.length;
    h.db.queries.length = 0;
    const data = await h.data(query, { n: 50 });
    expect(data.events.nodes).toHaveLength(50);
    // Event a-e has statements e, e + 10 and e + 20 of article a, one by each speaker: one piece of evidence per edge.
    const edges = data.events.nodes.flatMap((event) => event.connections.edges);
    expect(edges.length).toBeGreaterThanOrEqual(50);
    for (const edge of edges) {
      expect(edge.evidence).toHaveLength(Math.min(edge.evidenceCount, 3));
      for (const evidence of edge.evidence) {
        expect(evidence.__typename).toBe('Statement');
        const statement = having(evidence, 'text');
        expect(statement.text).toMatch(/^Statement \d+ of \d$/);
        expect(having(statement.speaker, 'name').name).toBe(having(edge.node, 'name').name);
      }
    }
    expect(h.db.queries.length).toBe(small);
  });

  it('reads only the speakers Event.speakers returns', async () => {
    // 30 speakers about one event; speaker i made 30 - i statements, so the order is known.
    const speakers = Array.from({ length: 30 }, (_, i) => ({ key: `p${i}`, name: `Orator ${String.fromCharCode(65 + (i % 26))}${i}` }));
    await ingestArticle(h.db.db, {
      url: 'https://example.com/n1/speakers',
      headline: 'Many speakers',
      body: 'Thirty people spoke about one event.',
      people: speakers,
      events: [{ key: 'e', name: 'The much-discussed event' }],
      statements: speakers.flatMap((speaker, i) =>
        Array.from({ length: 30 - i }, (_, n) => ({
          text: `Remark ${n} by ${speaker.name}`,
          kind: 'INDIRECT',
          speaker: speaker.key,
          about: ['e'],
        })),
      ),
    });
    const query = graphql(
      `query NPlusOneMuchDiscussed($n: Int!) { events(filter: { name: "much-discussed" }) { nodes { speakers(first: $n) { statementCount speaker { ... on Person { name } } } } } }`,
    );
    h.db.queries.length = 0;
    const top = await h.data(query, { n: 3 });
    expect(top.events.nodes[0]?.speakers).toEqual(
      speakers.slice(0, 3).map((s, i) => ({ statementCount: 30 - i, speaker: { name: s.name } })),
    );
    // The people query names one bind parameter per id it reads: the page, not every speaker of the event.
    const peopleRead = h.db.queries.filter((q) => /FROM "public"\."person"/.test(q)).map((q) => q.match(/\$\d+/g)?.length ?? 0);
    expect(Math.max(...peopleRead)).toBeLessThanOrEqual(3);
    const all = await h.data(query, { n: 100 });
    expect(present(all.events.nodes[0], 'the event').speakers.map((s) => having(s.speaker, 'name').name)).toEqual(
      speakers.map((s) => s.name),
    );
  });
});
