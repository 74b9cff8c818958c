// Web pages in: saved pages in four CMS layouts (WordPress, Arc XP, a wire
// service, AMP; fixtures in tests/fixtures/html/, prose of our own) read into
// headline, dates, authors, body without furniture and figures with credits,
// and ingested through ingestArticleHtml with statements whose offsets point
// into the stored body. Hostile pages (deep, huge, entity-heavy, scripted)
// are refused or read inert; ingestArticleText refuses HTML and names
// ingestArticleHtml; only an ingest credential may call it.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { describe, expect, it } from 'vitest';
import { createApiKey } from '../src/auth/keys.ts';
import { checkPageShape, htmlLimits, looksLikeHtml, readPage } from '../src/ingest/html.ts';
import { readSecurityConfig, securityDefaults } from '../src/security.ts';
import { createApp } from '../src/server.ts';
import { graphql } from './gql/index.ts';
import { type GqlResult, having, present, useHarness } from './helpers/gql.ts';

// Pages past the default 1 MiB request body reach the mutation, so that its own limits are what refuses them.
const h = useHarness(undefined, { security: readSecurityConfig({ NEWSGRAPH_MAX_BODY_BYTES: String(16 * 1024 * 1024) }) });

const fixture = (name: string) => readFileSync(new URL(`./fixtures/html/${name}.html`, import.meta.url), 'utf8');

type Layout = {
  file: string;
  url: string | null;
  stored: string;
  headline: string;
  publishedAt: string;
  authors: string[];
  publisher: string;
  section: string | null;
  language: string;
  bodyStart: string;
  bodyEnd: string;
  furniture: string[];
  images: { url: string; caption: string; creditLine: string; photographer: string | null; agencies: string[] }[];
  quote: { text: string; speaker: string };
};

const layouts: Layout[] = [
  {
    file: 'wordpress-post',
    url: 'https://harborvalleyledger.example/2026/03/04/council-backs-new-ferry-terminal/',
    stored: 'https://harborvalleyledger.example/2026/03/04/council-backs-new-ferry-terminal/',
    headline: 'Council backs new ferry terminal after five-hour meeting',
    publishedAt: '2026-03-05T05:40:00.000Z',
    authors: ['Dana Whitfield'],
    publisher: 'Harbor Valley Ledger',
    section: 'Local News',
    language: 'en-US',
    bodyStart: 'The Harbor Valley City Council voted 6-3 late Tuesday',
    bodyEnd: 'the terminal would open in 2029.',
    furniture: ['Share this', 'Related', 'Bridge repairs', 'Leave a Reply', 'Finally!', 'Recent Posts', 'covers city hall', 'Powered by'],
    images: [
      {
        url: 'https://harborvalleyledger.example/wp-content/uploads/2026/03/ferry-dock-1200x800.jpg',
        caption: 'Commuters wait at the old ferry dock at Pell Point on Tuesday morning.',
        creditLine: 'Photo: Marco Lindqvist/Harbor Valley Ledger',
        photographer: 'Marco Lindqvist',
        agencies: ['Harbor Valley Ledger'],
      },
      {
        url: 'https://harborvalleyledger.example/wp-content/uploads/2026/03/council-vote.jpg',
        caption: 'Council members listen to public comment before the vote.',
        creditLine: 'Photo: Dana Whitfield',
        photographer: 'Dana Whitfield',
        agencies: [],
      },
    ],
    quote: { text: 'Nobody asked the people who live here what they wanted,', speaker: 'Arlen Moss' },
  },
  {
    file: 'arc-article',
    url: null,
    stored: 'https://www.metrotribune.example/climate/2026/07/18/serra-valley-drought-farmers/',
    headline: 'Drought forces farmers in the Serra valley to choose between crops and cattle',
    publishedAt: '2026-07-18T10:00:00.000Z',
    authors: ['Lucia Ferraz', 'Owen Achebe'],
    publisher: 'The Metro Tribune',
    section: 'Climate',
    language: 'en-US',
    bodyStart: 'SERRA VALLEY — For three generations the Duarte family',
    bodyEnd: '“We will plant again when it rains,” Duarte said. “If it rains.”',
    furniture: [
      'Advertisement',
      'Sign up',
      'Most Read',
      'Wildfire season',
      'Watch:',
      'climate correspondent',
      'only in the script',
      'July 18, 2026 at',
    ],
    images: [
      {
        url: 'https://cloudfront.metrotribune.example/resizer/abc123/drought-lead.jpg',
        caption: 'Cracked mud covers the bed of the Alvor reservoir, which held water for three villages until May.',
        creditLine: '(Photo by Beatriz Coelho/Tribune Staff)',
        photographer: 'Beatriz Coelho',
        agencies: ['Tribune Staff'],
      },
      {
        url: 'https://www.metrotribune.example/resizer/def456/duarte-cattle.jpg',
        caption: 'Helena Duarte fills a trough for her cattle near the village of Alvor.',
        creditLine: '(Photo by Beatriz Coelho/Tribune Staff)',
        photographer: 'Beatriz Coelho',
        agencies: ['Tribune Staff'],
      },
    ],
    quote: { text: 'Nobody in this office wanted to send those letters,', speaker: 'Marta Oliveira' },
  },
  {
    file: 'wire-story',
    url: 'https://meridiannews.example/article/port-strike-ends-2f9c1a',
    stored: 'https://meridiannews.example/article/port-strike-ends-2f9c1a',
    headline: 'Port workers end strike after wage deal',
    publishedAt: '2026-05-12T14:05:00.000Z',
    authors: ['Inês Carvalho', 'Tomás Reis'],
    publisher: 'Meridian News Agency',
    section: 'World',
    language: 'en',
    bodyStart: 'LISBON, Portugal (MNA) — Dock workers at Portugal’s largest ports',
    bodyEnd: 'return to normal traffic by the end of the week.',
    furniture: ['INÊS CARVALHO', 'Updated', 'Copy Link', 'ADVERTISEMENT', 'Copyright', 'Related Stories', 'Ferry crews', 'Terms of Use'],
    images: [
      {
        url: 'https://meridiannews.example/photos/2026/05/12/port-lisbon.jpg',
        caption: 'Dock workers gather at the port of Lisbon after a union vote on Tuesday, May 12, 2026.',
        creditLine: '(Meridian Photo/Rui Lobo)',
        photographer: 'Rui Lobo',
        agencies: ['Meridian'],
      },
    ],
    quote: { text: 'This is not everything we asked for, but it is far more than we were offered,', speaker: 'Joana Mendes' },
  },
  {
    file: 'amp-article',
    url: null,
    stored: 'https://www.northfieldgazette.example/news/library-reopens-after-flood-repairs',
    headline: 'Library reopens after flood repairs',
    publishedAt: '2026-09-21T06:30:00.000Z',
    authors: ['Gwen Harper'],
    publisher: 'Northfield Gazette',
    section: null,
    language: 'en-GB',
    bodyStart: "Northfield's central library reopened on Saturday",
    bodyEnd: 'to make up for lost time, its manager said.',
    furniture: ['Local Democracy Reporter', 'You may also like', 'Canal walk', "What's On", 'Monday 21 September', 'UA-0000'],
    images: [
      {
        url: 'https://www.northfieldgazette.example/images/library-1200.jpg',
        caption: 'Volunteers reshelve books in the restored reading room.',
        creditLine: 'Picture: Sam Okafor',
        photographer: 'Sam Okafor',
        agencies: [],
      },
      {
        url: 'https://cdn.northfieldgazette.example/images/queue-800.jpg',
        caption: 'People queue on Market Street before the doors open.',
        creditLine: 'Picture: Sam Okafor',
        photographer: 'Sam Okafor',
        agencies: [],
      },
    ],
    quote: { text: 'We are not going to lose those books twice,', speaker: 'Imran Shah' },
  },
];

const INGEST_HTML = graphql(`mutation HtmlIngestArticle($input: IngestArticleHtmlInput!) {
  ingestArticleHtml(input: $input) {
    created statementCount createdEntities reusedEntities matchedExistingEvent
    page { canonicalUrl headline publishedAt modifiedAt authors publisher section language text
           images { url caption creditLine photographer agencies } }
    extraction { url headline body statements { text speaker start end } }
    article {
      url headline body publishedAt language
      publisher { name }
      contributors { nodes { role contributor { ... on Person { name } ... on Organization { name } } } }
      images { nodes { url caption creditLine photographer { name } agencies { nodes { organization { name } } } } }
      statements(first: 100) { nodes { text startOffset endOffset speaker { ... on Person { name } ... on Organization { name } } } }
    }
  }
}`);

const counts = async () => ({ articles: await h.db.db.article.count(), statements: await h.db.db.statement.count() });

describe.each(layouts)('a $file page', (layout) => {
  it('is read into headline, dates, authors, body without furniture, and figures with credits', () => {
    const page = readPage(fixture(layout.file), layout.url);
    expect(page).toMatchObject({
      canonicalUrl: layout.stored,
      headline: layout.headline,
      publishedAt: layout.publishedAt,
      publisher: layout.publisher,
      section: layout.section,
      language: layout.language,
    });
    expect(page.authors.map((a) => a.name)).toEqual(layout.authors);
    expect(page.text.startsWith(layout.bodyStart)).toBe(true);
    // The extractor drops what is left at the end (a "reported from" line): the stored body ends where the prose does.
    expect(page.text).toContain(layout.bodyEnd);
    for (const words of layout.furniture) expect(page.text).not.toContain(words);
    expect(page.text).not.toMatch(/<\/?[a-z]+[\s>]/);
    expect(page.text.split('\n\n').length).toBeGreaterThanOrEqual(6);
    expect(page.images).toEqual(layout.images);
  });

  it('is ingested through ingestArticleHtml with statements pointing into the stored body', async () => {
    const { ingestArticleHtml: result } = await h.data(INGEST_HTML, { input: { html: fixture(layout.file), url: layout.url } });
    expect(result.created).toBe(true);
    const article = present(result.article, 'the stored article');
    expect(article).toMatchObject({
      url: layout.stored,
      headline: layout.headline,
      publishedAt: layout.publishedAt,
      language: layout.language,
      publisher: { name: layout.publisher },
    });
    expect(article.body.startsWith(layout.bodyStart)).toBe(true);
    expect(article.body.endsWith(layout.bodyEnd)).toBe(true);
    for (const words of layout.furniture) expect(article.body).not.toContain(words);
    const authors = article.contributors.nodes.filter((c) => c.role === 'AUTHOR').map((c) => having(c.contributor, 'name').name);
    expect(authors).toEqual(layout.authors);
    // A contributor line naming an author by surname ("Reis reported from Porto.") leaves no one-word entity behind.
    const surnames = layout.authors.map((name) => name.split(' ').at(-1) as string);
    expect(await h.db.db.organization.count({ where: { name: { in: surnames } } })).toBe(0);
    expect(await h.db.db.person.count({ where: { name: { in: surnames } } })).toBe(0);
    expect(
      article.images.nodes.map((i) => ({
        url: i.url,
        caption: i.caption,
        creditLine: i.creditLine,
        photographer: i.photographer?.name ?? null,
        agencies: i.agencies.nodes.map((a) => a.organization.name),
      })),
    ).toEqual(layout.images);
    const statements = article.statements.nodes;
    expect(statements.length).toBe(result.statementCount);
    expect(statements.length).toBeGreaterThanOrEqual(2);
    for (const s of statements) {
      expect(article.body.slice(present(s.startOffset, 'startOffset'), present(s.endOffset, 'endOffset'))).toBe(s.text);
    }
    const quoted = present(
      statements.find((s) => s.text === layout.quote.text),
      'the quote',
    );
    expect(having(quoted.speaker, 'name').name).toBe(layout.quote.speaker);
  });
});

describe('a page whose story is not in an <article>', () => {
  it('is read from its <main>, with teaser cards left out', () => {
    const teaser = (n: number) =>
      `<article class="card"><figure><img src="/t${n}.jpg" alt="Teaser ${n}"><figcaption>Teaser ${n}</figcaption></figure><p>Teaser ${n} text.</p></article>`;
    const html = `<html><body><main><h1>Tram line opens</h1><div class="story-body">
      <figure><img src="/img/tram.jpg" alt=""><figcaption>The first tram leaves the depot. <span class="credit">Ana Lim/City Post</span></figcaption></figure>
      <p>The city's first tram line in sixty years opened on Saturday, carrying more than 9,000 passengers on its first day.</p>
      <p>"It is quicker than the bus and quieter than a car," said commuter Dev Rao, who rode it twice before lunch.</p>
      <p>The line runs every eight minutes between the station and the university, and a second line is planned for 2030.</p>
      </div><aside>${teaser(1)}${teaser(2)}</aside></main>${teaser(3)}</body></html>`;
    const page = readPage(html, 'https://citypost.example/tram');
    expect(page.images).toEqual([
      {
        url: 'https://citypost.example/img/tram.jpg',
        caption: 'The first tram leaves the depot.',
        creditLine: 'Ana Lim/City Post',
        photographer: 'Ana Lim',
        agencies: ['City Post'],
      },
    ]);
    expect(page.text.startsWith("The city's first tram line")).toBe(true);
    expect(page.text).not.toContain('Teaser');
  });
});

describe('ingestArticleHtml', () => {
  it('writes nothing in a dry run, and says what it read', async () => {
    const before = await counts();
    const html = fixture('wire-story').replace('port-strike-ends-2f9c1a', 'port-strike-ends-dry-run');
    const { ingestArticleHtml: result } = await h.data(INGEST_HTML, { input: { html, dryRun: true } });
    expect(await counts()).toEqual(before);
    expect(result).toMatchObject({ created: false, article: null, matchedExistingEvent: false });
    expect(result.page).toMatchObject({
      canonicalUrl: 'https://meridiannews.example/article/port-strike-ends-dry-run',
      modifiedAt: '2026-05-12T17:30:00.000Z',
      authors: ['Inês Carvalho', 'Tomás Reis'],
    });
    expect(result.extraction.url).toBe('https://meridiannews.example/article/port-strike-ends-dry-run');
    expect(result.statementCount).toBe(result.extraction.statements.length);
    for (const s of result.extraction.statements) expect(result.page.text.slice(s.start, s.end)).toBe(s.text);
  });

  it('changes nothing when the same page comes again', async () => {
    const before = await counts();
    const { ingestArticleHtml: again } = await h.data(INGEST_HTML, { input: { html: fixture('amp-article') } });
    expect(again.created).toBe(false);
    expect(await counts()).toEqual(before);
  });

  it('stores a page without a URL of its own under a derived one', async () => {
    const html = `<html><body><article><h1>Bakery wins prize</h1>
      <p>The Corner Loaf bakery on Hill Road won the county's bread prize on Friday, beating forty other entries from across the region.</p>
      <p>"We have been baking the same rye since 1987," said owner Fern Albright. "It is nice that someone noticed."</p>
      <p>The prize comes with a plaque and a place at the national finals in November, where the bakery will compete against winners from other counties.</p>
      </article></body></html>`;
    const { ingestArticleHtml: result } = await h.data(INGEST_HTML, { input: { html } });
    const article = present(result.article, 'the stored article');
    expect(article.url).toMatch(/^https:\/\/newsgraph\.invalid\/text\/[0-9a-f]{32}$/);
    expect(article.headline).toBe('Bakery wins prize');
    expect(article.language).toBe('en');
  });

  it('stores a photo already stored with another article, or shown twice, without its URL rather than refusing the page', async () => {
    // The first is the WordPress page's, stored above; the second is new, and shown twice.
    const stored = 'https://harborvalleyledger.example/wp-content/uploads/2026/03/ferry-dock-1200x800.jpg';
    const fresh = 'https://ledger.example/img/fare-table.jpg';
    const figure = (src: string, caption: string) =>
      `<figure><img src="${src}" alt=""><figcaption>${caption} <span class="credit">Photo: Marco Lindqvist</span></figcaption></figure>`;
    const html = `<html><body><article><h1>Ferry fares to rise</h1>${figure(stored, 'The Pell Point dock in March.')}
      <p>Ferry fares across the Harbor Valley will rise by fifty cents in July, the transit board decided on Thursday.</p>
      ${figure(fresh, 'The new fares.')}
      <p>"Nobody likes paying more, but the boats are forty years old," said board chair Wen Ortiz after the vote.</p>
      ${figure(fresh, 'The new fares again.')}
      <p>The increase is the first since 2019 and will pay for two new engines and a longer season on the island route.</p>
      </article></body></html>`;
    const { ingestArticleHtml: result } = await h.data(INGEST_HTML, { input: { html, url: 'https://ledger.example/fares' } });
    expect(result.created).toBe(true);
    expect(present(result.article, 'the stored article').images.nodes.map((i) => [i.caption, i.url])).toEqual([
      ['The Pell Point dock in March.', null],
      ['The new fares.', fresh],
      ['The new fares again.', null],
    ]);
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const before = await counts();
    const refusal = async (input: object) => {
      const { errors } = await h.gql(INGEST_HTML, { input });
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      return errors?.[0]?.extensions?.issues;
    };
    expect(await refusal({ html: '   ' })).toEqual([{ path: 'input.html', message: 'must not be empty' }]);
    expect(await refusal({ html: fixture('amp-article'), url: 'ftp://example.com/x' })).toEqual([
      { path: 'input.url', message: 'must be an absolute http(s) URL' },
    ]);
    expect(await refusal({ html: '<html><body><nav><a href="/">Home</a></nav></body></html>' })).toEqual([
      { path: 'input.html', message: 'holds no article text that could be read out of the page' },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('reads bare text or a fragment without <html>, never failing inside (the fuzzer found "\u202eevil")', async () => {
    for (const html of ['\u202eevil', 'just words', '<p>A fragment, without a page around it.</p>', '<!-- <html> --> text']) {
      const { errors } = await h.gql(INGEST_HTML, { input: { html, url: 'https://example.com/fragment', dryRun: true } });
      expect(errors?.map((error) => error.extensions?.code) ?? [], html).not.toContain('INTERNAL_SERVER_ERROR');
    }
    const read = readPage('<p>Mayor Ann Cole said the bridge would close.</p><p>It opens in May.</p>', 'https://example.com/');
    expect(read.text).toBe('Mayor Ann Cole said the bridge would close.\n\nIt opens in May.');
  });

  it('may be called with an ingest credential only', async () => {
    const security = securityDefaults(true);
    const app = createApp({ db: h.db.db, security });
    const { key } = await createApiKey(h.db.db, { name: 'html-editor', scopes: 'edit' });
    const ingestKey = (await createApiKey(h.db.db, { name: 'html-ingest', scopes: 'ingest' })).key;
    const html = fixture('wordpress-post');
    const call = async (headers: Record<string, string>) => {
      const response = await app.fetch('http://localhost:4000/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
        body: JSON.stringify({ query: String(INGEST_HTML), variables: { input: { html, dryRun: true } } }),
      });
      return (await response.json()) as GqlResult<ResultOf<typeof INGEST_HTML>>;
    };
    try {
      expect((await call({})).errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
      expect((await call({ authorization: `Bearer ${key}` })).errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      const allowed = await call({ authorization: `Bearer ${ingestKey}` });
      expect(allowed.errors).toBeUndefined();
      expect(allowed.data?.ingestArticleHtml.page.headline).toBe('Council backs new ferry terminal after five-hour meeting');
    } finally {
      await app.dispose();
    }
  });
});

describe('a hostile page', () => {
  const issues = async (html: string) => {
    const { errors } = await h.gql(INGEST_HTML, { input: { html, dryRun: true } });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    return errors?.[0]?.extensions?.issues;
  };

  it('nested 100,000 deep is refused before a tree is built', async () => {
    const deep = `<html><body>${'<div>'.repeat(100_000)}deep${'</div>'.repeat(100_000)}</body></html>`;
    const started = performance.now();
    expect(await issues(deep)).toEqual([{ path: 'input.html', message: `nests elements more than ${htmlLimits.depth} deep` }]);
    expect(performance.now() - started).toBeLessThan(2_000);
    // Unclosed paragraphs and list items close each other: a long flat page is not deep.
    expect(() => checkPageShape(`<body>${'<p>para '.repeat(5_000)}${'<li>item '.repeat(5_000)}</body>`, 'html')).not.toThrow();
  });

  it('too large, or with too many elements, is refused', async () => {
    const huge = `<html><body><p>${'x'.repeat(htmlLimits.size)}</p></body></html>`;
    expect(await issues(huge)).toEqual([
      { path: 'input.html', message: `must be at most ${htmlLimits.size} characters (got ${huge.length})` },
    ]);
    expect(() => checkPageShape(`<body>${'<span></span>'.repeat(htmlLimits.elements + 1)}</body>`, 'html')).toThrow(
      `has more than ${htmlLimits.elements} elements`,
    );
  });

  it('of a million entities decodes each once, in bounded time', () => {
    const html = `<html><body><article><p>${'&amp;'.repeat(1_000_000)}</p><p>${'&amp;lt;'.repeat(1_000)}</p></article></body></html>`;
    expect(() => checkPageShape(html, 'html')).not.toThrow();
    const started = performance.now();
    const page = readPage(html, null);
    expect(performance.now() - started).toBeLessThan(45_000);
    const [first, second] = page.text.split('\n\n');
    expect(first).toBe('&'.repeat(1_000_000));
    // &amp;lt; is "&lt;" as text, not a "<": decoding does not repeat.
    expect(second).toBe('&lt;'.repeat(1_000));
  }, 90_000);

  it('runs no script, fetches nothing, and keeps scripts, frames and handlers out of the body', async () => {
    let requests = 0;
    const server = createServer((_req, res) => {
      requests++;
      res.end('<p>fetched</p>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const flag = globalThis as { htmlPwned?: number };
    const html = `<!DOCTYPE html><html><head>
      <script>globalThis.htmlPwned = 1; document.write('<p>written by script</p>');</script>
      <script src="${origin}/evil.js"></script>
      <link rel="stylesheet" href="${origin}/style.css"><link rel="preload" href="${origin}/font.woff2">
      <meta http-equiv="refresh" content="0; url=${origin}/refresh">
      </head><body onload="globalThis.htmlPwned = 2">
      <article>
        <h1>Harbour festival draws record crowd</h1>
        <p onclick="globalThis.htmlPwned = 3">The harbour festival drew more than 20,000 visitors on Sunday, the largest crowd in its fifty-year history.</p>
        <img src="${origin}/pixel.gif" onerror="globalThis.htmlPwned = 4" alt="">
        <iframe src="${origin}/frame" srcdoc="<p>inside the frame</p>"></iframe>
        <p>"We ran out of <a href="javascript:globalThis.htmlPwned=6">programmes</a> by noon," said organiser Lena Brook. "Next year we will print twice as many."</p>
        <object data="${origin}/object.swf"><p>object fallback</p></object>
        <p>The festival ends on Monday with a parade of boats along the quay, weather permitting, and fireworks over the water at nine.</p>
        <svg><script>globalThis.htmlPwned = 5</script><foreignObject><p>svg text</p></foreignObject></svg>
        <noscript><p>enable javascript</p></noscript>
        <template><p>template text</p></template>
      </article></body></html>`;
    try {
      const { ingestArticleHtml: result } = await h.data(INGEST_HTML, { input: { html, url: 'https://festival.example/record-crowd' } });
      const { body } = present(result.article, 'the stored article');
      expect(body.startsWith('The harbour festival drew more than 20,000 visitors')).toBe(true);
      expect(body.endsWith('fireworks over the water at nine.')).toBe(true);
      for (const words of [
        'htmlPwned',
        'written by script',
        'inside the frame',
        'object fallback',
        'svg text',
        'enable javascript',
        'template text',
        'fetched',
        '<',
      ]) {
        expect(body).not.toContain(words);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(flag.htmlPwned).toBeUndefined();
      expect(requests).toBe(0);
    } finally {
      server.close();
    }
  });
});

describe('ingestArticleText', () => {
  const TEXT = `mutation($text: String!) { ingestArticleText(text: $text, dryRun: true) { statementCount } }`;

  it.each([
    ['a whole page', fixture('wordpress-post')],
    ['a page without a doctype', '<html><body><p>Hello</p></body></html>'],
    ['a body fragment', '  <body><p>The council voted on Tuesday.</p></body>'],
    ['mostly markup', '<div class="a"><p>One.</p></div><div class="b"><p>Two.</p></div><div><span>Three</span></div>'],
  ])('refuses %s, naming ingestArticleHtml', async (_name, text) => {
    const { errors } = await h.gql(TEXT, { text });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.extensions?.issues).toEqual([{ path: 'text', message: expect.stringContaining('ingestArticleHtml') }]);
  });

  it('takes prose that mentions a tag or two', async () => {
    const text =
      'The new law bans the <blink> tag on government sites, officials said on Monday.\n\nCritics said a <marquee> ban was next.';
    expect(looksLikeHtml(text)).toBe(false);
    const { errors } = await h.gql(TEXT, { text });
    expect(errors).toBeUndefined();
  });
});
