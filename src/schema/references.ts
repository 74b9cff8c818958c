// Polymorphic references: a statement's speaker is a Person or an
// Organization (the Speaker union); a mention, depiction or participant is any
// named entity (the Entity union, in entity.ts). The database stores one
// nullable foreign key per possible type; these helpers load whichever is set
// with the parent's query and tag it with its type.
import { builder } from '../builder.ts';
import { Organization } from './organization.ts';
import { Person } from './person.ts';

export type EntityTypeName = 'Person' | 'Organization' | 'Place' | 'Event';
export type Tagged = { __typename: EntityTypeName };

export const Speaker = builder.unionType('Speaker', {
  description: 'Who made a statement: a person or an organization (including metonyms such as "Kyiv").',
  types: () => [Person, Organization],
  resolveType: (value) => (value as unknown as Tagged).__typename,
});

/** Marks a loaded row with its GraphQL type so the unions can resolve it. */
export function tag<T extends object>(typename: EntityTypeName, value: T): T {
  return Object.assign(value, { __typename: typename });
}

/** The first relation of `relations` that is set on `parent`, tagged; null when none is. */
export function pickEntity(parent: Record<string, unknown>, relations: Partial<Record<EntityTypeName, string>>): object | null {
  for (const [typename, relation] of Object.entries(relations) as [EntityTypeName, string][]) {
    const value = parent[relation];
    if (value) return tag(typename, value as object);
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
