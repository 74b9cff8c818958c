// Organization: governments, ministries, militaries, media, agencies,
// alliances, and the metonyms that stand for them ("Kyiv", "the Kremlin").
import { z } from 'zod';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { deleteUnlessReferenced } from '../db/delete.ts';
import { nameColumns } from '../db/names.ts';
import { latestFirst } from '../db/statement-order.ts';
import { mapPrismaError, NotFoundError, ValidationError } from '../errors.ts';
import type { Organization as OrganizationRow, Prisma } from '../generated/prisma/client.ts';
import { OrganizationKind } from '../generated/prisma/enums.ts';
import { externalId, limits, trimmed } from '../ingest/input.ts';
import {
  DeleteInput,
  DeletePayload,
  deleted,
  ExternalId,
  idOf,
  nameMatch,
  nodeBasics,
  OrganizationKindEnum,
  orderInput,
  orderWithId,
} from './common.ts';
import { countedFields, countedPage, countedTotal, cursorOf, filterGiven, isCounted } from './ranking.ts';

const byNewest = { orderBy: [...latestFirst] };

export const Organization = builder.prismaNode('Organization', {
  ...nodeBasics,
  // Load only the columns the query asks for.
  select: { id: true },
  description: 'A government, ministry, military, company, news organization, alliance, or a metonym for one.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Canonical name, e.g. "Russian Defense Ministry".' }),
    aliases: t.exposeStringList('aliases', { description: 'Other names, including metonyms ("Moscow", "the Kremlin").' }),
    description: t.exposeString('description', { nullable: true, description: 'Short description.' }),
    kind: t.expose('kind', { type: OrganizationKindEnum, description: 'What kind of body this is.' }),
    externalIds: t.field({
      type: [ExternalId],
      description: 'Identifiers in other systems.',
      select: { externalIds: true },
      resolve: (organization) => organization.externalIds,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the record was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the record last changed.' }),
    parent: t.relation('parent', { nullable: true, description: 'The organization this one belongs to.' }),
    children: t.relatedConnection('children', {
      cursor: 'id',
      totalCount: true,
      description: 'Organizations that belong to this one.',
      query: { orderBy: [{ name: 'asc' }, { id: 'asc' }] },
    }),
    members: t.relatedConnection('affiliations', {
      cursor: 'id',
      totalCount: true,
      description: 'People with a role at this organization.',
      query: { orderBy: [{ validFrom: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }] },
    }),
    statements: t.relatedConnection('statements', {
      cursor: 'id',
      totalCount: true,
      description: "What the organization said, latest first; an article's statements in reading order.",
      query: byNewest,
    }),
    addressedStatements: t.relatedConnection('addressed', {
      cursor: 'id',
      totalCount: true,
      description: 'Statements made to this organization (e.g. "told NBC News"), latest first.',
      query: byNewest,
    }),
    published: t.relatedConnection('published', {
      cursor: 'id',
      totalCount: true,
      description: 'Articles this organization published, newest first.',
      query: { orderBy: [{ publishedAt: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }] },
    }),
    mentions: t.relatedConnection('mentions', {
      cursor: 'id',
      totalCount: true,
      description: 'Articles that name this organization.',
      query: { orderBy: { id: 'asc' } },
    }),
    contributions: t.relatedConnection('contributions', {
      cursor: 'id',
      totalCount: true,
      description: 'Articles this organization contributed to (e.g. a news agency).',
      query: { orderBy: { id: 'asc' } },
    }),
    imageCredits: t.relatedConnection('credits', {
      cursor: 'imageId_organizationId',
      totalCount: true,
      description: 'Images credited to this organization.',
      query: { orderBy: [{ imageId: 'asc' }, { organizationId: 'asc' }] },
    }),
    depictedIn: t.relatedConnection('depictions', {
      cursor: 'id',
      totalCount: true,
      description: 'Images showing this organization.',
      query: { orderBy: { id: 'asc' } },
    }),
  }),
});

const OrganizationFilter = builder.inputType('OrganizationFilter', {
  description: 'Narrows the organizations list; all given conditions must hold.',
  fields: (t) => ({
    name: t.string({
      description: 'Part of the name, or an alias in any case or accents.',
      validate: trimmed(limits.name),
    }),
    kind: t.field({ type: [OrganizationKindEnum], description: 'Any of these kinds.' }),
    parent: t.globalID({ for: [Organization], description: 'Only direct children of this organization.' }),
    externalId: t.string({ description: 'An exact external id, "source:value".', validate: externalId }),
  }),
});

const OrganizationOrder = orderInput(
  'Organization',
  {
    NAME: { value: 'name', description: 'Alphabetical by name.' },
    CREATED_AT: { value: 'createdAt', description: 'When the record was created.' },
    ...countedFields,
  },
  'NAME',
  { counted: true },
);

const organizationIds = (ctx: Context) => (where: object) =>
  ctx.db.organization.findMany({ where: where as Prisma.OrganizationWhereInput, select: { id: true } });

builder.queryFields((t) => ({
  organization: t.prismaField({
    type: 'Organization',
    nullable: true,
    description: 'One organization by id; null when absent.',
    args: { id: t.arg.globalID({ for: [Organization], required: true }) },
    resolve: (query, _root, args, ctx) => ctx.db.organization.findUnique({ ...query, where: { id: args.id.id } }),
  }),
  organizations: t.prismaConnection({
    type: 'Organization',
    cursor: 'id',
    description: 'All organizations, filtered and sorted.',
    args: { filter: t.arg({ type: OrganizationFilter }), orderBy: t.arg({ type: OrganizationOrder }) },
    totalCount: (_parent, args, ctx) =>
      isCounted(args.orderBy)
        ? countedTotal(
            ctx,
            'Organization',
            args.orderBy,
            filterGiven(args.filter) ? organizationWhere(args.filter) : null,
            organizationIds(ctx),
          )
        : ctx.db.organization.count({ where: organizationWhere(args.filter) }),
    resolve: (query, _root, args, ctx) => {
      if (isCounted(args.orderBy)) {
        const { page, selection } = cursorOf(query);
        const where = filterGiven(args.filter) ? organizationWhere(args.filter) : null;
        return countedPage(ctx, 'Organization', args.orderBy, where, organizationIds(ctx), page, (ids) =>
          ctx.db.organization.findMany({ ...selection, where: { id: { in: ids } } }),
        );
      }
      return ctx.db.organization.findMany({
        ...query,
        where: organizationWhere(args.filter),
        orderBy: orderWithId(args.orderBy?.field ?? 'name', args.orderBy?.direction ?? 'asc'),
      });
    },
  }),
}));

function organizationWhere(filter: typeof OrganizationFilter.$inferInput | null | undefined) {
  return {
    AND: [
      filter?.name ? nameMatch(filter.name) : {},
      filter?.kind?.length ? { kind: { in: filter.kind } } : {},
      filter?.parent ? { parentId: filter.parent.id } : {},
      filter?.externalId ? { externalIds: { has: filter.externalId } } : {},
    ],
  };
}

const fields = {
  name: trimmed(limits.name),
  aliases: z.array(trimmed(limits.name)).max(limits.listItems),
  description: z.string().trim().max(limits.shortText),
  externalIds: z.array(externalId).max(limits.listItems),
};

const OrganizationPayload = builder.objectRef<{ organization: OrganizationRow }>('OrganizationPayload').implement({
  description: 'The organization written by a mutation.',
  fields: (t) => ({
    organization: t.field({ type: Organization, description: 'As stored.', resolve: (payload) => payload.organization }),
  }),
});

const OrganizationInputFields = (required: boolean) =>
  builder.inputType(required ? 'CreateOrganizationInput' : 'UpdateOrganizationInput', {
    description: required
      ? 'A new organization.'
      : 'Changes to an organization; omitted fields stay as they are, lists are replaced whole.',
    fields: (t) => ({
      ...(required ? {} : { id: t.globalID({ for: [Organization], required: true, description: 'The organization to change.' }) }),
      name: t.string({ required, description: 'Canonical name.', validate: fields.name }),
      aliases: t.stringList({ description: 'Other names.', validate: fields.aliases }),
      kind: t.field({ type: OrganizationKindEnum, description: 'What kind of body (default OTHER).' }),
      description: t.string({ description: 'Short description.', validate: fields.description }),
      parent: t.globalID({ for: [Organization], description: 'The organization this one belongs to.' }),
      externalIds: t.stringList({ description: '"source:value" ids.', validate: fields.externalIds }),
    }),
  });
const CreateOrganizationInput = OrganizationInputFields(true);
const UpdateOrganizationInput = OrganizationInputFields(false);

builder.mutationFields((t) => ({
  createOrganization: t.field({
    type: OrganizationPayload,
    description: 'Creates an organization.',
    args: { input: t.arg({ type: CreateOrganizationInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({
      organization: await ctx.db.organization
        .create({
          data: {
            ...nameColumns(input.name as string, input.aliases ?? []),
            kind: input.kind ?? OrganizationKind.OTHER,
            description: input.description ?? null,
            parentId: input.parent?.id ?? null,
            externalIds: input.externalIds ?? [],
          },
        })
        .catch((error: unknown) => mapPrismaError(error, 'organization')),
    }),
  }),
  updateOrganization: t.field({
    type: OrganizationPayload,
    description: 'Changes the given fields of an organization.',
    args: { input: t.arg({ type: UpdateOrganizationInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const id = idOf((input as { id: { typename: string; id: string } }).id, 'Organization');
      if (input.parent?.id === id) throw ValidationError.field('input.parent', 'an organization cannot be its own parent');
      return ctx.db.$transaction(async (tx) => {
        const current = await tx.organization.findUnique({ where: { id } });
        if (!current) throw new NotFoundError('Organization', id);
        const organization = await tx.organization
          .update({
            where: { id },
            data: {
              ...nameColumns(input.name ?? current.name, input.aliases ?? current.aliases),
              ...(input.kind ? { kind: input.kind } : {}),
              ...(input.description !== undefined ? { description: input.description } : {}),
              ...(input.parent !== undefined ? { parentId: input.parent?.id ?? null } : {}),
              ...(input.externalIds ? { externalIds: input.externalIds } : {}),
            },
          })
          .catch((error: unknown) => mapPrismaError(error, 'organization'));
        return { organization };
      });
    },
  }),
  deleteOrganization: t.field({
    type: DeletePayload,
    description: 'Deletes an organization nothing refers to; refused with CONFLICT otherwise.',
    args: { input: t.arg({ type: DeleteInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      await deleteUnlessReferenced(ctx.db, 'organization', 'Organization', idOf(input.id, 'Organization'), {
        statements: 'statements',
        addressed: 'addressed statements',
        published: 'published articles',
        children: 'child organizations',
        affiliations: 'affiliations',
        mentions: 'article mentions',
        statementMentions: 'statement mentions',
        contributions: 'article credits',
        credits: 'image credits',
        depictions: 'image depictions',
      });
      return deleted(input.id);
    },
  }),
}));
