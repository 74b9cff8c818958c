// Polymorphic references: a statement's speaker is a Person or an
// Organization (the Speaker union); a mention, depiction or participant is any
// named entity (the Entity union, in entity.ts). The database stores one
// nullable foreign key per possible type; these helpers load whichever is set
// with the parent's query. Rows reach a union branded with their object type
// (Pothos's type brand, what ref.addBrand sets), which is how the unions
// resolve them. By type name, not ref: the type modules import this one.
import { brandWithType } from '@pothos/core';
import { builder } from '../builder.ts';
import type { Db } from '../db/client.ts';
import { loadNodes, type NodeRef, type NodeType } from '../db/nodes.ts';
import { Organization } from './organization.ts';
import { Person } from './person.ts';

export type EntityTypeName = 'Person' | 'Organization' | 'Place' | 'Event';

export const Speaker = builder.unionType('Speaker', {
  description: 'Who made a statement: a person or an organization (including metonyms such as "Kyiv").',
  types: () => [Person, Organization],
});

/** Brands a loaded row with its object type so a union field returning it resolves. */
export function brand<T extends object>(type: NodeType, row: T): T {
  brandWithType(row, type as never);
  return row;
}

/** The rows for `refs` (see loadNodes), each branded with its type. */
export async function loadBrandedNodes(db: Db, refs: readonly NodeRef[]): Promise<Map<string, object>> {
  const rows = await loadNodes(db, refs);
  for (const [key, row] of rows) brand(key.slice(0, key.indexOf(':')) as NodeType, row);
  return rows;
}

/** The first relation of `relations` that is set on `parent`, branded; null when none is. */
export function pickEntity(parent: Record<string, unknown>, relations: Partial<Record<EntityTypeName, string>>): object | null {
  for (const [typename, relation] of Object.entries(relations) as [EntityTypeName, string][]) {
    const value = parent[relation];
    if (value) return brand(typename, value as object);
  }
  return null;
}

/** A Prisma selection loading each relation of `relations` with what the client asked of that type. */
export function entitySelection(
  relations: Partial<Record<EntityTypeName, string>>,
  nestedSelection: (selection: true, path: string[], type: string) => unknown,
) {
  return Object.fromEntries(
    (Object.entries(relations) as [EntityTypeName, string][]).map(([typename, relation]) => [
      relation,
      nestedSelection(true, [], typename),
    ]),
  );
}
