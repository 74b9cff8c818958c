// The Entity union: any named thing a mention, depiction or participant can
// point at. Loading and tagging the row is in references.ts.
import { builder } from '../builder.ts';
import { Event } from './event.ts';
import { Organization } from './organization.ts';
import { Person } from './person.ts';
import { Place } from './place.ts';
import type { Tagged } from './references.ts';

export const Entity = builder.unionType('Entity', {
  description: 'Any named thing in the graph: a person, organization, place or event.',
  types: () => [Person, Organization, Place, Event],
  resolveType: (value) => (value as unknown as Tagged).__typename,
});
