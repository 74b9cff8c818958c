// Person: a named individual, what they said, where they work.
import { z } from 'zod';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { deleteUnlessReferenced } from '../db/delete.ts';
import { nameColumns } from '../db/names.ts';
import { latestFirst } from '../db/statement-order.ts';
import { mapPrismaError, NotFoundError } from '../errors.ts';
import type { Person as PersonRow, Prisma } from '../generated/prisma/client.ts';
import { externalId, limits, trimmed } from '../ingest/input.ts';
import { DeleteInput, DeletePayload, deleted, ExternalId, idOf, nameMatch, nodeBasics, orderInput, orderWithId } from './common.ts';
import { Organization } from './organization.ts';
import { countedFields, countedPage, countedTotal, cursorOf, filterGiven, isCounted } from './ranking.ts';

export const Person = builder.prismaNode('Person', {
  ...nodeBasics,
  // Load only the columns the query asks for.
  select: { id: true },
  description: 'A named person who speaks, is quoted, mentioned, photographed or photographs.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Canonical name, e.g. "Dmytro Kuleba".' }),
    aliases: t.exposeStringList('aliases', { description: 'Other spellings and forms of the name ("Sergei Lavrov", "Lavrov").' }),
    description: t.exposeString('description', { nullable: true, description: 'Short description: who this is.' }),
    externalIds: t.field({
      type: [ExternalId],
      description: 'Identifiers in other systems (Wikidata, …).',
      select: { externalIds: true },
      resolve: (person) => person.externalIds,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the record was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the record last changed.' }),
    affiliations: t.relatedConnection('affiliations', {
      cursor: 'id',
      totalCount: true,
      description: "The person's roles at organizations, most recent first.",
      query: { orderBy: [{ validFrom: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }] },
    }),
    statements: t.relatedConnection('statements', {
      cursor: 'id',
      totalCount: true,
      description: "What the person said, latest first; an article's statements in reading order.",
      query: { orderBy: [...latestFirst] },
    }),
    addressedStatements: t.relatedConnection('addressed', {
      cursor: 'id',
      totalCount: true,
      description: 'Statements made to this person (e.g. "told President Putin"), latest first.',
      query: { orderBy: [...latestFirst] },
    }),
    mentions: t.relatedConnection('mentions', {
      cursor: 'id',
      totalCount: true,
      description: 'Articles that name this person, with counts and offsets.',
      query: { orderBy: { id: 'asc' } },
    }),
    contributions: t.relatedConnection('contributions', {
      cursor: 'id',
      totalCount: true,
      description: 'Articles this person wrote or contributed to.',
      query: { orderBy: { id: 'asc' } },
    }),
    photographs: t.relatedConnection('photographs', {
      cursor: 'id',
      totalCount: true,
      description: 'Images credited to this person as photographer.',
      query: { orderBy: { id: 'asc' } },
    }),
    depictedIn: t.relatedConnection('depictions', {
      cursor: 'id',
      totalCount: true,
      description: 'Images showing this person.',
      query: { orderBy: { id: 'asc' } },
    }),
  }),
});

const PersonFilter = builder.inputType('PersonFilter', {
  description: 'Narrows the people list; all given conditions must hold.',
  fields: (t) => ({
    name: t.string({
      description: 'Part of the name, or an alias in any case, accents or common spelling variant ("Sergey"/"Sergei").',
      validate: trimmed(limits.name),
    }),
    externalId: t.string({ description: 'An exact external id, "source:value".', validate: externalId }),
    organization: t.globalID({ for: [Organization], description: 'Only people affiliated with this organization.' }),
  }),
});

const PersonOrder = orderInput(
  'Person',
  {
    NAME: { value: 'name', description: 'Alphabetical by name.' },
    CREATED_AT: { value: 'createdAt', description: 'When the record was created.' },
    ...countedFields,
  },
  'NAME',
  { counted: true },
);

builder.queryFields((t) => ({
  person: t.prismaField({
    type: 'Person',
    nullable: true,
    description: 'One person by id; null when absent.',
    args: { id: t.arg.globalID({ for: [Person], required: true }) },
    resolve: (query, _root, args, ctx) => ctx.db.person.findUnique({ ...query, where: { id: args.id.id } }),
  }),
  people: t.prismaConnection({
    type: 'Person',
    cursor: 'id',
    description: 'All people, filtered and sorted.',
    args: { filter: t.arg({ type: PersonFilter }), orderBy: t.arg({ type: PersonOrder }) },
    totalCount: (_parent, args, ctx) =>
      isCounted(args.orderBy)
        ? countedTotal(ctx, 'Person', args.orderBy, filterGiven(args.filter) ? personWhere(args.filter) : null, personIds(ctx))
        : ctx.db.person.count({ where: personWhere(args.filter) }),
    resolve: (query, _root, args, ctx) => {
      if (isCounted(args.orderBy)) {
        const { page, selection } = cursorOf(query);
        const where = filterGiven(args.filter) ? personWhere(args.filter) : null;
        return countedPage(ctx, 'Person', args.orderBy, where, personIds(ctx), page, (ids) =>
          ctx.db.person.findMany({ ...selection, where: { id: { in: ids } } }),
        );
      }
      return ctx.db.person.findMany({
        ...query,
        where: personWhere(args.filter),
        orderBy: orderWithId(args.orderBy?.field ?? 'name', args.orderBy?.direction ?? 'asc'),
      });
    },
  }),
}));

const personIds = (ctx: Context) => (where: object) =>
  ctx.db.person.findMany({ where: where as Prisma.PersonWhereInput, select: { id: true } });

type PersonFilterValue = typeof PersonFilter.$inferInput | null | undefined;

function personWhere(filter: PersonFilterValue) {
  return {
    AND: [
      filter?.name ? nameMatch(filter.name) : {},
      filter?.externalId ? { externalIds: { has: filter.externalId } } : {},
      filter?.organization ? { affiliations: { some: { organizationId: filter.organization.id } } } : {},
    ],
  };
}

const personFields = {
  name: trimmed(limits.name),
  aliases: z.array(trimmed(limits.name)).max(limits.listItems),
  description: z.string().trim().max(limits.shortText),
  externalIds: z.array(externalId).max(limits.listItems),
};

const PersonPayload = builder.objectRef<{ person: PersonRow }>('PersonPayload').implement({
  description: 'The person written by a mutation.',
  fields: (t) => ({ person: t.field({ type: Person, description: 'The person as stored.', resolve: (payload) => payload.person }) }),
});

const CreatePersonInput = builder.inputType('CreatePersonInput', {
  description: 'A new person.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Canonical name.', validate: personFields.name }),
    aliases: t.stringList({ description: 'Other spellings and forms of the name.', validate: personFields.aliases }),
    description: t.string({ description: 'Who this is.', validate: personFields.description }),
    externalIds: t.stringList({ description: '"source:value" ids, e.g. "wikidata:Q7747".', validate: personFields.externalIds }),
  }),
});

const UpdatePersonInput = builder.inputType('UpdatePersonInput', {
  description: 'Changes to a person; omitted fields stay as they are, lists are replaced whole.',
  fields: (t) => ({
    id: t.globalID({ for: [Person], required: true, description: 'The person to change.' }),
    name: t.string({ validate: personFields.name, description: 'New canonical name.' }),
    aliases: t.stringList({ validate: personFields.aliases, description: 'New alias list.' }),
    description: t.string({ validate: personFields.description, description: 'New description; null clears it.' }),
    externalIds: t.stringList({ validate: personFields.externalIds, description: 'New external ids.' }),
  }),
});

builder.mutationFields((t) => ({
  createPerson: t.field({
    type: PersonPayload,
    description: 'Creates a person. Does not match against existing people; ingestArticle does that.',
    args: { input: t.arg({ type: CreatePersonInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({
      person: await ctx.db.person.create({
        data: {
          ...nameColumns(input.name, input.aliases ?? []),
          description: input.description ?? null,
          externalIds: input.externalIds ?? [],
        },
      }),
    }),
  }),
  updatePerson: t.field({
    type: PersonPayload,
    description: 'Changes the given fields of a person.',
    args: { input: t.arg({ type: UpdatePersonInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const id = idOf(input.id, 'Person');
      return ctx.db.$transaction(async (tx) => {
        const current = await tx.person.findUnique({ where: { id } });
        if (!current) throw new NotFoundError('Person', id);
        const person = await tx.person
          .update({
            where: { id },
            data: {
              ...nameColumns(input.name ?? current.name, input.aliases ?? current.aliases),
              ...(input.description !== undefined ? { description: input.description } : {}),
              ...(input.externalIds ? { externalIds: input.externalIds } : {}),
            },
          })
          .catch((error: unknown) => mapPrismaError(error, 'person'));
        return { person };
      });
    },
  }),
  deletePerson: t.field({
    type: DeletePayload,
    description: 'Deletes a person nobody refers to; refused with CONFLICT while statements, mentions, images or credits do.',
    args: { input: t.arg({ type: DeleteInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const id = idOf(input.id, 'Person');
      await deleteUnlessReferenced(ctx.db, 'person', 'Person', id, {
        statements: 'statements',
        addressed: 'addressed statements',
        mentions: 'article mentions',
        statementMentions: 'statement mentions',
        contributions: 'article credits',
        photographs: 'photographs',
        depictions: 'image depictions',
      });
      return deleted(input.id);
    },
  }),
}));
