// ingestArticle: one article with its people, organizations, places, events,
// statements, relations, images and credits, in one nested input and one
// transaction. The input types are derived from the zod schemas in
// src/ingest/input.ts, which also validate the input; references are checked in
// src/ingest/refs.ts.
import { builder } from '../builder.ts';
import type { Article as ArticleRow } from '../generated/prisma/client.ts';
import { ingestArticle } from '../ingest/ingest.ts';
import {
  AffiliationInput,
  ContributorInput,
  dateTime,
  EventInput,
  ImageInput,
  IngestArticleInput,
  MentionInput,
  OrganizationInput,
  ParticipantInput,
  PersonInput,
  PlaceInput,
  RelationInput,
  StatementInput,
} from '../ingest/input.ts';
import { Article } from './article.ts';
import './common.ts';
import { zodInputTypes } from './zod-input.ts';

// The enums come from common.ts, registered for the same Prisma values the zod enums use.
const inputs = zodInputTypes(
  builder,
  {
    IngestAffiliationInput: AffiliationInput,
    IngestPersonInput: PersonInput,
    IngestOrganizationInput: OrganizationInput,
    IngestPlaceInput: PlaceInput,
    IngestParticipantInput: ParticipantInput,
    IngestEventInput: EventInput,
    IngestStatementInput: StatementInput,
    IngestStatementRelationInput: RelationInput,
    IngestImageInput: ImageInput,
    IngestContributorInput: ContributorInput,
    IngestMentionInput: MentionInput,
    IngestArticleInput,
  },
  { scalars: new Map([[dateTime, 'DateTime']]) },
);

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
    args: { input: t.arg({ type: inputs.IngestArticleInput, required: true }) },
    skipTypeScopes: true,
    authScopes: { ingest: true },
    resolve: async (_root, { input }, ctx) => {
      const result = await ingestArticle(ctx.db, input, 'input');
      if (result.created) await ctx.live.publishArticle(ctx.db, result.article.id);
      return result;
    },
  }),
}));
