import { z } from 'zod';
import { builder } from '../builder.ts';
import { deleteUnlessReferenced } from '../db/delete.ts';
import { inReadingOrder } from '../db/statement-order.ts';
import { writeStatement } from '../db/statements.ts';
import { containsText } from '../db/text-match.ts';
import type { Prisma, Statement as StatementRow } from '../generated/prisma/client.ts';
import { limits, trimmed } from '../ingest/input.ts';
import { Article } from './article.ts';
import {
  DateRange,
  DeleteInput,
  DeletePayload,
  dateFilter,
  deleted,
  idOf,
  nameMatch,
  nodeBasics,
  orderInput,
  orderWithId,
  StatementKindEnum,
} from './common.ts';
import { Entity } from './entity.ts';
import { Event } from './event.ts';
import { Organization } from './organization.ts';
import { Person } from './person.ts';
import { entitySelection, pickEntity, Speaker } from './references.ts';

const speakerRelations = { Person: 'speakerPerson', Organization: 'speakerOrganization' } as const;
const addresseeRelations = { Person: 'addresseePerson', Organization: 'addresseeOrganization' } as const;
const mentionRelations = { Person: 'person', Organization: 'organization', Place: 'place', Event: 'event' } as const;

export const StatementMention = builder.prismaObject('StatementMention', {
  description: 'An entity named inside a statement.',
  fields: (t) => ({
    statement: t.relation('statement', { description: 'The statement.' }),
    entity: t.field({
      type: Entity,
      description: 'The person, organization, place or event named.',
      select: (_args, _ctx, nested) => entitySelection(mentionRelations, nested),
      resolve: (row) => pickEntity(row, mentionRelations) as never,
    }),
  }),
});

export const Statement = builder.prismaNode('Statement', {
  ...nodeBasics,
  // Load only the columns the query asks for.
  select: { id: true },
  description: 'Something said: a direct quote, reported speech, paraphrase or denial, with its speaker.',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The words quoted, or the reported content.' }),
    kind: t.expose('kind', { type: StatementKindEnum, description: 'Direct quote, indirect, paraphrase or denial.' }),
    speaker: t.field({
      type: Speaker,
      nullable: true,
      description: 'Who said it; null when the article does not attribute it.',
      select: (_args, _ctx, nested) => entitySelection(speakerRelations, nested),
      resolve: (row) => pickEntity(row, speakerRelations) as never,
    }),
    speakerRole: t.exposeString('speakerRole', {
      nullable: true,
      description: 'The speaker\'s role as the article gives it, e.g. "the country\'s foreign minister".',
    }),
    verb: t.exposeString('verb', { nullable: true, description: 'Speech verb: said, told, warned, denied, indicated.' }),
    venue: t.exposeString('venue', { nullable: true, description: 'Where or how: "at a news conference", "in a video message".' }),
    addressee: t.field({
      type: Speaker,
      nullable: true,
      description: 'Who it was said to, e.g. NBC News in "told NBC News".',
      select: (_args, _ctx, nested) => entitySelection(addresseeRelations, nested),
      resolve: (row) => pickEntity(row, addresseeRelations) as never,
    }),
    saidAt: t.expose('saidAt', { type: 'DateTime', nullable: true, description: 'When it was said.' }),
    startOffset: t.exposeInt('startOffset', { nullable: true, description: 'Start of the text in the article body (UTF-16 code units).' }),
    endOffset: t.exposeInt('endOffset', { nullable: true, description: 'End of the text in the article body, exclusive.' }),
    position: t.int({
      nullable: true,
      description:
        "Place in its article's reading order, 0 first (by offset; statements without offsets after the others); null without an article.",
      select: { position: true, articleId: true },
      resolve: (statement) => (statement.articleId ? statement.position : null),
    }),
    confidence: t.exposeFloat('confidence', { description: 'How sure the attribution is, 0 to 1.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the record was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the record last changed.' }),
    article: t.relation('article', { nullable: true, description: 'The article it was read from.' }),
    mentions: t.relatedConnection('mentions', {
      cursor: 'id',
      totalCount: true,
      description: 'Entities named inside the statement.',
      query: { orderBy: { id: 'asc' } },
    }),
  }),
});

const StatementFilter = builder.inputType('StatementFilter', {
  description: 'Narrows the statements list; all given conditions must hold.',
  fields: (t) => ({
    speaker: t.globalID({ for: [Person, Organization], description: 'Said by this person or organization.' }),
    speakerName: t.string({
      description: 'Said by someone whose name or alias matches (any case, accents, spelling variant), e.g. "Kuleba".',
      validate: trimmed(limits.name),
    }),
    event: t.globalID({ for: [Event], description: 'About this event (and its sub-events unless `includeSubEvents` is false).' }),
    includeSubEvents: t.boolean({ defaultValue: true, description: 'With `event`: count sub-events too (default true).' }),
    mentions: t.globalID({ description: 'Naming this person, organization, place or event.' }),
    article: t.globalID({ for: [Article], description: 'Read from this article.' }),
    kind: t.field({ type: [StatementKindEnum], description: 'Any of these kinds.' }),
    saidAt: t.field({ type: DateRange, description: 'Said within this window.' }),
    textContains: t.string({ description: 'Text contains this, any case.', validate: z.string().min(1).max(limits.name) }),
  }),
});

const StatementOrder = orderInput(
  'Statement',
  {
    SAID_AT: { value: 'saidAt', description: 'When it was said (unknown last).' },
    CREATED_AT: { value: 'createdAt', description: 'When the record was created.' },
  },
  'SAID_AT',
);

const mentionColumn = { Person: 'personId', Organization: 'organizationId', Place: 'placeId', Event: 'eventId' } as const;

function mentionType(id: { typename: string; id: string }): keyof typeof mentionColumn {
  idOf(id, ...Object.keys(mentionColumn));
  return id.typename as keyof typeof mentionColumn;
}

/** A list's own sort, then statements of one article together in reading order, then the list's id tie-breaker. */
function tiesInReadingOrder(order: Array<Record<string, unknown>>): Array<Record<string, unknown>> {
  const last = order.at(-1);
  return last && 'id' in last ? [...order.slice(0, -1), ...inReadingOrder, last] : [...order, ...inReadingOrder];
}

function statementWhere(filter: typeof StatementFilter.$inferInput | null | undefined): Prisma.StatementWhereInput {
  const speaker = filter?.speaker;
  const mentions = filter?.mentions;
  const speakerName = filter?.speakerName
    ? { OR: [{ speakerPerson: nameMatch(filter.speakerName) }, { speakerOrganization: nameMatch(filter.speakerName) }] }
    : {};
  return {
    AND: [
      speaker ? (speaker.typename === 'Person' ? { speakerPersonId: speaker.id } : { speakerOrganizationId: speaker.id }) : {},
      speakerName,
      filter?.event
        ? { about: { some: { eventId: filter.event.id, ...(filter.includeSubEvents === false ? { direct: true } : {}) } } }
        : {},
      mentions ? { mentions: { some: { [mentionColumn[mentionType(mentions)]]: mentions.id } } } : {},
      filter?.article ? { articleId: filter.article.id } : {},
      filter?.kind?.length ? { kind: { in: filter.kind } } : {},
      filter?.saidAt ? { saidAt: dateFilter(filter.saidAt) } : {},
      filter?.textContains ? { text: containsText(filter.textContains) } : {},
    ],
  };
}

export const StatementEvent = builder.prismaObject('StatementEvent', {
  description: 'A statement being about an event: directly, or through one of its sub-events.',
  // The key (for cursors) and what is asked for, not the whole link row with its trigger-kept copies.
  select: { statementId: true, eventId: true },
  fields: (t) => ({
    statement: t.relation('statement', { description: 'The statement.' }),
    event: t.relation('event', { description: 'The event.' }),
    direct: t.exposeBoolean('direct', { description: 'True when about this event itself; false when about one of its sub-events.' }),
  }),
});

builder.prismaObjectField('Event', 'statements', (t) =>
  t.relatedConnection('statements', {
    cursor: 'statementId_eventId',
    totalCount: true,
    description:
      "Statements about this event (each node links one statement), and with `includeSubEvents` about any event nested in it; earliest first, an article's statements in reading order.",
    args: {
      includeSubEvents: t.arg.boolean({ defaultValue: false, description: 'Also statements about sub-events, at any depth.' }),
    },
    query: (args) => ({
      where: args.includeSubEvents ? {} : { direct: true },
      // statement_event copies the statement's said_at, article and position, so the order is an index range.
      orderBy: [{ saidAt: { sort: 'asc' as const, nulls: 'last' as const } }, ...inReadingOrder, { statementId: 'asc' as const }],
    }),
  }),
);

builder.prismaObjectField('Statement', 'about', (t) =>
  t.relatedConnection('about', {
    cursor: 'statementId_eventId',
    totalCount: true,
    description: 'The events the statement is about, directly (their parent events are implied); each node links one event.',
    query: { where: { direct: true }, orderBy: { eventId: 'asc' } },
  }),
);

builder.queryFields((t) => ({
  statement: t.prismaField({
    type: 'Statement',
    nullable: true,
    description: 'One statement by id; null when absent.',
    args: { id: t.arg.globalID({ for: [Statement], required: true }) },
    resolve: (query, _root, args, ctx) => ctx.db.statement.findUnique({ ...query, where: { id: args.id.id } }),
  }),
  statements: t.prismaConnection({
    type: 'Statement',
    cursor: 'id',
    description:
      "Who said what: all statements, filtered and sorted (default: latest first); ties keep an article's statements together in reading order.",
    args: { filter: t.arg({ type: StatementFilter }), orderBy: t.arg({ type: StatementOrder }) },
    totalCount: (_parent, args, ctx) => ctx.db.statement.count({ where: statementWhere(args.filter) }),
    resolve: (query, _root, args, ctx) => {
      const field = args.orderBy?.field ?? 'saidAt';
      const direction = args.orderBy?.direction ?? (args.orderBy ? 'asc' : 'desc');
      return ctx.db.statement.findMany({
        ...query,
        where: statementWhere(args.filter),
        orderBy: tiesInReadingOrder(orderWithId(field, direction, field === 'saidAt')),
      });
    },
  }),
}));

const StatementPayload = builder.objectRef<{ statement: StatementRow }>('StatementPayload').implement({
  description: 'The statement written by a mutation.',
  fields: (t) => ({ statement: t.field({ type: Statement, description: 'As stored.', resolve: (payload) => payload.statement }) }),
});

const statementInput = (create: boolean) =>
  builder.inputType(create ? 'CreateStatementInput' : 'UpdateStatementInput', {
    description: create ? 'A new statement.' : 'Changes to a statement; omitted fields stay as they are, lists are replaced.',
    fields: (t) => ({
      ...(create ? {} : { id: t.globalID({ for: [Statement], required: true, description: 'The statement to change.' }) }),
      text: t.string({ required: create, description: 'What was said.', validate: trimmed(limits.statement) }),
      kind: t.field({ type: StatementKindEnum, required: create, description: 'How it is reported.' }),
      speaker: t.globalID({ description: 'Person or Organization id; null for unattributed.' }),
      speakerRole: t.string({ description: 'Role as given in the article.', validate: trimmed(limits.name) }),
      verb: t.string({ description: 'Speech verb.', validate: trimmed(limits.name) }),
      venue: t.string({ description: 'Venue or medium.', validate: trimmed(limits.name) }),
      addressee: t.globalID({ description: 'Person or Organization it was said to.' }),
      saidAt: t.field({ type: 'DateTime', description: 'When it was said.' }),
      article: t.globalID({ description: 'Article it was read from.' }),
      startOffset: t.int({ description: 'Start in the article body.', validate: z.number().int().min(0) }),
      endOffset: t.int({ description: 'End in the article body (exclusive).', validate: z.number().int().min(0) }),
      confidence: t.float({ description: 'Attribution confidence, 0 to 1 (default 1).', validate: z.number().min(0).max(1) }),
      about: t.globalIDList({ description: 'Events it is about.' }),
    }),
  });

builder.mutationFields((t) => ({
  createStatement: t.field({
    type: StatementPayload,
    description: 'Creates a statement.',
    args: { input: t.arg({ type: statementInput(true), required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const statement = await ctx.db.$transaction((tx) => writeStatement(tx, null, input));
      await ctx.live.publishStatements(ctx.db, [statement.id]);
      return { statement };
    },
  }),
  updateStatement: t.field({
    type: StatementPayload,
    description: 'Changes the given fields of a statement.',
    args: { input: t.arg({ type: statementInput(false), required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const id = idOf((input as { id: { typename: string; id: string } }).id, 'Statement');
      return { statement: await ctx.db.$transaction((tx) => writeStatement(tx, id, input)) };
    },
  }),
  deleteStatement: t.field({
    type: DeletePayload,
    description: 'Deletes a statement with its relations, event links and mentions.',
    args: { input: t.arg({ type: DeleteInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      await deleteUnlessReferenced(ctx.db, 'statement', 'Statement', idOf(input.id, 'Statement'));
      return deleted(input.id);
    },
  }),
}));
