// Many ingestions at once, sharing people, organizations and events: entity
// matching must not race into duplicates, and no statement may be lost. On
// PGlite the same requests run against its one serialized connection.
import { describe, expect, it } from 'vitest';
import { graphql } from './gql/index.ts';
import { usingPostgres } from './helpers/db.ts';
import { present, useHarness } from './helpers/gql.ts';

const h = useHarness();

const people = ['Sergey Lavrov', 'Dmytro Kuleba', 'Antony Blinken', 'Jens Stoltenberg', 'Olaf Scholz'];
const organizations = ['NATO', 'Russian Foreign Ministry', 'Pentagon'];

function article(n: number) {
  const speakers = [people[n % people.length], people[(n + 1) % people.length]] as string[];
  return {
    url: `https://example.com/concurrent/${n}`,
    headline: `Concurrent story ${n}`,
    body: `${speakers.join(' and ')} spoke about the crisis. Story ${n}.`,
    // Spelling variants on every other article: matching must still find one person.
    people: speakers.map((name, i) => ({ key: `p${i}`, name: n % 2 ? name.toUpperCase() : name })),
    organizations: [
      { key: 'o0', name: organizations[n % organizations.length] as string, kind: 'GOVERNMENT' },
      { key: 'o1', name: organizations[(n + 1) % organizations.length] as string, kind: 'GOVERNMENT' },
    ],
    events: [
      { key: 'crisis', name: 'Ukraine crisis' },
      { key: 'talks', name: 'Geneva talks', parent: 'crisis' },
    ],
    statements: speakers.map((_, i) => ({
      text: `statement ${i} of story ${n}`,
      kind: 'INDIRECT',
      speaker: `p${i}`,
      about: ['talks'],
      mentions: ['o0'],
    })),
  };
}

const INGEST = graphql(
  `mutation ConcurrencyIngestArticle($input: IngestArticleInput!) { ingestArticle(input: $input) { created article { url } } }`,
);

describe(`50 concurrent ingestions of overlapping articles (${usingPostgres ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('create each person, organization and event once and keep every statement', async () => {
    const results = await Promise.all(Array.from({ length: 50 }, (_, n) => h.gql(INGEST, { input: article(n) })));
    expect(results.filter((r) => r.errors)).toEqual([]);
    expect(results.every((r) => r.data?.ingestArticle.created)).toBe(true);
    const counts = await h.data(
      graphql(`query ConcurrencyCounts {
      people { totalCount nodes { name } }
      organizations { totalCount }
      events { totalCount }
      articles { totalCount }
      statements { totalCount }
    }`),
    );
    // Whichever spelling arrived first names the person; there is one of each.
    expect(counts.people.nodes.map((p) => p.name.toLowerCase()).sort()).toEqual(people.map((p) => p.toLowerCase()).sort());
    expect(counts.organizations.totalCount).toBe(organizations.length);
    expect(counts.events.totalCount).toBe(2);
    expect(counts.articles.totalCount).toBe(50);
    expect(counts.statements.totalCount).toBe(100);
    // Every statement about the sub-event is also in the parent event's scope.
    const crisis = await h.data(
      graphql(
        `query ConcurrencyCrisis { events(filter: { name: "Ukraine crisis" }) { nodes { statements(includeSubEvents: true) { totalCount } } } }`,
      ),
    );
    expect(present(crisis.events.nodes[0], 'the crisis').statements.totalCount).toBe(100);
  });

  it('store the same article once when it arrives 20 times at once', async () => {
    const same = {
      ...article(1000),
      people: [
        { key: 'p0', name: 'Emmanuel Macron' },
        { key: 'p1', name: 'Olaf Scholz' },
      ],
    };
    const results = await Promise.all(Array.from({ length: 20 }, () => h.gql(INGEST, { input: same })));
    expect(results.filter((r) => r.errors)).toEqual([]);
    expect(results.filter((r) => r.data?.ingestArticle.created)).toHaveLength(1);
    const counts = await h.data(
      graphql(`query ConcurrencySameArticle {
      articles(filter: { url: "https://example.com/concurrent/1000" }) { totalCount }
      people(filter: { name: "Macron" }) { totalCount }
      statements { totalCount }
    }`),
    );
    expect(counts.articles.totalCount).toBe(1);
    expect(counts.people.totalCount).toBe(1);
    expect(counts.statements.totalCount).toBe(102);
  });
});
