// Affiliation: a person's role at an organization, as read from an article.
import { z } from 'zod';
import { builder } from '../builder.ts';
import { deleteUnlessReferenced } from '../db/delete.ts';
import { mapPrismaError, NotFoundError, ValidationError } from '../errors.ts';
import type { Affiliation as AffiliationRow } from '../generated/prisma/client.ts';
import { limits, trimmed } from '../ingest/input.ts';
import { Article } from './article.ts';
import { DeleteInput, DeletePayload, deleted, idOf, nodeBasics } from './common.ts';
import { Organization } from './organization.ts';
import { Person } from './person.ts';

export const Affiliation = builder.prismaNode('Affiliation', {
  ...nodeBasics,
  // Load only the columns the query asks for.
  select: { id: true },
  description: 'A person\'s role at an organization ("foreign minister", "spokesman for the president").',
  fields: (t) => ({
    role: t.exposeString('role', { description: 'The role as written.' }),
    person: t.relation('person', { description: 'Who holds the role.' }),
    organization: t.relation('organization', { nullable: true, description: 'Where; null for a role without one.' }),
    article: t.relation('article', { nullable: true, description: 'The article it was read from.' }),
    validFrom: t.expose('validFrom', { type: 'DateTime', nullable: true, description: 'Since when, if known.' }),
    validTo: t.expose('validTo', { type: 'DateTime', nullable: true, description: 'Until when; null while current or unknown.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the record was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the record last changed.' }),
  }),
});

const role = trimmed(limits.name);

const affiliationInput = (create: boolean) =>
  builder.inputType(create ? 'CreateAffiliationInput' : 'UpdateAffiliationInput', {
    description: create ? 'A new affiliation.' : 'Changes to an affiliation; omitted fields stay as they are.',
    fields: (t) => ({
      ...(create
        ? { person: t.globalID({ for: [Person], required: true, description: 'Who holds the role.' }) }
        : { id: t.globalID({ for: [Affiliation], required: true, description: 'The affiliation to change.' }) }),
      organization: t.globalID({ for: [Organization], description: 'Where.' }),
      role: t.string({ required: create, description: 'The role as written.', validate: role }),
      article: t.globalID({ for: [Article], description: 'Where it was read.' }),
      validFrom: t.field({ type: 'DateTime', description: 'Since when.' }),
      validTo: t.field({ type: 'DateTime', description: 'Until when; not before validFrom.' }),
    }),
  });

const AffiliationPayload = builder.objectRef<{ affiliation: AffiliationRow }>('AffiliationPayload').implement({
  description: 'The affiliation written by a mutation.',
  fields: (t) => ({ affiliation: t.field({ type: Affiliation, description: 'As stored.', resolve: (payload) => payload.affiliation }) }),
});

function checkPeriod(from: Date | null | undefined, to: Date | null | undefined) {
  if (from && to && to < from) throw ValidationError.field('input.validTo', 'must not be before validFrom');
}

builder.mutationFields((t) => ({
  createAffiliation: t.field({
    type: AffiliationPayload,
    description: 'Gives a person a role; CONFLICT when they already hold it there.',
    args: { input: t.arg({ type: affiliationInput(true), required: true }) },
    resolve: async (_root, { input }, ctx) => {
      checkPeriod(input.validFrom, input.validTo);
      const person = (input as { person: { id: string } }).person;
      const affiliation = await ctx.db.affiliation
        .create({
          data: {
            personId: person.id,
            organizationId: input.organization?.id ?? null,
            role: input.role as string,
            articleId: input.article?.id ?? null,
            validFrom: input.validFrom ?? null,
            validTo: input.validTo ?? null,
          },
        })
        .catch((error: unknown) => mapPrismaError(error, 'affiliation'));
      return { affiliation };
    },
  }),
  updateAffiliation: t.field({
    type: AffiliationPayload,
    description: 'Changes the given fields of an affiliation.',
    args: { input: t.arg({ type: affiliationInput(false), required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const id = idOf((input as { id: { typename: string; id: string } }).id, 'Affiliation');
      return ctx.db.$transaction(async (tx) => {
        const current = await tx.affiliation.findUnique({ where: { id } });
        if (!current) throw new NotFoundError('Affiliation', id);
        checkPeriod(
          input.validFrom === undefined ? current.validFrom : input.validFrom,
          input.validTo === undefined ? current.validTo : input.validTo,
        );
        const affiliation = await tx.affiliation
          .update({
            where: { id },
            data: {
              ...(input.role ? { role: input.role } : {}),
              ...(input.organization !== undefined ? { organizationId: input.organization?.id ?? null } : {}),
              ...(input.article !== undefined ? { articleId: input.article?.id ?? null } : {}),
              ...(input.validFrom !== undefined ? { validFrom: input.validFrom } : {}),
              ...(input.validTo !== undefined ? { validTo: input.validTo } : {}),
            },
          })
          .catch((error: unknown) => mapPrismaError(error, 'affiliation'));
        return { affiliation };
      });
    },
  }),
  deleteAffiliation: t.field({
    type: DeletePayload,
    description: 'Removes an affiliation.',
    args: { input: t.arg({ type: DeleteInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      await deleteUnlessReferenced(ctx.db, 'affiliation', 'Affiliation', idOf(input.id, 'Affiliation'));
      return deleted(input.id);
    },
  }),
}));
