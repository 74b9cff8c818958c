// "Who spoke about this event, and how much": one grouped SQL query for all
// the events on a page, cut to the first `limit` speakers of each event, then
// one query per speaker type for the rows.
import { Prisma } from '../generated/prisma/client.ts';
import { StatementKind } from '../generated/prisma/enums.ts';
import type { Db } from './client.ts';

const statementKinds = Object.values(StatementKind);

export type EventSpeakerRow = {
  speaker: object;
  speakerType: 'Person' | 'Organization';
  statementCount: number;
  lastSaidAt: Date | null;
  /** Statements per kind, every kind listed (zero included), in enum order. */
  countsByKind: { kind: StatementKind; count: number }[];
};

type Grouped = {
  event_id: string;
  person_id: string | null;
  organization_id: string | null;
  statements: number;
  last_said_at: Date | null;
  by_kind: number[];
};

export type EventSpeakerOptions = {
  includeSubEvents: boolean;
  limit: number;
  /** Only statements said in this window. */
  said?: { from?: Date | null; to?: Date | null } | null;
  /** Only statements of these kinds. */
  kinds?: StatementKind[] | null;
};

/** Each event's speakers, most statements first (then latest, then by id), at most `limit` per event. */
export async function loadEventSpeakers(
  db: Db,
  eventIds: readonly string[],
  { includeSubEvents, limit, said, kinds }: EventSpeakerOptions,
): Promise<EventSpeakerRow[][]> {
  const grouped = await db.$queryRaw<Grouped[]>`
    SELECT event_id, person_id, organization_id, statements, last_said_at, by_kind FROM (
      SELECT se.event_id,
             s.speaker_person_id AS person_id,
             s.speaker_organization_id AS organization_id,
             count(DISTINCT s.id)::int AS statements,
             max(s.said_at) AS last_said_at,
             ARRAY[${Prisma.join(statementKinds.map((kind) => Prisma.sql`count(DISTINCT s.id) FILTER (WHERE s.kind::text = ${kind})`))}]::int[] AS by_kind,
             row_number() OVER (
               PARTITION BY se.event_id
               ORDER BY count(DISTINCT s.id) DESC, max(s.said_at) DESC NULLS LAST, s.speaker_person_id, s.speaker_organization_id
             ) AS position
        FROM statement_event se
        JOIN statement s ON s.id = se.statement_id
       WHERE se.event_id = ANY(${[...eventIds]}::text[])
         AND (se.direct OR ${includeSubEvents})
         ${said?.from ? Prisma.sql`AND se.said_at >= ${said.from}` : Prisma.empty}
         ${said?.to ? Prisma.sql`AND se.said_at <= ${said.to}` : Prisma.empty}
         ${kinds?.length ? Prisma.sql`AND s.kind::text = ANY(${kinds}::text[])` : Prisma.empty}
         AND (s.speaker_person_id IS NOT NULL OR s.speaker_organization_id IS NOT NULL)
       GROUP BY 1, 2, 3) ranked
     WHERE position <= ${limit}::int
     ORDER BY event_id, position`;
  const personIds = [...new Set(grouped.flatMap((row) => (row.person_id ? [row.person_id] : [])))];
  const organizationIds = [...new Set(grouped.flatMap((row) => (row.organization_id ? [row.organization_id] : [])))];
  const [people, organizations] = await Promise.all([
    personIds.length ? db.person.findMany({ where: { id: { in: personIds } } }) : [],
    organizationIds.length ? db.organization.findMany({ where: { id: { in: organizationIds } } }) : [],
  ]);
  const byId = new Map<string, object>([...people, ...organizations].map((row) => [row.id, row]));
  return eventIds.map((eventId) =>
    grouped
      .filter((row) => row.event_id === eventId)
      .map((row) => ({
        speaker: byId.get((row.person_id ?? row.organization_id) as string) as object,
        speakerType: row.person_id ? 'Person' : 'Organization',
        statementCount: row.statements,
        lastSaidAt: row.last_said_at,
        countsByKind: statementKinds.map((kind, i) => ({ kind, count: row.by_kind[i] ?? 0 })),
      })),
  );
}
