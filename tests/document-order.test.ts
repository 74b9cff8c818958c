// Reading order: every list of an article's statements gives them in the
// order the article does, whatever their ids and however they were listed in
// the input. The article below is ingested with its statements shuffled, two
// of them without offsets (structured input), and all said on the same day
// (a date-only saidAt, the usual case): by id, the lists would come out in a
// random order (statement ids are random), so each assertion fails unless
// the stored position decides.
import { describe, expect, it } from 'vitest';
import type { OrderArticleStatementsQuery } from './gql/graphql.ts';
import { graphql } from './gql/index.ts';
import { having, present, useHarness } from './helpers/gql.ts';

const paragraphs = {
  q1: '"We will not retreat," Kuleba said at a news conference in Kyiv.',
  q2: '"Not one step back, not now and not later."',
  l: 'Lavrov said Moscow had no plans to invade its neighbour.',
  q3: '"Ukraine will defend every village," Kuleba added.',
  q4: '"Our partners stand with us."',
  q5: '"Diplomacy is still possible."',
};
type Key = keyof typeof paragraphs;
const order = Object.keys(paragraphs) as Key[];
const body = order.map((key) => paragraphs[key]).join('\n\n');
const offsetOf = (key: Key) => body.indexOf(paragraphs[key]);
const span = (key: Key) => ({ startOffset: offsetOf(key), endOffset: offsetOf(key) + paragraphs[key].length });
const said = (key: Key) => ({
  key,
  text: paragraphs[key],
  kind: key === 'l' ? 'INDIRECT' : 'DIRECT_QUOTE',
  speaker: key === 'l' ? 'lavrov' : 'kuleba',
  about: ['talks'],
  ...span(key),
});
const noOffsets = (key: 'n1' | 'n2', text: string) => ({ key, text, kind: 'PARAPHRASE', speaker: 'kuleba', about: ['talks'] });

const input = {
  url: 'https://example.com/reading-order',
  headline: 'Kuleba: we will not retreat',
  body,
  publishedAt: '2022-02-15',
  people: [
    { key: 'kuleba', name: 'Dmytro Kuleba' },
    { key: 'lavrov', name: 'Sergei Lavrov' },
  ],
  events: [{ key: 'talks', name: 'Reading-order talks' }],
  about: ['talks'],
  // Listed out of reading order on purpose; n1 before n2 is the input's own order.
  statements: [
    said('q5'),
    noOffsets('n1', 'Kuleba called for calm.'),
    said('q3'),
    said('q1'),
    noOffsets('n2', 'Kuleba asked for more support.'),
    said('q4'),
    said('l'),
    said('q2'),
  ],
  relations: [
    { from: 'q5', to: 'l', kind: 'RESPONDS_TO' },
    { from: 'q3', to: 'l', kind: 'RESPONDS_TO' },
    { from: 'q4', to: 'l', kind: 'RESPONDS_TO' },
  ],
};

const texts: Record<string, string> = { ...paragraphs, n1: 'Kuleba called for calm.', n2: 'Kuleba asked for more support.' };
const inReadingOrder = (...keys: string[]) => keys.map((key) => texts[key]);
const readingOrder = ['q1', 'q2', 'l', 'q3', 'q4', 'q5', 'n1', 'n2'];
const kulebaOrder = readingOrder.filter((key) => key !== 'l');

const h = useHarness(async (harness) => {
  await harness.data(graphql(`mutation OrderIngestArticle($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }`), {
    input,
  });
});

async function ids() {
  const { articles, people, events } = await h.data(
    graphql(`query OrderArticles {
    articles(filter: { url: "https://example.com/reading-order" }) { nodes { id } }
    people(filter: { name: "Kuleba" }) { nodes { id } }
    events(filter: { name: "Reading-order talks" }) { nodes { id } }
  }`),
  );
  const lavrov = await h.data(graphql(`query OrderPeople { people(filter: { name: "Lavrov" }) { nodes { id } } }`));
  return {
    article: present(articles.nodes[0], 'the article').id,
    kuleba: present(people.nodes[0], 'Kuleba').id,
    lavrov: present(lavrov.people.nodes[0], 'Lavrov').id,
    event: present(events.nodes[0], 'the event').id,
  };
}

const textsOf = (nodes: { text: string }[]) => nodes.map((node) => node.text);

describe('statements in reading order', () => {
  it('Article.statements: by offset, then those without offsets in input order, with dense positions', async () => {
    const { article } = await ids();
    const { node } = await h.data(
      graphql(`query OrderNode($id: ID!) { node(id: $id) { ... on Article { statements(first: 20) { nodes { text position } } } } }`),
      {
        id: article,
      },
    );
    const { statements } = having(node, 'statements');
    expect(textsOf(statements.nodes)).toEqual(inReadingOrder(...readingOrder));
    expect(statements.nodes.map((s) => s.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('pages through an article in reading order', async () => {
    const { article } = await ids();
    const page = graphql(`query OrderArticlePage($id: ID!, $after: String) { node(id: $id) { ... on Article {
      statements(first: 3, after: $after) { nodes { text } pageInfo { endCursor hasNextPage } } } } }`);
    const fetchPage = (after: string | null) => h.data(page, { id: article, after });
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { node } = await fetchPage(after);
      const { statements } = having(node, 'statements');
      seen.push(...textsOf(statements.nodes));
      if (!statements.pageInfo.hasNextPage) break;
      after = statements.pageInfo.endCursor ?? null;
    }
    expect(seen).toEqual(inReadingOrder(...readingOrder));
  });

  it("a speaker's statements, latest first, keep one article's statements in reading order", async () => {
    const { kuleba } = await ids();
    const { node } = await h.data(
      graphql(`query OrderNode2($id: ID!) { node(id: $id) { ... on Person { statements(first: 20) { nodes { text } } } } }`),
      {
        id: kuleba,
      },
    );
    expect(textsOf(having(node, 'statements').statements.nodes)).toEqual(inReadingOrder(...kulebaOrder));
  });

  it("an event's statements and the root statements list follow reading order within the article", async () => {
    const { article, event } = await ids();
    const { node } = await h.data(
      graphql(`query OrderNode3($id: ID!) { node(id: $id) { ... on Event { statements(first: 20) { nodes { statement { text } } } } } }`),
      { id: event },
    );
    expect(having(node, 'statements').statements.nodes.map((n) => n.statement.text)).toEqual(inReadingOrder(...readingOrder));
    for (const orderBy of [null, { field: 'SAID_AT', direction: 'ASC' }, { field: 'CREATED_AT', direction: 'DESC' }]) {
      const { statements } = await h.data(
        graphql(
          `query OrderStatements($article: ID!, $orderBy: StatementOrder) { statements(filter: { article: $article }, orderBy: $orderBy, first: 20) { nodes { text } } }`,
        ),
        { article, orderBy },
      );
      expect(textsOf(statements.nodes)).toEqual(inReadingOrder(...readingOrder));
    }
  });

  it('compare and thread list statements said at the same time in reading order', async () => {
    const { event, kuleba, lavrov } = await ids();
    const { compare } = await h.data(
      graphql(
        `query OrderCompare($event: ID!, $speakers: [ID!]!) { compare(eventId: $event, speakerIds: $speakers) { columns { statements { text } } } }`,
      ),
      { event, speakers: [kuleba, lavrov] },
    );
    expect(present(compare, 'compare').columns.map((column) => textsOf(column.statements))).toEqual([
      inReadingOrder(...kulebaOrder),
      inReadingOrder('l'),
    ]);
    const { statements } = await h.data(
      graphql(`query OrderStatements2 { statements(filter: { textContains: "no plans to invade" }) { nodes { id } } }`),
    );
    const { node } = await h.data(
      graphql(`query OrderNode4($id: ID!) { node(id: $id) { ... on Statement { thread { depth statement { text } } } } }`),
      {
        id: present(statements.nodes[0], 'the statement').id,
      },
    );
    expect(having(node, 'thread').thread.map((entry) => [entry.depth, entry.statement.text])).toEqual([
      [0, texts.l],
      [1, texts.q3],
      [1, texts.q4],
      [1, texts.q5],
    ]);
  });

  it("relations made together list in the other statement's reading order, page by page", async () => {
    const { statements } = await h.data(
      graphql(`query OrderStatements3 { statements(filter: { textContains: "no plans to invade" }) { nodes { id } } }`),
    );
    const page = graphql(`query OrderRelationsPage($id: ID!, $after: String) { node(id: $id) { ... on Statement {
      relations(first: 1, after: $after) { totalCount nodes { from { text } } pageInfo { endCursor hasNextPage } } } } }`);
    const id = present(statements.nodes[0], 'the statement').id;
    const fetchPage = (after: string | null) => h.data(page, { id, after });
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { node } = await fetchPage(after);
      const { relations } = having(node, 'relations');
      expect(relations.totalCount).toBe(3);
      seen.push(...relations.nodes.map((relation) => relation.from.text));
      if (!relations.pageInfo.hasNextPage) break;
      after = relations.pageInfo.endCursor ?? null;
    }
    expect(seen).toEqual(inReadingOrder('q3', 'q4', 'q5'));
    const last = await h.data(
      graphql(`query OrderNode5($id: ID!) { node(id: $id) { ... on Statement { relations(last: 2) { nodes { from { text } } } } } }`),
      { id },
    );
    expect(having(last.node, 'relations').relations.nodes.map((relation) => relation.from.text)).toEqual(inReadingOrder('q4', 'q5'));
  });

  it('a statement added or moved by a mutation takes its place by offset; one without an offset goes last', async () => {
    const { article, kuleba } = await ids();
    const create = graphql(
      `mutation OrderCreateStatement($input: CreateStatementInput!) { createStatement(input: $input) { statement { id position } } }`,
    );
    const between = { startOffset: offsetOf('q2') - 1, endOffset: offsetOf('q2') };
    const added = await h.data(create, { input: { text: 'Inserted remark.', kind: 'PARAPHRASE', speaker: kuleba, article, ...between } });
    const inserted = present(added.createStatement, 'createStatement').statement;
    expect(inserted.position).toBe(1);
    const last = await h.data(create, { input: { text: 'Appended remark.', kind: 'PARAPHRASE', article } });
    expect(last.createStatement?.statement.position).toBe(9);
    texts.added = 'Inserted remark.';
    texts.last = 'Appended remark.';

    const list = graphql(
      `query OrderArticleStatements($id: ID!) { node(id: $id) { ... on Article { statements(first: 20) { nodes { text position } } } } }`,
    );
    let { node }: OrderArticleStatementsQuery = await h.data(list, { id: article });
    expect(textsOf(having(node, 'statements').statements.nodes)).toEqual(
      inReadingOrder('q1', 'added', 'q2', 'l', 'q3', 'q4', 'q5', 'n1', 'n2', 'last'),
    );
    expect(having(node, 'statements').statements.nodes.map((s) => s.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);

    // Moving the inserted remark to the end of the body reorders the article around it.
    await h.data(
      graphql(`mutation OrderUpdateStatement($input: UpdateStatementInput!) { updateStatement(input: $input) { statement { position } } }`),
      {
        input: { id: inserted.id, startOffset: body.length - 2, endOffset: body.length },
      },
    );
    ({ node } = await h.data(list, { id: article }));
    expect(textsOf(having(node, 'statements').statements.nodes)).toEqual(
      inReadingOrder('q1', 'q2', 'l', 'q3', 'q4', 'q5', 'added', 'n1', 'n2', 'last'),
    );
    expect(having(node, 'statements').statements.nodes.map((s) => s.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
