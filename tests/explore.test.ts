// Exploring the graph: search, entity resolution, merges, connections, paths,
// threads, timelines and comparisons, on the seed graph plus fixtures.
import { describe, expect, it } from 'vitest';
import { corpusChecks } from '../bench/corpus/check.ts';
import { findPaths } from '../src/db/path.ts';
import { resolveEntity } from '../src/db/resolve.ts';
import { parseSearchQuery } from '../src/db/search.ts';
import { seed } from '../src/ingest/seed.ts';
import { graphql } from './gql/index.ts';
import { exampleVariables } from './helpers/examples.ts';
import { having, present, useHarness } from './helpers/gql.ts';

const h = useHarness(async (harness) => {
  await seed(harness.db.db);
  // Fixtures without aliases: typo tolerance must come from the search, not from stored spellings.
  await harness.db.db.person.createMany({
    data: [
      { id: 'fx-zelensky', name: 'Volodimir Zelenskyy', normalizedNames: ['volodimir zelenskyy', 'volodimir zelensky'] },
      { id: 'fx-shoigu', name: 'Sergej Šojgu', normalizedNames: ['sergej sojgu'] },
    ],
  });
});

/** `key` of a union member when that member selects it (a search hit's or a neighbour's name). */
function fieldOf(node: object | null | undefined, key: string): string | undefined {
  if (!node || !(key in node)) return undefined;
  const value: unknown = Reflect.get(node, key);
  return typeof value === 'string' ? value : undefined;
}

const personId = async (name: string) =>
  (
    await h.data(graphql(`query ExploreTestPeople($n: String!) { people(filter: { name: $n }) { nodes { id name } } }`), { n: name })
  ).people.nodes.find((p) => p.name === name)?.id as string;

const search = async (query: string, extra: Record<string, unknown> = {}) =>
  (
    await h.data(
      graphql(`query ExploreTestSearch($q: String!, $types: [SearchableType!], $first: Int, $after: String) {
        search(query: $q, types: $types, first: $first, after: $after) {
          totalCount pageInfo { hasNextPage endCursor }
          edges { cursor score snippet node { __typename ... on Person { name } ... on Statement { text } ... on Article { headline } ... on Event { name } ... on Organization { name } } }
        }
      }`),
      { q: query, ...extra },
    )
  ).search;

describe('search', () => {
  it.each(['Zelensky', 'Zelenskiy', 'Zelenskyy', 'zelenskyy'])('finds Zelenskyy by "%s", alias-free fixture included', async (query) => {
    const result = await search(query, { types: ['PERSON'] });
    const names = result.edges.map((e) => fieldOf(e.node, 'name'));
    expect(names).toContain('Volodymyr Zelenskyy');
    expect(names).toContain('Volodimir Zelenskyy');
    expect(result.edges[0]?.snippet).toMatch(/<mark>.*<\/mark>/);
  });

  it('finds Shoigu by "Shoygu" and by "Shoigu" through diacritics ("Šojgu")', async () => {
    expect((await search('Shoygu', { types: ['PERSON'] })).edges.map((e) => fieldOf(e.node, 'name'))).toContain('Sergei Shoigu');
    expect((await search('Sojgu', { types: ['PERSON'] })).edges.map((e) => fieldOf(e.node, 'name'))).toContain('Sergej Šojgu');
  });

  it('matches a quoted phrase only in order', async () => {
    const phrase = await search('"military districts"', { types: ['STATEMENT'] });
    expect(phrase.totalCount).toBeGreaterThan(0);
    for (const edge of phrase.edges) expect(fieldOf(edge.node, 'text')?.toLowerCase()).toContain('military districts');
    expect(phrase.edges[0]?.snippet).toMatch(/<mark>military<\/mark> <mark>districts<\/mark>/i);
    const reversed = await search('"districts military"', { types: ['STATEMENT'] });
    expect(reversed.totalCount).toBe(0);
  });

  it('matches the last word as a prefix while typing, not after a space', async () => {
    const typing = await search('units pul', { types: ['ARTICLE', 'STATEMENT'] });
    expect(typing.totalCount).toBeGreaterThan(0);
    expect(typing.edges.some((e) => /<mark>pulling<\/mark>/i.test(e.snippet))).toBe(true);
    expect((await search('units pul ', { types: ['ARTICLE', 'STATEMENT'] })).totalCount).toBe(0);
    expect(fieldOf((await search('Konash', { types: ['PERSON'] })).edges[0]?.node, 'name')).toBe('Igor Konashenkov');
    expect(parseSearchQuery('"pull back" troo')).toMatchObject({ text: '"pull back"', prefix: 'troo' });
  });

  it('ranks a headline or name above body text, and pages with stable cursors', async () => {
    const all = await search('Kuleba', { first: 100 });
    expect(all.edges[0]?.node.__typename).toBe('Person');
    const scores = all.edges.map((e) => e.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const first = await search('Kuleba', { first: 2 });
    const next = await search('Kuleba', { first: 2, after: first.pageInfo.endCursor });
    expect(first.totalCount).toBe(all.totalCount);
    expect([...first.edges, ...next.edges].map((e) => e.cursor)).toEqual(all.edges.slice(0, 4).map((e) => e.cursor));
  });

  it('refuses an empty or overlong query, naming the field', async () => {
    for (const q of ['   ', 'x'.repeat(201)]) {
      const result = await h.gql(graphql(`query ExploreTestSearch2($q: String!) { search(query: $q) { totalCount } }`), { q });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(/query/);
    }
  });

  it('escapes the snippet’s text and keeps only its own marks, for a statement and for a name matched whole', async () => {
    await h.data(
      graphql(`mutation ExploreTestCreateMarkupPerson($name: String!) { createPerson(input: { name: $name }) { person { id } } }`),
      {
        name: 'Zyx <b>Quorvan</b> & "Co"',
      },
    );
    const person = present((await search('Quorvn', { types: ['PERSON'] })).edges[0], 'the hit');
    expect(fieldOf(person.node, 'name')).toBe('Zyx <b>Quorvan</b> & "Co"');
    expect(person.snippet).toBe('<mark>Zyx &#60;b&#62;Quorvan&#60;/b&#62; &#38; &#34;Co&#34;</mark>');
    await h.data(
      graphql(`mutation ExploreTestIngestArticle($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id } } }`),
      {
        input: {
          url: 'https://example.org/snippet-escape',
          headline: 'Snippet escape',
          body: 'Zorblat said things.',
          statements: [{ kind: 'DIRECT_QUOTE', text: 'The zorblat <img src=x onerror=alert(1)> is \uE000<mark>not</mark> ours' }],
        },
      },
    );
    const statement = present((await search('zorblat', { types: ['STATEMENT'] })).edges[0], 'the hit');
    expect(statement.snippet).toContain('<mark>zorblat</mark> &#60;img src=x onerror=alert(1)&#62; is');
    // The marks the text carried are not marks (ts_headline may drop what it reads as tags); the API's own are the only tags.
    expect(statement.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>\uE000\uE001]/);
    expect(statement.snippet.match(/<mark>/g)).toHaveLength(1);
  });

  it('indexes new writes at once', async () => {
    await h.data(graphql(`mutation ExploreTestCreatePerson2 { createPerson(input: { name: "Oleksii Reznikov" }) { person { id } } }`));
    expect(fieldOf((await search('Reznikov', { types: ['PERSON'] })).edges[0]?.node, 'name')).toBe('Oleksii Reznikov');
  });
});

describe('entity resolution', () => {
  it('ranks candidates with a score, for the API and for ingestion alike', async () => {
    const { resolveEntity: candidates } = await h.data(
      graphql(
        `query ExploreTestResolveEntity { resolveEntity(name: "Sergey Shoygu", type: PERSON) { score matchedName entity { ... on Person { name } } } }`,
      ),
    );
    expect(fieldOf(candidates[0]?.entity, 'name')).toBe('Sergei Shoigu');
    expect(candidates[0]?.score).toBe(1);
    const direct = await resolveEntity(h.db.db, 'Konashenkow', ['Person']);
    expect(direct[0]).toMatchObject({ name: 'Igor Konashenkov', type: 'Person' });
    expect(direct[0]?.score).toBeLessThan(1);
  });

  it('adds and removes aliases, and resolution follows', async () => {
    const id = await personId('Dmytro Kuleba');
    await h.data(
      graphql(
        `mutation ExploreTestAddAlias($id: ID!) { addAlias(input: { id: $id, alias: "Dmitry Kuleba" }) { entity { ... on Person { aliases } } } }`,
      ),
      {
        id,
      },
    );
    expect((await resolveEntity(h.db.db, 'dmitry kuleba', ['Person']))[0]).toMatchObject({ name: 'Dmytro Kuleba', score: 1 });
    const removed = await h.data(
      graphql(
        `mutation ExploreTestRemoveAlias($id: ID!) { removeAlias(input: { id: $id, alias: "dmitry kuleba" }) { entity { ... on Person { aliases } } } }`,
      ),
      { id },
    );
    expect(removed.removeAlias.entity.aliases).not.toContain('Dmitry Kuleba');
    const again = await h.gql(
      graphql(
        `mutation ExploreTestRemoveAlias2($id: ID!) { removeAlias(input: { id: $id, alias: "Dmitry Kuleba" }) { entity { __typename } } }`,
      ),
      {
        id,
      },
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('merges a duplicate, moving its statements, and the old id resolves to the survivor', async () => {
    const keep = await personId('Dmytro Kuleba');
    const { createPerson } = await h.data(
      graphql(
        `mutation ExploreTestCreatePerson3 { createPerson(input: { name: "D. Kuleba", aliases: ["Kuleba Dmytro"], externalIds: ["wikidata:Q-test"] }) { person { id } } }`,
      ),
    );
    const dup = createPerson.person.id;
    const { events } = await h.data(graphql(`query ExploreTestEvents { events(filter: { topLevel: true }) { nodes { id } } }`));
    await h.data(
      graphql(
        `mutation ExploreTestCreateStatement($s: ID!, $e: ID!) { createStatement(input: { text: "A duplicate's words.", kind: DIRECT_QUOTE, speaker: $s, about: [$e] }) { statement { id } } }`,
      ),
      {
        s: dup,
        e: events.nodes[0]?.id,
      },
    );
    const merged = await h.data(
      graphql(
        `mutation ExploreTestMergeEntities($k: ID!, $m: ID!) { mergeEntities(input: { keepId: $k, mergeId: $m }) { mergedId entity { ... on Person { name aliases externalIds { value } statements { totalCount } } } } }`,
      ),
      { k: keep, m: dup },
    );
    expect(merged.mergeEntities.mergedId).toBe(dup);
    expect(merged.mergeEntities.entity).toMatchObject({ name: 'Dmytro Kuleba', statements: { totalCount: 3 } });
    expect(merged.mergeEntities.entity.aliases).toEqual(expect.arrayContaining(['D. Kuleba', 'Kuleba Dmytro']));
    expect(merged.mergeEntities.entity.externalIds).toContainEqual({ value: 'Q-test' });
    const viaOld = await h.data(
      graphql(`query ExploreTestNode($id: ID!) { node(id: $id) { id ... on Person { name } } nodes(ids: [$id]) { id } }`),
      { id: dup },
    );
    expect(viaOld.node).toEqual({ id: keep, name: 'Dmytro Kuleba' });
    expect(viaOld.nodes).toEqual([{ id: keep }]);
    // statement_event's trigger-kept copies of the speaker followed the move.
    const stale = await h.db.db.$queryRawUnsafe<{ n: number }[]>(
      corpusChecks['statement_event copies that disagree with their statement'] as string,
    );
    const moved = await h.db.db.$queryRaw<{ speaker: string }[]>`
      SELECT se.speaker_person_id AS speaker FROM statement_event se JOIN statement s ON s.id = se.statement_id
       WHERE s.text = 'A duplicate''s words.'`;
    expect(stale[0]?.n).toBe(0);
    expect(moved.map((row) => `Person:${row.speaker}`)).toContain(Buffer.from(keep, 'base64').toString());
  });

  it('merges a duplicate event: its statements, sub-events and participants move, scopes and dates follow, the old id resolves', async () => {
    const event = async (name: string, extra: Record<string, unknown> = {}) =>
      present(
        (
          await h.data(graphql(`mutation ExploreTestCreateEvent($i: CreateEventInput!) { createEvent(input: $i) { event { id } } }`), {
            i: { name, ...extra },
          })
        ).createEvent,
        'createEvent',
      ).event.id;
    const summit = await event('Merge test summit');
    const keep = await event('Merge test talks', { parent: summit, startAt: '2022-03-29T00:00:00Z', kind: 'MEETING' });
    const dup = await event('Merge test negotiations', {
      startAt: '2022-03-28T00:00:00Z',
      endAt: '2022-03-30T00:00:00Z',
      description: 'Day two',
    });
    const sub = await event('Merge test side meeting', { parent: dup });
    const speaker = await personId('Dmytro Kuleba');
    const say = (text: string, about: string[]) =>
      h.data(
        graphql(
          `mutation ExploreTestCreateStatement2($t: String!, $s: ID!, $a: [ID!]) { createStatement(input: { text: $t, kind: DIRECT_QUOTE, speaker: $s, about: $a }) { statement { id } } }`,
        ),
        {
          t: text,
          s: speaker,
          a: about,
        },
      );
    await say('About the talks.', [keep]);
    await say('About the negotiations.', [dup]);
    await say('About both of them.', [keep, dup]);
    await say('About the side meeting.', [sub]);
    const raw = (id: string) => Buffer.from(id, 'base64').toString().split(':')[1] as string;
    // The same person took part in both: the merged event's participation folds into the kept one's.
    await h.db.db.eventParticipant.createMany({
      data: [
        { eventId: raw(keep), personId: raw(speaker), role: 'host' },
        { eventId: raw(dup), personId: raw(speaker), role: 'guest' },
      ],
    });
    const merged = await h.data(
      graphql(`mutation ExploreTestMergeEntities2($k: ID!, $m: ID!) { mergeEntities(input: { keepId: $k, mergeId: $m }) { mergedId entity { ... on Event { id name kind startAt endAt description
         own: statements(includeSubEvents: false) { totalCount } all: statements(includeSubEvents: true) { totalCount }
         children { nodes { name parent { id } } } participants { totalCount nodes { role } } } } } }`),
      { k: keep, m: dup },
    );
    expect(merged.mergeEntities.mergedId).toBe(dup);
    expect(merged.mergeEntities.entity).toMatchObject({
      id: keep,
      name: 'Merge test talks',
      kind: 'MEETING',
      startAt: '2022-03-28T00:00:00.000Z',
      endAt: '2022-03-30T00:00:00.000Z',
      description: 'Day two',
      own: { totalCount: 3 },
      all: { totalCount: 4 },
      children: { nodes: [{ name: 'Merge test side meeting', parent: { id: keep } }] },
      participants: { totalCount: 1, nodes: [{ role: 'host' }] },
    });
    // The side meeting's statement now reaches the summit through the kept event.
    const { node: top } = await h.data(
      graphql(`query ExploreTestNode2($id: ID!) { node(id: $id) { ... on Event { statements(includeSubEvents: true) { totalCount } } } }`),
      {
        id: summit,
      },
    );
    expect(having(top, 'statements').statements.totalCount).toBe(4);
    const rows = await h.db.db.$queryRaw<{ name: string; ancestors: string[] }[]>`
      SELECT name, ancestor_ids AS ancestors FROM event WHERE name = 'Merge test side meeting'`;
    expect(rows[0]?.ancestors).toEqual([raw(summit), raw(keep)]);
    const viaOld = await h.data(graphql(`query ExploreTestNode3($id: ID!) { node(id: $id) { id ... on Event { name } } }`), { id: dup });
    expect(viaOld.node).toEqual({ id: keep, name: 'Merge test talks' });
    // The kept event is inside the summit: merging the summit into it would make it its own ancestor.
    const cycle = await h.gql(
      graphql(`mutation ExploreTestMergeEntities3($k: ID!, $m: ID!) { mergeEntities(input: { keepId: $k, mergeId: $m }) { mergedId } }`),
      {
        k: keep,
        m: summit,
      },
    );
    expect(cycle.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('refuses to merge an entity into itself, a missing one, or across types', async () => {
    const keep = await personId('Sergei Shoigu');
    const merge = (k: string, m: string) =>
      h.gql(
        graphql(`mutation ExploreTestMergeEntities4($k: ID!, $m: ID!) { mergeEntities(input: { keepId: $k, mergeId: $m }) { mergedId } }`),
        { k, m },
      );
    expect((await merge(keep, keep)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await merge(keep, Buffer.from('Person:nope').toString('base64'))).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const { organizations } = await h.data(graphql(`query ExploreTestOrganizations { organizations(first: 1) { nodes { id } } }`));
    expect((await merge(keep, present(organizations.nodes[0], 'an organization').id)).errors?.[0]?.message).toMatch(/mergeId/);
  });
});

describe('connections and paths', () => {
  it('lists weighted connections with their evidence in one query per page', async () => {
    const id = await personId('Dmytro Kuleba');
    h.db.queries.length = 0;
    const { node } = await h.data(
      graphql(
        `query ExploreTestNode4($id: ID!) { node(id: $id) { ... on Person { connections(first: 50) { totalCount edges { kind weight evidenceCount reason node { __typename ... on Organization { name } ... on Person { name } ... on Event { name } } } } } } }`,
      ),
      { id },
    );
    const { connections } = having(node, 'connections');
    const edges = connections.edges;
    expect(connections.totalCount).toBe(edges.length);
    const affiliated = present(
      edges.find((e) => e.kind === 'AFFILIATED'),
      'the affiliation',
    );
    expect(fieldOf(affiliated.node, 'name')).toBe('Ministry of Foreign Affairs of Ukraine');
    expect(affiliated.reason).toMatch(/foreign minister/);
    const responded = present(
      edges.find((e) => e.kind === 'RESPONDED_TO' && fieldOf(e.node, 'name') === 'Russian Defense Ministry'),
      'the response',
    );
    expect(responded.evidenceCount).toBe(2);
    expect(edges.some((e) => e.kind === 'CO_MENTIONED' && fieldOf(e.node, 'name') === 'Volodymyr Zelenskyy')).toBe(true);
    const weights = edges.map((e) => e.weight);
    expect([...weights].sort((a, b) => b - a)).toEqual(weights);
    const only = await h.data(
      graphql(`query ExploreTestNode5($id: ID!) { node(id: $id) { ... on Person { connections(kinds: [AFFILIATED]) { totalCount } } } }`),
      {
        id,
      },
    );
    expect(having(only.node, 'connections').connections.totalCount).toBe(1);
  });

  it('batches connections of every entity on a page into one query', async () => {
    const count = async (first: number) => {
      h.db.queries.length = 0;
      await h.data(graphql(`query ExploreTestPeople2($n: Int) { people(first: $n) { nodes { connections(first: 5) { totalCount } } } }`), {
        n: first,
      });
      return h.db.queries.filter((q) => /WITH edges AS/.test(q)).length;
    };
    expect(await count(2)).toBe(1);
    expect(await count(8)).toBe(1);
  });

  it('finds the shortest chains, each hop with its evidence', async () => {
    graphql(`fragment ExploreTestHop on PathHop {
      kind evidence
      from { __typename ... on Person { name } ... on Organization { name } ... on Statement { text } ... on Event { name } }
      to { __typename ... on Person { name } ... on Organization { name } ... on Statement { text } ... on Event { name } }
    }`);
    const paths = graphql(`query ExploreTestPaths($f: ID!, $t: ID!) { path(from: $f, to: $t) { length hops { ...ExploreTestHop } } }`);
    const kuleba = await personId('Dmytro Kuleba');
    const toKonashenkov = await h.data(paths, {
      f: kuleba,
      t: await personId('Igor Konashenkov'),
    });
    expect(toKonashenkov.path.length).toBeGreaterThan(1);
    const one = await h.data(
      graphql(`query ExploreTestFirstPath($f: ID!, $t: ID!) { path(from: $f, to: $t, first: 1) { length hops { ...ExploreTestHop } } }`),
      {
        f: kuleba,
        t: await personId('Igor Konashenkov'),
      },
    );
    expect(one.path).toEqual([toKonashenkov.path[0]]);
    for (const p of toKonashenkov.path) expect(p.length).toBe(3);
    const first = present(toKonashenkov.path[0], 'the first path');
    expect(first.hops.map((hop) => hop.kind)).toEqual(['SAID', 'ABOUT', 'PARTICIPATED']);
    expect(fieldOf(first.hops[0]?.from, 'name')).toBe('Dmytro Kuleba');
    expect(first.hops[0]?.evidence).toBe(fieldOf(first.hops[0]?.to, 'text')?.slice(0, 160));
    expect(first.hops[1]?.evidence).toBe(fieldOf(first.hops[1]?.to, 'name'));
    expect(fieldOf(first.hops[2]?.to, 'name')).toBe('Igor Konashenkov');

    const { organizations } = await h.data(
      graphql(`query ExploreTestOrganizations2 { organizations(filter: { name: "Russian Defense Ministry" }) { nodes { id } } }`),
    );
    const toMinistry = await h.data(paths, {
      f: kuleba,
      t: organizations.nodes[0]?.id,
    });
    const responded = present(
      toMinistry.path.find((p) => p.hops.map((hop) => hop.kind).join() === 'SAID,RESPONDS_TO,SAID_BY'),
      'the path through the response',
    );
    expect(fieldOf(responded.hops[1]?.to, 'text')).toMatch(/pulling back/);
    expect(responded.hops[1]?.evidence).toBe('responds to');
    expect(fieldOf(responded.hops[2]?.to, 'name')).toBe('Russian Defense Ministry');
  });

  it('answers no path when none is short enough, and refuses maxLength out of range', async () => {
    const from = await personId('Dmytro Kuleba');
    const to = await personId('Igor Konashenkov');
    expect(
      (
        await h.data(graphql(`query ExploreTestPath($f: ID!, $t: ID!) { path(from: $f, to: $t, maxLength: 2) { length } }`), {
          f: from,
          t: to,
        })
      ).path,
    ).toEqual([]);
    const bad = await h.gql(graphql(`query ExploreTestPath2($f: ID!, $t: ID!) { path(from: $f, to: $t, maxLength: 9) { length } }`), {
      f: from,
      t: to,
    });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toMatch(/maxLength/);
  });

  it('passes through a hub: the meeting is found past the fan-out bound, the path says it was narrowed, a dead end stays empty', async () => {
    const db = h.db.db;
    await db.person.createMany({
      data: [
        { id: 'fx-hub', name: 'Hub Speaker' },
        { id: 'fx-hub-2', name: 'Second Hub' },
        { id: 'fx-island', name: 'Island Person' },
        { id: 'fx-answerer', name: 'Answering Person' },
      ],
    });
    // 201 statements: the oldest one falls outside the 200 the search follows onwards from the hub.
    const hubStatements = (speaker: string) =>
      Array.from({ length: 201 }, (_, i) => ({
        id: `${speaker}-said-${i}`,
        text: `${speaker} statement ${i}`,
        kind: 'DIRECT_QUOTE' as const,
        speakerPersonId: speaker,
        saidAt: new Date(Date.UTC(2021, 0, 1) + i * 60_000),
      }));
    await db.statement.createMany({
      data: [
        ...hubStatements('fx-hub'),
        ...hubStatements('fx-hub-2'),
        { id: 'fx-answer', text: 'An answer to the oldest one.', kind: 'DIRECT_QUOTE', speakerPersonId: 'fx-answerer' },
      ],
    });
    await db.statementRelation.create({ data: { fromId: 'fx-answer', toId: 'fx-hub-said-0', kind: 'RESPONDS_TO' } });
    const gid = (id: string) => Buffer.from(`Person:${id}`).toString('base64');
    const { path } = await h.data(
      graphql(
        `query ExploreTestPath3($f: ID!, $t: ID!) { path(from: $f, to: $t) { length narrowed hops { kind from { ... on Statement { text } } } } }`,
      ),
      { f: gid('fx-hub'), t: gid('fx-answerer') },
    );
    expect(path).toEqual([
      {
        length: 3,
        narrowed: true,
        hops: [
          { kind: 'SAID', from: {} },
          { kind: 'RESPONDS_TO_BY', from: { text: 'fx-hub statement 0' } },
          { kind: 'SAID_BY', from: { text: 'An answer to the oldest one.' } },
        ],
      },
    ]);
    // The island links to nothing: its side runs out without dropping anything, so the answer is a sure "none".
    expect(await findPaths(db, { type: 'Person', id: 'fx-hub' }, { type: 'Person', id: 'fx-island' }, { maxLength: 4 })).toEqual([]);
    // Two hubs with nothing in common within two hops: both sides were narrowed, so "none" is not sure.
    const result = await h.gql(graphql(`query ExploreTestPath4($f: ID!, $t: ID!) { path(from: $f, to: $t, maxLength: 2) { length } }`), {
      f: gid('fx-hub'),
      t: gid('fx-hub-2'),
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'PATH_LIMIT_EXCEEDED', bound: 'fanOut', limit: 200 });
    await expect(
      findPaths(db, { type: 'Person', id: 'fx-hub' }, { type: 'Person', id: 'fx-hub-2' }, { maxLength: 2, fanOut: 500, frontier: 100 }),
    ).rejects.toMatchObject({ extensions: { code: 'PATH_LIMIT_EXCEEDED', bound: 'frontier' } });
    expect(
      await findPaths(db, { type: 'Person', id: 'fx-hub' }, { type: 'Person', id: 'fx-hub-2' }, { maxLength: 2, fanOut: 500 }),
    ).toEqual([]);
  });
});

describe('threads, timelines and comparisons', () => {
  it('lays out the conversation around a statement as an ordered tree', async () => {
    const { statements } = await h.data(
      graphql(`query ExploreTestStatements { statements(filter: { textContains: "believe it" }) { nodes { id } } }`),
    );
    const { node } = await h.data(
      graphql(
        `query ExploreTestNode6($id: ID!) { node(id: $id) { ... on Statement { thread { depth relation repeated parentId statement { id text saidAt speaker { ... on Person { name } ... on Organization { name } } } } } } }`,
      ),
      { id: statements.nodes[0]?.id },
    );
    const { thread } = having(node, 'thread');
    expect(thread[0]?.depth).toBe(0);
    expect(thread[0]?.parentId).toBeNull();
    expect(thread.map((e) => e.statement.id)).toContain(statements.nodes[0]?.id);
    const ids = thread.map((e) => e.statement.id);
    const firstPlaces = thread.filter((e) => !e.repeated).map((e) => e.statement.id);
    expect(new Set(firstPlaces).size).toBe(firstPlaces.length);
    expect(new Set(ids)).toEqual(new Set(firstPlaces));
    // Every entry comes after its parent, one level deeper.
    for (const [i, entry] of thread.entries()) {
      if (!entry.parentId) continue;
      const parent = thread.findIndex((e) => e.statement.id === entry.parentId && !e.repeated);
      expect(parent).toBeGreaterThanOrEqual(0);
      expect(parent).toBeLessThan(i);
      expect(entry.depth).toBe(present(thread[parent], 'the parent').depth + 1);
    }
    const ministry = present(
      thread.find((e) => /pulling back after completing/.test(e.statement.text)),
      'the ministry’s statement',
    );
    const responses = thread.filter((e) => e.parentId === ministry.statement.id && e.relation === 'RESPONDS_TO');
    expect(responses.length).toBeGreaterThanOrEqual(2);
  });

  it('terminates on a cycle of relations and lists each statement once', async () => {
    const db = h.db.db;
    await db.statement.createMany({
      data: ['a', 'b', 'c'].map((k, i) => ({
        id: `fx-cycle-${k}`,
        text: `Cycle ${k}`,
        kind: 'DIRECT_QUOTE' as const,
        saidAt: new Date(Date.UTC(2022, 1, 20 + i)),
      })),
    });
    await db.statementRelation.createMany({
      data: [
        { fromId: 'fx-cycle-b', toId: 'fx-cycle-a', kind: 'RESPONDS_TO' },
        { fromId: 'fx-cycle-c', toId: 'fx-cycle-b', kind: 'CONTRADICTS' },
        { fromId: 'fx-cycle-a', toId: 'fx-cycle-c', kind: 'RESPONDS_TO' },
      ],
    });
    const { node } = await h.data(
      graphql(`query ExploreTestNode7($id: ID!) { node(id: $id) { ... on Statement { thread { depth relation statement { text } } } } }`),
      {
        id: Buffer.from('Statement:fx-cycle-b').toString('base64'),
      },
    );
    expect(having(node, 'thread').thread.map((e) => [e.statement.text, e.depth, e.relation])).toEqual([
      ['Cycle a', 0, null],
      ['Cycle b', 1, 'RESPONDS_TO'],
      ['Cycle c', 2, 'CONTRADICTS'],
    ]);
  });

  it('shows a statement with several parents under each, repeated after its first place and without its responses', async () => {
    const db = h.db.db;
    await db.statement.createMany({
      data: ['1', '2', '3', '4'].map((k, i) => ({
        id: `fx-dag-${k}`,
        text: `Dag ${k}`,
        kind: 'DIRECT_QUOTE' as const,
        saidAt: new Date(Date.UTC(2022, 2, 1 + i)),
      })),
    });
    await db.statementRelation.createMany({
      data: [
        { fromId: 'fx-dag-2', toId: 'fx-dag-1', kind: 'RESPONDS_TO' },
        { fromId: 'fx-dag-3', toId: 'fx-dag-1', kind: 'RESPONDS_TO' },
        { fromId: 'fx-dag-3', toId: 'fx-dag-2', kind: 'CONTRADICTS' },
        { fromId: 'fx-dag-4', toId: 'fx-dag-3', kind: 'SUPPORTS' },
      ],
    });
    const { node } = await h.data(
      graphql(
        `query ExploreTestNode8($id: ID!) { node(id: $id) { ... on Statement { thread { depth relation repeated parentId statement { text } } } } }`,
      ),
      { id: Buffer.from('Statement:fx-dag-4').toString('base64') },
    );
    const dag = (k: string) => Buffer.from(`Statement:fx-dag-${k}`).toString('base64');
    expect(having(node, 'thread').thread.map((e) => [e.statement.text, e.depth, e.relation, e.repeated, e.parentId])).toEqual([
      ['Dag 1', 0, null, false, null],
      ['Dag 2', 1, 'RESPONDS_TO', false, dag('1')],
      ['Dag 3', 2, 'CONTRADICTS', true, dag('2')],
      ['Dag 3', 1, 'RESPONDS_TO', false, dag('1')],
      ['Dag 4', 2, 'SUPPORTS', false, dag('3')],
    ]);
  });

  it('buckets an event timeline by day with top speakers, including sub-events', async () => {
    const { events } = await h.data(
      graphql(`query ExploreTestEvents2 { events(filter: { topLevel: true }) { nodes { id name
      day: timeline(granularity: DAY) { start statementCount articleCount topSpeakers { count speaker { ... on Person { name } ... on Organization { name } } } }
      month: timeline(granularity: MONTH) { start statementCount articleCount }
      statements(includeSubEvents: true) { totalCount } } } }`),
    );
    const crisis = present(events.nodes[0], 'the crisis');
    const days = crisis.day;
    expect(days.length).toBeGreaterThan(1);
    expect(days.map((d) => d.start)).toEqual([...days.map((d) => d.start)].sort());
    expect(days.find((d) => d.start.startsWith('2022-02-15'))?.statementCount).toBeGreaterThan(0);
    expect(crisis.month).toHaveLength(1);
    expect(crisis.month[0]?.start).toBe('2022-02-01T00:00:00.000Z');
    expect(crisis.month[0]?.articleCount).toBe(1);
    for (const d of days) {
      const counts = d.topSpeakers.map((s) => s.count);
      expect(counts.length).toBeLessThanOrEqual(3);
      expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    }
  });

  it("counts each speaker's statements by kind", async () => {
    const { events } = await h.data(
      graphql(
        `query ExploreTestEvents3 { events(filter: { topLevel: true }) { nodes { speakers { statementCount countsByKind { kind count } speaker { ... on Person { name } ... on Organization { name } } } } } }`,
      ),
    );
    for (const s of present(events.nodes[0], 'the crisis').speakers) {
      expect(s.countsByKind.map((k) => k.kind)).toEqual(['DIRECT_QUOTE', 'INDIRECT', 'PARAPHRASE', 'DENIAL']);
      expect(s.countsByKind.reduce((sum: number, k) => sum + k.count, 0)).toBe(s.statementCount);
    }
  });

  it('counts statements by kind per person, organization and event', async () => {
    const { people, events } = await h.data(
      graphql(`query ExploreTestPeople3 { people(first: 100) { nodes { name statements { totalCount } statementCountsByKind { kind count } } }
         events(filter: { topLevel: true }) { nodes { statements(includeSubEvents: true) { totalCount } statementCountsByKind { kind count } } } }`),
    );
    const shoigu = present(
      people.nodes.find((p) => p.name === 'Sergei Shoigu'),
      'Sergei Shoigu',
    );
    const sum = (counts: { count: number }[]) => counts.reduce((total, k) => total + k.count, 0);
    const crisis = present(events.nodes[0], 'the crisis');
    expect(sum(shoigu.statementCountsByKind)).toBe(shoigu.statements.totalCount);
    for (const person of people.nodes) expect(sum(person.statementCountsByKind)).toBe(person.statements.totalCount);
    expect(sum(crisis.statementCountsByKind)).toBe(crisis.statements.totalCount);
    expect(crisis.statementCountsByKind.find((k) => k.kind === 'DENIAL')?.count).toBeGreaterThan(0);
  });

  it('compares what speakers said about an event, side by side in time order', async () => {
    const { events } = await h.data(graphql(`query ExploreTestEvents4 { events(filter: { topLevel: true }) { nodes { id } } }`));
    const kuleba = await personId('Sergei Shoigu');
    const { organizations } = await h.data(
      graphql(`query ExploreTestOrganizations3 { organizations(filter: { name: "Russian Defense Ministry" }) { nodes { id } } }`),
    );
    const { compare } = await h.data(
      graphql(
        `query ExploreTestCompare($e: ID!, $s: [ID!]!) { compare(eventId: $e, speakerIds: $s) { event { name } columns { statementCount countsByKind { kind count } speaker { ... on Person { name } ... on Organization { name } } statements { text saidAt } } } }`,
      ),
      { e: events.nodes[0]?.id, s: [organizations.nodes[0]?.id, kuleba] },
    );
    const { columns } = present(compare, 'compare');
    expect(columns.map((c) => c.speaker?.name)).toEqual(['Russian Defense Ministry', 'Sergei Shoigu']);
    for (const column of columns) {
      expect(column.statementCount).toBe(column.statements.length);
      expect(column.statementCount).toBeGreaterThan(0);
      const times = column.statements.map((s) => s.saidAt ?? '9999');
      expect([...times].sort()).toEqual(times);
    }
    const bad = await h.gql(graphql(`query ExploreTestCompare2($e: ID!) { compare(eventId: $e, speakerIds: [$e]) { event { name } } }`), {
      e: events.nodes[0]?.id,
    });
    expect(bad.errors?.[0]?.message).toMatch(/speakerIds/);
  });
});

describe('GraphiQL examples', () => {
  it('runs every saved example operation without errors', async () => {
    const { exampleOperations } = await import('../src/examples.ts');
    const variables = await exampleVariables(h);
    for (const operation of exampleOperations) {
      const result = await h.gql(operation.query, variables[operation.name]);
      expect(result.errors, operation.name).toBeUndefined();
    }
  });
});

describe('ranking by counts', () => {
  const rawId = (id: string) => Buffer.from(id, 'base64').toString().split(':')[1] as string;
  /** Expected order, counted independently through Prisma: most first, ties by id. */
  const byCount = (counts: Map<string, number>) =>
    [...counts.entries()].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0)).map(([id, n]) => [id, n] as const);

  it('sorts people by statements made, pages through the ranking and counts only those it ranks', async () => {
    const grouped = await h.db.db.statement.groupBy({
      by: ['speakerPersonId'],
      _count: { _all: true },
      where: { speakerPersonId: { not: null } },
    });
    const expected = byCount(new Map(grouped.map((g) => [g.speakerPersonId as string, g._count._all])));
    const page = async (after?: string | null) =>
      (
        await h.data(
          graphql(`query ExploreTestPeople4($after: String) { people(first: 3, after: $after, orderBy: { field: STATEMENTS, direction: DESC }) {
             totalCount pageInfo { hasNextPage endCursor } nodes { id name } } }`),
          { after },
        )
      ).people;
    const first = await page();
    const second = await page(first.pageInfo.endCursor);
    expect(first.totalCount).toBe(expected.length);
    expect([...first.nodes, ...second.nodes].map((p) => rawId(p.id))).toEqual(expected.slice(0, 6).map(([id]) => id));
    expect(first.pageInfo.hasNextPage).toBe(true);
  });

  it('counts within a scope: about an event and its sub-events, a date range and statement kinds', async () => {
    const { events } = await h.data(graphql(`query ExploreTestEvents5 { events(filter: { topLevel: true }) { nodes { id name } } }`));
    const crisis = present(
      events.nodes.find((e) => /crisis/i.test(e.name)),
      'the crisis',
    );
    const window = { from: '2022-02-15T00:00:00Z', to: '2022-02-15T23:59:59Z' };
    const links = await h.db.db.statementEvent.findMany({
      where: {
        eventId: rawId(crisis.id),
        saidAt: { gte: new Date(window.from), lte: new Date(window.to) },
        statement: { kind: 'DIRECT_QUOTE' },
      },
      select: { statement: { select: { speakerPersonId: true } } },
    });
    const counts = new Map<string, number>();
    for (const link of links) {
      const speaker = link.statement.speakerPersonId;
      if (speaker) counts.set(speaker, (counts.get(speaker) ?? 0) + 1);
    }
    expect(counts.size).toBeGreaterThan(1);
    const { people } = await h.data(
      graphql(`query ExploreTestPeople5($about: ID!, $said: DateRange!) { people(first: 50, orderBy: { field: STATEMENTS, direction: DESC, counting: { about: $about, said: $said, kind: [DIRECT_QUOTE] } }) {
         totalCount nodes { id } } }`),
      { about: crisis.id, said: window },
    );
    expect(people.nodes.map((p) => rawId(p.id))).toEqual(byCount(counts).map(([id]) => id));
    expect(people.totalCount).toBe(counts.size);
    // The list's own filter still applies.
    const { people: kuleba } = await h.data(
      graphql(
        `query ExploreTestPeople6($about: ID!) { people(filter: { name: "Kuleba" }, orderBy: { field: STATEMENTS, direction: DESC, counting: { about: $about } }) { totalCount nodes { name } } }`,
      ),
      { about: crisis.id },
    );
    expect(kuleba).toEqual({ totalCount: 1, nodes: [{ name: 'Dmytro Kuleba' }] });
    // Event.speakers takes the same window and kinds.
    const { node } = await h.data(
      graphql(
        `query ExploreTestNode9($id: ID!, $said: DateRange!) { node(id: $id) { ... on Event { speakers(said: $said, kind: [DIRECT_QUOTE]) { statementCount speaker { ... on Person { id } } } } } }`,
      ),
      { id: crisis.id, said: window },
    );
    const speakers = having(node, 'speakers').speakers.flatMap((s) => {
      const id = fieldOf(s.speaker, 'id');
      return id ? [[rawId(id), s.statementCount] as const] : [];
    });
    expect(new Map(speakers)).toEqual(counts);
  });

  it('sorts events by distinct speakers over their subtree, and organizations by mentions', async () => {
    const { events } = await h.data(
      graphql(
        `query ExploreTestEvents6 { events(first: 5, orderBy: { field: SPEAKERS, direction: DESC }) { nodes { id name speakers(first: 100) { speaker { __typename } } } } }`,
      ),
    );
    const sizes = events.nodes.map((e) => e.speakers.length);
    expect(sizes).toEqual([...sizes].sort((a: number, b: number) => b - a));
    expect(sizes[0]).toBeGreaterThan(1);
    const mentions = await h.db.db.articleMention.groupBy({
      by: ['organizationId'],
      _count: { _all: true },
      where: { organizationId: { not: null } },
    });
    const { organizations } = await h.data(
      graphql(
        `query ExploreTestOrganizations4 { organizations(first: 100, orderBy: { field: MENTIONS, direction: DESC }) { totalCount nodes { id } } }`,
      ),
    );
    expect(organizations.nodes.map((o) => rawId(o.id))).toEqual(
      byCount(new Map(mentions.map((m) => [m.organizationId as string, m._count._all]))).map(([id]) => id),
    );
  });

  it('refuses a scope that does not apply, naming the field', async () => {
    const kuleba = await personId('Dmytro Kuleba');
    const refused = async (query: string, variables: Record<string, unknown> = {}) => (await h.gql(query, variables)).errors?.[0];
    expect(await refused(`{ people(orderBy: { field: NAME, counting: { kind: [DIRECT_QUOTE] } }) { totalCount } }`)).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', issues: [expect.objectContaining({ path: 'orderBy.counting' })] },
    });
    expect(
      await refused(`query($p: ID!) { people(orderBy: { field: STATEMENTS, counting: { about: $p } }) { totalCount } }`, { p: kuleba }),
    ).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', issues: [expect.objectContaining({ path: 'orderBy.counting.about' })] } });
    expect(
      await refused(`{ organizations(orderBy: { field: MENTIONS, counting: { kind: [DIRECT_QUOTE] } }) { totalCount } }`),
    ).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', issues: [expect.objectContaining({ path: 'orderBy.counting.kind' })] },
    });
  });
});
