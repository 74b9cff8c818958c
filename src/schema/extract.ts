// ingestArticleText: raw article text in; with dryRun, the extraction out (for
// a preview in GraphiQL); otherwise the article written through ingestArticle.
// The pipeline lives in src/extract/; this file only declares the GraphQL types.
import { builder } from '../builder.ts';
import { extractInput, ingestText } from '../extract/ingest-text.ts';
import type { Extraction } from '../extract/types.ts';
import type { Article as ArticleRow } from '../generated/prisma/client.ts';
import { Article } from './article.ts';
import { ContributorRoleEnum, StatementKindEnum } from './common.ts';

type Row = { extraction: Extraction; text: string };
type Named = Row & { key: string | null };

const EntityTypeEnum = builder.enumType('ExtractedEntityType', {
  description: 'What an extracted name stands for.',
  values: {
    PERSON: { description: 'A person.' },
    ORGANIZATION: { description: 'An organization, or a metonym for one ("Kyiv", "the Kremlin").' },
    PLACE: { description: 'A place.' },
  } as const,
});

const nameOf = (row: Named) => (row.key ? (row.extraction.entities.find((e) => e.key === row.key)?.name ?? null) : null);

const ExtractedStatement = builder.objectRef<Row & { s: Extraction['statements'][number] }>('ExtractedStatement').implement({
  description: 'A statement found in the text, not yet stored.',
  fields: (t) => ({
    key: t.string({ description: 'Local key.', resolve: (r) => r.s.key }),
    kind: t.field({ type: StatementKindEnum, description: 'How it is reported.', resolve: (r) => r.s.kind }),
    text: t.string({ description: 'The quoted words, or the reported clause.', resolve: (r) => r.s.text }),
    start: t.int({ description: 'Start offset in the submitted text.', resolve: (r) => r.s.span.start }),
    end: t.int({ description: 'End offset in the submitted text, exclusive.', resolve: (r) => r.s.span.end }),
    speaker: t.string({
      nullable: true,
      description: 'Name of the speaker; null when unattributed.',
      resolve: (r) => nameOf({ ...r, key: r.s.speaker }),
    }),
    speakerKey: t.string({ nullable: true, description: 'Local key of the speaker among `entities`.', resolve: (r) => r.s.speaker }),
    attributedFrom: t.string({
      nullable: true,
      description: 'The words the speaker was read from (a name, pronoun or description).',
      resolve: (r) => (r.s.speakerSpan ? r.text.slice(r.s.speakerSpan.start, r.s.speakerSpan.end) : null),
    }),
    verb: t.string({ nullable: true, description: 'Speech verb.', resolve: (r) => r.s.verb }),
    venue: t.string({ nullable: true, description: 'Venue or audience.', resolve: (r) => r.s.venue }),
    addressee: t.string({
      nullable: true,
      description: 'Name of whom it was said to.',
      resolve: (r) => nameOf({ ...r, key: r.s.addressee }),
    }),
    confidence: t.float({ description: 'Attribution confidence, 0–1.', resolve: (r) => r.s.confidence }),
  }),
});

const ExtractedEntity = builder.objectRef<Extraction['entities'][number]>('ExtractedEntity').implement({
  description: 'A person, organization or place named in the text, before matching against the graph.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Local key.' }),
    type: t.field({ type: EntityTypeEnum, description: 'What it is.', resolve: (e) => e.type }),
    name: t.exposeString('name', { description: 'Fullest name found.' }),
    aliases: t.exposeStringList('aliases', { description: 'Other forms found.' }),
    mentionCount: t.int({ description: 'How often it is named.', resolve: (e) => e.mentions.length }),
    confidence: t.exposeFloat('confidence', { description: 'Recognition confidence, 0–1.' }),
  }),
});

const ExtractedImage = builder.objectRef<Row & { image: Extraction['images'][number] }>('ExtractedImage').implement({
  description: 'An image caption with its credit line.',
  fields: (t) => ({
    caption: t.string({ description: 'Caption without credit.', resolve: (r) => r.image.caption }),
    creditLine: t.string({ nullable: true, description: 'Credit as printed.', resolve: (r) => r.image.creditLine }),
    photographer: t.string({
      nullable: true,
      description: 'Credited photographer.',
      resolve: (r) => nameOf({ ...r, key: r.image.photographer }),
    }),
    agencies: t.stringList({
      description: 'Credited agencies, in credit order.',
      resolve: (r) => r.image.agencies.map((key) => nameOf({ ...r, key }) ?? key),
    }),
    depicts: t.stringList({
      description: 'Who and what it shows.',
      resolve: (r) => r.image.depicts.map((key) => nameOf({ ...r, key }) ?? key),
    }),
    place: t.string({ nullable: true, description: 'Where it was taken.', resolve: (r) => nameOf({ ...r, key: r.image.place }) }),
    takenAt: t.string({ nullable: true, description: 'When it was taken (YYYY-MM-DD).', resolve: (r) => r.image.takenAt }),
  }),
});

const ExtractedContributor = builder.objectRef<Row & { c: Extraction['contributors'][number] }>('ExtractedContributor').implement({
  description: 'A byline or contributor credit.',
  fields: (t) => ({
    name: t.string({ resolve: (r) => nameOf({ ...r, key: r.c.entity }) ?? r.c.entity, description: 'Who.' }),
    role: t.field({ type: ContributorRoleEnum, description: 'What they did.', resolve: (r) => r.c.role }),
  }),
});

const DroppedPassage = builder.objectRef<Row & { d: Extraction['dropped'][number] }>('DroppedPassage').implement({
  description: 'Text kept out of the body: page furniture, bylines, contributor lines.',
  fields: (t) => ({
    text: t.string({ description: 'The passage.', resolve: (r) => r.text.slice(r.d.start, r.d.end) }),
    reason: t.string({ description: 'Why it was dropped.', resolve: (r) => r.d.reason }),
    start: t.int({ description: 'Start offset in the submitted text.', resolve: (r) => r.d.start }),
  }),
});

export const ArticleExtraction = builder.objectRef<Row>('ArticleExtraction').implement({
  description: 'What the extractor read from a text.',
  fields: (t) => ({
    url: t.string({
      description: 'The URL the article is stored under (derived from the body when none was given).',
      resolve: (r) => r.extraction.article.url,
    }),
    headline: t.string({ description: 'Headline given or derived.', resolve: (r) => r.extraction.article.headline }),
    body: t.string({ description: 'The prose, without furniture, captions and credits.', resolve: (r) => r.extraction.article.body }),
    eventName: t.string({
      description: 'Name for a new event when no stored event matches.',
      resolve: (r) => r.extraction.article.events?.[0]?.name ?? '',
    }),
    statements: t.field({
      type: [ExtractedStatement],
      description: 'Direct quotes and reported speech, in text order.',
      resolve: (r) => r.extraction.statements.map((s) => ({ ...r, s })),
    }),
    entities: t.field({ type: [ExtractedEntity], description: 'People, organizations and places.', resolve: (r) => r.extraction.entities }),
    images: t.field({
      type: [ExtractedImage],
      description: 'Captions and credits.',
      resolve: (r) => r.extraction.images.map((image) => ({ ...r, image })),
    }),
    contributors: t.field({
      type: [ExtractedContributor],
      description: 'Bylines and contributor lines.',
      resolve: (r) => r.extraction.contributors.map((c) => ({ ...r, c })),
    }),
    dropped: t.field({
      type: [DroppedPassage],
      description: 'Passages kept out of the body.',
      resolve: (r) => r.extraction.dropped.map((d) => ({ ...r, d })),
    }),
  }),
});

type Payload = Row & {
  article: ArticleRow | null;
  created: boolean;
  entities: { created: number; reused: number; statements: number };
  matchedEventId: string | null;
};

const IngestArticleTextPayload = builder.objectRef<Payload>('IngestArticleTextPayload').implement({
  description: 'The outcome of ingesting raw text: the extraction, and unless it was a dry run, the stored article.',
  fields: (t) => ({
    extraction: t.field({ type: ArticleExtraction, description: 'What was read from the text.', resolve: (p) => p }),
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

builder.mutationFields((t) => ({
  ingestArticleText: t.field({
    type: IngestArticleTextPayload,
    description:
      'Reads raw article text (page furniture, captions, credits and all): quotes and reported speech with speakers, people, organizations, places, images and contributors. With dryRun it returns the extraction and writes nothing; otherwise it attaches the article to a matching stored event (or a new one named from the lead) and writes it through ingestArticle in one transaction. Without url, the article is stored under https://newsgraph.invalid/text/<hash of the body>, so the same text is stored once. Bad input is refused with BAD_USER_INPUT naming the field.',
    args: {
      text: t.arg.string({ required: true, description: 'The article as copied from the page.' }),
      url: t.arg.string({ description: 'Canonical http(s) URL of the article.' }),
      headline: t.arg.string({ description: 'Headline; derived from the text when omitted.' }),
      publishedAt: t.arg({ type: 'DateTime', description: 'Publication time; dates like "Tuesday" are read relative to it.' }),
      publisher: t.arg.string({ description: 'Publisher name, e.g. "NBC News".' }),
      authors: t.arg.stringList({
        description: "Authors given beside the text (a feed item's), credited as AUTHOR: the person the text names so, or a new one.",
      }),
      dryRun: t.arg.boolean({ defaultValue: false, description: 'Return the extraction without writing anything.' }),
    },
    skipTypeScopes: true,
    authScopes: { ingest: true },
    resolve: async (_root, { dryRun, ...args }, ctx) => {
      if (dryRun) {
        const { extraction } = await extractInput(args, '', ctx.extract);
        return {
          extraction,
          text: args.text,
          article: null,
          created: false,
          matchedEventId: null,
          entities: { created: 0, reused: 0, statements: extraction.statements.length },
        };
      }
      const result = await ingestText(ctx.db, args, '', ctx.extract);
      if (result.created && result.article) await ctx.live.publishArticle(ctx.db, result.article.id);
      return { ...result, text: args.text };
    },
  }),
}));
