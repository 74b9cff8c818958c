// Statements per kind for a batch of speakers or events: one grouped query.
import { Prisma } from '../generated/prisma/client.ts';
import { StatementKind } from '../generated/prisma/enums.ts';
import type { Db } from './client.ts';

export type KindCount = { kind: StatementKind; count: number };
export type CountedType = 'Person' | 'Organization' | 'Event';

const statementKinds = Object.values(StatementKind);

/** For each id: its statements by kind, every kind listed in enum order (events: including sub-events). */
export async function loadStatementCountsByKind(
  db: Pick<Db, '$queryRaw'>,
  type: CountedType,
  ids: readonly string[],
): Promise<KindCount[][]> {
  const source =
    type === 'Event'
      ? Prisma.sql`SELECT se.event_id AS owner, s.kind FROM statement_event se JOIN statement s ON s.id = se.statement_id WHERE se.event_id = ANY(${[...ids]}::text[])`
      : Prisma.sql`SELECT ${Prisma.raw(type === 'Person' ? 'speaker_person_id' : 'speaker_organization_id')} AS owner, kind FROM statement
                    WHERE ${Prisma.raw(type === 'Person' ? 'speaker_person_id' : 'speaker_organization_id')} = ANY(${[...ids]}::text[])`;
  const rows = await db.$queryRaw<{ owner: string; kind: StatementKind; n: number }[]>`
    SELECT owner, kind::text AS kind, count(*)::int AS n FROM (${source}) x GROUP BY 1, 2`;
  return ids.map((id) =>
    statementKinds.map((kind) => ({ kind, count: rows.find((row) => row.owner === id && row.kind === kind)?.n ?? 0 })),
  );
}
