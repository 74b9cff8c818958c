// The lists of people, organizations and events sorted by a count
// (orderBy.field STATEMENTS, SPEAKERS or MENTIONS, scoped by
// orderBy.counting): the ranking comes from src/db/ranking.ts, the list's own
// filter is applied to it, and the connection's cursor page is cut from it.
import type { Context } from '../context.ts';
import { type CountScope, pageOf, type RankedRow, type RankedType, type RankMeasure, rankByCount, rankMeasures } from '../db/ranking.ts';
import { ValidationError } from '../errors.ts';
import type { StatementKind } from '../generated/prisma/enums.ts';

/** The counted sort fields, for a type's order enum. */
export const countedFields = {
  STATEMENTS: {
    value: 'statements',
    description:
      'How many statements they made (events: statements about them and their sub-events), within orderBy.counting. Lists only those with at least one.',
  },
  MENTIONS: {
    value: 'mentions',
    description: 'How many articles name them, within orderBy.counting. Lists only those with at least one.',
  },
} as const;

export const speakersField = {
  SPEAKERS: {
    value: 'speakers',
    description: 'How many distinct people and organizations made statements about them or their sub-events, within orderBy.counting.',
  },
} as const;

type Order = {
  field: string;
  direction?: 'asc' | 'desc' | null;
  counting?: { about?: { typename: string; id: string } | null; said?: CountScope['said']; kind?: StatementKind[] | null } | null;
} | null;

/** Whether the list is sorted by a count; refuses `counting` with a sort that counts nothing. */
export function isCounted(order: Order | undefined): order is NonNullable<Order> & { field: RankMeasure } {
  if (!order) return false;
  const counted = rankMeasures.includes(order.field);
  if (!counted && order.counting) throw ValidationError.field('orderBy.counting', 'applies only to STATEMENTS, SPEAKERS and MENTIONS');
  return counted;
}

/** The ids among `where` (the list's filter with an id restriction). */
type IdsWhere = (where: object) => Promise<{ id: string }[]>;

/** Whether a list filter restricts anything. */
export const filterGiven = (filter: object | null | undefined): boolean =>
  !!filter && Object.values(filter).some((value) => value !== null && value !== undefined);

/** The connection's cursor arguments, split from the selection Prisma loads. */
export function cursorOf<Q extends object>(query: Q) {
  const { cursor, skip, take, ...selection } = query as Q & { cursor?: { id?: string }; skip?: number; take?: number };
  return { page: { cursor, skip, take }, selection };
}

const rankings = new WeakMap<Context, Map<string, Promise<RankedRow[]>>>();

/** The ranked ids (with counts) the list holds: computed once per request for the page and its totalCount. */
function ranked(ctx: Context, type: RankedType, order: NonNullable<Order>, where: object | null, idsWhere: IdsWhere) {
  const about = order.counting?.about;
  if (about && about.typename !== 'Event')
    throw ValidationError.field('orderBy.counting.about', `must be an event id; got a ${about.typename} id`);
  const scope: CountScope = { about: about?.id ?? null, said: order.counting?.said ?? null, kind: order.counting?.kind ?? null };
  const direction = order.direction === 'desc' ? 'desc' : 'asc';
  const key = JSON.stringify([type, order.field, scope, direction, where]);
  const cache = rankings.get(ctx) ?? new Map<string, Promise<RankedRow[]>>();
  rankings.set(ctx, cache);
  let result = cache.get(key);
  if (!result) {
    result = (async () => {
      const rows = await rankByCount(ctx.db, type, order.field as RankMeasure, scope, direction);
      if (!where) return rows;
      // The list's filter, applied to the ranked ids in chunks (bind parameters are limited).
      const kept = new Set<string>();
      for (let i = 0; i < rows.length; i += 5_000) {
        const ids = rows.slice(i, i + 5_000).map((row) => row.id);
        for (const row of await idsWhere({ AND: [where, { id: { in: ids } }] })) kept.add(row.id);
      }
      return rows.filter((row) => kept.has(row.id));
    })();
    cache.set(key, result);
  }
  return result;
}

/** One cursor page of a counted list, in rank order; `load` fetches the rows with the connection's selection. */
export async function countedPage<T extends { id: string }>(
  ctx: Context,
  type: RankedType,
  order: NonNullable<Order>,
  where: object | null,
  idsWhere: IdsWhere,
  query: { cursor?: { id?: string } | undefined; skip?: number | undefined; take?: number | undefined },
  load: (ids: string[]) => Promise<T[]>,
): Promise<T[]> {
  const page = pageOf(await ranked(ctx, type, order, where, idsWhere), query);
  const rows = new Map((await load(page.map((row) => row.id))).map((row) => [row.id, row]));
  return page.flatMap((row) => rows.get(row.id) ?? []);
}

/** How many a counted list holds. */
export async function countedTotal(ctx: Context, type: RankedType, order: NonNullable<Order>, where: object | null, idsWhere: IdsWhere) {
  return (await ranked(ctx, type, order, where, idsWhere)).length;
}
