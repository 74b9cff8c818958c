// People, organizations and events ranked by what was said: statements made,
// statements about an event and its sub-events, distinct speakers, mentions,
// counted within a scope (about an event and its sub-events, a date range,
// statement kinds). One grouped SQL statement over an index range: an event's
// statements (and its sub-events', through statement_event's derived rows), a
// speaker's, or those of a time window.
import { ValidationError } from '../errors.ts';
import { Prisma } from '../generated/prisma/client.ts';
import type { StatementKind } from '../generated/prisma/enums.ts';
import type { Db } from './client.ts';

export type RankedType = 'Person' | 'Organization' | 'Event';
export type RankMeasure = 'statements' | 'speakers' | 'mentions';
export const rankMeasures: readonly string[] = ['statements', 'speakers', 'mentions'];

export type CountScope = {
  /** An event: counts what is about it or any event inside it. */
  about?: string | null;
  /** Statements said (mentions: articles published) in this window. */
  said?: { from?: Date | null; to?: Date | null } | null;
  kind?: StatementKind[] | null;
};

export type RankedRow = { id: string; n: number };

const speakerColumn = { Person: 'speaker_person_id', Organization: 'speaker_organization_id' } as const;
const mentionColumn = { Person: 'person_id', Organization: 'organization_id', Event: 'event_id' } as const;

function between(column: string, said: CountScope['said']): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (said?.from && said?.to && said.to < said.from) throw ValidationError.field('orderBy.counting.said.to', 'must not be before "from"');
  if (said?.from) parts.push(Prisma.sql`${Prisma.raw(column)} >= ${said.from}`);
  if (said?.to) parts.push(Prisma.sql`${Prisma.raw(column)} <= ${said.to}`);
  return parts.length ? Prisma.sql` AND ${Prisma.join(parts, ' AND ')}` : Prisma.empty;
}

/** The event `about` and every event inside it, as a condition on the event column `column`. */
const inSubtree = (column: string, about: string) =>
  Prisma.sql` AND ${Prisma.raw(column)} IN (SELECT e.id FROM event e WHERE e.id = ${about} OR ${about} = ANY(e.ancestor_ids))`;

/** The grouped statement: (id, n) for every entity of `type` with at least one counted. */
export function rankingSql(type: RankedType, measure: RankMeasure, scope: CountScope): Prisma.Sql {
  const kinds = scope.kind?.length ? scope.kind : null;
  if (measure === 'mentions') {
    if (kinds) throw ValidationError.field('orderBy.counting.kind', 'applies to statement counts, not to MENTIONS');
    const column = mentionColumn[type];
    const about = scope.about
      ? Prisma.sql` AND EXISTS (SELECT 1 FROM article_event ae WHERE ae.article_id = m.article_id${inSubtree('ae.event_id', scope.about)})`
      : Prisma.empty;
    const published =
      scope.said?.from || scope.said?.to ? Prisma.sql` AND a.published_at IS NOT NULL${between('a.published_at', scope.said)}` : null;
    return Prisma.sql`
      SELECT m.${Prisma.raw(column)} AS id, count(DISTINCT m.article_id)::int AS n
        FROM article_mention m ${published ? Prisma.sql`JOIN article a ON a.id = m.article_id` : Prisma.empty}
       WHERE m.${Prisma.raw(column)} IS NOT NULL${published ?? Prisma.empty}${about}
       GROUP BY 1`;
  }
  const kindFilter = kinds ? Prisma.sql` AND s.kind::text = ANY(${kinds}::text[])` : Prisma.empty;
  if (type === 'Event') {
    // statement_event holds a row per event a statement is about and per ancestor of those, so each event counts its subtree.
    const count =
      measure === 'speakers'
        ? Prisma.sql`count(DISTINCT coalesce(se.speaker_person_id, se.speaker_organization_id))::int`
        : Prisma.sql`count(*)::int`;
    return Prisma.sql`
      SELECT se.event_id AS id, ${count} AS n
        FROM statement_event se ${kinds ? Prisma.sql`JOIN statement s ON s.id = se.statement_id` : Prisma.empty}
       WHERE true${between('se.said_at', scope.said)}${kindFilter}${scope.about ? inSubtree('se.event_id', scope.about) : Prisma.empty}
             ${measure === 'speakers' ? Prisma.sql`AND coalesce(se.speaker_person_id, se.speaker_organization_id) IS NOT NULL` : Prisma.empty}
       GROUP BY 1`;
  }
  if (measure === 'speakers') throw ValidationError.field('orderBy.field', 'SPEAKERS orders events');
  const speaker = speakerColumn[type];
  if (scope.about) {
    // The event's rows in statement_event cover its sub-events' statements once each, with the speaker copied.
    return Prisma.sql`
      SELECT se.${Prisma.raw(speaker)} AS id, count(*)::int AS n
        FROM statement_event se ${kinds ? Prisma.sql`JOIN statement s ON s.id = se.statement_id` : Prisma.empty}
       WHERE se.event_id = ${scope.about} AND se.${Prisma.raw(speaker)} IS NOT NULL${between('se.said_at', scope.said)}${kindFilter}
       GROUP BY 1`;
  }
  return Prisma.sql`
    SELECT s.${Prisma.raw(speaker)} AS id, count(*)::int AS n
      FROM statement s
     WHERE s.${Prisma.raw(speaker)} IS NOT NULL${between('s.said_at', scope.said)}${kindFilter}
     GROUP BY 1`;
}

/** Every entity of `type` with a count in `scope`, most first (`desc`) or fewest first, ties by id. */
export async function rankByCount(
  db: Pick<Db, '$queryRaw'>,
  type: RankedType,
  measure: RankMeasure,
  scope: CountScope,
  direction: 'asc' | 'desc',
): Promise<RankedRow[]> {
  // Ties by id in byte order, alike on PGlite and on a PostgreSQL with a language collation.
  const order = Prisma.raw(direction === 'desc' ? 'n DESC, id COLLATE "C"' : 'n, id COLLATE "C"');
  return db.$queryRaw<RankedRow[]>`SELECT id, n FROM (${rankingSql(type, measure, scope)}) counted ORDER BY ${order}`;
}

/**
 * The rows of a Prisma cursor page (`cursor`, `skip`, `take` as the Pothos
 * connection sends them; a negative take reads backwards) over a ranked list.
 */
export function pageOf(
  ranked: RankedRow[],
  query: { cursor?: { id?: string } | undefined; skip?: number | undefined; take?: number | undefined },
): RankedRow[] {
  const take = query.take ?? ranked.length;
  const skip = query.skip ?? 0;
  const at = query.cursor?.id === undefined ? null : ranked.findIndex((row) => row.id === query.cursor?.id);
  if (at === -1) return [];
  if (take >= 0) {
    const start = (at ?? 0) + skip;
    return ranked.slice(start, start + take);
  }
  const end = at === null ? ranked.length : at + 1 - skip;
  return ranked.slice(Math.max(0, end + take), Math.max(0, end));
}
