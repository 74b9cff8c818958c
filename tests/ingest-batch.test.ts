// The set-based batch writer (src/ingest/batch.ts) must leave the graph that
// writing the same articles one by one leaves: the same entities (matched by
// name, alias, case and diacritics, ties to the oldest, a name shared inside a
// batch made once), the same statements, links, mentions, images and
// co-occurrence connections. Concurrent batches must not create a person
// twice or deadlock, and one bad article must fail alone, named.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestBatch } from '../src/ingest/batch.ts';
import { ingestArticle } from '../src/ingest/ingest.ts';
import type { IngestArticleRaw } from '../src/ingest/input.ts';
import { createTestDatabase, type TestDatabase } from './helpers/db.ts';

type Named = Omit<Person, 'key'>;
type Person = { key: string; name: string; aliases?: string[]; description?: string; externalIds?: string[] };

/** An article naming `people` in its body, with statements, an event tree, a place tree, images and relations. */
function article(n: number, named: Omit<Person, 'key'>[], extra: Partial<IngestArticleRaw> = {}): IngestArticleRaw {
  const people = named.map((p, i) => ({ ...p, key: `p${i}` }));
  const speaker = people[0] as Person;
  const quote = `"We will act on the budget ${n}," ${speaker.name} said.`;
  const reply = `${people[1]?.name ?? 'The office'} replied that the plan ${n} was late.`;
  const body = `${people.map((p) => p.name).join(' and ')} met the Finance Ministry in Lyon. ${quote} ${reply}`;
  const at = (text: string) => body.indexOf(text);
  return {
    url: `https://news.example/batch/${n}`,
    headline: `Budget talks, part ${n}`,
    body,
    publishedAt: `2026-11-${String(10 + (n % 15)).padStart(2, '0')}T08:00:00Z`,
    people: people.map((p, i) => ({
      ...p,
      affiliations: i === 0 ? [{ organization: 'ministry', role: 'minister' }] : [{ role: 'adviser' }],
    })),
    organizations: [
      { key: 'office', name: 'Tax Office', kind: 'GOVERNMENT', parent: 'ministry' },
      { key: 'ministry', name: n % 2 ? 'Finance Ministry' : 'FINANCE MINISTRY', aliases: ['MoF'], kind: 'GOVERNMENT' },
      { key: 'agency', name: 'Wire Photos', kind: 'MEDIA' },
    ],
    places: [
      { key: 'lyon', name: 'Lyon', kind: 'CITY', parent: 'france', latitude: 45.76, longitude: 4.84 },
      { key: 'france', name: n % 3 ? 'France' : 'Frañce', kind: 'COUNTRY' },
    ],
    events: [
      {
        key: 'vote',
        name: `Budget vote ${n % 2}`,
        kind: 'ANNOUNCEMENT',
        parent: 'summit',
        participants: [{ entity: 'p0', role: 'voter' }],
      },
      {
        key: 'summit',
        name: n % 2 ? 'Budget summit' : 'budget SUMMIT',
        kind: 'MEETING',
        place: 'lyon',
        participants: people.map((p) => ({ entity: p.key })).concat([{ entity: 'ministry' }]),
      },
    ],
    about: ['summit'],
    publisher: 'agency',
    place: 'lyon',
    contributors: [{ entity: people.at(-1)?.key as string, role: 'AUTHOR' }],
    statements: [
      {
        key: 's1',
        text: quote,
        kind: 'DIRECT_QUOTE',
        speaker: speaker.key,
        addressee: 'ministry',
        startOffset: at(quote),
        endOffset: at(quote) + quote.length,
        about: ['vote'],
        mentions: ['ministry', 'lyon'],
      },
      {
        key: 's2',
        text: reply,
        kind: 'PARAPHRASE',
        speaker: people[1]?.key ?? 'office',
        startOffset: at(reply),
        endOffset: at(reply) + reply.length,
        confidence: 0.8,
        about: ['summit'],
        mentions: [speaker.key],
      },
      { text: `An unplaced remark ${n}.`, kind: 'PARAPHRASE', speaker: 'office' },
    ],
    relations: [{ from: 's2', to: 's1', kind: 'RESPONDS_TO' }],
    images: [
      {
        url: `https://img.example/${n}.jpg`,
        caption: `At the summit ${n}`,
        photographer: speaker.key,
        agencies: ['agency'],
        place: 'lyon',
        depicts: people.map((p) => p.key).concat(['summit']),
      },
    ],
    ...extra,
  };
}

const maria: Named = { name: 'Maria Kowalska', aliases: ['Kowalska'] };
const anna: Named = { name: 'Anna Kowalska', aliases: ['A. Kowalska'], externalIds: ['wikidata:Q1'] };
const annaAccent: Named = { name: 'ANNA KOWALSKÁ', description: 'finance minister' };
const onlySurname: Named = { name: 'Kowalska' };
const jean: Named = { name: 'Jean Dupont' };
const jeanShort: Named = { name: 'J. Dupont', aliases: ['Jean Dupont'] };
const jeanAgain: Named = { name: 'J Dupont' };
const nowak: Named = { name: 'Piotr Nowak', aliases: ['Nowak'] };
const nowakSurname: Named = { name: 'NOWAK' };
const zelensky: Named = { name: 'Volodymyr Zelenskyy' };
const zelenskiy: Named = { name: 'Volodymyr Zelenskiy' };
const ewaNowicka: Named = { name: 'Ewa Nowicka', aliases: ['Ewa'] };
/** Shares one key with Maria ("kowalska") and one with Ewa Nowicka ("ewa"): a tie, which goes to the older, Maria. */
const ewaKowalska: Named = { name: 'Ewa Kowalska', aliases: ['Kowalska', 'Ewa'] };

/** Stored before either way of writing starts. */
const before = [article(0, [maria, jean])];
/** In batches of three: shared names inside a batch and across batches, a repeat, a copy under another URL. */
const articles: IngestArticleRaw[] = [
  article(1, [anna, jean]),
  article(2, [annaAccent, onlySurname, jeanShort]),
  article(1, [anna, jean]),
  article(3, [jeanAgain, nowak, zelensky]),
  { ...article(4, [nowakSurname, anna]), url: 'https://news.example/batch/copy-of-4' },
  article(4, [nowakSurname, anna]),
  article(6, [ewaNowicka]),
  before[0] as IngestArticleRaw,
  article(7, [ewaKowalska, jean]),
  article(5, [zelenskiy, nowakSurname, jean]),
  article(8, [ewaKowalska]),
];

/** Everything stored, by natural keys (names, URLs, positions), sorted: ids and times left out. */
async function graph(database: TestDatabase) {
  const rows = (sql: string) => database.db.$queryRawUnsafe<Record<string, unknown>[]>(sql);
  const entity = `(SELECT id, 'Person ' || name AS name FROM person UNION ALL SELECT id, 'Organization ' || name FROM organization
                   UNION ALL SELECT id, 'Place ' || name FROM place UNION ALL SELECT id, 'Event ' || name FROM event)`;
  const statement = `(SELECT s.id, a.url || '#' || s.position AS name FROM statement s JOIN article a ON a.id = s.article_id)`;
  const name = (column: string, from = entity) => `(SELECT string_agg(name, '|') FROM ${from} x WHERE x.id = ${column})`;
  const queries: Record<string, string> = {
    people: 'SELECT name, aliases, normalized_names, description, external_ids FROM person',
    organizations: `SELECT name, aliases, normalized_names, description, kind::text, external_ids, ${name('parent_id')} AS parent FROM organization`,
    places: `SELECT name, aliases, kind::text, latitude, longitude, external_ids, ${name('parent_id')} AS parent FROM place`,
    events: `SELECT name, description, kind::text, start_at, ${name('place_id')} AS place, ${name('parent_id')} AS parent,
                    (SELECT array_agg(${name('a')} ORDER BY i) FROM unnest(ancestor_ids) WITH ORDINALITY AS u(a, i)) AS ancestors FROM event`,
    articles: `SELECT url, headline, body, published_at, language, content_hash, ${name('publisher_id')} AS publisher, ${name('place_id')} AS place FROM article`,
    affiliations: `SELECT ${name('person_id')} AS person, ${name('organization_id')} AS organization, role,
                          (SELECT url FROM article WHERE id = article_id) AS article FROM affiliation`,
    participants: `SELECT ${name('event_id')} AS event, ${name('coalesce(person_id, organization_id)')} AS entity, role FROM event_participant`,
    articleEvents: `SELECT (SELECT url FROM article WHERE id = article_id) AS article, ${name('event_id')} AS event FROM article_event`,
    contributors: `SELECT (SELECT url FROM article WHERE id = article_id) AS article, ${name('coalesce(person_id, organization_id)')} AS entity, role::text, position FROM article_contributor`,
    statements: `SELECT ${name('id', statement)} AS statement, text, kind::text, ${name('speaker_person_id')} AS speaker_person,
                        ${name('speaker_organization_id')} AS speaker_organization, ${name('coalesce(addressee_person_id, addressee_organization_id)')} AS addressee,
                        said_at, start_offset, end_offset, confidence FROM statement`,
    statementEvents: `SELECT ${name('statement_id', statement)} AS statement, ${name('event_id')} AS event, direct FROM statement_event`,
    statementMentions: `SELECT ${name('statement_id', statement)} AS statement, ${name('coalesce(person_id, organization_id, place_id, event_id)')} AS entity FROM statement_mention`,
    relations: `SELECT ${name('from_id', statement)} AS "from", ${name('to_id', statement)} AS "to", kind::text FROM statement_relation`,
    images: `SELECT url, caption, (SELECT url FROM article WHERE id = article_id) AS article, ${name('photographer_id')} AS photographer, ${name('place_id')} AS place FROM image`,
    agencies: `SELECT (SELECT url FROM image WHERE id = image_id) AS image, ${name('organization_id')} AS agency, position FROM image_agency`,
    depictions: `SELECT (SELECT url FROM image WHERE id = image_id) AS image, ${name('coalesce(person_id, organization_id, place_id, event_id)')} AS entity FROM image_depiction`,
    mentions: `SELECT (SELECT url FROM article WHERE id = article_id) AS article, ${name('coalesce(person_id, organization_id, place_id, event_id)')} AS entity, count, offsets FROM article_mention`,
    connections: `SELECT ${name('source_id')} AS source, kind, ${name('target_id')} AS target, evidence_count, weight, relation_counts, reason FROM entity_connection`,
    totals: `SELECT ${name('source_id')} AS source, kind, edges FROM entity_connection_total`,
  };
  const result: Record<string, string[]> = {};
  for (const [table, sql] of Object.entries(queries)) {
    result[table] = (await rows(sql)).map((row) => JSON.stringify(row, (_, v) => (typeof v === 'bigint' ? Number(v) : v))).sort();
  }
  return result;
}

let oneByOne: TestDatabase;
let batched: TestDatabase;

beforeAll(async () => {
  oneByOne = await createTestDatabase();
  batched = await createTestDatabase();
  for (const database of [oneByOne, batched]) for (const raw of before) await ingestArticle(database.db, raw);
});
afterAll(async () => {
  await oneByOne?.drop();
  await batched?.drop();
});

describe('the batch writer', () => {
  it('leaves the graph that writing the articles one by one leaves', async () => {
    for (const raw of articles) await ingestArticle(oneByOne.db, structuredClone(raw));
    const outcomes = [];
    for (let i = 0; i < articles.length; i += 3) {
      const { outcomes: written, fallback } = await ingestBatch(batched.db, structuredClone(articles.slice(i, i + 3)));
      expect(fallback).toBeNull();
      outcomes.push(...written);
    }
    expect(outcomes.map((o) => ('created' in o ? o.created : o.error))).toEqual([
      true,
      true,
      false,
      true,
      true,
      false,
      true,
      false,
      true,
      true,
      true,
    ]);

    const expected = await graph(oneByOne);
    const actual = await graph(batched);
    // Not an empty comparison: one Maria, one Anna (accented, upper case), one Jean, one Nowak, one Zelenskyy, one Ewa.
    expect(expected.people?.map((p) => JSON.parse(p).name).sort()).toEqual([
      'Anna Kowalska',
      'Ewa Nowicka',
      'Jean Dupont',
      'Maria Kowalska',
      'Piotr Nowak',
      'Volodymyr Zelenskyy',
    ]);
    expect(expected.statements).toHaveLength(3 * 9);
    expect(expected.connections?.length).toBeGreaterThan(20);
    for (const table of Object.keys(expected)) expect({ table, rows: actual[table] }).toEqual({ table, rows: expected[table] });
  });

  it('stores the other articles of a batch with a bad one, and names the bad one', async () => {
    const good = article(20, [nowak, jean]);
    const badRef = article(21, [anna], {
      statements: [{ text: 'Nobody said this.', kind: 'DIRECT_QUOTE', speaker: 'nobody' }],
    });
    const invalid = { ...article(22, [anna]), headline: '' };
    // Stored already: the batch's insert fails, and one-by-one writing names the image.
    const takenImage = article(23, [maria], { images: [{ url: 'https://img.example/1.jpg', caption: 'again' }] });
    const alsoGood = article(24, [zelensky]);
    const { outcomes, fallback } = await ingestBatch(batched.db, [good, badRef, invalid, takenImage, alsoGood]);
    expect(fallback).not.toBeNull();
    const describe = (o: (typeof outcomes)[number]) =>
      'error' in o
        ? ((o.error as { extensions?: { issues?: { path: string }[] } }).extensions?.issues?.[0]?.path ?? String(o.error))
        : o.created;
    expect(outcomes.map(describe)).toEqual([true, 'statements.0.speaker', 'headline', expect.stringContaining('images.0.url'), true]);
    const stored = await batched.db.article.findMany({ where: { url: { in: [good.url, alsoGood.url, badRef.url, takenImage.url] } } });
    expect(stored.map((a) => a.url).sort()).toEqual([good.url, alsoGood.url].sort());
  });

  it('reuses an entity given by id', async () => {
    const stored = await batched.db.person.findFirstOrThrow({ where: { name: 'Jean Dupont' } });
    const byId: Named = { name: 'Jean-Baptiste Dupont', aliases: ['JB'] };
    const raw = article(30, [byId]);
    (raw.people as { id?: string }[])[0] = { ...(raw.people?.[0] as object), id: encodeGlobalID('Person', stored.id) };
    const { outcomes, fallback } = await ingestBatch(batched.db, [raw]);
    expect(fallback).toBeNull();
    expect(outcomes[0]).toMatchObject({ created: true, entities: { reused: expect.any(Number) } });
    const after = await batched.db.person.findUniqueOrThrow({ where: { id: stored.id } });
    expect(after.aliases).toEqual(expect.arrayContaining(['Jean-Baptiste Dupont', 'JB']));
  });
});

describe('concurrent batch writers (truly concurrent on PostgreSQL; PGlite runs one transaction at a time)', () => {
  it('create no person twice and do not deadlock on overlapping names', async () => {
    const database = await createTestDatabase();
    try {
      const names = ['Ada Byron', 'Alan Turing', 'Grace Hopper', 'Edsger Dijkstra', 'Barbara Liskov', 'Donald Knuth'];
      // Six writers, each naming the same people in another order, in batches of four.
      const writers = Array.from({ length: 6 }, (_, w) =>
        Array.from({ length: 4 }, (_, i) => {
          const people = [0, 1, 2].map((j) => ({ key: `p${j}`, name: names[(w + i + j * 2) % names.length] as string }));
          return article(100 + w * 10 + i, people);
        }),
      );
      const results = await Promise.all(writers.map((batch) => ingestBatch(database.db, batch)));
      expect(results.map((r) => r.fallback)).toEqual(results.map(() => null));
      expect(results.flatMap((r) => r.outcomes).every((o) => 'created' in o && o.created)).toBe(true);
      const people = await database.db.person.groupBy({ by: ['name'], _count: true });
      expect(people.map((p) => [p.name, p._count]).sort()).toEqual(names.map((n) => [n, 1]).sort());
      const organizations = await database.db.organization.groupBy({ by: ['name'], _count: true });
      expect(organizations.every((o) => o._count === 1)).toBe(true);
    } finally {
      await database.drop();
    }
  });
});
