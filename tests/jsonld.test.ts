// /ld/<global id>: schema.org JSON-LD of the seed graph's articles, events,
// people, organizations, places, images and statements, each served document
// walked and every @type and property checked against schema.org as
// schema-dts declares it.
import { beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../src/ingest/seed.ts';
import { graphql } from './gql/index.ts';
import { present, useHarness } from './helpers/gql.ts';
import { schemaOrgVocabulary, vocabularyProblems } from './helpers/schema-org.ts';

const h = useHarness(async (harness) => {
  await seed(harness.db.db);
});
const vocabulary = schemaOrgVocabulary();

// biome-ignore lint/suspicious/noExplicitAny: served documents are walked by shape
type Ld = Record<string, any>;

async function ld(id: string): Promise<{ status: number; type: string | null; body: Ld }> {
  const response = await h.app.fetch(`http://test/ld/${encodeURIComponent(id)}`);
  return { status: response.status, type: response.headers.get('content-type'), body: (await response.json()) as Ld };
}

let ids: Record<'article' | 'pullBack' | 'kuleba' | 'ministry' | 'statement' | 'place' | 'image', string>;

beforeAll(async () => {
  const data = await h.data(
    graphql(`query JsonldIds {
    articles(first: 1) { nodes { id images(first: 1) { nodes { id } } } }
    events(filter: { name: "pull-back" }, first: 1) { nodes { id } }
    people(filter: { name: "Kuleba" }, first: 1) { nodes { id } }
    organizations(first: 100) { nodes { id kind } }
    statements(filter: { speakerName: "Kuleba" }, first: 1) { nodes { id } }
    places(first: 1) { nodes { id } }
  }`),
  );
  const article = present(data.articles.nodes[0], 'an article');
  ids = {
    article: article.id,
    image: present(article.images.nodes[0], 'an image').id,
    pullBack: present(data.events.nodes[0], 'the pull-back').id,
    kuleba: present(data.people.nodes[0], 'Kuleba').id,
    ministry: present(
      data.organizations.nodes.find((o) => o.kind === 'MINISTRY'),
      'a ministry',
    ).id,
    statement: present(data.statements.nodes[0], 'a statement by Kuleba').id,
    place: present(data.places.nodes[0], 'a place').id,
  };
});

describe('the schema.org vocabulary check', () => {
  it('knows schema.org and refuses what it does not have (so the checks below can fail)', () => {
    expect(vocabulary.types.size).toBeGreaterThan(500);
    expect(vocabulary.propertiesOf('Quotation')).toContain('spokenByCharacter');
    expect(vocabulary.propertiesOf('NewsArticle')).toContain('headline');
    expect(vocabulary.propertiesOf('ImageObject')).toContain('creditText');
    const wrong = { '@type': 'NewsArticle', headline: 'x', speaker: 'y', about: { '@type': 'Happening', name: 'z' } };
    expect(vocabularyProblems(vocabulary, wrong)).toEqual([
      '$.speaker: NewsArticle has no property "speaker"',
      '$.about: Happening is not a schema.org type',
    ]);
    // A property of another type is refused too: spokenByCharacter belongs to Quotation only.
    expect(vocabularyProblems(vocabulary, { '@type': 'Event', spokenByCharacter: 'x' })).toHaveLength(1);
  });
});

describe('/ld/<global id>', () => {
  it.each(['article', 'pullBack', 'kuleba', 'ministry', 'statement', 'place', 'image'] as const)(
    'serves %s as application/ld+json in the schema.org vocabulary only',
    async (name) => {
      const { status, type, body } = await ld(ids[name]);
      expect(status).toBe(200);
      expect(type).toBe('application/ld+json');
      expect(body['@context']).toBe('https://schema.org');
      expect(body['@id']).toBe(`http://test/ld/${encodeURIComponent(ids[name])}`);
      expect(vocabularyProblems(vocabulary, body)).toEqual([]);
    },
  );

  it('describes the article as a NewsArticle with its publisher, images and quotations', async () => {
    const { body } = await ld(ids.article);
    expect(body).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Russia says some troops returning to bases',
      url: 'https://www.nbcnews.com/news/world/russia-says-some-troops-returning-bases-ukraine-crisis-rcna16136',
      datePublished: '2022-02-15T00:00:00.000Z',
      publisher: { '@type': 'Organization', name: 'NBC News' },
    });
    expect(body.articleBody).toMatch(/^Russia said Tuesday that some of its troops/);
    expect(body.contributor.map((c: Ld) => [c['@type'], c.name])).toEqual([
      ['Person', 'Tatyana Chistikova'],
      ['Organization', 'Reuters'],
    ]);
    const images = body.image as Ld[];
    const meeting = images.find((image) => image.caption.startsWith('Russian President Vladimir Putin, meets')) as Ld;
    expect(meeting).toMatchObject({ '@type': 'ImageObject', creditText: 'Alexei Nikolsky / AP' });
    expect(meeting.creator.map((c: Ld) => [c['@type'], c.name])).toEqual([
      ['Person', 'Alexei Nikolsky'],
      ['Organization', 'Associated Press'],
    ]);
    const quotes = body.hasPart as Ld[];
    expect(quotes.length).toBeGreaterThan(10);
    const kuleba = quotes.find((quote) => quote.spokenByCharacter?.name === 'Dmytro Kuleba') as Ld;
    expect(kuleba).toMatchObject({ '@type': 'Quotation', creator: { '@type': 'Person', name: 'Dmytro Kuleba' } });
    expect(kuleba.isPartOf['@id']).toBe(body['@id']);
    expect(kuleba.about.length).toBeGreaterThan(0);
  });

  it('nests events both ways: superEvent up, subEvent down', async () => {
    const { body: event } = await ld(ids.pullBack);
    expect(event).toMatchObject({ '@type': 'Event', name: 'Announced partial pull-back of Russian troops' });
    const parent = event.superEvent as Ld;
    expect(parent['@type']).toBe('Event');
    const { body: up } = await ld(decodeURIComponent(String(parent['@id']).split('/ld/')[1] as string));
    expect(up.subEvent.map((child: Ld) => child['@id'])).toContain(event['@id']);
    const quotations = (event.subjectOf as Ld[]).filter((work) => work['@type'] === 'Quotation');
    expect(quotations.length).toBeGreaterThan(0);
    for (const quotation of quotations) expect(quotation.about.map((about: Ld) => about['@id'])).toContain(event['@id']);
  });

  it('gives a statement as a Quotation with its speaker, events and article', async () => {
    const { body } = await ld(ids.statement);
    expect(body).toMatchObject({
      '@type': 'Quotation',
      spokenByCharacter: { '@type': 'Person', name: 'Dmytro Kuleba' },
      creator: { '@type': 'Person', name: 'Dmytro Kuleba' },
      isPartOf: { '@type': 'NewsArticle', headline: 'Russia says some troops returning to bases' },
    });
    expect(body.text.length).toBeGreaterThan(10);
  });

  it('answers 404 NOT_FOUND for an id that names nothing, and for text that is not an id', async () => {
    const missing = Buffer.from('Person:00000000-0000-0000-0000-000000000000').toString('base64');
    for (const id of [missing, 'not-an-id']) {
      const { status, body } = await ld(id);
      expect(status, id).toBe(404);
      expect(body.errors[0].extensions.code).toBe('NOT_FOUND');
    }
  });

  it('answers 404 for a type that has no document (an API key)', async () => {
    const { status, body } = await ld(Buffer.from('ApiKey:x').toString('base64'));
    expect(status).toBe(404);
    expect(body.errors[0].extensions.code).toBe('NOT_FOUND');
  });
});
