// ingestArticleHtml: a saved news web page in; with dryRun, what was read from
// it (the page's metadata and figures, and the extraction) out; otherwise the
// article written as ingestArticleText writes one. The reading lives in
// src/ingest/html.ts; this file only declares the GraphQL types.
import { builder } from '../builder.ts';
import type { Article as ArticleRow } from '../generated/prisma/client.ts';
import { htmlLimits, type Page } from '../ingest/html.ts';
import { extractHtml, type HtmlExtraction, ingestHtml } from '../ingest/ingest-html.ts';
import { Article } from './article.ts';
import { ArticleExtraction } from './extract.ts';

const toDate = (iso: string | null) => (iso ? new Date(iso) : null);

const WebPageImage = builder.objectRef<Page['images'][number]>('WebPageImage').implement({
  description: 'A figure of the article: the image with its caption and credit.',
  fields: (t) => ({
    url: t.string({ nullable: true, description: 'Absolute URL of the image, resolved against the page.', resolve: (i) => i.url }),
    caption: t.exposeString('caption', { description: 'Caption without the credit.' }),
    creditLine: t.string({ nullable: true, description: 'Credit as printed.', resolve: (i) => i.creditLine }),
    photographer: t.string({ nullable: true, description: 'Credited photographer.', resolve: (i) => i.photographer }),
    agencies: t.exposeStringList('agencies', { description: 'Credited agencies, in credit order.' }),
  }),
});

const WebPage = builder.objectRef<Page>('WebPage').implement({
  description:
    "What the page declares about itself (JSON-LD, OpenGraph and article meta tags, <time>, <html lang>) and its article's figures.",
  fields: (t) => ({
    canonicalUrl: t.string({ nullable: true, description: 'The canonical URL the page declares.', resolve: (p) => p.canonicalUrl }),
    headline: t.string({ nullable: true, description: 'Headline.', resolve: (p) => p.headline }),
    publishedAt: t.field({ type: 'DateTime', nullable: true, description: 'Publication time.', resolve: (p) => toDate(p.publishedAt) }),
    modifiedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'Time of the last change.',
      resolve: (p) => toDate(p.modifiedAt),
    }),
    authors: t.stringList({ description: 'Authors, in byline order.', resolve: (p) => p.authors.map((a) => a.name) }),
    publisher: t.string({
      nullable: true,
      description: 'Publisher (the site name when nothing better is declared).',
      resolve: (p) => p.publisher,
    }),
    section: t.string({ nullable: true, description: 'Section, e.g. "World".', resolve: (p) => p.section }),
    language: t.string({ nullable: true, description: 'BCP 47 language tag.', resolve: (p) => p.language }),
    images: t.field({ type: [WebPageImage], description: "The article's figures.", resolve: (p) => p.images }),
    text: t.exposeString('text', { description: 'The article text handed to the extractor: paragraphs separated by blank lines.' }),
  }),
});

type Payload = HtmlExtraction & {
  article: ArticleRow | null;
  created: boolean;
  entities: { created: number; reused: number; statements: number };
  matchedEventId: string | null;
};

const IngestArticleHtmlPayload = builder.objectRef<Payload>('IngestArticleHtmlPayload').implement({
  description: 'The outcome of ingesting a web page: what was read from it, and unless it was a dry run, the stored article.',
  fields: (t) => ({
    page: t.field({ type: WebPage, description: 'What the page declares, and its figures.', resolve: (p) => p.page }),
    extraction: t.field({
      type: ArticleExtraction,
      description: "What the extractor read from the page's article text (offsets point into `page.text`).",
      resolve: (p) => p,
    }),
    article: t.field({
      type: Article,
      nullable: true,
      description: 'The stored article (the existing one when already stored); null in a dry run.',
      resolve: (p) => p.article,
    }),
    created: t.boolean({ description: 'True when the article was written now.', resolve: (p) => p.created }),
    matchedExistingEvent: t.boolean({
      description: 'True when the article was attached to an event already in the graph.',
      resolve: (p) => !!p.matchedEventId,
    }),
    createdEntities: t.int({ description: 'People, organizations, places and events created.', resolve: (p) => p.entities.created }),
    reusedEntities: t.int({
      description: 'People, organizations, places and events matched to stored ones.',
      resolve: (p) => p.entities.reused,
    }),
    statementCount: t.int({ description: 'Statements written (found, in a dry run).', resolve: (p) => p.entities.statements }),
  }),
});

const IngestArticleHtmlInput = builder.inputType('IngestArticleHtmlInput', {
  description: 'A saved news web page.',
  fields: (t) => ({
    html: t.string({
      required: true,
      description: `The page as saved: at most ${htmlLimits.size} characters, ${htmlLimits.elements} elements and ${htmlLimits.depth} levels of nesting.`,
    }),
    url: t.string({
      description:
        "The page's http(s) URL: the article is stored under it and relative image URLs resolve against it (default: the canonical URL the page declares).",
    }),
    dryRun: t.boolean({ defaultValue: false, description: 'Return what was read without writing anything.' }),
  }),
});

builder.mutationFields((t) => ({
  ingestArticleHtml: t.field({
    type: IngestArticleHtmlPayload,
    description:
      "Reads a news web page: the article's text with Readability (no script in the page runs and nothing it links is fetched), its headline, dates, authors, publisher, section and language from its JSON-LD and meta tags, and its figures with captions and credits. The text then goes through the extractor as in ingestArticleText, and unless dryRun is set the article is written in one transaction. Without url and without a canonical URL in the page, it is stored under https://newsgraph.invalid/text/<hash of the body>. A page past its limits, or bad input, is refused with BAD_USER_INPUT naming the field.",
    args: { input: t.arg({ type: IngestArticleHtmlInput, required: true }) },
    skipTypeScopes: true,
    authScopes: { ingest: true },
    resolve: async (_root, { input: { dryRun, ...input } }, ctx) => {
      if (dryRun) {
        const read = await extractHtml(input, 'input', ctx.extract);
        const entities = { created: 0, reused: 0, statements: read.extraction.statements.length };
        return { ...read, article: null, created: false, matchedEventId: null, entities };
      }
      const result = await ingestHtml(ctx.db, input, 'input', ctx.extract);
      if (result.created && result.article) await ctx.live.publishArticle(ctx.db, result.article.id);
      return result;
    },
  }),
}));
