// Image: a photograph illustrating an article, with its credit and what it shows.
import { z } from 'zod';
import { builder } from '../builder.ts';
import { deleteUnlessReferenced } from '../db/delete.ts';
import { mapPrismaError, NotFoundError } from '../errors.ts';
import type { Image as ImageRow } from '../generated/prisma/client.ts';
import { httpUrl, limits, trimmed } from '../ingest/input.ts';
import { Article } from './article.ts';
import { DeleteInput, DeletePayload, deleted, idOf, nodeBasics } from './common.ts';
import { Entity } from './entity.ts';
import { Person } from './person.ts';
import { Place } from './place.ts';
import { entitySelection, pickEntity } from './references.ts';

const shown = { Person: 'person', Organization: 'organization', Place: 'place', Event: 'event' } as const;

export const ImageDepiction = builder.prismaObject('ImageDepiction', {
  description: 'Someone or something an image shows.',
  fields: (t) => ({
    image: t.relation('image', { description: 'The image.' }),
    entity: t.field({
      type: Entity,
      description: 'The person, organization, place or event shown.',
      select: (_args, _ctx, nested) => entitySelection(shown, nested),
      resolve: (row) => pickEntity(row, shown) as never,
    }),
  }),
});

export const ImageAgency = builder.prismaObject('ImageAgency', {
  description: 'An organization credited for an image.',
  fields: (t) => ({
    position: t.exposeInt('position', { description: 'Order in the credit line, from 0.' }),
    image: t.relation('image', { description: 'The image.' }),
    organization: t.relation('organization', { description: 'The agency or distributor.' }),
  }),
});

export const Image = builder.prismaNode('Image', {
  ...nodeBasics,
  description: 'A photograph or other image illustrating an article.',
  fields: (t) => ({
    url: t.exposeString('url', { nullable: true, description: 'Where the image file is, when known.' }),
    caption: t.exposeString('caption', { description: 'The caption, without the credit.' }),
    creditLine: t.exposeString('creditLine', {
      nullable: true,
      description: 'The credit exactly as printed, e.g. "Alexei Nikolsky / AP".',
    }),
    takenAt: t.expose('takenAt', { type: 'DateTime', nullable: true, description: 'When it was taken.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the record was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the record last changed.' }),
    photographer: t.relation('photographer', { nullable: true, description: 'The credited photographer.' }),
    place: t.relation('place', { nullable: true, description: 'Where it was taken.' }),
    article: t.relation('article', { nullable: true, description: 'The article it illustrates.' }),
    agencies: t.relatedConnection('agencies', {
      cursor: 'imageId_organizationId',
      totalCount: true,
      description: 'Credited agencies, in credit-line order.',
      query: { orderBy: [{ position: 'asc' }, { organizationId: 'asc' }] },
    }),
    depicts: t.relatedConnection('depicts', {
      cursor: 'id',
      totalCount: true,
      description: 'Who and what it shows.',
      query: { orderBy: { id: 'asc' } },
    }),
  }),
});

builder.queryFields((t) => ({
  image: t.prismaField({
    type: 'Image',
    nullable: true,
    description: 'One image by id; null when absent.',
    args: { id: t.arg.globalID({ for: [Image], required: true }) },
    resolve: (query, _root, args, ctx) => ctx.db.image.findUnique({ ...query, where: { id: args.id.id } }),
  }),
  images: t.prismaConnection({
    type: 'Image',
    cursor: 'id',
    description: 'All images, newest taken first.',
    args: {
      photographer: t.arg.globalID({ for: [Person], description: "Only this photographer's." }),
      depicts: t.arg.globalID({ description: 'Only images showing this person, organization, place or event.' }),
    },
    totalCount: (_parent, args, ctx) => ctx.db.image.count({ where: imageWhere(args) }),
    resolve: (query, _root, args, ctx) =>
      ctx.db.image.findMany({ ...query, where: imageWhere(args), orderBy: [{ takenAt: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }] }),
  }),
}));

const shownColumn = { Person: 'personId', Organization: 'organizationId', Place: 'placeId', Event: 'eventId' } as const;

function imageWhere(args: { photographer?: { id: string } | null; depicts?: { typename: string; id: string } | null }) {
  const depicts = args.depicts;
  const column = depicts && idOf(depicts, ...Object.keys(shownColumn)) && shownColumn[depicts.typename as keyof typeof shownColumn];
  return {
    AND: [
      args.photographer ? { photographerId: args.photographer.id } : {},
      depicts && column ? { depicts: { some: { [column]: depicts.id } } } : {},
    ],
  };
}

const imageInput = (create: boolean) =>
  builder.inputType(create ? 'CreateImageInput' : 'UpdateImageInput', {
    description: create ? 'A new image.' : 'Changes to an image; omitted fields stay as they are.',
    fields: (t) => ({
      ...(create ? {} : { id: t.globalID({ for: [Image], required: true, description: 'The image to change.' }) }),
      url: t.string({ description: 'Where the file is.', validate: httpUrl }),
      caption: t.string({
        required: create,
        description: 'Caption without credit.',
        validate: trimmed(limits.shortText),
      }),
      creditLine: t.string({ description: 'Credit as printed.', validate: trimmed(limits.name) }),
      photographer: t.globalID({ for: [Person], description: 'Credited photographer.' }),
      takenAt: t.field({ type: 'DateTime', description: 'When it was taken.' }),
      place: t.globalID({ for: [Place], description: 'Where it was taken.' }),
      article: t.globalID({ for: [Article], description: 'The article it illustrates.' }),
    }),
  });

const ImagePayload = builder.objectRef<{ image: ImageRow }>('ImagePayload').implement({
  description: 'The image written by a mutation.',
  fields: (t) => ({ image: t.field({ type: Image, description: 'As stored.', resolve: (payload) => payload.image }) }),
});

builder.mutationFields((t) => ({
  createImage: t.field({
    type: ImagePayload,
    description: 'Creates an image.',
    args: { input: t.arg({ type: imageInput(true), required: true }) },
    resolve: async (_root, { input }, ctx) => ({
      image: await ctx.db.image
        .create({
          data: {
            url: input.url ?? null,
            caption: input.caption as string,
            creditLine: input.creditLine ?? null,
            photographerId: input.photographer?.id ?? null,
            takenAt: input.takenAt ?? null,
            placeId: input.place?.id ?? null,
            articleId: input.article?.id ?? null,
          },
        })
        .catch((error: unknown) => mapPrismaError(error, 'image')),
    }),
  }),
  updateImage: t.field({
    type: ImagePayload,
    description: 'Changes the given fields of an image.',
    args: { input: t.arg({ type: imageInput(false), required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const id = idOf((input as { id: { typename: string; id: string } }).id, 'Image');
      if (!(await ctx.db.image.count({ where: { id } }))) throw new NotFoundError('Image', id);
      const image = await ctx.db.image
        .update({
          where: { id },
          data: {
            ...(input.url !== undefined ? { url: input.url } : {}),
            ...(input.caption ? { caption: input.caption } : {}),
            ...(input.creditLine !== undefined ? { creditLine: input.creditLine } : {}),
            ...(input.photographer !== undefined ? { photographerId: input.photographer?.id ?? null } : {}),
            ...(input.takenAt !== undefined ? { takenAt: input.takenAt } : {}),
            ...(input.place !== undefined ? { placeId: input.place?.id ?? null } : {}),
            ...(input.article !== undefined ? { articleId: input.article?.id ?? null } : {}),
          },
        })
        .catch((error: unknown) => mapPrismaError(error, 'image'));
      return { image };
    },
  }),
  deleteImage: t.field({
    type: DeletePayload,
    description: 'Deletes an image with its credits and depictions.',
    args: { input: t.arg({ type: DeleteInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      await deleteUnlessReferenced(ctx.db, 'image', 'Image', idOf(input.id, 'Image'));
      return deleted(input.id);
    },
  }),
}));
