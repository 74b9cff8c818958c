// Writing one statement from the plain create/update mutations: global ids
// become the right foreign-key columns, event links keep the event tree's
// derived rows in step.
import { NotFoundError, ValidationError } from '../errors.ts';
import type { Prisma, StatementKind } from '../generated/prisma/client.ts';
import { linkStatementEvents } from './event-tree.ts';
import { nextPosition, renumberStatements } from './statement-order.ts';

type GlobalId = { typename: string; id: string };

export type StatementWrite = {
  text?: string | null;
  kind?: StatementKind | null;
  speaker?: GlobalId | null;
  speakerRole?: string | null;
  verb?: string | null;
  venue?: string | null;
  addressee?: GlobalId | null;
  saidAt?: Date | null;
  article?: GlobalId | null;
  startOffset?: number | null;
  endOffset?: number | null;
  confidence?: number | null;
  about?: GlobalId[] | null;
};

function party(field: string, id: GlobalId | null | undefined) {
  if (id === undefined) return {};
  const [person, organization] =
    field === 'speaker' ? ['speakerPersonId', 'speakerOrganizationId'] : ['addresseePersonId', 'addresseeOrganizationId'];
  if (id && id.typename !== 'Person' && id.typename !== 'Organization') {
    throw ValidationError.field(`input.${field}`, `must be a Person or Organization id, got a ${id.typename} id`);
  }
  return {
    [person as string]: id?.typename === 'Person' ? id.id : null,
    [organization as string]: id?.typename === 'Organization' ? id.id : null,
  };
}

export async function writeStatement(tx: Prisma.TransactionClient, id: string | null, input: StatementWrite) {
  if (input.article && input.article.typename !== 'Article') {
    throw ValidationError.field('input.article', `must be an Article id, got a ${input.article.typename} id`);
  }
  for (const [index, event] of (input.about ?? []).entries()) {
    if (event.typename !== 'Event') throw ValidationError.field(`input.about.${index}`, `must be an Event id, got a ${event.typename} id`);
  }
  const current = id ? await tx.statement.findUnique({ where: { id } }) : null;
  if (id && !current) throw new NotFoundError('Statement', id);
  const start = input.startOffset === undefined ? current?.startOffset : input.startOffset;
  const end = input.endOffset === undefined ? current?.endOffset : input.endOffset;
  if (start != null && end != null && end <= start) throw ValidationError.field('input.endOffset', 'must be greater than startOffset');

  const data = {
    ...(input.text ? { text: input.text } : {}),
    ...(input.kind ? { kind: input.kind } : {}),
    ...party('speaker', input.speaker),
    ...party('addressee', input.addressee),
    ...(input.speakerRole !== undefined ? { speakerRole: input.speakerRole } : {}),
    ...(input.verb !== undefined ? { verb: input.verb } : {}),
    ...(input.venue !== undefined ? { venue: input.venue } : {}),
    ...(input.saidAt !== undefined ? { saidAt: input.saidAt } : {}),
    ...(input.article !== undefined ? { articleId: input.article?.id ?? null } : {}),
    ...(input.startOffset !== undefined ? { startOffset: input.startOffset } : {}),
    ...(input.endOffset !== undefined ? { endOffset: input.endOffset } : {}),
    ...(input.confidence != null ? { confidence: input.confidence } : {}),
  };
  const articleId = input.article === undefined ? (current?.articleId ?? null) : (input.article?.id ?? null);
  const joins = articleId !== null && articleId !== current?.articleId;
  const position = joins ? { position: await nextPosition(tx, articleId) } : {};
  const written = id
    ? await tx.statement.update({ where: { id }, data: { ...data, ...position } })
    : await tx.statement.create({ data: { ...data, ...position } as Prisma.StatementUncheckedCreateInput });
  const statement = await keepReadingOrder(tx, written, current);
  if (input.about) {
    await tx.statementEvent.deleteMany({ where: { statementId: statement.id } });
    await linkStatementEvents(
      tx,
      input.about.map((event) => ({ statementId: statement.id, eventId: event.id })),
    );
  }
  return statement;
}

/** Renumbers the article a statement joined or moved within (and the one it left), and returns it with its position. */
async function keepReadingOrder<S extends { id: string; articleId: string | null; startOffset: number | null }>(
  tx: Prisma.TransactionClient,
  statement: S,
  before: { articleId: string | null; startOffset: number | null } | null,
): Promise<S> {
  const moved = before?.articleId !== statement.articleId || before?.startOffset !== statement.startOffset;
  const articles = [statement.articleId, before?.articleId].filter((id): id is string => !!id);
  if (!moved || !articles.length) return statement;
  await renumberStatements(tx, articles);
  const { position } = await tx.statement.findUniqueOrThrow({ where: { id: statement.id }, select: { position: true } });
  return { ...statement, position };
}
