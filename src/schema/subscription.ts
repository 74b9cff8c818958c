// Live updates: statements and articles as they are written, over SSE
// (text/event-stream on /graphql) or WebSocket (graphql-ws on /graphql).
import { builder } from '../builder.ts';
import { ValidationError } from '../errors.ts';
import type { ArticleIngestedEvent, StatementAddedEvent } from '../live/pubsub.ts';

builder.subscriptionType({
  description: 'Live updates, delivered after the write that caused them has committed.',
  // Reads, like Query: a credential when NEWSGRAPH_REQUIRE_KEY_FOR_READS is on.
  authScopes: (_root, ctx) => (ctx.auth.requireKeyForReads ? { read: true } : true),
});

const StatementAddedFilter = builder.inputType('StatementAddedFilter', {
  description: 'Which new statements to deliver; all when empty.',
  fields: (t) => ({
    eventId: t.globalID({ description: 'Only statements about this event or any event inside it.' }),
    speakerId: t.globalID({ description: 'Only statements by this person or organization.' }),
  }),
});

builder.subscriptionFields((t) => ({
  statementAdded: t.prismaField({
    type: 'Statement',
    description: 'Each statement as it is created, by ingestArticle or createStatement.',
    args: { filter: t.arg({ type: StatementAddedFilter, description: 'Restricts the statements delivered.' }) },
    subscribe: (_root, { filter }, ctx) => {
      if (filter?.eventId && filter.eventId.typename !== 'Event') {
        throw ValidationError.field('filter.eventId', `must be an Event id, got a ${filter.eventId.typename} id`);
      }
      if (filter?.speakerId && !['Person', 'Organization'].includes(filter.speakerId.typename)) {
        throw ValidationError.field('filter.speakerId', `must be a Person or Organization id, got a ${filter.speakerId.typename} id`);
      }
      const eventId = filter?.eventId?.id;
      const speakerId = filter?.speakerId?.id;
      return ctx.live.statementAdded(
        (event) => (!eventId || event.eventIds.includes(eventId)) && (!speakerId || event.speakerId === speakerId),
      );
    },
    resolve: (query, payload, _args, ctx) =>
      ctx.db.statement.findUniqueOrThrow({ ...query, where: { id: (payload as unknown as StatementAddedEvent).statementId } }),
  }),
  articleIngested: t.prismaField({
    type: 'Article',
    description: 'Each article as ingestArticle stores it (not when the article was already stored).',
    subscribe: (_root, _args, ctx) => ctx.live.articleIngested(),
    resolve: (query, payload, _args, ctx) =>
      ctx.db.article.findUniqueOrThrow({ ...query, where: { id: (payload as unknown as ArticleIngestedEvent).articleId } }),
  }),
}));
