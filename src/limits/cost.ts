// What a read may cost, measured before it runs: roughly the number of
// objects it can return. Every connection's `first`/`last` (default page size
// when absent) multiplies the cost of what is selected under it, the way
// GitHub counts "nodes". Scalars are free. The walk over the document is
// Pothos's plugin-complexity; this file only says what each field costs.
import { complexityFromQuery, type FieldComplexityValue } from '@pothos/plugin-complexity';
import { type DocumentNode, type GraphQLField, type GraphQLSchema, Kind, type OperationDefinitionNode } from 'graphql';

/** The cost of an unbounded list of objects (external ids, say): a guess at its length. */
export const unboundedListLength = 10;

/**
 * Pothos adds `field` once per parent instance, then `multiplier` times what
 * is selected below. A connection costs 1 and multiplies its page; `nodes`
 * and `edges` cost 1 per item; a list of objects costs its length.
 */
export function fieldCost<C>(args: Record<string, unknown>, field: GraphQLField<unknown, C>, defaultPage: number): FieldComplexityValue {
  if (isLeaf(field)) return 0;
  const isList = String(field.type).startsWith('[');
  const page = pageOf(args, field, defaultPage);
  if (page !== null) return isList ? { field: page, multiplier: page } : { field: 1, multiplier: page };
  if (Array.isArray(args.ids)) return { field: args.ids.length, multiplier: args.ids.length };
  // An edge's `node` (cost 1) is the item; the edge itself is free.
  if (field.name === 'edges') return { field: 0, multiplier: 1 };
  if (field.name === 'nodes') return { field: 1, multiplier: 1 };
  if (isList) return { field: unboundedListLength, multiplier: unboundedListLength };
  return 1;
}

function pageOf<C>(args: Record<string, unknown>, field: GraphQLField<unknown, C>, defaultPage: number): number | null {
  const names = field.args.map((arg) => arg.name);
  if (!names.includes('first') && !names.includes('last')) return null;
  const size = typeof args.first === 'number' ? args.first : typeof args.last === 'number' ? args.last : defaultPage;
  return Math.max(0, size);
}

/** Scalars and enums have `serialize`; checked by shape because graphql-js may be loaded twice (ESM and CJS). */
function isLeaf<C>(field: GraphQLField<unknown, C>): boolean {
  let type: unknown = field.type;
  while (type && typeof type === 'object' && 'ofType' in type) type = (type as { ofType: unknown }).ofType;
  return typeof (type as { serialize?: unknown })?.serialize === 'function';
}

/** The cost of the operation a request runs (`operationName`, or the document's only one). */
export function measureCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
  context: object,
): number {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  if (!operation) return 0;
  const selected: DocumentNode = {
    ...document,
    definitions: [operation, ...document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)],
  };
  return complexityFromQuery(selected, { schema, ctx: context, variables: variables ?? {} }).complexity;
}
