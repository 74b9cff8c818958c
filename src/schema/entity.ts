// The Entity union: any named thing a mention, depiction or participant can
// point at. Loading and branding the row is in references.ts.
import { builder } from '../builder.ts';
import { Event } from './event.ts';
import { Organization } from './organization.ts';
import { Person } from './person.ts';
import { Place } from './place.ts';

export const Entity = builder.unionType('Entity', {
  description: 'Any named thing in the graph: a person, organization, place or event.',
  types: () => [Person, Organization, Place, Event],
});
