// Place: countries, regions, cities, bodies of water; places nest.
import { z } from 'zod';
import { builder } from '../builder.ts';
import { deleteUnlessReferenced } from '../db/delete.ts';
import { nameColumns } from '../db/names.ts';
import { mapPrismaError, NotFoundError, ValidationError } from '../errors.ts';
import type { Place as PlaceRow } from '../generated/prisma/client.ts';
import { PlaceKind } from '../generated/prisma/enums.ts';
import { externalId, limits, trimmed } from '../ingest/input.ts';
import {
  DeleteInput,
  DeletePayload,
  deleted,
  ExternalId,
  idOf,
  nameMatch,
  nodeBasics,
  orderInput,
  orderWithId,
  PlaceKindEnum,
} from './common.ts';

export const Place = builder.prismaNode('Place', {
  ...nodeBasics,
  description: 'A named place. Events, images and articles point at places; places nest (Lake Donuzlav in Crimea).',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Canonical name.' }),
    aliases: t.exposeStringList('aliases', { description: 'Other names and spellings.' }),
    kind: t.expose('kind', { type: PlaceKindEnum, description: 'What kind of place.' }),
    latitude: t.exposeFloat('latitude', { nullable: true, description: 'WGS 84 latitude.' }),
    longitude: t.exposeFloat('longitude', { nullable: true, description: 'WGS 84 longitude.' }),
    externalIds: t.field({
      type: [ExternalId],
      description: 'Identifiers in other systems.',
      select: { externalIds: true },
      resolve: (place) => place.externalIds,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the record was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the record last changed.' }),
    parent: t.relation('parent', { nullable: true, description: 'The place this one lies in.' }),
    children: t.relatedConnection('children', {
      cursor: 'id',
      totalCount: true,
      description: 'Places inside this one.',
      query: { orderBy: [{ name: 'asc' }, { id: 'asc' }] },
    }),
    events: t.relatedConnection('events', {
      cursor: 'id',
      totalCount: true,
      description: 'Events that happened here, earliest first.',
      query: { orderBy: [{ startAt: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }] },
    }),
    images: t.relatedConnection('images', {
      cursor: 'id',
      totalCount: true,
      description: 'Images taken here.',
      query: { orderBy: { id: 'asc' } },
    }),
    articles: t.relatedConnection('articles', {
      cursor: 'id',
      totalCount: true,
      description: 'Articles datelined here.',
      query: { orderBy: [{ publishedAt: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }] },
    }),
    mentions: t.relatedConnection('mentions', {
      cursor: 'id',
      totalCount: true,
      description: 'Articles that name this place.',
      query: { orderBy: { id: 'asc' } },
    }),
  }),
});

const PlaceFilter = builder.inputType('PlaceFilter', {
  description: 'Narrows the places list; all given conditions must hold.',
  fields: (t) => ({
    name: t.string({ description: 'Part of the name, or an alias.', validate: trimmed(limits.name) }),
    kind: t.field({ type: [PlaceKindEnum], description: 'Any of these kinds.' }),
    parent: t.globalID({ for: [Place], description: 'Only places directly inside this one.' }),
  }),
});

const PlaceOrder = orderInput('Place', { NAME: { value: 'name', description: 'Alphabetical by name.' } }, 'NAME');

function placeWhere(filter: typeof PlaceFilter.$inferInput | null | undefined) {
  return {
    AND: [
      filter?.name ? nameMatch(filter.name) : {},
      filter?.kind?.length ? { kind: { in: filter.kind } } : {},
      filter?.parent ? { parentId: filter.parent.id } : {},
    ],
  };
}

builder.queryFields((t) => ({
  place: t.prismaField({
    type: 'Place',
    nullable: true,
    description: 'One place by id; null when absent.',
    args: { id: t.arg.globalID({ for: [Place], required: true }) },
    resolve: (query, _root, args, ctx) => ctx.db.place.findUnique({ ...query, where: { id: args.id.id } }),
  }),
  places: t.prismaConnection({
    type: 'Place',
    cursor: 'id',
    description: 'All places, filtered and sorted.',
    args: { filter: t.arg({ type: PlaceFilter }), orderBy: t.arg({ type: PlaceOrder }) },
    totalCount: (_parent, args, ctx) => ctx.db.place.count({ where: placeWhere(args.filter) }),
    resolve: (query, _root, args, ctx) =>
      ctx.db.place.findMany({
        ...query,
        where: placeWhere(args.filter),
        orderBy: orderWithId(args.orderBy?.field ?? 'name', args.orderBy?.direction ?? 'asc'),
      }),
  }),
}));

const name = trimmed(limits.name);

const placeInput = (create: boolean) =>
  builder.inputType(create ? 'CreatePlaceInput' : 'UpdatePlaceInput', {
    description: create ? 'A new place.' : 'Changes to a place; omitted fields stay as they are.',
    fields: (t) => ({
      ...(create ? {} : { id: t.globalID({ for: [Place], required: true, description: 'The place to change.' }) }),
      name: t.string({ required: create, description: 'Canonical name.', validate: name }),
      aliases: t.stringList({ description: 'Other names; replaces the list.', validate: z.array(name).max(limits.listItems) }),
      kind: t.field({ type: PlaceKindEnum, description: 'What kind of place (default OTHER).' }),
      parent: t.globalID({ for: [Place], description: 'The place it lies in.' }),
      latitude: t.float({ description: 'WGS 84 latitude.', validate: z.number().min(-90).max(90) }),
      longitude: t.float({ description: 'WGS 84 longitude.', validate: z.number().min(-180).max(180) }),
      externalIds: t.stringList({ description: '"source:value" ids.', validate: z.array(externalId).max(limits.listItems) }),
    }),
  });

const PlacePayload = builder.objectRef<{ place: PlaceRow }>('PlacePayload').implement({
  description: 'The place written by a mutation.',
  fields: (t) => ({ place: t.field({ type: Place, description: 'As stored.', resolve: (payload) => payload.place }) }),
});

builder.mutationFields((t) => ({
  createPlace: t.field({
    type: PlacePayload,
    description: 'Creates a place.',
    args: { input: t.arg({ type: placeInput(true), required: true }) },
    resolve: async (_root, { input }, ctx) => ({
      place: await ctx.db.place
        .create({
          data: {
            ...nameColumns(input.name as string, input.aliases ?? []),
            kind: input.kind ?? PlaceKind.OTHER,
            parentId: input.parent?.id ?? null,
            latitude: input.latitude ?? null,
            longitude: input.longitude ?? null,
            externalIds: input.externalIds ?? [],
          },
        })
        .catch((error: unknown) => mapPrismaError(error, 'place')),
    }),
  }),
  updatePlace: t.field({
    type: PlacePayload,
    description: 'Changes the given fields of a place.',
    args: { input: t.arg({ type: placeInput(false), required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const id = idOf((input as { id: { typename: string; id: string } }).id, 'Place');
      if (input.parent?.id === id) throw ValidationError.field('input.parent', 'a place cannot lie in itself');
      return ctx.db.$transaction(async (tx) => {
        const current = await tx.place.findUnique({ where: { id } });
        if (!current) throw new NotFoundError('Place', id);
        const place = await tx.place
          .update({
            where: { id },
            data: {
              ...nameColumns(input.name ?? current.name, input.aliases ?? current.aliases),
              ...(input.kind ? { kind: input.kind } : {}),
              ...(input.parent !== undefined ? { parentId: input.parent?.id ?? null } : {}),
              ...(input.latitude !== undefined ? { latitude: input.latitude } : {}),
              ...(input.longitude !== undefined ? { longitude: input.longitude } : {}),
              ...(input.externalIds ? { externalIds: input.externalIds } : {}),
            },
          })
          .catch((error: unknown) => mapPrismaError(error, 'place'));
        return { place };
      });
    },
  }),
  deletePlace: t.field({
    type: DeletePayload,
    description: 'Deletes a place nothing lies in or refers to; CONFLICT otherwise.',
    args: { input: t.arg({ type: DeleteInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      await deleteUnlessReferenced(ctx.db, 'place', 'Place', idOf(input.id, 'Place'), {
        children: 'places inside it',
        mentions: 'article mentions',
        statementMentions: 'statement mentions',
        depictions: 'image depictions',
      });
      return deleted(input.id);
    },
  }),
}));
