// ingestArticle: one article with its people, organizations, places, events,
// statements, relations, images and credits, in one nested input and one
// transaction. Validation lives in src/ingest/input.ts (shape) and
// src/ingest/refs.ts (references); this file only declares the GraphQL types.
import { builder } from '../builder.ts';
import type { Article as ArticleRow } from '../generated/prisma/client.ts';
import { ingestArticle } from '../ingest/ingest.ts';
import { Article } from './article.ts';
import {
  ContributorRoleEnum,
  EventKindEnum,
  OrganizationKindEnum,
  PlaceKindEnum,
  StatementKindEnum,
  StatementRelationKindEnum,
} from './common.ts';

const refDoc = 'A key declared elsewhere in this input, or the global id of an existing';

const entityFields = {
  key: 'Local key other parts of this input use to refer to it (unique within the input).',
  id: 'Global id of an existing record this entry stands for; skips name matching.',
};

const IngestAffiliation = builder.inputType('IngestAffiliationInput', {
  description: "A role of the person's.",
  fields: (t) => ({
    organization: t.string({ description: `${refDoc} Organization.` }),
    role: t.string({ required: true, description: 'The role as written, e.g. "foreign minister".' }),
    validFrom: t.field({ type: 'DateTime', description: 'Since when.' }),
    validTo: t.field({ type: 'DateTime', description: 'Until when; not before validFrom.' }),
  }),
});

const IngestPerson = builder.inputType('IngestPersonInput', {
  description:
    'A person named in the article. Matched against existing people by name and aliases (any case, accents, spelling variants) before one is created; a match gains the new aliases.',
  fields: (t) => ({
    key: t.string({ required: true, description: entityFields.key }),
    id: t.string({ description: entityFields.id }),
    name: t.string({ required: true, description: 'Canonical name.' }),
    aliases: t.stringList({ description: 'Other spellings, e.g. "Sergey Shoigu" for "Sergei Shoigu".' }),
    description: t.string({ description: 'Who this is.' }),
    externalIds: t.stringList({ description: '"source:value", e.g. "wikidata:Q7747".' }),
    affiliations: t.field({ type: [IngestAffiliation], description: 'Roles read from the article.' }),
  }),
});

const IngestOrganization = builder.inputType('IngestOrganizationInput', {
  description: 'An organization, or a metonym for one ("Kyiv", "the Kremlin"). Matched like people.',
  fields: (t) => ({
    key: t.string({ required: true, description: entityFields.key }),
    id: t.string({ description: entityFields.id }),
    name: t.string({ required: true, description: 'Canonical name.' }),
    aliases: t.stringList({ description: 'Other names, including metonyms.' }),
    kind: t.field({ type: OrganizationKindEnum, description: 'What kind of body (default OTHER).' }),
    description: t.string({ description: 'Short description.' }),
    parent: t.string({ description: `${refDoc} Organization it belongs to.` }),
    externalIds: t.stringList({ description: '"source:value" ids.' }),
  }),
});

const IngestPlace = builder.inputType('IngestPlaceInput', {
  description: 'A place. Matched like people.',
  fields: (t) => ({
    key: t.string({ required: true, description: entityFields.key }),
    id: t.string({ description: entityFields.id }),
    name: t.string({ required: true, description: 'Canonical name.' }),
    aliases: t.stringList({ description: 'Other names.' }),
    kind: t.field({ type: PlaceKindEnum, description: 'What kind of place (default OTHER).' }),
    parent: t.string({ description: `${refDoc} Place it lies in.` }),
    latitude: t.float({ description: 'WGS 84 latitude.' }),
    longitude: t.float({ description: 'WGS 84 longitude.' }),
    externalIds: t.stringList({ description: '"source:value" ids.' }),
  }),
});

const IngestParticipant = builder.inputType('IngestParticipantInput', {
  description: 'Someone taking part in an event.',
  fields: (t) => ({
    entity: t.string({ required: true, description: `${refDoc} Person or Organization.` }),
    role: t.string({ description: 'Their part in it.' }),
  }),
});

const IngestEvent = builder.inputType('IngestEventInput', {
  description: 'An event. Matched against existing events by exact name (any case).',
  fields: (t) => ({
    key: t.string({ required: true, description: entityFields.key }),
    id: t.string({ description: entityFields.id }),
    name: t.string({ required: true, description: 'Short name.' }),
    description: t.string({ description: 'What happened.' }),
    kind: t.field({ type: EventKindEnum, description: 'What kind (default OTHER).' }),
    startAt: t.field({ type: 'DateTime', description: 'When it began.' }),
    endAt: t.field({ type: 'DateTime', description: 'When it ended; not before startAt.' }),
    place: t.string({ description: `${refDoc} Place.` }),
    parent: t.string({ description: `${refDoc} Event this one is part of.` }),
    participants: t.field({ type: [IngestParticipant], description: 'Who took part.' }),
  }),
});

const IngestStatement = builder.inputType('IngestStatementInput', {
  description: 'Something said in the article.',
  fields: (t) => ({
    key: t.string({ description: 'Local key, for relations.' }),
    text: t.string({ required: true, description: 'The quoted words, or the reported content.' }),
    kind: t.field({ type: StatementKindEnum, required: true, description: 'How it is reported.' }),
    speaker: t.string({ description: `${refDoc} Person or Organization; omit when unattributed.` }),
    speakerRole: t.string({ description: 'Role as the article gives it.' }),
    verb: t.string({ description: 'Speech verb.' }),
    venue: t.string({ description: 'Venue or medium.' }),
    addressee: t.string({ description: `${refDoc} Person or Organization it was said to.` }),
    saidAt: t.field({ type: 'DateTime', description: "When it was said (default: the article's publishedAt)." }),
    startOffset: t.int({ description: 'Start in the body.' }),
    endOffset: t.int({ description: 'End in the body, exclusive; within the body.' }),
    confidence: t.float({ description: 'Attribution confidence 0–1 (default 1).' }),
    about: t.stringList({ description: `Events it is about: ${refDoc.toLowerCase()} Event each.` }),
    mentions: t.stringList({ description: 'Entities it names.' }),
  }),
});

const IngestRelation = builder.inputType('IngestStatementRelationInput', {
  description: 'A typed edge between two statements.',
  fields: (t) => ({
    from: t.string({ required: true, description: `${refDoc} Statement.` }),
    to: t.string({ required: true, description: `${refDoc} Statement.` }),
    kind: t.field({ type: StatementRelationKindEnum, required: true, description: 'How `from` relates to `to`.' }),
  }),
});

const IngestImage = builder.inputType('IngestImageInput', {
  description: 'An image illustrating the article.',
  fields: (t) => ({
    url: t.string({ description: 'Where the file is (unique).' }),
    caption: t.string({ required: true, description: 'Caption without credit.' }),
    creditLine: t.string({ description: 'Credit exactly as printed.' }),
    photographer: t.string({ description: `${refDoc} Person.` }),
    agencies: t.stringList({ description: 'Credited organizations, in credit order.' }),
    takenAt: t.field({ type: 'DateTime', description: 'When it was taken.' }),
    place: t.string({ description: `${refDoc} Place.` }),
    depicts: t.stringList({ description: 'Who and what it shows.' }),
  }),
});

const IngestContributor = builder.inputType('IngestContributorInput', {
  description: 'A credit on the article.',
  fields: (t) => ({
    entity: t.string({ required: true, description: `${refDoc} Person or Organization.` }),
    role: t.field({ type: ContributorRoleEnum, required: true, description: 'What they did.' }),
  }),
});

const IngestMention = builder.inputType('IngestMentionInput', {
  description: 'An entity named in the body.',
  fields: (t) => ({
    entity: t.string({ required: true, description: `${refDoc} entity.` }),
    offsets: t.intList({ description: 'Start offset of each naming in the body.' }),
  }),
});

const IngestArticleInput = builder.inputType('IngestArticleInput', {
  description: 'One article and everything read from it. Entities refer to each other by local keys or existing global ids.',
  fields: (t) => ({
    url: t.string({ required: true, description: 'Canonical http(s) URL; the same URL is ingested once.' }),
    headline: t.string({ required: true, description: 'Headline.' }),
    body: t.string({ required: true, description: 'Text without page furniture; offsets point into it (after trimming).' }),
    publishedAt: t.field({ type: 'DateTime', description: 'Publication time.' }),
    language: t.string({ description: 'BCP 47 tag (default "en").' }),
    publisher: t.string({ description: `${refDoc} Organization.` }),
    place: t.string({ description: `Dateline: ${refDoc.toLowerCase()} Place.` }),
    people: t.field({ type: [IngestPerson], description: 'People in the article.' }),
    organizations: t.field({ type: [IngestOrganization], description: 'Organizations in the article.' }),
    places: t.field({ type: [IngestPlace], description: 'Places in the article.' }),
    events: t.field({ type: [IngestEvent], description: 'Events in the article.' }),
    about: t.stringList({ description: 'Events the article reports on.' }),
    statements: t.field({ type: [IngestStatement], description: 'What is said in it.' }),
    relations: t.field({ type: [IngestRelation], description: 'How its statements relate to each other and to stored ones.' }),
    images: t.field({ type: [IngestImage], description: 'Images illustrating it.' }),
    contributors: t.field({ type: [IngestContributor], description: 'Credits, in order.' }),
    mentions: t.field({
      type: [IngestMention],
      description: "Entities named in the body; when omitted, the body is searched for the input's people, organizations and places.",
    }),
  }),
});

const IngestArticlePayload = builder
  .objectRef<{ article: ArticleRow; created: boolean; entities: { created: number; reused: number; statements: number } }>(
    'IngestArticlePayload',
  )
  .implement({
    description: 'The outcome of an ingestion.',
    fields: (t) => ({
      article: t.field({
        type: Article,
        description: 'The stored article (the existing one when it was already stored).',
        resolve: (p) => p.article,
      }),
      created: t.exposeBoolean('created', { description: 'False when the article was already stored and nothing changed.' }),
      createdEntities: t.int({ description: 'People, organizations, places and events created.', resolve: (p) => p.entities.created }),
      reusedEntities: t.int({
        description: 'People, organizations, places and events matched to stored ones.',
        resolve: (p) => p.entities.reused,
      }),
      statementCount: t.int({ description: 'Statements written.', resolve: (p) => p.entities.statements }),
    }),
  });

builder.mutationFields((t) => ({
  ingestArticle: t.field({
    type: IngestArticlePayload,
    description:
      'Writes an article with its entities, statements, relations, images and credits in one transaction. Idempotent on URL and content: the same article twice changes nothing. Bad input is refused with BAD_USER_INPUT naming each bad field, and nothing is written.',
    args: { input: t.arg({ type: IngestArticleInput, required: true }) },
    skipTypeScopes: true,
    authScopes: { ingest: true },
    resolve: async (_root, { input }, ctx) => {
      const result = await ingestArticle(ctx.db, input, 'input');
      if (result.created) await ctx.live.publishArticle(ctx.db, result.article.id);
      return result;
    },
  }),
}));
