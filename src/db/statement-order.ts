// Reading order: an article's statements in the order a reader meets them.
// Each statement stores its position in its article (0 first), so that every
// list agrees on it and no list depends on how ids or dates happen to sort
// (a date-only saidAt ties for a whole article; ids are random). The rule:
// by start offset, statements without one after those with one, ties in the
// order they were given (ingestion input, or creation for the mutations).
import type { Prisma } from '../generated/prisma/client.ts';

/** Each input statement's position, for statements given in this order. */
export function readingPositions(statements: readonly { startOffset?: number | null }[]): number[] {
  const order = statements
    .map((statement, index) => ({ index, offset: statement.startOffset ?? Number.POSITIVE_INFINITY }))
    .sort((a, b) => a.offset - b.offset || a.index - b.index);
  const positions = new Array<number>(statements.length);
  for (const [position, { index }] of order.entries()) positions[index] = position;
  return positions;
}

/** The position a statement added to `articleId` takes before renumbering: after every statement already there. */
export async function nextPosition(tx: Prisma.TransactionClient, articleId: string): Promise<number> {
  const { _max } = await tx.statement.aggregate({ where: { articleId }, _max: { position: true } });
  return (_max.position ?? -1) + 1;
}

/**
 * Renumbers the statements of each article 0, 1, 2, … by the rule above; the
 * stored positions break ties, so statements without offsets keep their order.
 * Only rows whose position changes are written.
 */
export async function renumberStatements(tx: Prisma.TransactionClient, articleIds: readonly string[]): Promise<void> {
  if (!articleIds.length) return;
  await tx.$executeRaw`
    UPDATE statement s SET position = ranked.position
      FROM (SELECT id, (row_number() OVER (PARTITION BY article_id ORDER BY start_offset NULLS LAST, position, id) - 1)::int AS position
              FROM statement WHERE article_id = ANY(${[...new Set(articleIds)]}::text[])) ranked
     WHERE s.id = ranked.id AND s.position <> ranked.position`;
}

/** Statements of one article together and in reading order: the tie-breakers after a list's own sort key. */
export const inReadingOrder = [{ articleId: 'asc' }, { position: 'asc' }] as const satisfies Prisma.StatementOrderByWithRelationInput[];

/** A speaker's statements: latest first (unknown dates last), an article's statements in reading order. */
export const latestFirst = [
  { saidAt: { sort: 'desc', nulls: 'last' } },
  ...inReadingOrder,
  { id: 'asc' },
] as const satisfies Prisma.StatementOrderByWithRelationInput[];
