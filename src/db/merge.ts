// Merging duplicate entities and editing aliases. A merge moves every row
// that points at the merged entity onto the kept one, folds rows that would
// then collide (same mention, same participation), unites names and external
// ids (an event: its dates and details), deletes the merged row and records a
// redirect so its old global id keeps resolving. One transaction: all of it or
// nothing.
import { AppError, NotFoundError, ValidationError } from '../errors.ts';
import { Prisma } from '../generated/prisma/client.ts';
import type { Db } from './client.ts';
import { rebuildEventScope } from './event-tree.ts';
import { nameColumns } from './names.ts';

export const mergeableTypes = ['Person', 'Organization', 'Place', 'Event'] as const;
export type MergeableType = (typeof mergeableTypes)[number];
/** The types with aliases (events have none). */
export const aliasedTypes = ['Person', 'Organization', 'Place'] as const;
export type AliasedType = (typeof aliasedTypes)[number];

type Tx = Prisma.TransactionClient;

/** A column pointing at the entity; `sameAs` lists the columns that, with it, make a row a duplicate. */
type Reference = { table: string; column: string; sameAs?: string[]; sumMentions?: boolean };

const entityColumn = { Person: 'person_id', Organization: 'organization_id', Place: 'place_id', Event: 'event_id' } as const;

function references(type: MergeableType): Reference[] {
  const column = entityColumn[type];
  const shared: Reference[] = [
    { table: 'article_mention', column, sameAs: ['article_id'], sumMentions: true },
    { table: 'statement_mention', column, sameAs: ['statement_id'] },
    { table: 'image_depiction', column, sameAs: ['image_id'] },
  ];
  switch (type) {
    case 'Person':
      return [
        ...shared,
        { table: 'statement', column: 'speaker_person_id' },
        { table: 'statement', column: 'addressee_person_id' },
        { table: 'affiliation', column, sameAs: ['organization_id', 'role'] },
        { table: 'article_contributor', column, sameAs: ['article_id', 'role'] },
        { table: 'event_participant', column, sameAs: ['event_id'] },
        { table: 'image', column: 'photographer_id' },
      ];
    case 'Organization':
      return [
        ...shared,
        { table: 'statement', column: 'speaker_organization_id' },
        { table: 'statement', column: 'addressee_organization_id' },
        { table: 'affiliation', column, sameAs: ['person_id', 'role'] },
        { table: 'article_contributor', column, sameAs: ['article_id', 'role'] },
        { table: 'event_participant', column, sameAs: ['event_id'] },
        { table: 'image_agency', column, sameAs: ['image_id'] },
        { table: 'article', column: 'publisher_id' },
        { table: 'organization', column: 'parent_id' },
      ];
    case 'Place':
      return [
        ...shared,
        { table: 'article', column: 'place_id' },
        { table: 'event', column: 'place_id' },
        { table: 'image', column: 'place_id' },
        { table: 'place', column: 'parent_id' },
      ];
    case 'Event':
      // statement_event is moved by moveStatementLinks: its indirect rows are derived from the tree.
      return [
        ...shared,
        { table: 'article_event', column, sameAs: ['article_id'] },
        { table: 'event_participant', column, sameAs: ['person_id', 'organization_id'] },
        { table: 'event', column: 'parent_id' },
      ];
  }
}

const tableOf = { Person: 'person', Organization: 'organization', Place: 'place', Event: 'event' } as const;

async function moveReference(tx: Tx, ref: Reference, keepId: string, mergeId: string): Promise<void> {
  const table = Prisma.raw(`"${ref.table}"`);
  const column = Prisma.raw(`"${ref.column}"`);
  if (ref.sameAs) {
    const same = Prisma.join(
      ref.sameAs.map((c) => Prisma.raw(`k."${c}" IS NOT DISTINCT FROM m."${c}"`)),
      ' AND ',
    );
    if (ref.sumMentions) {
      await tx.$executeRaw`
        UPDATE ${table} k SET count = k.count + m.count,
               offsets = ARRAY(SELECT DISTINCT o FROM unnest(k.offsets || m.offsets) o ORDER BY o)
          FROM ${table} m
         WHERE k.${column} = ${keepId} AND m.${column} = ${mergeId} AND ${same}`;
    }
    await tx.$executeRaw`
      DELETE FROM ${table} m
       WHERE m.${column} = ${mergeId}
         AND EXISTS (SELECT 1 FROM ${table} k WHERE k.${column} = ${keepId} AND ${same})`;
  }
  await tx.$executeRaw`UPDATE ${table} SET ${column} = ${keepId} WHERE ${column} = ${mergeId}`;
}

export type MergeResult = { type: MergeableType; keepId: string; mergedId: string };

/**
 * Merges entity `mergeId` into `keepId` (both of `type`). Refuses a merge
 * into itself (BAD_USER_INPUT), a missing entity (NOT_FOUND) and a merge
 * that would make an organization, place or event its own ancestor (CONFLICT).
 */
export async function mergeEntities(db: Db, type: MergeableType, keepId: string, mergeId: string): Promise<MergeResult> {
  if (keepId === mergeId) throw ValidationError.field('mergeId', 'must differ from keepId: an entity cannot be merged into itself');
  return db.$transaction(async (tx) => {
    const table = Prisma.raw(`"${tableOf[type]}"`);
    const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM ${table} WHERE id IN (${keepId}, ${mergeId}) FOR UPDATE`;
    if (!rows.some((row) => row.id === keepId)) throw new NotFoundError(type, keepId);
    if (!rows.some((row) => row.id === mergeId)) throw new NotFoundError(type, mergeId);
    if (type !== 'Person') {
      // The survivor inherits the merged entity's children; it must not be one of its descendants.
      const [cycle] = await tx.$queryRaw<{ found: boolean }[]>`
        WITH RECURSIVE up(id, parent_id) AS (
          SELECT id, parent_id FROM ${table} WHERE id = ${keepId}
          UNION SELECT t.id, t.parent_id FROM ${table} t JOIN up ON t.id = up.parent_id)
        SELECT EXISTS (SELECT 1 FROM up WHERE parent_id = ${mergeId}) AS found`;
      if (cycle?.found) throw new AppError(`${type} ${keepId} is inside ${mergeId}; merge the other way round`, 'CONFLICT');
    }
    if (type === 'Event') await moveStatementLinks(tx, keepId, mergeId);
    for (const ref of references(type)) await moveReference(tx, ref, keepId, mergeId);
    await (type === 'Event' ? uniteEvents(tx, keepId, mergeId) : uniteNames(tx, type, keepId, mergeId));
    await tx.$executeRaw`DELETE FROM ${table} WHERE id = ${mergeId}`;
    if (type === 'Event') await rebuildEventScope(tx, keepId);
    // Redirects stay one hop: whatever pointed at the merged entity now points at the survivor.
    await tx.$executeRaw`UPDATE entity_redirect SET to_id = ${keepId} WHERE to_id = ${mergeId}`;
    await tx.$executeRaw`INSERT INTO entity_redirect (from_id, to_id, typename) VALUES (${mergeId}, ${keepId}, ${type})`;
    return { type, keepId, mergedId: mergeId };
  });
}

/** The survivor takes the merged entity's name and aliases as aliases, its external ids, and its description when it has none. */
async function uniteNames(tx: Tx, type: AliasedType, keepId: string, mergeId: string) {
  const table = Prisma.raw(`"${tableOf[type]}"`);
  const rows = await tx.$queryRaw<{ id: string; name: string; aliases: string[]; external_ids: string[]; description: string | null }[]>`
    SELECT id, name, aliases, external_ids, ${type === 'Place' ? Prisma.sql`NULL::text` : Prisma.sql`description`} AS description
      FROM ${table} WHERE id IN (${keepId}, ${mergeId})`;
  const keep = rows.find((row) => row.id === keepId) as (typeof rows)[number];
  const merge = rows.find((row) => row.id === mergeId) as (typeof rows)[number];
  const names = nameColumns(keep.name, [...keep.aliases, merge.name, ...merge.aliases]);
  const externalIds = [...new Set([...keep.external_ids, ...merge.external_ids])];
  await tx.$executeRaw`
    UPDATE ${table}
       SET aliases = ${names.aliases}::text[], normalized_names = ${names.normalizedNames}::text[],
           external_ids = ${externalIds}::text[], updated_at = now()
           ${type === 'Place' ? Prisma.empty : Prisma.sql`, description = coalesce(description, ${merge.description})`}
     WHERE id = ${keepId}`;
}

/**
 * The kept event spans both (earliest start, latest end) and fills its missing
 * description, place and kind from the merged one; the merged event's
 * descendants, now the kept one's, take its path.
 */
async function uniteEvents(tx: Tx, keepId: string, mergeId: string) {
  await tx.$executeRaw`
    UPDATE event k
       SET start_at = least(k.start_at, m.start_at), end_at = greatest(k.end_at, m.end_at),
           description = coalesce(k.description, m.description), place_id = coalesce(k.place_id, m.place_id),
           kind = CASE WHEN k.kind = 'OTHER' THEN m.kind ELSE k.kind END, updated_at = now()
      FROM event m WHERE k.id = ${keepId} AND m.id = ${mergeId}`;
  await tx.$executeRaw`
    UPDATE event d
       SET ancestor_ids = k.ancestor_ids || k.id || d.ancestor_ids[array_position(d.ancestor_ids, ${mergeId}) + 1 :]
      FROM event k
     WHERE k.id = ${keepId} AND ${mergeId} = ANY(d.ancestor_ids)`;
}

/**
 * A statement about the merged event becomes about the kept one (direct when
 * either link was). Indirect links are dropped here and derived again from the
 * new tree (rebuildEventScope) once the merged event is gone.
 */
async function moveStatementLinks(tx: Tx, keepId: string, mergeId: string) {
  await tx.$executeRaw`
    UPDATE statement_event k SET direct = true
      FROM statement_event m
     WHERE k.event_id = ${keepId} AND m.event_id = ${mergeId} AND m.statement_id = k.statement_id AND m.direct AND NOT k.direct`;
  await tx.$executeRaw`
    DELETE FROM statement_event m
     WHERE m.event_id = ${mergeId}
       AND (NOT m.direct OR EXISTS (SELECT 1 FROM statement_event k WHERE k.event_id = ${keepId} AND k.statement_id = m.statement_id))`;
  await tx.$executeRaw`UPDATE statement_event SET event_id = ${keepId} WHERE event_id = ${mergeId}`;
}

/** Adds (`add`) or removes an alias, keeping the folded names in step. Returns the entity's id. */
export async function editAlias(db: Db, type: AliasedType, id: string, alias: string, add: boolean): Promise<void> {
  await db.$transaction(async (tx) => {
    const table = Prisma.raw(`"${tableOf[type]}"`);
    const [row] = await tx.$queryRaw<{ name: string; aliases: string[] }[]>`SELECT name, aliases FROM ${table} WHERE id = ${id} FOR UPDATE`;
    if (!row) throw new NotFoundError(type, id);
    const folded = alias.trim().toLowerCase();
    if (!add && !row.aliases.some((a) => a.toLowerCase() === folded)) {
      throw ValidationError.field('alias', `"${alias}" is not an alias of this ${type.toLowerCase()}`);
    }
    const aliases = add ? [...row.aliases, alias] : row.aliases.filter((a) => a.toLowerCase() !== folded);
    const names = nameColumns(row.name, aliases);
    await tx.$executeRaw`
      UPDATE ${table} SET aliases = ${names.aliases}::text[], normalized_names = ${names.normalizedNames}::text[], updated_at = now()
       WHERE id = ${id}`;
  });
}

/** The surviving ids of merged entities among `ids` (old id → survivor id). */
export async function redirectsFor(db: Pick<Db, '$queryRaw'>, ids: readonly string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db.$queryRaw<{ from_id: string; to_id: string }[]>`
    SELECT from_id, to_id FROM entity_redirect WHERE from_id = ANY(${[...ids]}::text[])`;
  return new Map(rows.map((row) => [row.from_id, row.to_id]));
}

/**
 * The global ids with each merged entity's id replaced by its survivor's
 * (node(id:) and nodes(ids:), src/schema/node.ts); the same objects when none was merged.
 */
export async function survivingIds<T extends { typename: string; id: string }>(db: Pick<Db, '$queryRaw'>, ids: T[]): Promise<T[]> {
  const redirects = await redirectsFor(
    db,
    ids.filter((id) => (mergeableTypes as readonly string[]).includes(id.typename)).map((id) => id.id),
  );
  return ids.map((id) => {
    const target = redirects.get(id.id);
    return target ? { ...id, id: target } : id;
  });
}
