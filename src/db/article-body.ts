// Changing a stored article's body: the statements and mentions read from it
// keep their offsets (nothing can say where the same words moved to), so the
// new body must still contain every one of them. The rule is ingestion's
// (src/ingest/input.ts); here it is applied to the offsets already stored.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { ValidationError } from '../errors.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { mentionOffsetOutside, statementOffsetOutside } from '../ingest/input.ts';

const mentioned = [
  ['personId', 'Person'],
  ['organizationId', 'Organization'],
  ['placeId', 'Place'],
  ['eventId', 'Event'],
] as const;

/** Refuses (BAD_USER_INPUT on input.body) a body that ends before a stored statement or mention of article `articleId`. */
export async function checkOffsetsFitBody(tx: Prisma.TransactionClient, articleId: string, body: string) {
  // An article holds tens of statements and mentions: their offsets are read, not the texts.
  const [statements, mentions] = await Promise.all([
    tx.statement.findMany({
      where: { articleId },
      select: { id: true, startOffset: true, endOffset: true },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
    }),
    tx.articleMention.findMany({
      where: { articleId },
      select: { offsets: true, personId: true, organizationId: true, placeId: true, eventId: true },
      orderBy: { id: 'asc' },
    }),
  ]);
  const outside = [
    ...statements.flatMap((statement) => {
      const problem = statementOffsetOutside(body.length, statement);
      return problem ? [`statement ${encodeGlobalID('Statement', statement.id)} (${problem.field} ${statement[problem.field]})`] : [];
    }),
    ...mentions.flatMap((mention) => {
      const problem = mentionOffsetOutside(body.length, mention.offsets);
      if (!problem) return [];
      const [column, type] = mentioned.find(([column]) => mention[column]) ?? mentioned[0];
      return [`mention of ${encodeGlobalID(type, mention[column] as string)} (offset ${mention.offsets[problem.index]})`];
    }),
  ];
  if (outside.length) {
    throw ValidationError.field(
      'input.body',
      `is ${body.length} characters long, but offsets stored for this article lie beyond its end: ${outside.join(', ')}; change or delete those first`,
    );
  }
}
