// Article: the source document, with who wrote it, what it names, says and shows.
import { z } from 'zod';
import { builder } from '../builder.ts';
import { checkOffsetsFitBody } from '../db/article-body.ts';
import { deleteUnlessReferenced } from '../db/delete.ts';
import { containsText } from '../db/text-match.ts';
import { mapPrismaError, NotFoundError } from '../errors.ts';
import type { Article as ArticleRow, Prisma } from '../generated/prisma/client.ts';
import { contentHash } from '../ingest/hash.ts';
import { httpUrl, languageTag, limits, trimmed } from '../ingest/input.ts';
import {
  ContributorRoleEnum,
  DateRange,
  DeleteInput,
  DeletePayload,
  dateFilter,
  deleted,
  idOf,
  nodeBasics,
  orderInput,
  orderWithId,
} from './common.ts';
import { Entity } from './entity.ts';
import { Event } from './event.ts';
import { Organization } from './organization.ts';
import { Place } from './place.ts';
import { entitySelection, pickEntity, Speaker } from './references.ts';

const party = { Person: 'person', Organization: 'organization' } as const;
const named = { Person: 'person', Organization: 'organization', Place: 'place', Event: 'event' } as const;

export const ArticleContributor = builder.prismaObject('ArticleContributor', {
  description: 'A person or organization credited on an article.',
  fields: (t) => ({
    role: t.expose('role', { type: ContributorRoleEnum, description: 'What they did.' }),
    position: t.exposeInt('position', { description: 'Order in the credits, from 0.' }),
    article: t.relation('article', { description: 'The article.' }),
    contributor: t.field({
      type: Speaker,
      description: 'The person or organization (e.g. a news agency).',
      select: (_args, _ctx, nested) => entitySelection(party, nested),
      resolve: (row) => pickEntity(row, party) as never,
    }),
  }),
});

export const ArticleMention = builder.prismaObject('ArticleMention', {
  description: 'An entity named in an article: how often and where.',
  fields: (t) => ({
    count: t.exposeInt('count', { description: 'How many times it is named.' }),
    offsets: t.exposeIntList('offsets', { description: 'Start offset of each naming in the body.' }),
    article: t.relation('article', { description: 'The article.' }),
    entity: t.field({
      type: Entity,
      description: 'The person, organization, place or event named.',
      select: (_args, _ctx, nested) => entitySelection(named, nested),
      resolve: (row) => pickEntity(row, named) as never,
    }),
  }),
});

export const ArticleEvent = builder.prismaObject('ArticleEvent', {
  description: 'An article reporting on an event.',
  fields: (t) => ({
    article: t.relation('article', { description: 'The article.' }),
    event: t.relation('event', { description: 'The event.' }),
  }),
});

export const Article = builder.prismaNode('Article', {
  ...nodeBasics,
  // Load only the columns the query asks for (an article's body is large).
  select: { id: true },
  description: 'A news article: the document statements, mentions and images are read from.',
  fields: (t) => ({
    url: t.exposeString('url', { description: 'Canonical URL.' }),
    headline: t.exposeString('headline', { description: 'Headline.' }),
    body: t.exposeString('body', { description: 'The text, without page furniture; offsets point into it.' }),
    publishedAt: t.expose('publishedAt', { type: 'DateTime', nullable: true, description: 'Publication time.' }),
    language: t.exposeString('language', { description: 'BCP 47 language tag.' }),
    contentHash: t.exposeString('contentHash', { description: 'SHA-256 of the normalized body; re-ingestion is idempotent on it.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the record was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the record last changed.' }),
    publisher: t.relation('publisher', { nullable: true, description: 'The organization that published it.' }),
    place: t.relation('place', { nullable: true, description: 'Where it is datelined.' }),
    contributors: t.relatedConnection('contributors', {
      cursor: 'id',
      totalCount: true,
      description: 'Authors, contributors and photographers, in credit order.',
      query: { orderBy: [{ position: 'asc' }, { id: 'asc' }] },
    }),
    statements: t.relatedConnection('statements', {
      cursor: 'id',
      totalCount: true,
      description: 'What is said in it, in reading order (by position).',
      query: { orderBy: [{ position: 'asc' }, { id: 'asc' }] },
    }),
    mentions: t.relatedConnection('mentions', {
      cursor: 'id',
      totalCount: true,
      description: 'The entities it names, most named first.',
      query: { orderBy: [{ count: 'desc' }, { id: 'asc' }] },
    }),
    images: t.relatedConnection('images', {
      cursor: 'id',
      totalCount: true,
      description: 'Images illustrating it.',
      query: { orderBy: { id: 'asc' } },
    }),
    events: t.relatedConnection('events', {
      cursor: 'articleId_eventId',
      totalCount: true,
      description: 'Events it reports on.',
      query: { orderBy: [{ eventId: 'asc' }] },
    }),
    affiliations: t.relatedConnection('affiliations', {
      cursor: 'id',
      totalCount: true,
      description: 'Roles read from it.',
      query: { orderBy: { id: 'asc' } },
    }),
  }),
});

const ArticleFilter = builder.inputType('ArticleFilter', {
  description: 'Narrows the articles list; all given conditions must hold.',
  fields: (t) => ({
    headline: t.string({ description: 'Headline contains this, any case.', validate: trimmed(limits.name) }),
    publisher: t.globalID({ for: [Organization], description: 'Published by this organization.' }),
    event: t.globalID({ for: [Event], description: 'Reports on this event.' }),
    mentions: t.globalID({ description: 'Names this person, organization, place or event.' }),
    publishedAt: t.field({ type: DateRange, description: 'Published within this window.' }),
    url: t.string({ description: 'Exactly this URL.', validate: z.string().max(limits.url) }),
  }),
});

const ArticleOrder = orderInput(
  'Article',
  {
    PUBLISHED_AT: { value: 'publishedAt', description: 'Publication time (unknown last).' },
    HEADLINE: { value: 'headline', description: 'Alphabetical by headline.' },
    CREATED_AT: { value: 'createdAt', description: 'When the record was created.' },
  },
  'PUBLISHED_AT',
);

const mentionColumn = { Person: 'personId', Organization: 'organizationId', Place: 'placeId', Event: 'eventId' } as const;

function articleWhere(filter: typeof ArticleFilter.$inferInput | null | undefined): Prisma.ArticleWhereInput {
  const mentions = filter?.mentions;
  const column =
    mentions && idOf(mentions, ...Object.keys(mentionColumn)) && mentionColumn[mentions.typename as keyof typeof mentionColumn];
  return {
    AND: [
      filter?.headline ? { headline: containsText(filter.headline) } : {},
      filter?.publisher ? { publisherId: filter.publisher.id } : {},
      filter?.event ? { events: { some: { eventId: filter.event.id } } } : {},
      mentions && column ? { mentions: { some: { [column]: mentions.id } } } : {},
      filter?.publishedAt ? { publishedAt: dateFilter(filter.publishedAt) } : {},
      filter?.url ? { url: filter.url } : {},
    ],
  };
}

builder.queryFields((t) => ({
  article: t.prismaField({
    type: 'Article',
    nullable: true,
    description: 'One article by id or by URL; null when absent.',
    args: {
      id: t.arg.globalID({ for: [Article], description: 'Its global id.' }),
      url: t.arg.string({ description: 'Its canonical URL.', validate: z.string().max(limits.url) }),
    },
    resolve: (query, _root, args, ctx) => {
      if (args.id) return ctx.db.article.findUnique({ ...query, where: { id: args.id.id } });
      if (args.url) return ctx.db.article.findUnique({ ...query, where: { url: args.url } });
      return null;
    },
  }),
  articles: t.prismaConnection({
    type: 'Article',
    cursor: 'id',
    description: 'All articles, filtered and sorted (default: newest first).',
    args: { filter: t.arg({ type: ArticleFilter }), orderBy: t.arg({ type: ArticleOrder }) },
    totalCount: (_parent, args, ctx) => ctx.db.article.count({ where: articleWhere(args.filter) }),
    resolve: (query, _root, args, ctx) => {
      const field = args.orderBy?.field ?? 'publishedAt';
      const direction = args.orderBy?.direction ?? (args.orderBy ? 'asc' : 'desc');
      return ctx.db.article.findMany({
        ...query,
        where: articleWhere(args.filter),
        orderBy: orderWithId(field, direction, field === 'publishedAt'),
      });
    },
  }),
}));

const articleInput = (create: boolean) =>
  builder.inputType(create ? 'CreateArticleInput' : 'UpdateArticleInput', {
    description: create
      ? 'A bare article. To add it with its people, statements and images in one go, use ingestArticle.'
      : 'Changes to an article; omitted fields stay as they are.',
    fields: (t) => ({
      ...(create ? {} : { id: t.globalID({ for: [Article], required: true, description: 'The article to change.' }) }),
      url: t.string({ required: create, description: 'Canonical http(s) URL.', validate: httpUrl }),
      headline: t.string({ required: create, description: 'Headline.', validate: trimmed(limits.headline) }),
      body: t.string({ required: create, description: 'Text without page furniture.', validate: trimmed(limits.body) }),
      publishedAt: t.field({ type: 'DateTime', description: 'Publication time.' }),
      language: t.string({ description: 'BCP 47 tag (default "en").', validate: languageTag }),
      publisher: t.globalID({ for: [Organization], description: 'Publishing organization.' }),
      place: t.globalID({ for: [Place], description: 'Dateline place.' }),
    }),
  });

const ArticlePayload = builder.objectRef<{ article: ArticleRow }>('ArticlePayload').implement({
  description: 'The article written by a mutation.',
  fields: (t) => ({ article: t.field({ type: Article, description: 'As stored.', resolve: (payload) => payload.article }) }),
});

builder.mutationFields((t) => ({
  createArticle: t.field({
    type: ArticlePayload,
    description: 'Creates a bare article; CONFLICT when its URL or content is already stored.',
    args: { input: t.arg({ type: articleInput(true), required: true }) },
    resolve: async (_root, { input }, ctx) => ({
      article: await ctx.db.article
        .create({
          data: {
            url: input.url as string,
            headline: input.headline as string,
            body: input.body as string,
            contentHash: contentHash(input.body as string),
            publishedAt: input.publishedAt ?? null,
            language: input.language ?? 'en',
            publisherId: input.publisher?.id ?? null,
            placeId: input.place?.id ?? null,
          },
        })
        .catch((error: unknown) => mapPrismaError(error, 'article')),
    }),
  }),
  updateArticle: t.field({
    type: ArticlePayload,
    description:
      'Changes the given fields of an article. Changing the body does not move statement or mention offsets, so a body that ends before any of them is refused (BAD_USER_INPUT on input.body, naming them).',
    args: { input: t.arg({ type: articleInput(false), required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const id = idOf((input as { id: { typename: string; id: string } }).id, 'Article');
      const article = await ctx.db.$transaction(async (tx) => {
        const exists = await tx.article.count({ where: { id } });
        if (!exists) throw new NotFoundError('Article', id);
        if (input.body) await checkOffsetsFitBody(tx, id, input.body);
        return tx.article
          .update({
            where: { id },
            data: {
              ...(input.url ? { url: input.url } : {}),
              ...(input.headline ? { headline: input.headline } : {}),
              ...(input.body ? { body: input.body, contentHash: contentHash(input.body) } : {}),
              ...(input.publishedAt !== undefined ? { publishedAt: input.publishedAt } : {}),
              ...(input.language ? { language: input.language } : {}),
              ...(input.publisher !== undefined ? { publisherId: input.publisher?.id ?? null } : {}),
              ...(input.place !== undefined ? { placeId: input.place?.id ?? null } : {}),
            },
          })
          .catch((error: unknown) => mapPrismaError(error, 'article'));
      });
      return { article };
    },
  }),
  deleteArticle: t.field({
    type: DeletePayload,
    description: 'Deletes an article with the statements, mentions, images and credits read from it.',
    args: { input: t.arg({ type: DeleteInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      await deleteUnlessReferenced(ctx.db, 'article', 'Article', idOf(input.id, 'Article'));
      return deleted(input.id);
    },
  }),
}));
