// Deleting something that other records depend on is refused with a message
// that says what still depends on it, instead of cascading or surfacing a raw
// foreign-key error.
import { ConflictError, NotFoundError } from '../errors.ts';
import type { Db } from './client.ts';

type CountingDelegate = {
  findUnique(args: { where: { id: string }; select: Record<string, unknown> }): Promise<{
    _count?: Record<string, number>;
  } | null>;
  delete(args: { where: { id: string } }): Promise<unknown>;
};

export type DeletableModel =
  | 'person'
  | 'organization'
  | 'place'
  | 'event'
  | 'article'
  | 'statement'
  | 'image'
  | 'affiliation'
  | 'statementRelation';

/**
 * Deletes row `id` of `model` unless a relation in `dependents` (relation name
 * → label for the message) still has rows. One transaction; the foreign keys
 * restrict as well, so a row attached concurrently still blocks the delete.
 */
export async function deleteUnlessReferenced(
  db: Db,
  model: DeletableModel,
  what: string,
  id: string,
  dependents: Record<string, string> = {},
): Promise<void> {
  await db.$transaction(async (tx) => {
    const delegate = (tx as unknown as Record<string, CountingDelegate>)[model] as CountingDelegate;
    const relations = Object.keys(dependents);
    const row = await delegate.findUnique({
      where: { id },
      select: {
        id: true,
        ...(relations.length ? { _count: { select: Object.fromEntries(relations.map((key) => [key, true])) } } : {}),
      },
    });
    if (!row) throw new NotFoundError(what, id);
    const blocking = Object.entries(row._count ?? {}).filter(([, count]) => count > 0);
    if (blocking.length) {
      const list = blocking.map(([relation, count]) => `${count} ${dependents[relation]}`).join(', ');
      throw new ConflictError(`${what} ${id} cannot be deleted: ${list} still refer to it`, {
        dependents: Object.fromEntries(blocking),
      });
    }
    await delegate.delete({ where: { id } });
  });
}
