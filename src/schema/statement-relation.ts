// StatementRelation: a typed edge between two statements.
import { builder } from '../builder.ts';
import { deleteUnlessReferenced } from '../db/delete.ts';
import { mapPrismaError, ValidationError } from '../errors.ts';
import type { StatementRelation as StatementRelationRow } from '../generated/prisma/client.ts';
import { DeleteInput, DeletePayload, deleted, idOf, nodeBasics, StatementRelationKindEnum } from './common.ts';
import { Statement } from './statement.ts';

export const StatementRelation = builder.prismaNode('StatementRelation', {
  ...nodeBasics,
  description: '`from` responds to, contradicts, supports, repeats or denies `to`.',
  fields: (t) => ({
    kind: t.expose('kind', { type: StatementRelationKindEnum, description: 'How `from` relates to `to`.' }),
    from: t.relation('from', { description: 'The statement that responds, contradicts, …' }),
    to: t.relation('to', { description: 'The statement responded to, contradicted, …' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the record was created.' }),
  }),
});

const CreateStatementRelationInput = builder.inputType('CreateStatementRelationInput', {
  description: 'A new edge between two statements.',
  fields: (t) => ({
    from: t.globalID({ for: [Statement], required: true, description: 'The statement that responds, contradicts, …' }),
    to: t.globalID({ for: [Statement], required: true, description: 'The statement it relates to.' }),
    kind: t.field({ type: StatementRelationKindEnum, required: true, description: 'How `from` relates to `to`.' }),
  }),
});

const StatementRelationPayload = builder.objectRef<{ statementRelation: StatementRelationRow }>('StatementRelationPayload').implement({
  description: 'The relation written by a mutation.',
  fields: (t) => ({
    statementRelation: t.field({ type: StatementRelation, description: 'As stored.', resolve: (payload) => payload.statementRelation }),
  }),
});

builder.mutationFields((t) => ({
  createStatementRelation: t.field({
    type: StatementRelationPayload,
    description: 'Relates two statements; CONFLICT when the same edge exists.',
    args: { input: t.arg({ type: CreateStatementRelationInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      if (input.from.id === input.to.id) throw ValidationError.field('input.to', 'a statement cannot relate to itself');
      const statementRelation = await ctx.db.statementRelation
        .create({ data: { fromId: input.from.id, toId: input.to.id, kind: input.kind } })
        .catch((error: unknown) => mapPrismaError(error, 'statement relation'));
      return { statementRelation };
    },
  }),
  deleteStatementRelation: t.field({
    type: DeletePayload,
    description: 'Removes an edge between two statements.',
    args: { input: t.arg({ type: DeleteInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      await deleteUnlessReferenced(ctx.db, 'statementRelation', 'StatementRelation', idOf(input.id, 'StatementRelation'));
      return deleted(input.id);
    },
  }),
}));
