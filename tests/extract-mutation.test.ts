// ingestArticleText through GraphQL: a dry run writes nothing, a write stores
// the article with its statements and event, a second call changes nothing,
// an article on the same story joins the stored event, and bad input is
// refused naming the field.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { graphql } from './gql/index.ts';
import { present, useHarness } from './helpers/gql.ts';

const h = useHarness();

const seedText = readFileSync(new URL('../corpus/seed-article.txt', import.meta.url), 'utf8');

const INGEST =
  graphql(`mutation ExtractMutationIngest($text: String!, $url: String, $headline: String, $publishedAt: DateTime, $publisher: String, $dryRun: Boolean) {
  ingestArticleText(text: $text, url: $url, headline: $headline, publishedAt: $publishedAt, publisher: $publisher, dryRun: $dryRun) {
    created matchedExistingEvent createdEntities reusedEntities statementCount
    article { id url headline events { nodes { event { id name } } } statements { totalCount } }
    extraction {
      url headline eventName
      statements { kind text speaker attributedFrom verb venue addressee confidence start end }
      entities { type name }
      images { caption creditLine photographer agencies }
      contributors { name role }
      dropped { reason text }
    }
  }
}`);

const counts = async () => {
  const rows = await h.db.db.$queryRaw<{ articles: number; statements: number; people: number; organizations: number; events: number }[]>`
    SELECT (SELECT count(*) FROM article)::int AS articles, (SELECT count(*) FROM statement)::int AS statements,
           (SELECT count(*) FROM person)::int AS people, (SELECT count(*) FROM organization)::int AS organizations,
           (SELECT count(*) FROM event)::int AS events`;
  return rows[0];
};

const follow = `Ukraine’s foreign minister, Dmytro Kuleba, said Wednesday that Kyiv had seen no sign of a Russian pull-back of troops near Ukraine.

“We have not seen any withdrawal,” Kuleba told reporters. “Words are not enough.”

Russia’s defense ministry said more units were returning to their bases, and Sergey Lavrov said talks with NATO would continue.`;

describe('ingestArticleText', () => {
  it('previews the extraction without writing anything in a dry run', async () => {
    const before = await counts();
    const { ingestArticleText } = await h.data(INGEST, { text: seedText, publishedAt: '2022-02-15T12:00:00Z', dryRun: true });
    expect(await counts()).toEqual(before);
    expect(ingestArticleText.article).toBeNull();
    expect(ingestArticleText.created).toBe(false);
    const { extraction } = ingestArticleText;
    expect(extraction.url).toMatch(/^https:\/\/newsgraph\.invalid\/text\/[0-9a-f]{32}$/);
    const kuleba = present(extraction.statements.find((s) => s.text === 'We’ll believe it when we see it,'));
    expect(kuleba).toMatchObject({ kind: 'DIRECT_QUOTE', speaker: 'Dmytro Kuleba', verb: 'said', venue: 'at a news conference' });
    expect(seedText.slice(kuleba.start, kuleba.end)).toBe(kuleba.text);
    const denial = extraction.statements.find((s: { kind: string }) => s.kind === 'DENIAL');
    expect(denial).toMatchObject({ text: 'it is planning an invasion', speaker: 'Government of Russia', verb: 'denied' });
    expect(extraction.contributors).toEqual([
      { name: 'Tatyana Chistikova', role: 'CONTRIBUTOR' },
      { name: 'Reuters', role: 'CONTRIBUTOR' },
    ]);
    expect(extraction.images[1]).toMatchObject({ creditLine: 'Alexei Nikolsky / AP', photographer: 'Alexei Nikolsky', agencies: ['AP'] });
    expect(extraction.dropped.map((d: { text: string }) => d.text)).toContain('Leave a Reply');
  });

  it('writes the article, its statements and an event named from the lead', async () => {
    const before = await counts();
    const { ingestArticleText } = await h.data(INGEST, {
      text: seedText,
      url: 'https://news.example/russia-pullback',
      headline: 'Russia says some troops returning to bases',
      publishedAt: '2022-02-15T12:00:00Z',
      publisher: 'NBC News',
    });
    expect(ingestArticleText.created).toBe(true);
    expect(ingestArticleText.matchedExistingEvent).toBe(false);
    expect(ingestArticleText.statementCount).toBe(16);
    expect(ingestArticleText.article?.statements.totalCount).toBe(16);
    const events = present(ingestArticleText.article).events.nodes.map((n: { event: { name: string } }) => n.event.name);
    expect(events).toEqual(['Russia says some troops returning to bases']);
    const after = await counts();
    expect(after?.articles).toBe((before?.articles ?? 0) + 1);
    expect(after?.statements).toBe((before?.statements ?? 0) + 16);
    // Kuleba's quotes are about his news conference, a sub-event of the article's event.
    const sub = await h.db.db.event.findFirst({ where: { kind: 'PRESS_CONFERENCE' }, include: { parent: true } });
    expect(sub?.name).toMatch(/^Dmytro Kuleba news conference/);
    expect(sub?.parent?.name).toBe('Russia says some troops returning to bases');
  });

  it('changes nothing when the same text comes again', async () => {
    const before = await counts();
    const { ingestArticleText } = await h.data(INGEST, {
      text: seedText,
      url: 'https://news.example/russia-pullback',
      publishedAt: '2022-02-15T12:00:00Z',
    });
    expect(ingestArticleText.created).toBe(false);
    expect(ingestArticleText.article?.url).toBe('https://news.example/russia-pullback');
    expect(await counts()).toEqual(before);
  });

  it('stores text without a URL under a stable derived URL, once', async () => {
    const text = 'Lavrov said Moscow would answer within a week. “We will study the proposals,” Lavrov said.';
    const first = await h.data(INGEST, { text: `Sergey ${text}`, publishedAt: '2022-03-01T00:00:00Z' });
    const second = await h.data(INGEST, { text: `Sergey ${text}`, publishedAt: '2022-03-01T00:00:00Z' });
    expect(first.ingestArticleText.created).toBe(true);
    expect(second.ingestArticleText.created).toBe(false);
    expect(second.ingestArticleText.article?.url).toBe(present(first.ingestArticleText.article).url);
    expect(first.ingestArticleText.article?.url).toMatch(/^https:\/\/newsgraph\.invalid\/text\//);
  });

  it('attaches a later article on the same story to the stored event and reuses its people', async () => {
    const { ingestArticleText } = await h.data(INGEST, {
      text: follow,
      url: 'https://news.example/kyiv-no-withdrawal',
      headline: 'Kyiv sees no sign of Russian troops pull-back',
      publishedAt: '2022-02-16T09:00:00Z',
    });
    expect(ingestArticleText.created).toBe(true);
    expect(ingestArticleText.matchedExistingEvent).toBe(true);
    expect(ingestArticleText.reusedEntities).toBeGreaterThan(0);
    const events = present(ingestArticleText.article).events.nodes.map((n: { event: { name: string } }) => n.event.name);
    expect(events).toEqual(['Russia says some troops returning to bases']);
    const kuleba = await h.db.db.person.findMany({ where: { name: { contains: 'Kuleba' } } });
    expect(kuleba).toHaveLength(1);
  });

  // A feed item's authors come beside the text: a name the text also gives is that person, another is a new person.
  it('credits the authors given beside the text as AUTHOR', async () => {
    const { ingestArticleText } = await h.data(
      graphql(`mutation ExtractMutationAuthors($text: String!, $url: String, $authors: [String!]) {
        ingestArticleText(text: $text, url: $url, authors: $authors) {
          article { contributors { nodes { role contributor { ... on Person { name } } } } }
        }
      }`),
      {
        text: 'Olena Byline said on Friday that the market in Lviv had reopened. “Prices are stable,” Olena Byline said.',
        url: 'https://news.example/lviv-market',
        authors: ['Olena Byline', 'Taras Writer'],
      },
    );
    expect(ingestArticleText.article?.contributors.nodes).toEqual([
      { role: 'AUTHOR', contributor: { name: 'Olena Byline' } },
      { role: 'AUTHOR', contributor: { name: 'Taras Writer' } },
    ]);
    expect(await h.db.db.person.count({ where: { name: 'Olena Byline' } })).toBe(1);
    const refused = await h.gql(`mutation { ingestArticleText(text: "Some text said here.", authors: [" "]) { created } }`);
    expect(refused.errors?.[0]?.extensions?.issues?.map((i: { path: string }) => i.path)).toEqual(['authors.0']);
  });

  it('refuses bad input with BAD_USER_INPUT naming the field, writing nothing', async () => {
    const before = await counts();
    const cases: [Record<string, unknown>, string][] = [
      [{ text: '   ' }, 'text'],
      [{ text: 'Some text said here.', url: 'not a url' }, 'url'],
      [{ text: 'Some text said here.', url: 'ftp://example.com/a' }, 'url'],
      [{ text: 'Some text said here.', headline: ' ' }, 'headline'],
      [{ text: 'Leave a Reply\n\nYour email address will not be published.' }, 'text'],
    ];
    for (const [variables, field] of cases) {
      const result = await h.gql(INGEST, variables);
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.issues?.map((i: { path: string }) => i.path)).toEqual([field]);
    }
    expect(await counts()).toEqual(before);
  });
});
