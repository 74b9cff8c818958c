// Structured ingestion: entity resolution, idempotency, and bad input that
// writes nothing.
import { encodeGlobalID } from '@pothos/plugin-relay';
// Every test starts from an empty database and ingests what it needs, so any
// one of them runs alone (`-t`) or in any order.
import { beforeEach, describe, expect, it } from 'vitest';
import { nameColumns } from '../src/db/names.ts';
import { graphql } from './gql/index.ts';
import { truncateAll } from './helpers/db.ts';
import { present, useHarness } from './helpers/gql.ts';

const h = useHarness();
beforeEach(() => truncateAll(h.db));

const INGEST = graphql(`mutation IngestTestArticle($input: IngestArticleInput!) {
  ingestArticle(input: $input) { created createdEntities reusedEntities statementCount article { id url statements { totalCount } } }
}`);

const article = (n: number, extra: Record<string, unknown> = {}) => ({
  url: `https://example.com/news/${n}`,
  headline: `Headline ${n}`,
  body: `Sergey Lavrov said talks would continue. Story number ${n}.`,
  publishedAt: '2022-02-16T10:00:00Z',
  people: [{ key: 'lavrov', name: 'Sergey Lavrov', aliases: ['Sergei Lavrov'] }],
  organizations: [{ key: 'mfa', name: 'Russian Foreign Ministry', kind: 'MINISTRY' }],
  statements: [{ key: 's1', text: 'talks would continue', kind: 'INDIRECT', speaker: 'lavrov', verb: 'said' }],
  ...extra,
});

const counts = async () =>
  h.data(
    graphql(
      `query IngestTestCounts { people { totalCount } organizations { totalCount } statements { totalCount } articles { totalCount } }`,
    ),
  );

/** Ingests article `n` (with `extra` fields) and returns the mutation's payload. */
const ingest = async (n: number, extra: Record<string, unknown> = {}) =>
  present((await h.data(INGEST, { input: article(n, extra) })).ingestArticle, 'ingestArticle');

/** The article by which Sergey Lavrov (aliases Sergei Lavrov, Lavrov, Sergei V.) has two statements. */
const lavrovTwice = async () => {
  await ingest(1);
  await ingest(2, { people: [{ key: 'lavrov', name: 'SERGEI LAVROV', aliases: ['Lavrov, Sergei V.'] }] });
};

const LAVROV = graphql(`query IngestTestLavrov { people(filter: { name: "lavrov" }) { nodes { id } } }`);

describe('ingestArticle', () => {
  it('writes an article with its entities and statements', async () => {
    const { ingestArticle } = await h.data(INGEST, { input: article(1) });
    expect(ingestArticle.created).toBe(true);
    expect(ingestArticle.createdEntities).toBe(2);
    expect(ingestArticle.article.statements.totalCount).toBe(1);
  });

  it('changes nothing when the same article comes again, by url or by content', async () => {
    await ingest(1);
    const before = await counts();
    const again = await h.data(INGEST, { input: article(1) });
    expect(again.ingestArticle.created).toBe(false);
    const sameBody = await h.data(INGEST, { input: { ...article(1), url: 'https://example.com/mirror/1' } });
    expect(sameBody.ingestArticle.created).toBe(false);
    expect(sameBody.ingestArticle.article.url).toBe('https://example.com/news/1');
    expect(await counts()).toEqual(before);
  });

  it('reuses people by name variant and extends their aliases', async () => {
    await ingest(1);
    const ingestArticle = await ingest(2, { people: [{ key: 'lavrov', name: 'SERGEI LAVROV', aliases: ['Lavrov, Sergei V.'] }] });
    expect(ingestArticle.reusedEntities).toBe(2);
    const { people } = await h.data(
      graphql(`query IngestTestLavrovAliases {
        people(filter: { name: "lavrov" }) { totalCount nodes { name aliases statements { totalCount } } }
      }`),
    );
    expect(people.totalCount).toBe(1);
    const [lavrov] = people.nodes;
    expect(lavrov?.name).toBe('Sergey Lavrov');
    expect(lavrov?.aliases).toContain('Lavrov, Sergei V.');
    expect(lavrov?.statements.totalCount).toBe(2);
  });

  it('writes nothing to a matched record the article adds nothing to', async () => {
    await lavrovTwice();
    const lavrov = () => h.db.db.person.findFirstOrThrow({ where: { name: 'Sergey Lavrov' } });
    const before = await lavrov();
    const ingestArticle = await ingest(9, { people: [{ key: 'lavrov', name: 'Sergei Lavrov', aliases: ['Lavrov, Sergei V.'] }] });
    expect(ingestArticle.reusedEntities).toBe(2);
    const after = await lavrov();
    expect(after.updatedAt).toEqual(before.updatedAt);
    expect(after.aliases).toEqual(before.aliases);
  });

  it('accepts existing entities by global id', async () => {
    await ingest(1);
    const { people } = await h.data(LAVROV);
    const ingestArticle = await ingest(3, {
      people: [],
      statements: [{ text: 'talks would continue', kind: 'INDIRECT', speaker: present(people.nodes[0], 'Lavrov').id }],
    });
    expect(ingestArticle.created).toBe(true);
  });

  it('matches events by name in any case, but only by the literal name', async () => {
    await ingest(1);
    const withEvent = (n: number, name: string) => ingest(n, { events: [{ key: 'e', name }] });
    expect((await withEvent(4, '100% Talks')).createdEntities).toBe(1);
    expect((await withEvent(5, '100% TALKS')).reusedEntities).toBe(3);
    // % and _ are no wildcards, and a trailing backslash is no database error.
    for (const [n, name] of [
      [6, '100%'],
      [7, '100_ Talks'],
      [8, '100% Talks\\'],
    ] as const) {
      expect((await withEvent(n, name)).createdEntities).toBe(1);
    }
    const { events } = await h.data(graphql(`query IngestTestEvents { events(filter: { name: "100" }) { nodes { name } } }`));
    expect(events.nodes.map((e) => e.name).sort()).toEqual(['100%', '100% Talks', '100% Talks\\', '100_ Talks']);
  });

  it('matches the person sharing the most spellings, however many share one', async () => {
    // 24 older people answer to "Petrenko" alone; the one also called "Ivan Petrenko" is the newest.
    await h.db.db.person.createMany({
      data: Array.from({ length: 24 }, (_, i) => nameColumns(`${String.fromCharCode(65 + i)}. Petrenko`, ['Petrenko'])),
    });
    const ivan = await h.db.db.person.create({ data: nameColumns('Ivan Petrenko', ['Petrenko']) });
    const ingestArticle = await ingest(10, {
      people: [{ key: 'ivan', name: 'Ivan Petrenko', aliases: ['Petrenko'] }],
      statements: [{ text: 'talks would continue', kind: 'INDIRECT', speaker: 'ivan', verb: 'said' }],
    });
    const { statements, people } = await h.data(
      graphql(`query IngestTestPetrenko($article: ID!) {
        statements(filter: { article: $article }) { nodes { speaker { ... on Node { id } } } }
        people(filter: { name: "Petrenko" }) { totalCount }
      }`),
      { article: ingestArticle.article.id },
    );
    expect(statements.nodes.map((s) => s.speaker?.id)).toEqual([encodeGlobalID('Person', ivan.id)]);
    expect(people.totalCount).toBe(25);
  });

  const refused: [string, Record<string, unknown>, RegExp][] = [
    ['unknown key', { statements: [{ text: 'x', kind: 'INDIRECT', speaker: 'nobody' }] }, /statements\.0\.speaker/],
    ['empty text', { statements: [{ text: '   ', kind: 'INDIRECT', speaker: 'lavrov' }] }, /statements\.0\.text: must not be empty/],
    ['over-long headline', { headline: 'x'.repeat(1001) }, /headline: must be at most 1000/],
    [
      'over-long role two input types down',
      { people: [{ key: 'lavrov', name: 'Sergey Lavrov', affiliations: [{ role: 'x'.repeat(301) }] }] },
      /people\.0\.affiliations\.0\.role: must be at most 300 characters/,
    ],
    ['invalid url', { url: 'not a url' }, /url/],
    ['invalid date', { publishedAt: 'yesterday' }, /publishedAt/],
    ['end before start', { events: [{ key: 'e', name: 'E', startAt: '2022-02-02', endAt: '2022-02-01' }] }, /events\.0\.endAt/],
    [
      'speaker of the wrong type',
      { places: [{ key: 'kyiv', name: 'Kyiv' }], statements: [{ text: 'x', kind: 'INDIRECT', speaker: 'kyiv' }] },
      /is a Place/,
    ],
    ['relation to a missing statement', { relations: [{ from: 's1', to: 's9', kind: 'RESPONDS_TO' }] }, /relations\.0\.to/],
    ['offset beyond the body', { statements: [{ text: 'x', kind: 'INDIRECT', startOffset: 0, endOffset: 10_000 }] }, /endOffset/],
    ['mention beyond the body', { mentions: [{ entity: 'lavrov', offsets: [0, 10_000] }] }, /mentions\.0\.offsets\.1: must be less than/],
  ];

  it.each(refused)('refuses %s with a BAD_USER_INPUT error naming the field, writing nothing', async (_name, change, pattern) => {
    const before = await counts();
    const result = await h.gql(INGEST, { input: article(100, change) });
    expect(result.data?.ingestArticle ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(pattern);
    expect(await counts()).toEqual(before);
  });
});

const DELETE_PERSON = graphql(`mutation IngestTestDeletePerson($id: ID!) { deletePerson(input: { id: $id }) { deletedId } }`);

describe('plain mutations', () => {
  it('refuses a new article body that ends before stored statement or mention offsets, naming them', async () => {
    const ingestArticle = await ingest(200, {
      statements: [{ key: 's1', text: 'talks would continue', kind: 'INDIRECT', speaker: 'lavrov', startOffset: 19, endOffset: 39 }],
      mentions: [
        { entity: 'lavrov', offsets: [0] },
        { entity: 'mfa', offsets: [45] },
      ],
    });
    const id = ingestArticle.article.id;
    const stored = present(
      (
        await h.data(graphql(`query IngestTestStoredArticle($id: ID!) { article(id: $id) { body statements { nodes { id } } } }`), {
          id,
        })
      ).article,
      'article',
    );
    const update = (body: string) =>
      h.gql(graphql(`mutation IngestTestUpdateArticle($i: UpdateArticleInput!) { updateArticle(input: $i) { article { body } } }`), {
        i: { id, body },
      });

    const tooShort = await update('Sergey Lavrov said talks.');
    expect(tooShort.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooShort.errors?.[0]?.message).toMatch(/^Invalid input: input\.body: is 25 characters long/);
    expect(tooShort.errors?.[0]?.message).toContain(`statement ${present(stored.statements.nodes[0], 'statement').id} (endOffset 39)`);
    expect(tooShort.errors?.[0]?.message).toMatch(/mention of \S+ \(offset 45\)/);
    expect(tooShort.errors?.[0]?.message).not.toMatch(/offset 0\)/);
    const unchanged = await h.data(graphql(`query IngestTestArticleBody($id: ID!) { article(id: $id) { body } }`), { id });
    expect(unchanged.article?.body).toBe(stored.body);

    const longEnough = 'Sergey Lavrov said talks would continue on Monday.';
    expect((await update(longEnough)).data?.updateArticle?.article.body).toBe(longEnough);
  });

  it('creates, updates and deletes a person', async () => {
    const created = await h.data(
      graphql(`mutation IngestTestCreatePerson {
        createPerson(input: { name: " Ada Test ", aliases: ["A. Test"] }) { person { id name aliases } }
      }`),
    );
    const person = present(created.createPerson, 'createPerson').person;
    const id = person.id;
    expect(person.name).toBe('Ada Test');
    const updated = await h.data(
      graphql(`mutation IngestTestUpdatePerson($id: ID!) {
        updatePerson(input: { id: $id, description: "tester" }) { person { description name } }
      }`),
      { id },
    );
    expect(updated.updatePerson?.person).toEqual({ description: 'tester', name: 'Ada Test' });
    const deleted = await h.data(DELETE_PERSON, { id });
    expect(deleted.deletePerson?.deletedId).toBe(id);
    expect((await h.data(graphql(`query IngestTestNode($id: ID!) { node(id: $id) { id } }`), { id })).node).toBeNull();
  });

  it('refuses to delete a person whose statements depend on them', async () => {
    await ingest(1);
    const { people } = await h.data(LAVROV);
    const result = await h.gql(DELETE_PERSON, { id: present(people.nodes[0], 'Lavrov').id });
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(result.errors?.[0]?.message).toMatch(/statements/);
  });

  it('validates mutation input fields by name', async () => {
    const result = await h.gql(graphql(`mutation IngestTestEmptyName { createPerson(input: { name: "" }) { person { id } } }`));
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/name/);
  });

  it('keeps sub-event statements reachable after an event moves under another', async () => {
    await ingest(1);
    const make = async (name: string) =>
      present(
        (
          await h.data(graphql(`mutation IngestTestCreateEvent($name: String!) { createEvent(input: { name: $name }) { event { id } } }`), {
            name,
          })
        ).createEvent,
        'createEvent',
      ).event.id;
    const root = await make('Root event');
    const child = await make('Child event');
    const { statements } = await h.data(graphql(`query IngestTestFirstStatement { statements(first: 1) { nodes { id } } }`));
    await h.data(
      graphql(`mutation IngestTestStatementAbout($id: ID!, $e: ID!) {
        updateStatement(input: { id: $id, about: [$e] }) { statement { id } }
      }`),
      { id: present(statements.nodes[0], 'statement').id, e: child },
    );
    const moveEvent = graphql(`mutation IngestTestMoveEvent($id: ID!, $p: ID!) {
      updateEvent(input: { id: $id, parent: $p }) { event { parent { name } } }
    }`);
    await h.data(moveEvent, { id: child, p: root });
    const { event } = await h.data(
      graphql(`query IngestTestSubEventStatements($id: ID!) { event(id: $id) { statements(includeSubEvents: true) { totalCount } } }`),
      { id: root },
    );
    expect(event?.statements.totalCount).toBe(1);
    const cycle = await h.gql(moveEvent, { id: root, p: child });
    expect(cycle.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
