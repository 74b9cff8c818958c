// Event: something that happened, nested in larger events, with who took part
// and who spoke about it.
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import { z } from 'zod';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { deleteUnlessReferenced } from '../db/delete.ts';
import { type EventSpeakerRow, loadEventSpeakers } from '../db/event-speakers.ts';
import { createEvent, updateEvent } from '../db/event-tree.ts';
import { loadPlacesWithin } from '../db/place-tree.ts';
import { containsText } from '../db/text-match.ts';
import type { Event as EventRow, Prisma } from '../generated/prisma/client.ts';
import { limits, trimmed } from '../ingest/input.ts';
import {
  DateRange,
  DeleteInput,
  DeletePayload,
  dateFilter,
  deleted,
  EventKindEnum,
  idOf,
  nodeBasics,
  orderInput,
  orderWithId,
  StatementKindEnum,
} from './common.ts';
import { Place } from './place.ts';
import { countedFields, countedPage, countedTotal, cursorOf, filterGiven, isCounted, speakersField } from './ranking.ts';
import { brand, entitySelection, pickEntity, Speaker } from './references.ts';

const participantEntity = { Person: 'person', Organization: 'organization' } as const;

export const EventParticipant = builder.prismaObject('EventParticipant', {
  description: 'A person or organization taking part in an event.',
  fields: (t) => ({
    role: t.exposeString('role', { nullable: true, description: 'Their part in it, e.g. "host".' }),
    event: t.relation('event', { description: 'The event.' }),
    participant: t.field({
      type: Speaker,
      nullable: true,
      description: 'The person or organization.',
      select: (_args, _ctx, nested) => entitySelection(participantEntity, nested),
      resolve: (row) => pickEntity(row, participantEntity) as never,
    }),
  }),
});

export const EventSpeaker = builder.objectRef<EventSpeakerRow>('EventSpeaker').implement({
  description: 'Someone who spoke about an event, with how much they said.',
  fields: (t) => ({
    speaker: t.field({
      type: Speaker,
      description: 'The person or organization.',
      resolve: (row) => brand(row.speakerType, row.speaker) as never,
    }),
    statementCount: t.exposeInt('statementCount', { description: 'How many of their statements are about the event.' }),
    lastSaidAt: t.expose('lastSaidAt', { type: 'DateTime', nullable: true, description: 'When they last spoke about it.' }),
  }),
});

export const Event = builder.prismaNode('Event', {
  ...nodeBasics,
  // Load only the columns the query asks for.
  select: { id: true },
  description: 'Something that happened. Events nest: a crisis contains announcements, meetings, exercises.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Short name, e.g. "Announced partial pull-back of Russian troops".' }),
    description: t.exposeString('description', { nullable: true, description: 'What happened.' }),
    kind: t.expose('kind', { type: EventKindEnum, description: 'What kind of event.' }),
    startAt: t.expose('startAt', { type: 'DateTime', nullable: true, description: 'When it began.' }),
    endAt: t.expose('endAt', { type: 'DateTime', nullable: true, description: 'When it ended; null while ongoing or unknown.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the record was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the record last changed.' }),
    place: t.relation('place', { nullable: true, description: 'Where it happened.' }),
    parent: t.relation('parent', { nullable: true, description: 'The larger event this one is part of.' }),
    children: t.relatedConnection('children', {
      cursor: 'id',
      totalCount: true,
      description: 'Direct sub-events, earliest first.',
      query: { orderBy: [{ startAt: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }] },
    }),
    participants: t.relatedConnection('participants', {
      cursor: 'id',
      totalCount: true,
      description: 'People and organizations taking part.',
      query: { orderBy: { id: 'asc' } },
    }),
    articles: t.relatedConnection('articles', {
      cursor: 'articleId_eventId',
      totalCount: true,
      description: 'Articles reporting on this event.',
      query: { orderBy: [{ articleId: 'asc' }] },
    }),
    speakers: t.loadableList({
      type: EventSpeaker,
      description: 'Who spoke about this event, most statements first.',
      args: {
        includeSubEvents: t.arg.boolean({ defaultValue: true, description: 'Count statements about sub-events too.' }),
        first: t.arg.int({
          defaultValue: 20,
          description: 'At most this many speakers (1–100).',
          validate: z.number().int().min(1).max(100),
        }),
        said: t.arg({ type: DateRange, description: 'Count only statements said in this window.' }),
        kind: t.arg({ type: [StatementKindEnum], description: 'Count only statements of these kinds.' }),
      },
      // byPath: one loader per place in the query, so each SQL query carries that place's scope; every event on a page shares it.
      byPath: true,
      load: (ids: string[], ctx, args) =>
        loadEventSpeakers(ctx.db, ids, {
          includeSubEvents: args.includeSubEvents ?? true,
          limit: args.first ?? 20,
          said: args.said ?? null,
          kinds: args.kind ?? null,
        }),
      resolve: (event, args) => {
        dateFilter(args.said); // refuses a window that ends before it starts
        return event.id;
      },
    }),
    depictedIn: t.relatedConnection('depictions', {
      cursor: 'id',
      totalCount: true,
      description: 'Images showing this event.',
      query: { orderBy: { id: 'asc' } },
    }),
  }),
});

const EventFilter = builder.inputType('EventFilter', {
  description: 'Narrows the events list; all given conditions must hold.',
  fields: (t) => ({
    name: t.string({ description: 'Part of the name, any case.', validate: trimmed(limits.name) }),
    kind: t.field({ type: [EventKindEnum], description: 'Any of these kinds.' }),
    during: t.field({ type: DateRange, description: 'Events overlapping this window.' }),
    place: t.globalID({
      for: [Place],
      description: 'Events at this place or at any place inside it, however deep (a city in a district in a region).',
    }),
    parent: t.globalID({ for: [Event], description: 'Direct sub-events of this event.' }),
    within: t.globalID({ for: [Event], description: 'Sub-events of this event at any depth.' }),
    topLevel: t.boolean({ description: 'Only events without a parent.' }),
  }),
});

const EventOrder = orderInput(
  'Event',
  {
    START_AT: { value: 'startAt', description: 'When the event began (unknown last).' },
    NAME: { value: 'name', description: 'Alphabetical by name.' },
    CREATED_AT: { value: 'createdAt', description: 'When the record was created.' },
    ...countedFields,
    ...speakersField,
  },
  'START_AT',
  { counted: true },
);

const eventIds = (ctx: Context) => (where: object) =>
  ctx.db.event.findMany({ where: where as Prisma.EventWhereInput, select: { id: true } });

// Not a field, so no loadable field: a loader per request (Pothos's context cache) for the place's
// subtree, so the page and its totalCount share one query.
const placesWithin = createContextCache((ctx: Context) => new DataLoader((ids: readonly string[]) => loadPlacesWithin(ctx.db, ids)));

async function eventWhere(ctx: Context, filter: typeof EventFilter.$inferInput | null | undefined): Promise<Prisma.EventWhereInput> {
  const places = filter?.place ? await placesWithin(ctx).load(filter.place.id) : null;
  const from = filter?.during?.from;
  const to = filter?.during?.to;
  return {
    AND: [
      filter?.name ? { name: containsText(filter.name) } : {},
      filter?.kind?.length ? { kind: { in: filter.kind } } : {},
      to ? { startAt: { lte: to } } : {},
      from ? { OR: [{ endAt: { gte: from } }, { endAt: null, startAt: { gte: from } }] } : {},
      places ? { placeId: { in: places } } : {},
      filter?.parent ? { parentId: filter.parent.id } : {},
      filter?.within ? { ancestorIds: { has: filter.within.id } } : {},
      filter?.topLevel ? { parentId: null } : {},
    ],
  };
}

builder.queryFields((t) => ({
  event: t.prismaField({
    type: 'Event',
    nullable: true,
    description: 'One event by id; null when absent.',
    args: { id: t.arg.globalID({ for: [Event], required: true }) },
    resolve: (query, _root, args, ctx) => ctx.db.event.findUnique({ ...query, where: { id: args.id.id } }),
  }),
  events: t.prismaConnection({
    type: 'Event',
    cursor: 'id',
    description: 'All events, filtered and sorted (default: by start, earliest first).',
    args: { filter: t.arg({ type: EventFilter }), orderBy: t.arg({ type: EventOrder }) },
    totalCount: async (_parent, args, ctx) =>
      isCounted(args.orderBy)
        ? countedTotal(ctx, 'Event', args.orderBy, filterGiven(args.filter) ? await eventWhere(ctx, args.filter) : null, eventIds(ctx))
        : ctx.db.event.count({ where: await eventWhere(ctx, args.filter) }),
    resolve: async (query, _root, args, ctx) => {
      if (isCounted(args.orderBy)) {
        const { page, selection } = cursorOf(query);
        const where = filterGiven(args.filter) ? await eventWhere(ctx, args.filter) : null;
        return countedPage(ctx, 'Event', args.orderBy, where, eventIds(ctx), page, (ids) =>
          ctx.db.event.findMany({ ...selection, where: { id: { in: ids } } }),
        );
      }
      const field = args.orderBy?.field ?? 'startAt';
      return ctx.db.event.findMany({
        ...query,
        where: await eventWhere(ctx, args.filter),
        orderBy: orderWithId(field, args.orderBy?.direction ?? 'asc', field === 'startAt'),
      });
    },
  }),
}));

const eventInput = (create: boolean) =>
  builder.inputType(create ? 'CreateEventInput' : 'UpdateEventInput', {
    description: create ? 'A new event.' : 'Changes to an event; omitted fields stay as they are.',
    fields: (t) => ({
      ...(create ? {} : { id: t.globalID({ for: [Event], required: true, description: 'The event to change.' }) }),
      name: t.string({ required: create, description: 'Short name.', validate: trimmed(limits.name) }),
      description: t.string({ description: 'What happened.', validate: trimmed(limits.shortText) }),
      kind: t.field({ type: EventKindEnum, description: 'What kind of event (default OTHER).' }),
      startAt: t.field({ type: 'DateTime', description: 'When it began.' }),
      endAt: t.field({ type: 'DateTime', description: 'When it ended; not before startAt.' }),
      place: t.globalID({ for: [Place], description: 'Where it happened.' }),
      parent: t.globalID({ for: [Event], description: 'The larger event it belongs to; null makes it top-level.' }),
    }),
  });

const EventPayload = builder.objectRef<{ event: EventRow }>('EventPayload').implement({
  description: 'The event written by a mutation.',
  fields: (t) => ({ event: t.field({ type: Event, description: 'As stored.', resolve: (payload) => payload.event }) }),
});

builder.mutationFields((t) => ({
  createEvent: t.field({
    type: EventPayload,
    description: 'Creates an event, nested under `parent` when given.',
    args: { input: t.arg({ type: eventInput(true), required: true }) },
    resolve: async (_root, { input }, ctx) => ({
      event: await ctx.db.$transaction((tx) =>
        createEvent(tx, {
          name: input.name as string,
          description: input.description ?? null,
          kind: input.kind ?? undefined,
          startAt: input.startAt ?? null,
          endAt: input.endAt ?? null,
          placeId: input.place?.id ?? null,
          parentId: input.parent?.id ?? null,
        }),
      ),
    }),
  }),
  updateEvent: t.field({
    type: EventPayload,
    description: 'Changes an event. Moving it under another parent moves its sub-events and their statements along.',
    args: { input: t.arg({ type: eventInput(false), required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const id = idOf((input as { id: { typename: string; id: string } }).id, 'Event');
      return {
        event: await ctx.db.$transaction((tx) =>
          updateEvent(tx, id, {
            ...(input.name ? { name: input.name } : {}),
            ...(input.description !== undefined ? { description: input.description } : {}),
            ...(input.kind ? { kind: input.kind } : {}),
            ...(input.startAt !== undefined ? { startAt: input.startAt } : {}),
            ...(input.endAt !== undefined ? { endAt: input.endAt } : {}),
            ...(input.place !== undefined ? { placeId: input.place?.id ?? null } : {}),
            ...(input.parent !== undefined ? { parentId: input.parent?.id ?? null } : {}),
          }),
        ),
      };
    },
  }),
  deleteEvent: t.field({
    type: DeletePayload,
    description: 'Deletes an event with no sub-events, statements, articles or images about it; CONFLICT otherwise.',
    args: { input: t.arg({ type: DeleteInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      await deleteUnlessReferenced(ctx.db, 'event', 'Event', idOf(input.id, 'Event'), {
        children: 'sub-events',
        statements: 'statements',
        articles: 'articles',
        depictions: 'image depictions',
        mentions: 'article mentions',
        statementMentions: 'statement mentions',
      });
      return deleted(input.id);
    },
  }),
}));
