// Inputs and helpers several types share: the DateTime scalar, sort
// direction, date ranges, enum registration from Prisma, global-id checks.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { GraphQLError, Kind } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { builder } from '../builder.ts';
import { nameKeys } from '../db/names.ts';
import { containsText } from '../db/text-match.ts';
import { ValidationError } from '../errors.ts';
import {
  ContributorRole,
  EventKind,
  OrganizationKind,
  PlaceKind,
  StatementKind,
  StatementRelationKind,
} from '../generated/prisma/enums.ts';
import { dateTime } from '../ingest/input.ts';

/**
 * What every node shares: its global id made from the `id` column, and null
 * rather than an error from node(id:) and nodes(ids:) for an id that does not exist.
 */
export const nodeBasics = { id: { field: 'id', description: 'Opaque global id.' }, nullable: true } as const;

export const OrderDirection = builder.enumType('OrderDirection', {
  description: 'Sort direction.',
  values: { ASC: { value: 'asc', description: 'Smallest first.' }, DESC: { value: 'desc', description: 'Largest first.' } } as const,
});

export const OrganizationKindEnum = builder.enumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'What kind of body an organization is. Metonyms such as "Kyiv" or "the Kremlin" are GOVERNMENT.',
});
export const StatementKindEnum = builder.enumType(StatementKind, {
  name: 'StatementKind',
  description: 'How a statement reports what was said.',
});
export const StatementRelationKindEnum = builder.enumType(StatementRelationKind, {
  name: 'StatementRelationKind',
  description: 'How one statement relates to another.',
});
export const ContributorRoleEnum = builder.enumType(ContributorRole, {
  name: 'ContributorRole',
  description: 'What a contributor did for an article.',
});
export const EventKindEnum = builder.enumType(EventKind, { name: 'EventKind', description: 'What kind of event.' });
export const PlaceKindEnum = builder.enumType(PlaceKind, { name: 'PlaceKind', description: 'What kind of place.' });

export const DateRange = builder.inputType('DateRange', {
  description: 'An inclusive time window; either end may be left open.',
  fields: (t) => ({
    from: t.field({ type: 'DateTime', description: 'Earliest instant (inclusive).' }),
    to: t.field({ type: 'DateTime', description: 'Latest instant (inclusive).' }),
  }),
});

/** A Prisma filter for a DateTime column from a DateRange; undefined when open on both ends. */
export function dateFilter(range: { from?: Date | null; to?: Date | null } | null | undefined) {
  if (!range || (!range.from && !range.to)) return undefined;
  if (range.from && range.to && range.to < range.from) {
    throw ValidationError.field('to', 'must not be before "from"');
  }
  return { ...(range.from ? { gte: range.from } : {}), ...(range.to ? { lte: range.to } : {}) };
}

/** Sort clause with `id` as the tie-breaker, so cursors are stable. */
export function orderWithId<F extends string>(field: F, direction: 'asc' | 'desc', nullable = false): Array<Record<string, unknown>> {
  const sort = nullable ? { sort: direction, nulls: 'last' } : direction;
  return field === 'id' ? [{ id: direction }] : [{ [field]: sort }, { id: direction }];
}

export const CountScope = builder.inputType('CountScope', {
  description: 'What a counted sort (orderBy.field STATEMENTS, SPEAKERS or MENTIONS) counts; all of it when empty.',
  fields: (t) => ({
    about: t.globalID({
      description: 'An event: only statements about it or any event inside it (MENTIONS: articles reporting on it or on one inside it).',
    }),
    said: t.field({ type: DateRange, description: 'Only statements said in this window (MENTIONS: articles published in it).' }),
    kind: t.field({ type: [StatementKindEnum], description: 'Only statements of these kinds (not with MENTIONS).' }),
  }),
});

/**
 * An `orderBy` input type for one node type: `{ field, direction }`, and
 * with `counted`, `counting` to scope the fields that sort by a count.
 */
export function orderInput<const V extends Record<string, { value: string; description: string }>>(
  typeName: string,
  values: V,
  defaultField: keyof V & string,
  { counted = false } = {},
) {
  const FieldEnum = builder.enumType(`${typeName}OrderField`, {
    description: `What to sort ${typeName}s by.`,
    values,
  });
  return builder.inputType(`${typeName}Order`, {
    description: `Sort order for ${typeName}s; ties are broken by id. Default: ${defaultField}.`,
    fields: (t) => ({
      field: t.field({ type: FieldEnum, required: true, description: 'The column to sort by.' }),
      direction: t.field({ type: OrderDirection, defaultValue: 'asc', description: 'Sort direction (default ASC).' }),
      ...(counted
        ? {
            counting: t.field({
              type: CountScope,
              description: 'For a field that sorts by a count: what to count (default: everything).',
            }),
          }
        : {}),
    }),
  });
}

/** Matches a name or alias: substring of the name, or any alias after folding (case, diacritics, spelling variants). */
export function nameMatch(query: string) {
  const keys = nameKeys([query]);
  return {
    OR: [{ name: containsText(query.trim()) }, ...(keys.length ? [{ normalizedNames: { hasSome: keys } }] : [])],
  };
}

export const ExternalId = builder.objectRef<string>('ExternalId').implement({
  description: 'An identifier of the entity in another system, e.g. Wikidata.',
  fields: (t) => ({
    source: t.string({ description: 'The system, e.g. "wikidata".', resolve: (value) => value.slice(0, value.indexOf(':')) }),
    value: t.string({ description: 'The identifier there, e.g. "Q7747".', resolve: (value) => value.slice(value.indexOf(':') + 1) }),
  }),
});

/** The decoded id of a global id, checked against the types it may name. */
export function idOf(globalId: { typename: string; id: string }, ...types: string[]): string {
  if (!types.includes(globalId.typename)) {
    throw ValidationError.field('id', `expected the id of a ${types.join(' or ')}, got a ${globalId.typename} id`);
  }
  return globalId.id;
}

export const DeleteInput = builder.inputType('DeleteInput', {
  description: 'What to delete.',
  fields: (t) => ({ id: t.globalID({ required: true, description: 'Global id of the record to delete.' }) }),
});

export const DeletePayload = builder.objectRef<{ deletedId: string }>('DeletePayload').implement({
  description: 'The outcome of a delete.',
  fields: (t) => ({ deletedId: t.exposeID('deletedId', { description: 'Global id of the record that was deleted.' }) }),
});

/** Payload of a delete: the global id the client sent, re-encoded. */
export function deleted(id: { typename: string; id: string }) {
  return { deletedId: encodeGlobalID(id.typename, id.id) };
}

// Accepts a plain date as midnight UTC as well as a full date-time: news text
// often gives only the day.
builder.scalarType('DateTime', {
  description:
    'An instant in time: ISO 8601 date-time with offset (2022-02-15T12:00:00Z), or a date (2022-02-15, midnight UTC). Output is always a UTC date-time.',
  serialize: (value) => DateTimeResolver.serialize(value),
  parseValue: (value) => {
    const parsed = dateTime.safeParse(value);
    if (!parsed.success)
      throw new GraphQLError(`${JSON.stringify(value)}: must be an ISO 8601 date or date-time`, { extensions: { code: 'BAD_USER_INPUT' } });
    return parsed.data;
  },
  parseLiteral: (ast) => {
    const parsed = ast.kind === Kind.STRING ? dateTime.safeParse(ast.value) : null;
    if (!parsed?.success)
      throw new GraphQLError('must be an ISO 8601 date or date-time string', { extensions: { code: 'BAD_USER_INPUT' } });
    return parsed.data;
  },
});
