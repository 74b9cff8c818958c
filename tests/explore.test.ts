// Exploring the graph: search, entity resolution, merges, connections, paths,
// threads, timelines and comparisons, on the seed graph plus fixtures.
import { describe, expect, it } from 'vitest';
import { corpusChecks } from '../bench/corpus/check.ts';
import { findPaths } from '../src/db/path.ts';
import { resolveEntity } from '../src/db/resolve.ts';
import { parseSearchQuery } from '../src/db/search.ts';
import { seed } from '../src/ingest/seed.ts';
import { exampleVariables } from './helpers/examples.ts';
import { useHarness } from './helpers/gql.ts';

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

const personId = async (name: string) =>
  (await h.data(`query($n: String!) { people(filter: { name: $n }) { nodes { id name } } }`, { n: name })).people.nodes.find(
    (p: any) => p.name === name,
  ).id as string;

const search = async (query: string, extra: Record<string, unknown> = {}) =>
  (
    await h.data(
      `query($q: String!, $types: [SearchableType!], $first: Int, $after: String) {
        search(query: $q, types: $types, first: $first, after: $after) {
          totalCount pageInfo { hasNextPage endCursor }
          edges { cursor score snippet node { __typename ... on Person { name } ... on Statement { text } ... on Article { headline } ... on Event { name } ... on Organization { name } } }
        }
      }`,
      { q: query, ...extra },
    )
  ).search;

describe('search', () => {
  it.each(['Zelensky', 'Zelenskiy', 'Zelenskyy', 'zelenskyy'])('finds Zelenskyy by "%s", alias-free fixture included', async (query) => {
    const result = await search(query, { types: ['PERSON'] });
    const names = result.edges.map((e: any) => e.node.name);
    expect(names).toContain('Volodymyr Zelenskyy');
    expect(names).toContain('Volodimir Zelenskyy');
    expect(result.edges[0].snippet).toMatch(/<mark>.*<\/mark>/);
  });

  it('finds Shoigu by "Shoygu" and by "Shoigu" through diacritics ("Šojgu")', async () => {
    expect((await search('Shoygu', { types: ['PERSON'] })).edges.map((e: any) => e.node.name)).toContain('Sergei Shoigu');
    expect((await search('Sojgu', { types: ['PERSON'] })).edges.map((e: any) => e.node.name)).toContain('Sergej Šojgu');
  });

  it('matches a quoted phrase only in order', async () => {
    const phrase = await search('"military districts"', { types: ['STATEMENT'] });
    expect(phrase.totalCount).toBeGreaterThan(0);
    for (const edge of phrase.edges) expect(edge.node.text.toLowerCase()).toContain('military districts');
    expect(phrase.edges[0].snippet).toMatch(/<mark>military<\/mark> <mark>districts<\/mark>/i);
    const reversed = await search('"districts military"', { types: ['STATEMENT'] });
    expect(reversed.totalCount).toBe(0);
  });

  it('matches the last word as a prefix while typing, not after a space', async () => {
    const typing = await search('units pul', { types: ['ARTICLE', 'STATEMENT'] });
    expect(typing.totalCount).toBeGreaterThan(0);
    expect(typing.edges.some((e: any) => /<mark>pulling<\/mark>/i.test(e.snippet))).toBe(true);
    expect((await search('units pul ', { types: ['ARTICLE', 'STATEMENT'] })).totalCount).toBe(0);
    expect((await search('Konash', { types: ['PERSON'] })).edges[0].node.name).toBe('Igor Konashenkov');
    expect(parseSearchQuery('"pull back" troo')).toMatchObject({ text: '"pull back"', prefix: 'troo' });
  });

  it('ranks a headline or name above body text, and pages with stable cursors', async () => {
    const all = await search('Kuleba', { first: 100 });
    expect(all.edges[0].node.__typename).toBe('Person');
    const scores = all.edges.map((e: any) => e.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const first = await search('Kuleba', { first: 2 });
    const next = await search('Kuleba', { first: 2, after: first.pageInfo.endCursor });
    expect(first.totalCount).toBe(all.totalCount);
    expect([...first.edges, ...next.edges].map((e: any) => e.cursor)).toEqual(all.edges.slice(0, 4).map((e: any) => e.cursor));
  });

  it('refuses an empty or overlong query, naming the field', async () => {
    for (const q of ['   ', 'x'.repeat(201)]) {
      const result = await h.gql(`query($q: String!) { search(query: $q) { totalCount } }`, { q });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(/query/);
    }
  });

  it('escapes the snippet’s text and keeps only its own marks, for a statement and for a name matched whole', async () => {
    await h.data(`mutation { createPerson(input: { name: "Zyx <b>Quorvan</b> & \\"Co\\"" }) { person { id } } }`);
    const [person] = (await search('Quorvn', { types: ['PERSON'] })).edges;
    expect(person.node.name).toBe('Zyx <b>Quorvan</b> & "Co"');
    expect(person.snippet).toBe('<mark>Zyx &#60;b&#62;Quorvan&#60;/b&#62; &#38; &#34;Co&#34;</mark>');
    await h.data(`mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id } } }`, {
      input: {
        url: 'https://example.org/snippet-escape',
        headline: 'Snippet escape',
        body: 'Zorblat said things.',
        statements: [{ kind: 'DIRECT_QUOTE', text: 'The zorblat <img src=x onerror=alert(1)> is \uE000<mark>not</mark> ours' }],
      },
    });
    const [statement] = (await search('zorblat', { types: ['STATEMENT'] })).edges;
    expect(statement.snippet).toContain('<mark>zorblat</mark> &#60;img src=x onerror=alert(1)&#62; is');
    // The marks the text carried are not marks (ts_headline may drop what it reads as tags); the API's own are the only tags.
    expect(statement.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>\uE000\uE001]/);
    expect(statement.snippet.match(/<mark>/g)).toHaveLength(1);
  });

  it('indexes new writes at once', async () => {
    await h.data(`mutation { createPerson(input: { name: "Oleksii Reznikov" }) { person { id } } }`);
    expect((await search('Reznikov', { types: ['PERSON'] })).edges[0].node.name).toBe('Oleksii Reznikov');
  });
});

describe('entity resolution', () => {
  it('ranks candidates with a score, for the API and for ingestion alike', async () => {
    const { resolveEntity: candidates } = await h.data(
      `{ resolveEntity(name: "Sergey Shoygu", type: PERSON) { score matchedName entity { ... on Person { name } } } }`,
    );
    expect(candidates[0].entity.name).toBe('Sergei Shoigu');
    expect(candidates[0].score).toBe(1);
    const direct = await resolveEntity(h.db.db, 'Konashenkow', ['Person']);
    expect(direct[0]).toMatchObject({ name: 'Igor Konashenkov', type: 'Person' });
    expect(direct[0]?.score).toBeLessThan(1);
  });

  it('adds and removes aliases, and resolution follows', async () => {
    const id = await personId('Dmytro Kuleba');
    await h.data(`mutation($id: ID!) { addAlias(input: { id: $id, alias: "Dmitry Kuleba" }) { entity { ... on Person { aliases } } } }`, {
      id,
    });
    expect((await resolveEntity(h.db.db, 'dmitry kuleba', ['Person']))[0]).toMatchObject({ name: 'Dmytro Kuleba', score: 1 });
    const removed = await h.data(
      `mutation($id: ID!) { removeAlias(input: { id: $id, alias: "dmitry kuleba" }) { entity { ... on Person { aliases } } } }`,
      { id },
    );
    expect(removed.removeAlias.entity.aliases).not.toContain('Dmitry Kuleba');
    const again = await h.gql(`mutation($id: ID!) { removeAlias(input: { id: $id, alias: "Dmitry Kuleba" }) { entity { __typename } } }`, {
      id,
    });
    expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('merges a duplicate, moving its statements, and the old id resolves to the survivor', async () => {
    const keep = await personId('Dmytro Kuleba');
    const { createPerson } = await h.data(
      `mutation { createPerson(input: { name: "D. Kuleba", aliases: ["Kuleba Dmytro"], externalIds: ["wikidata:Q-test"] }) { person { id } } }`,
    );
    const dup = createPerson.person.id;
    const { events } = await h.data(`{ events(filter: { topLevel: true }) { nodes { id } } }`);
    await h.data(
      `mutation($s: ID!, $e: ID!) { createStatement(input: { text: "A duplicate's words.", kind: DIRECT_QUOTE, speaker: $s, about: [$e] }) { statement { id } } }`,
      {
        s: dup,
        e: events.nodes[0].id,
      },
    );
    const merged = await h.data(
      `mutation($k: ID!, $m: ID!) { mergeEntities(input: { keepId: $k, mergeId: $m }) { mergedId entity { ... on Person { name aliases externalIds { value } statements { totalCount } } } } }`,
      { k: keep, m: dup },
    );
    expect(merged.mergeEntities.mergedId).toBe(dup);
    expect(merged.mergeEntities.entity).toMatchObject({ name: 'Dmytro Kuleba', statements: { totalCount: 3 } });
    expect(merged.mergeEntities.entity.aliases).toEqual(expect.arrayContaining(['D. Kuleba', 'Kuleba Dmytro']));
    expect(merged.mergeEntities.entity.externalIds).toContainEqual({ value: 'Q-test' });
    const viaOld = await h.data(`query($id: ID!) { node(id: $id) { id ... on Person { name } } nodes(ids: [$id]) { id } }`, { id: dup });
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
    const event = async (name: string, extra = '') =>
      (await h.data(`mutation($n: String!) { createEvent(input: { name: $n ${extra} }) { event { id } } }`, { n: name })).createEvent.event
        .id as string;
    const summit = await event('Merge test summit');
    const keep = await event('Merge test talks', `, parent: "${summit}", startAt: "2022-03-29T00:00:00Z", kind: MEETING`);
    const dup = await event(
      'Merge test negotiations',
      `, startAt: "2022-03-28T00:00:00Z", endAt: "2022-03-30T00:00:00Z", description: "Day two"`,
    );
    const sub = await event('Merge test side meeting', `, parent: "${dup}"`);
    const speaker = await personId('Dmytro Kuleba');
    const say = (text: string, about: string[]) =>
      h.data(
        `mutation($t: String!, $s: ID!, $a: [ID!]) { createStatement(input: { text: $t, kind: DIRECT_QUOTE, speaker: $s, about: $a }) { statement { id } } }`,
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
      `mutation($k: ID!, $m: ID!) { mergeEntities(input: { keepId: $k, mergeId: $m }) { mergedId entity { ... on Event { id name kind startAt endAt description
         own: statements(includeSubEvents: false) { totalCount } all: statements(includeSubEvents: true) { totalCount }
         children { nodes { name parent { id } } } participants { totalCount nodes { role } } } } } }`,
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
      `query($id: ID!) { node(id: $id) { ... on Event { statements(includeSubEvents: true) { totalCount } } } }`,
      {
        id: summit,
      },
    );
    expect(top.statements.totalCount).toBe(4);
    const rows = await h.db.db.$queryRaw<{ name: string; ancestors: string[] }[]>`
      SELECT name, ancestor_ids AS ancestors FROM event WHERE name = 'Merge test side meeting'`;
    expect(rows[0]?.ancestors).toEqual([raw(summit), raw(keep)]);
    const viaOld = await h.data(`query($id: ID!) { node(id: $id) { id ... on Event { name } } }`, { id: dup });
    expect(viaOld.node).toEqual({ id: keep, name: 'Merge test talks' });
    // The kept event is inside the summit: merging the summit into it would make it its own ancestor.
    const cycle = await h.gql(`mutation($k: ID!, $m: ID!) { mergeEntities(input: { keepId: $k, mergeId: $m }) { mergedId } }`, {
      k: keep,
      m: summit,
    });
    expect(cycle.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('refuses to merge an entity into itself, a missing one, or across types', async () => {
    const keep = await personId('Sergei Shoigu');
    const merge = (k: string, m: string) =>
      h.gql(`mutation($k: ID!, $m: ID!) { mergeEntities(input: { keepId: $k, mergeId: $m }) { mergedId } }`, { k, m });
    expect((await merge(keep, keep)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await merge(keep, Buffer.from('Person:nope').toString('base64'))).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const { organizations } = await h.data(`{ organizations(first: 1) { nodes { id } } }`);
    expect((await merge(keep, organizations.nodes[0].id)).errors?.[0]?.message).toMatch(/mergeId/);
  });
});

describe('connections and paths', () => {
  it('lists weighted connections with their evidence in one query per page', async () => {
    const id = await personId('Dmytro Kuleba');
    h.db.queries.length = 0;
    const { node } = await h.data(
      `query($id: ID!) { node(id: $id) { ... on Person { connections(first: 50) { totalCount edges { kind weight evidenceCount reason node { __typename ... on Organization { name } ... on Person { name } ... on Event { name } } } } } } }`,
      { id },
    );
    const edges = node.connections.edges;
    expect(node.connections.totalCount).toBe(edges.length);
    const affiliated = edges.find((e: any) => e.kind === 'AFFILIATED');
    expect(affiliated.node.name).toBe('Ministry of Foreign Affairs of Ukraine');
    expect(affiliated.reason).toMatch(/foreign minister/);
    const responded = edges.find((e: any) => e.kind === 'RESPONDED_TO' && e.node.name === 'Russian Defense Ministry');
    expect(responded.evidenceCount).toBe(2);
    expect(edges.some((e: any) => e.kind === 'CO_MENTIONED' && e.node.name === 'Volodymyr Zelenskyy')).toBe(true);
    const weights = edges.map((e: any) => e.weight);
    expect([...weights].sort((a, b) => b - a)).toEqual(weights);
    const only = await h.data(`query($id: ID!) { node(id: $id) { ... on Person { connections(kinds: [AFFILIATED]) { totalCount } } } }`, {
      id,
    });
    expect(only.node.connections.totalCount).toBe(1);
  });

  it('batches connections of every entity on a page into one query', async () => {
    const count = async (first: number) => {
      h.db.queries.length = 0;
      await h.data(`query($n: Int) { people(first: $n) { nodes { connections(first: 5) { totalCount } } } }`, { n: first });
      return h.db.queries.filter((q) => /WITH edges AS/.test(q)).length;
    };
    expect(await count(2)).toBe(1);
    expect(await count(8)).toBe(1);
  });

  it('finds the shortest chains, each hop with its evidence', async () => {
    const hopFields = `kind evidence from { __typename ... on Person { name } ... on Organization { name } ... on Statement { text } ... on Event { name } } to { __typename ... on Person { name } ... on Organization { name } ... on Statement { text } ... on Event { name } }`;
    const kuleba = await personId('Dmytro Kuleba');
    const toKonashenkov = await h.data(`query($f: ID!, $t: ID!) { path(from: $f, to: $t) { length hops { ${hopFields} } } }`, {
      f: kuleba,
      t: await personId('Igor Konashenkov'),
    });
    expect(toKonashenkov.path.length).toBeGreaterThan(1);
    const one = await h.data(`query($f: ID!, $t: ID!) { path(from: $f, to: $t, first: 1) { length hops { ${hopFields} } } }`, {
      f: kuleba,
      t: await personId('Igor Konashenkov'),
    });
    expect(one.path).toEqual([toKonashenkov.path[0]]);
    for (const p of toKonashenkov.path) expect(p.length).toBe(3);
    const [first] = toKonashenkov.path;
    expect(first.hops.map((hop: any) => hop.kind)).toEqual(['SAID', 'ABOUT', 'PARTICIPATED']);
    expect(first.hops[0].from.name).toBe('Dmytro Kuleba');
    expect(first.hops[0].evidence).toBe(first.hops[0].to.text.slice(0, 160));
    expect(first.hops[1].evidence).toBe(first.hops[1].to.name);
    expect(first.hops[2].to.name).toBe('Igor Konashenkov');

    const { organizations } = await h.data(`{ organizations(filter: { name: "Russian Defense Ministry" }) { nodes { id } } }`);
    const toMinistry = await h.data(`query($f: ID!, $t: ID!) { path(from: $f, to: $t) { length hops { ${hopFields} } } }`, {
      f: kuleba,
      t: organizations.nodes[0].id,
    });
    const responded = toMinistry.path.find((p: any) => p.hops.map((hop: any) => hop.kind).join() === 'SAID,RESPONDS_TO,SAID_BY');
    expect(responded.hops[1].to.text).toMatch(/pulling back/);
    expect(responded.hops[1].evidence).toBe('responds to');
    expect(responded.hops[2].to.name).toBe('Russian Defense Ministry');
  });

  it('answers no path when none is short enough, and refuses maxLength out of range', async () => {
    const from = await personId('Dmytro Kuleba');
    const to = await personId('Igor Konashenkov');
    expect((await h.data(`query($f: ID!, $t: ID!) { path(from: $f, to: $t, maxLength: 2) { length } }`, { f: from, t: to })).path).toEqual(
      [],
    );
    const bad = await h.gql(`query($f: ID!, $t: ID!) { path(from: $f, to: $t, maxLength: 9) { length } }`, { f: from, t: to });
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
      `query($f: ID!, $t: ID!) { path(from: $f, to: $t) { length narrowed hops { kind from { ... on Statement { text } } } } }`,
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
    const result = await h.gql(`query($f: ID!, $t: ID!) { path(from: $f, to: $t, maxLength: 2) { length } }`, {
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
    const { statements } = await h.data(`{ statements(filter: { textContains: "believe it" }) { nodes { id } } }`);
    const { node } = await h.data(
      `query($id: ID!) { node(id: $id) { ... on Statement { thread { depth relation repeated parentId statement { id text saidAt speaker { ... on Person { name } ... on Organization { name } } } } } } }`,
      { id: statements.nodes[0].id },
    );
    const thread = node.thread;
    expect(thread[0].depth).toBe(0);
    expect(thread[0].parentId).toBeNull();
    expect(thread.map((e: any) => e.statement.id)).toContain(statements.nodes[0].id);
    const ids = thread.map((e: any) => e.statement.id);
    const firstPlaces = thread.filter((e: any) => !e.repeated).map((e: any) => e.statement.id);
    expect(new Set(firstPlaces).size).toBe(firstPlaces.length);
    expect(new Set(ids)).toEqual(new Set(firstPlaces));
    // Every entry comes after its parent, one level deeper.
    for (const [i, entry] of thread.entries()) {
      if (!entry.parentId) continue;
      const parent = thread.findIndex((e: any) => e.statement.id === entry.parentId && !e.repeated);
      expect(parent).toBeGreaterThanOrEqual(0);
      expect(parent).toBeLessThan(i);
      expect(entry.depth).toBe(thread[parent].depth + 1);
    }
    const ministry = thread.find((e: any) => /pulling back after completing/.test(e.statement.text));
    const responses = thread.filter((e: any) => e.parentId === ministry.statement.id && e.relation === 'RESPONDS_TO');
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
      `query($id: ID!) { node(id: $id) { ... on Statement { thread { depth relation statement { text } } } } }`,
      {
        id: Buffer.from('Statement:fx-cycle-b').toString('base64'),
      },
    );
    expect(node.thread.map((e: any) => [e.statement.text, e.depth, e.relation])).toEqual([
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
      `query($id: ID!) { node(id: $id) { ... on Statement { thread { depth relation repeated parentId statement { text } } } } }`,
      { id: Buffer.from('Statement:fx-dag-4').toString('base64') },
    );
    const dag = (k: string) => Buffer.from(`Statement:fx-dag-${k}`).toString('base64');
    expect(node.thread.map((e: any) => [e.statement.text, e.depth, e.relation, e.repeated, e.parentId])).toEqual([
      ['Dag 1', 0, null, false, null],
      ['Dag 2', 1, 'RESPONDS_TO', false, dag('1')],
      ['Dag 3', 2, 'CONTRADICTS', true, dag('2')],
      ['Dag 3', 1, 'RESPONDS_TO', false, dag('1')],
      ['Dag 4', 2, 'SUPPORTS', false, dag('3')],
    ]);
  });

  it('buckets an event timeline by day with top speakers, including sub-events', async () => {
    const { events } = await h.data(`{ events(filter: { topLevel: true }) { nodes { id name
      day: timeline(granularity: DAY) { start statementCount articleCount topSpeakers { count speaker { ... on Person { name } ... on Organization { name } } } }
      month: timeline(granularity: MONTH) { start statementCount articleCount }
      statements(includeSubEvents: true) { totalCount } } } }`);
    const crisis = events.nodes[0];
    const days = crisis.day;
    expect(days.length).toBeGreaterThan(1);
    expect(days.map((d: any) => d.start)).toEqual([...days.map((d: any) => d.start)].sort());
    expect(days.find((d: any) => d.start.startsWith('2022-02-15')).statementCount).toBeGreaterThan(0);
    expect(crisis.month).toHaveLength(1);
    expect(crisis.month[0].start).toBe('2022-02-01T00:00:00.000Z');
    expect(crisis.month[0].articleCount).toBe(1);
    for (const d of days) {
      const counts = d.topSpeakers.map((s: any) => s.count);
      expect(counts.length).toBeLessThanOrEqual(3);
      expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    }
  });

  it("counts each speaker's statements by kind", async () => {
    const { events } = await h.data(
      `{ events(filter: { topLevel: true }) { nodes { speakers { statementCount countsByKind { kind count } speaker { ... on Person { name } ... on Organization { name } } } } } }`,
    );
    for (const s of events.nodes[0].speakers) {
      expect(s.countsByKind.map((k: any) => k.kind)).toEqual(['DIRECT_QUOTE', 'INDIRECT', 'PARAPHRASE', 'DENIAL']);
      expect(s.countsByKind.reduce((sum: number, k: any) => sum + k.count, 0)).toBe(s.statementCount);
    }
  });

  it('counts statements by kind per person, organization and event', async () => {
    const { people, events } = await h.data(
      `{ people(first: 100) { nodes { name statements { totalCount } statementCountsByKind { kind count } } }
         events(filter: { topLevel: true }) { nodes { statements(includeSubEvents: true) { totalCount } statementCountsByKind { kind count } } } }`,
    );
    const shoigu = people.nodes.find((p: any) => p.name === 'Sergei Shoigu');
    const sum = (counts: any[]) => counts.reduce((total, k) => total + k.count, 0);
    expect(sum(shoigu.statementCountsByKind)).toBe(shoigu.statements.totalCount);
    for (const person of people.nodes) expect(sum(person.statementCountsByKind)).toBe(person.statements.totalCount);
    expect(sum(events.nodes[0].statementCountsByKind)).toBe(events.nodes[0].statements.totalCount);
    expect(events.nodes[0].statementCountsByKind.find((k: any) => k.kind === 'DENIAL').count).toBeGreaterThan(0);
  });

  it('compares what speakers said about an event, side by side in time order', async () => {
    const { events } = await h.data(`{ events(filter: { topLevel: true }) { nodes { id } } }`);
    const kuleba = await personId('Sergei Shoigu');
    const { organizations } = await h.data(`{ organizations(filter: { name: "Russian Defense Ministry" }) { nodes { id } } }`);
    const { compare } = await h.data(
      `query($e: ID!, $s: [ID!]!) { compare(eventId: $e, speakerIds: $s) { event { name } columns { statementCount countsByKind { kind count } speaker { ... on Person { name } ... on Organization { name } } statements { text saidAt } } } }`,
      { e: events.nodes[0].id, s: [organizations.nodes[0].id, kuleba] },
    );
    expect(compare.columns.map((c: any) => c.speaker.name)).toEqual(['Russian Defense Ministry', 'Sergei Shoigu']);
    for (const column of compare.columns) {
      expect(column.statementCount).toBe(column.statements.length);
      expect(column.statementCount).toBeGreaterThan(0);
      const times = column.statements.map((s: any) => s.saidAt ?? '9999');
      expect([...times].sort()).toEqual(times);
    }
    const bad = await h.gql(`query($e: ID!) { compare(eventId: $e, speakerIds: [$e]) { event { name } } }`, { e: events.nodes[0].id });
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
    const page = async (after?: string) =>
      (
        await h.data(
          `query($after: String) { people(first: 3, after: $after, orderBy: { field: STATEMENTS, direction: DESC }) {
             totalCount pageInfo { hasNextPage endCursor } nodes { id name } } }`,
          { after },
        )
      ).people;
    const first = await page();
    const second = await page(first.pageInfo.endCursor);
    expect(first.totalCount).toBe(expected.length);
    expect([...first.nodes, ...second.nodes].map((p: any) => rawId(p.id))).toEqual(expected.slice(0, 6).map(([id]) => id));
    expect(first.pageInfo.hasNextPage).toBe(true);
  });

  it('counts within a scope: about an event and its sub-events, a date range and statement kinds', async () => {
    const { events } = await h.data(`{ events(filter: { topLevel: true }) { nodes { id name } } }`);
    const crisis = events.nodes.find((e: any) => /crisis/i.test(e.name));
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
      `query($about: ID!, $said: DateRange!) { people(first: 50, orderBy: { field: STATEMENTS, direction: DESC, counting: { about: $about, said: $said, kind: [DIRECT_QUOTE] } }) {
         totalCount nodes { id } } }`,
      { about: crisis.id, said: window },
    );
    expect(people.nodes.map((p: any) => rawId(p.id))).toEqual(byCount(counts).map(([id]) => id));
    expect(people.totalCount).toBe(counts.size);
    // The list's own filter still applies.
    const { people: kuleba } = await h.data(
      `query($about: ID!) { people(filter: { name: "Kuleba" }, orderBy: { field: STATEMENTS, direction: DESC, counting: { about: $about } }) { totalCount nodes { name } } }`,
      { about: crisis.id },
    );
    expect(kuleba).toEqual({ totalCount: 1, nodes: [{ name: 'Dmytro Kuleba' }] });
    // Event.speakers takes the same window and kinds.
    const { node } = await h.data(
      `query($id: ID!, $said: DateRange!) { node(id: $id) { ... on Event { speakers(said: $said, kind: [DIRECT_QUOTE]) { statementCount speaker { ... on Person { id } } } } } }`,
      { id: crisis.id, said: window },
    );
    const speakers = node.speakers.filter((s: any) => s.speaker.id).map((s: any) => [rawId(s.speaker.id), s.statementCount]);
    expect(new Map(speakers)).toEqual(counts);
  });

  it('sorts events by distinct speakers over their subtree, and organizations by mentions', async () => {
    const { events } = await h.data(
      `{ events(first: 5, orderBy: { field: SPEAKERS, direction: DESC }) { nodes { id name speakers(first: 100) { speaker { __typename } } } } }`,
    );
    const sizes = events.nodes.map((e: any) => e.speakers.length);
    expect(sizes).toEqual([...sizes].sort((a: number, b: number) => b - a));
    expect(sizes[0]).toBeGreaterThan(1);
    const mentions = await h.db.db.articleMention.groupBy({
      by: ['organizationId'],
      _count: { _all: true },
      where: { organizationId: { not: null } },
    });
    const { organizations } = await h.data(
      `{ organizations(first: 100, orderBy: { field: MENTIONS, direction: DESC }) { totalCount nodes { id } } }`,
    );
    expect(organizations.nodes.map((o: any) => rawId(o.id))).toEqual(
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
