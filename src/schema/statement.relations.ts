// Statement.relations: a statement's typed edges to and from other
// statements, one connection over both directions. Its own module because it
// needs StatementRelation, which needs Statement.
import { decodeBase64, encodeBase64 } from '@pothos/core';
import { resolveCursorConnection } from '@pothos/plugin-relay';
import { builder, pageSize } from '../builder.ts';
import { loadRelationPages, type RelationCursor, type RelationPage, type RelationPageQuery } from '../db/statement-relations.ts';
import { ValidationError } from '../errors.ts';
import type { StatementRelation as StatementRelationRow } from '../generated/prisma/client.ts';
import { StatementRelationKindEnum } from './common.ts';
import { StatementRelation } from './statement-relation.ts';

const cursorPrefix = 'StatementRelation:';

type RelationRow = StatementRelationRow & { readingKey: string };

/** Opaque outside; inside, the relation's createdAt, the other statement's reading key and the id: the order the connection pages in. */
const relationCursor = (row: RelationCursor) =>
  encodeBase64(`${cursorPrefix}${JSON.stringify([row.createdAt.toISOString(), row.readingKey, row.id])}`);

function parseRelationCursor(cursor: string | undefined, arg: 'after' | 'before'): RelationCursor | null {
  if (!cursor) return null;
  let decoded = '';
  try {
    decoded = decodeBase64(cursor);
  } catch {
    // Not base64: refused below like any other foreign cursor.
  }
  let parts: unknown = null;
  try {
    parts = decoded.startsWith(cursorPrefix) ? JSON.parse(decoded.slice(cursorPrefix.length)) : null;
  } catch {
    // Not JSON: refused below.
  }
  const [createdAt, readingKey, id] = Array.isArray(parts) ? parts : [];
  const date = new Date(typeof createdAt === 'string' ? createdAt : Number.NaN);
  if (typeof readingKey !== 'string' || typeof id !== 'string' || !id || Number.isNaN(date.getTime())) {
    throw ValidationError.field(arg, 'is not a cursor of this connection');
  }
  return { createdAt: date, readingKey, id };
}

const RelationDirection = builder.enumType('RelationDirection', {
  description: 'Which way a statement relation points, seen from the statement asked about.',
  values: {
    OUTGOING: { description: 'This statement responds to, contradicts, … another.' },
    INCOMING: { description: 'Another statement responds to, contradicts, … this one.' },
    BOTH: { description: 'Either way.' },
  } as const,
});

builder.prismaObjectField('Statement', 'relations', (t) =>
  t.loadable({
    type: builder.connectionObject(
      {
        type: StatementRelation,
        name: 'StatementRelationsConnection',
        fields: (c) => ({
          totalCount: c.int({
            description: 'Relations in all pages.',
            resolve: (c) => (c as unknown as { totalCount: number }).totalCount,
          }),
        }),
      },
      { name: 'StatementRelationsConnectionEdge' },
    ),
    description:
      "Typed edges to and from other statements (responds to, contradicts, …), oldest first; those made together in the other statement's reading order.",
    args: {
      direction: t.arg({ type: RelationDirection, defaultValue: 'BOTH', description: 'Which way (default BOTH).' }),
      kinds: t.arg({ type: [StatementRelationKindEnum], description: 'Only these kinds.' }),
      ...t.arg.connectionArgs(),
    },
    // Two relations (outgoing, incoming) in one order cannot be a relatedConnection: the page is cut in SQL, one
    // query for every statement at this place in the query (byPath: they share the arguments, so the page bounds).
    byPath: true,
    load: (ids: string[], ctx, args) => {
      let pages: Promise<RelationPage[]> | undefined;
      return Promise.all(
        ids.map(async (_id, i) => {
          let totalCount = 0;
          const connection = await resolveCursorConnection<Promise<RelationRow[]>>(
            { args, defaultSize: pageSize.default, maxSize: pageSize.max, toCursor: relationCursor },
            async ({ before, after, limit, inverted }): Promise<RelationRow[]> => {
              const query: RelationPageQuery = {
                direction: args.direction ?? 'BOTH',
                kinds: args.kinds ?? null,
                after: parseRelationCursor(after, 'after'),
                before: parseRelationCursor(before, 'before'),
                limit,
                inverted,
              };
              // The bounds follow from args alone, so the first statement to ask loads every statement's page.
              pages ??= loadRelationPages(ctx.db, ids, query);
              const page = (await pages)[i] as RelationPage;
              totalCount = page.totalCount;
              return page.rows;
            },
          );
          return { ...connection, totalCount } as never;
        }),
      );
    },
    resolve: (statement) => statement.id,
  }),
);
