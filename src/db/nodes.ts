// Rows for (type, id) references computed in SQL (search hits, connection
// neighbours and evidence, path nodes): one findMany per type. The schema brands them with
// their object type (loadBrandedNodes in src/schema/references.ts).
import type { Db } from './client.ts';

export type NodeType = 'Article' | 'Statement' | 'StatementRelation' | 'Person' | 'Organization' | 'Event' | 'Place' | 'Image';
export type NodeRef = { type: NodeType; id: string };

export const refKey = (ref: NodeRef) => `${ref.type}:${ref.id}`;

/** The rows for `refs`, keyed by `Type:id`; missing rows are absent from the map. */
export async function loadNodes(db: Db, refs: readonly NodeRef[]): Promise<Map<string, object>> {
  const byType = new Map<NodeType, Set<string>>();
  for (const ref of refs) byType.set(ref.type, (byType.get(ref.type) ?? new Set()).add(ref.id));
  const find: Record<NodeType, (ids: string[]) => Promise<{ id: string }[]>> = {
    Article: (ids) => db.article.findMany({ where: { id: { in: ids } } }),
    Statement: (ids) => db.statement.findMany({ where: { id: { in: ids } } }),
    StatementRelation: (ids) => db.statementRelation.findMany({ where: { id: { in: ids } } }),
    Person: (ids) => db.person.findMany({ where: { id: { in: ids } } }),
    Organization: (ids) => db.organization.findMany({ where: { id: { in: ids } } }),
    Event: (ids) => db.event.findMany({ where: { id: { in: ids } } }),
    Place: (ids) => db.place.findMany({ where: { id: { in: ids } } }),
    Image: (ids) => db.image.findMany({ where: { id: { in: ids } } }),
  };
  const loaded = await Promise.all(
    [...byType].map(async ([type, ids]) => (await find[type]([...ids])).map((row) => [`${type}:${row.id}`, row] as const)),
  );
  return new Map(loaded.flat());
}
