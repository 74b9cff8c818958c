// The event tree: every event stores its ancestors (`ancestorIds`, root
// first), and every statement about an event is also linked, indirectly, to
// that event's ancestors (statement_event rows with direct = false). Both are
// derived data; the functions here are the only writers, so they stay true.

import { NotFoundError, ValidationError } from '../errors.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import type { EventKind } from '../generated/prisma/enums.ts';

type Tx = Prisma.TransactionClient;

export type EventData = {
  name: string;
  description?: string | null;
  kind?: EventKind | undefined;
  startAt?: Date | null;
  endAt?: Date | null;
  placeId?: string | null;
  parentId?: string | null;
};

export function checkDates(startAt: Date | null | undefined, endAt: Date | null | undefined, field = 'input.endAt') {
  if (startAt && endAt && endAt < startAt) throw ValidationError.field(field, 'must not be before startAt');
}

async function ancestorsThrough(tx: Tx, parentId: string | null | undefined, field = 'input.parent'): Promise<string[]> {
  if (!parentId) return [];
  const parent = await tx.event.findUnique({ where: { id: parentId }, select: { ancestorIds: true } });
  if (!parent) throw ValidationError.field(field, `event ${parentId} does not exist`);
  return [...parent.ancestorIds, parentId];
}

export async function createEvent(tx: Tx, data: EventData) {
  checkDates(data.startAt, data.endAt);
  const ancestorIds = await ancestorsThrough(tx, data.parentId);
  return tx.event.create({ data: { ...data, ancestorIds } });
}

export async function updateEvent(tx: Tx, id: string, data: Partial<EventData>) {
  const current = await tx.event.findUnique({ where: { id } });
  if (!current) throw new NotFoundError('Event', id);
  checkDates(data.startAt === undefined ? current.startAt : data.startAt, data.endAt === undefined ? current.endAt : data.endAt);
  if (data.parentId === undefined || data.parentId === current.parentId) {
    return tx.event.update({ where: { id }, data });
  }
  const ancestorIds = await ancestorsThrough(tx, data.parentId);
  if (data.parentId === id || ancestorIds.includes(id)) {
    throw ValidationError.field('input.parent', 'would make the event its own ancestor');
  }
  const event = await tx.event.update({ where: { id }, data: { ...data, ancestorIds } });
  // Descendants keep their path below this event and take the new one above it.
  await tx.$executeRaw`
    UPDATE event
       SET ancestor_ids = ${ancestorIds}::text[] || ancestor_ids[array_position(ancestor_ids, ${id}) :]
     WHERE ${id} = ANY(ancestor_ids)`;
  await rebuildEventScope(tx, id);
  return event;
}

/** Recomputes the indirect statement links of every statement about `eventId` or its sub-events. */
export async function rebuildEventScope(tx: Tx, eventId: string) {
  const rows = await tx.$queryRaw<{ statement_id: string }[]>`
    SELECT DISTINCT se.statement_id FROM statement_event se JOIN event e ON e.id = se.event_id
     WHERE se.direct AND (e.id = ${eventId} OR ${eventId} = ANY(e.ancestor_ids))`;
  await rebuildStatementScope(
    tx,
    rows.map((row) => row.statement_id),
  );
}

/** Recomputes the indirect (ancestor) event links of the given statements from their direct ones. */
export async function rebuildStatementScope(tx: Tx, statementIds: string[]) {
  if (!statementIds.length) return;
  await tx.$executeRaw`DELETE FROM statement_event WHERE NOT direct AND statement_id = ANY(${statementIds}::text[])`;
  await addAncestorScope(tx, statementIds);
}

/**
 * Links statements to the events they are about, directly, and to those events' ancestors. `fresh` statements (just
 * created) have no links yet, so theirs are only added, not recomputed.
 */
export async function linkStatementEvents(tx: Tx, links: { statementId: string; eventId: string }[], { fresh = false } = {}) {
  if (!links.length) return;
  // One statement for all links; a link that existed as indirect becomes direct.
  await tx.$executeRaw`
    INSERT INTO statement_event (statement_id, event_id, direct)
    SELECT DISTINCT l.statement_id, l.event_id, true
      FROM unnest(${links.map((link) => link.statementId)}::text[], ${links.map((link) => link.eventId)}::text[]) AS l(statement_id, event_id)
    ON CONFLICT (statement_id, event_id) DO UPDATE SET direct = true WHERE NOT statement_event.direct`;
  const statementIds = [...new Set(links.map((link) => link.statementId))];
  await (fresh ? addAncestorScope(tx, statementIds) : rebuildStatementScope(tx, statementIds));
}

/** Recomputes every event's ancestor path from the parent links (a restore sets the links first); unchanged rows are not written. */
export async function rebuildAllAncestors(tx: Tx) {
  await tx.$executeRaw`
    WITH RECURSIVE tree(id, path) AS (
      SELECT id, ARRAY[]::text[] FROM event WHERE parent_id IS NULL
      UNION ALL
      SELECT child.id, tree.path || child.parent_id FROM event child JOIN tree ON child.parent_id = tree.id)
    UPDATE event SET ancestor_ids = tree.path FROM tree
     WHERE event.id = tree.id AND event.ancestor_ids IS DISTINCT FROM tree.path`;
}

/** Adds the missing indirect (ancestor) event links of the given statements; unlike rebuildStatementScope, removes none. */
export async function addAncestorScope(tx: Tx, statementIds: string[]) {
  if (!statementIds.length) return;
  await tx.$executeRaw`
    INSERT INTO statement_event (statement_id, event_id, direct)
    SELECT DISTINCT se.statement_id, ancestor.id, false
      FROM statement_event se
      JOIN event e ON e.id = se.event_id
      CROSS JOIN LATERAL unnest(e.ancestor_ids) AS ancestor(id)
     WHERE se.direct AND se.statement_id = ANY(${statementIds}::text[])
    ON CONFLICT (statement_id, event_id) DO NOTHING`;
}
