// The read API over the seed graph: lookups, connections, filters, paging.
import { describe, expect, it } from 'vitest';
import { seed } from '../src/ingest/seed.ts';
import { graphql } from './gql/index.ts';
import { present, useHarness } from './helpers/gql.ts';

const h = useHarness(async (harness) => {
  await seed(harness.db.db);
});

const statementsBy = async (filter: Record<string, unknown>) =>
  (
    await h.data(
      graphql(
        `query ApiStatementsBy($filter: StatementFilter) { statements(filter: $filter, first: 100) { totalCount nodes { text kind verb venue speaker { ... on Person { name } ... on Organization { name } } } } }`,
      ),
      {
        filter,
      },
    )
  ).statements;

describe('seed graph', () => {
  it('holds the people of the article with their roles', async () => {
    const { people } = await h.data(
      graphql(
        `query ApiPeopleWithRoles { people(first: 100) { totalCount nodes { name affiliations { nodes { role organization { name } } } } } }`,
      ),
    );
    const names = people.nodes.map((p) => p.name);
    for (const name of [
      'Igor Konashenkov',
      'Serhiy Nikiforov',
      'Volodymyr Zelenskyy',
      'Dmytro Kuleba',
      'Sergei Shoigu',
      'Sergey Lavrov',
      'Vladimir Putin',
      'Alexei Nikolsky',
    ]) {
      expect(names).toContain(name);
    }
    const kuleba = present(
      people.nodes.find((p) => p.name === 'Dmytro Kuleba'),
      'Dmytro Kuleba',
    );
    expect(kuleba.affiliations.nodes.map((a) => a.role)).toContain('foreign minister');
  });

  it('attributes the direct quotes to their speakers with venue', async () => {
    const quotes = await statementsBy({ kind: ['DIRECT_QUOTE'] });
    const kuleba = quotes.nodes.filter((s) => s.speaker?.name === 'Dmytro Kuleba');
    expect(kuleba.map((s) => s.text)).toContain('We’ll believe it when we see it,');
    expect(kuleba[0]?.venue).toBe('at a news conference');
    const nikiforov = quotes.nodes.filter((s) => s.speaker?.name === 'Serhiy Nikiforov');
    expect(nikiforov.map((s) => s.text)).toContain('we take these reports very cautiously');
    expect(quotes.nodes.some((s) => s.speaker?.name === 'Igor Konashenkov' && s.venue === 'in a video message')).toBe(true);
  });

  it('links the Kyiv responses to the Russian announcement', async () => {
    const { statements } = await h.data(
      graphql(`query ApiKulebaResponses {
      statements(filter: { speakerName: "Kuleba" }) {
        nodes { text relations(direction: OUTGOING, kinds: [RESPONDS_TO]) { totalCount nodes { kind to { text speaker { ... on Organization { name } } } } } }
      }
    }`),
    );
    expect(statements.nodes.length).toBe(2);
    for (const statement of statements.nodes) {
      expect(statement.relations.totalCount).toBeGreaterThan(0);
      const speaker = statement.relations.nodes[0]?.to.speaker;
      expect(speaker && 'name' in speaker ? speaker.name : undefined).toMatch(/Defen[cs]e Ministry/i);
    }
  });

  it('lists who spoke about the crisis including its sub-events', async () => {
    const { events } = await h.data(
      graphql(
        `query ApiCrisisSpeakers { events(filter: { topLevel: true }) { nodes { name children { totalCount } speakers { statementCount speaker { ... on Person { name } ... on Organization { name } } } } } }`,
      ),
    );
    const crisis = present(
      events.nodes.find((e) => /crisis/i.test(e.name)),
      'the crisis',
    );
    expect(crisis.children.totalCount).toBeGreaterThanOrEqual(6);
    const speakers = crisis.speakers.map((s) => s.speaker?.name);
    expect(speakers).toEqual(expect.arrayContaining(['Dmytro Kuleba', 'Serhiy Nikiforov', 'Igor Konashenkov']));
    const counts = crisis.speakers.map((s) => s.statementCount);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
  });

  it('models both images with credits and depictions', async () => {
    const { images } = await h.data(
      graphql(
        `query ApiImages { images { nodes { caption creditLine photographer { name } agencies { nodes { organization { name } } } depicts { nodes { entity { __typename ... on Person { name } } } } } } }`,
      ),
    );
    expect(images.nodes).toHaveLength(2);
    const ap = present(
      images.nodes.find((i) => i.creditLine === 'Alexei Nikolsky / AP'),
      'the AP image',
    );
    expect(ap.photographer?.name).toBe('Alexei Nikolsky');
    expect(ap.depicts.nodes.map((d) => ('name' in d.entity ? d.entity.name : undefined))).toEqual(
      expect.arrayContaining(['Vladimir Putin', 'Sergei Shoigu']),
    );
    const maxar = present(
      images.nodes.find((i) => i.creditLine?.startsWith('Maxar')),
      'the Maxar image',
    );
    expect(maxar.agencies.nodes.map((a) => a.organization.name)).toEqual(['Maxar Technologies', 'Agence France-Presse', 'Getty Images']);
  });

  it('records the article with publisher, contributors and mentions', async () => {
    const { articles } = await h.data(
      graphql(
        `query ApiArticles { articles { totalCount nodes { id headline publisher { name } contributors { nodes { role contributor { ... on Person { name } ... on Organization { name } } } } mentions(first: 100) { totalCount nodes { count offsets entity { ... on Person { name } } } } body } } }`,
      ),
    );
    expect(articles.totalCount).toBe(1);
    const article = present(articles.nodes[0], 'the article');
    expect(article.publisher?.name).toBe('NBC News');
    expect(article.contributors.nodes.map((c) => c.contributor.name)).toEqual(expect.arrayContaining(['Tatyana Chistikova', 'Reuters']));
    expect(article.body).not.toMatch(/Leave a Reply|You May Also Like/);
    const kuleba = present(
      article.mentions.nodes.find((m) => m.entity?.name === 'Dmytro Kuleba'),
      'the mention of Dmytro Kuleba',
    );
    const offset = present(kuleba.offsets[0], 'its first offset');
    expect(article.body.slice(offset, offset + 'Dmytro Kuleba'.length)).toBe('Dmytro Kuleba');
  });
});

describe('filters', () => {
  it('filters statements by speaker name variant, kind, text and date', async () => {
    expect((await statementsBy({ speakerName: 'Sergey Shoigu' })).nodes.map((s) => s.speaker?.name)).toEqual(['Sergei Shoigu']);
    expect((await statementsBy({ kind: ['DENIAL'] })).totalCount).toBeGreaterThanOrEqual(1);
    expect((await statementsBy({ textContains: 'BELIEVE IT' })).nodes[0]?.speaker?.name).toBe('Dmytro Kuleba');
    const monday = await statementsBy({ saidAt: { from: '2022-02-14T00:00:00Z', to: '2022-02-14T23:59:59Z' } });
    expect(monday.nodes.map((s) => s.speaker?.name)).toContain('Sergei Shoigu');
    expect(monday.nodes.map((s) => s.speaker?.name)).not.toContain('Dmytro Kuleba');
  });

  it('reads % _ and \\ in filter text literally', async () => {
    expect((await statementsBy({ textContains: 'BELIEVE IT' })).totalCount).toBe(1);
    for (const textContains of ['BELIEVE_IT', 'BELIEVE%IT', '%', 'BELIEVE IT\\']) {
      expect((await statementsBy({ textContains })).totalCount, textContains).toBe(0);
    }
    expect((await statementsBy({ speakerName: 'Kuleb_' })).totalCount).toBe(0);
    const { events, people, articles } = await h.data(
      graphql(
        `query ApiLiteralFilters($backslash: String!) { events(filter: { name: "_" }) { totalCount } people(filter: { name: "%" }) { totalCount } articles(filter: { headline: $backslash }) { totalCount } }`,
      ),
      { backslash: '\\' },
    );
    expect([events.totalCount, people.totalCount, articles.totalCount]).toEqual([0, 0, 0]);
  });

  it('filters statements by event, with and without sub-events', async () => {
    const { events } = await h.data(graphql(`query ApiTopLevelEvents { events(filter: { topLevel: true }) { nodes { id } } }`));
    const crisis = present(events.nodes[0], 'the top-level event').id;
    const all = await statementsBy({ event: crisis });
    const direct = await statementsBy({ event: crisis, includeSubEvents: false });
    expect(all.totalCount).toBeGreaterThan(direct.totalCount);
  });

  it('filters by speaker id and refuses an id of the wrong type', async () => {
    const { people } = await h.data(graphql(`query ApiKuleba { people(filter: { name: "kuleba" }) { nodes { id } } }`));
    expect((await statementsBy({ speaker: present(people.nodes[0], 'Kuleba').id })).totalCount).toBe(2);
    const { statements } = await h.data(graphql(`query ApiFirstStatement { statements(first: 1) { nodes { id } } }`));
    const wrong = await h.gql(graphql(`query ApiStatementsBySpeaker($f: StatementFilter) { statements(filter: $f) { totalCount } }`), {
      f: { speaker: present(statements.nodes[0], 'a statement').id },
    });
    expect(wrong.errors?.[0]?.message).toMatch(/Person|Organization/);
  });

  it('filters events by kind and date window', async () => {
    const { events } = await h.data(
      graphql(
        `query ApiMeetingsOnMonday { events(filter: { kind: [MEETING], during: { from: "2022-02-14T00:00:00Z", to: "2022-02-14T23:59:59Z" } }) { nodes { name place { name } } } }`,
      ),
    );
    expect(events.nodes.map((e) => e.name)).toEqual(['Putin–Shoigu meeting']);
    expect(events.nodes[0]?.place?.name).toBe('Moscow');
  });

  it('filters events by a place and every place inside it, at any depth', async () => {
    const place = async (name: string, parent: string | null) =>
      (
        await h.data(graphql(`mutation ApiCreatePlace($i: CreatePlaceInput!) { createPlace(input: $i) { place { id } } }`), {
          i: { name, parent },
        })
      ).createPlace.place.id as string;
    const event = (name: string, at: string) =>
      h.data(graphql(`mutation ApiCreateEvent($i: CreateEventInput!) { createEvent(input: $i) { event { id } } }`), {
        i: { name, place: at },
      });
    // Country > oblast > district > city > square: the square is four levels down.
    const country = await place('Testland', null);
    const oblast = await place('Test Oblast', country);
    const district = await place('Test District', oblast);
    const city = await place('Test City', district);
    const square = await place('Test Square', city);
    await event('Rally on the square', square);
    await event('Council in the oblast', oblast);
    await event('Elsewhere entirely', await place('Otherland', null));
    const at = async (id: string) =>
      (
        await h.data(
          graphql(
            `query ApiEventsAtPlace($p: ID!) { events(filter: { place: $p }, orderBy: { field: NAME }) { totalCount nodes { name } } }`,
          ),
          { p: id },
        )
      ).events;
    expect(await at(country)).toEqual({ totalCount: 2, nodes: [{ name: 'Council in the oblast' }, { name: 'Rally on the square' }] });
    expect(await at(district)).toEqual({ totalCount: 1, nodes: [{ name: 'Rally on the square' }] });
    expect(await at(square)).toEqual({ totalCount: 1, nodes: [{ name: 'Rally on the square' }] });
  });
});

describe('relay', () => {
  it('resolves node and nodes by global id, null when absent', async () => {
    const { people } = await h.data(graphql(`query ApiTwoPeople { people(first: 2) { nodes { id name } } }`));
    const ids = people.nodes.map((p) => p.id);
    const { node, nodes } = await h.data(
      graphql(`query ApiNodeAndNodes($id: ID!, $ids: [ID!]!) { node(id: $id) { ... on Person { name } } nodes(ids: $ids) { id } }`),
      {
        id: ids[0],
        ids: [...ids, Buffer.from('Person:nope').toString('base64')],
      },
    );
    expect(node && 'name' in node ? node.name : undefined).toBe(people.nodes[0]?.name);
    expect(nodes.map((n) => n?.id ?? null)).toEqual([...ids, null]);
  });

  it('pages forward and backward with stable cursors', async () => {
    const first = await h.data(
      graphql(`query ApiFirstPage { people(first: 3) { totalCount pageInfo { endCursor hasNextPage } nodes { name } } }`),
    );
    expect(first.people.pageInfo.hasNextPage).toBe(true);
    const next = await h.data(
      graphql(
        `query ApiNextPage($after: String) { people(first: 3, after: $after) { pageInfo { startCursor hasPreviousPage } nodes { name } } }`,
      ),
      {
        after: first.people.pageInfo.endCursor,
      },
    );
    expect(present(next.people.nodes[0], 'the next page’s first').name > present(first.people.nodes[2], 'the first page’s last').name).toBe(
      true,
    );
    const back = await h.data(graphql(`query ApiPreviousPage($before: String) { people(last: 3, before: $before) { nodes { name } } }`), {
      before: next.people.pageInfo.startCursor,
    });
    expect(back.people.nodes).toEqual(first.people.nodes);
    const all = await h.data(graphql(`query ApiAllPeople { people(first: 100) { nodes { name } } }`));
    expect(all.people.nodes).toHaveLength(first.people.totalCount);
  });

  it('refuses a page size above the cap with a clear error', async () => {
    const result = await h.gql(graphql(`query ApiPageTooLarge { statements(first: 101) { totalCount } }`));
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/at most 100/);
    const nested = await h.gql(
      graphql(`query ApiNestedPageTooLarge { people(first: 1) { nodes { statements(first: 500) { totalCount } } } }`),
    );
    expect(nested.errors?.[0]?.message).toMatch(/at most 100/);
  });
});
