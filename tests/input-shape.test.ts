// The ingestion input is declared once, as zod (src/ingest/input.ts); the
// GraphQL input types are derived from it (src/schema/zod-input.ts). Here zod's
// own JSON Schema of the input is walked beside the GraphQL input types, so a
// field that one side has and the other lacks, or a field required, listed,
// typed or described differently, fails by name.
import { readFileSync } from 'node:fs';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import SchemaBuilder from '@pothos/core';
import {
  buildSchema,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { IngestArticleInput } from '../src/ingest/input.ts';
import { printedSchema, schemaFile } from '../src/schema/print.ts';
import { zodInputTypes } from '../src/schema/zod-input.ts';

type Json = {
  type?: string;
  format?: string;
  anyOf?: Json[];
  items?: Json;
  properties?: Record<string, Json>;
  required?: string[];
  enum?: unknown[];
  description?: string;
};

/** The schema without its `null` alternative, and whether there was one. */
function withoutNull(schema: Json): { schema: Json; nullable: boolean } {
  const others = schema.anyOf?.filter((member) => member.type !== 'null');
  if (!others || others.length === schema.anyOf?.length) return { schema, nullable: false };
  expect(others).toHaveLength(1);
  return { schema: { ...(others[0] as Json), description: schema.description }, nullable: true };
}

/** The GraphQL name zod's JSON Schema stands for: a date (any of a date-time string…) is a DateTime. */
function scalarName(schema: Json): string {
  if (schema.anyOf?.some((member) => member.format === 'date-time')) return 'DateTime';
  const names: Record<string, string> = { string: 'String', integer: 'Int', number: 'Float', boolean: 'Boolean' };
  return names[schema.type ?? ''] ?? `no scalar for ${JSON.stringify(schema)}`;
}

type Row = { field: string; required: boolean; list: boolean; itemsRequired?: boolean; type: string; description?: string };

/** Walks zod's input JSON Schema and the GraphQL input type side by side, from the root down. */
function walk(json: Json, type: GraphQLInputType, path: string, rows: { zod: Row[]; graphql: Row[] }) {
  const named = getNamedType(type);
  if (!isInputObjectType(named)) throw new Error(`${path}: ${named.name} is not an input object`);
  rows.zod.push({ field: path, required: true, list: false, type: named.name, description: json.description });
  rows.graphql.push({ field: path, required: true, list: false, type: named.name, description: named.description ?? undefined });
  const fields = named.getFields();
  for (const name of Object.keys(fields).filter((name) => !(name in (json.properties ?? {})))) {
    rows.graphql.push({ field: `${path}.${name}`, required: false, list: false, type: 'only in GraphQL' });
  }
  for (const [name, property] of Object.entries(json.properties ?? {})) {
    const where = `${path}.${name}`;
    const field = fields[name];
    const outer = withoutNull(property);
    const list = outer.schema.type === 'array';
    const item = list ? withoutNull(outer.schema.items as Json) : outer;
    const enumValues = item.schema.enum?.map(String).sort();
    const objectType = item.schema.type === 'object';
    rows.zod.push({
      field: where,
      required: (json.required ?? []).includes(name),
      list,
      ...(list ? { itemsRequired: !item.nullable } : {}),
      type: objectType ? 'input object' : enumValues ? `enum ${enumValues.join(' ')}` : scalarName(item.schema),
      description: outer.schema.description,
    });
    if (!field) {
      rows.graphql.push({ field: where, required: false, list: false, type: 'missing' });
      continue;
    }
    const inner = isNonNullType(field.type) ? field.type.ofType : field.type;
    const itemType = isListType(inner) ? inner.ofType : undefined;
    const leaf = getNamedType(field.type);
    rows.graphql.push({
      field: where,
      required: isNonNullType(field.type),
      list: isListType(inner),
      ...(itemType ? { itemsRequired: isNonNullType(itemType) } : {}),
      type: isInputObjectType(leaf)
        ? 'input object'
        : isEnumType(leaf)
          ? `enum ${leaf
              .getValues()
              .map((value) => value.name)
              .sort()
              .join(' ')}`
          : leaf.name,
      description: field.description ?? undefined,
    });
    if (objectType) walk(item.schema, leaf as GraphQLInputType, where, rows);
  }
}

const zodInput = z.toJSONSchema(IngestArticleInput, { io: 'input', unrepresentable: 'any' }) as Json;

// Both printed, and read back with this file's graphql-js, so no two copies of it meet.
const schemas: [string, () => GraphQLSchema][] = [
  ['the built schema', () => buildSchema(printedSchema())],
  ['schema.graphql', () => buildSchema(readFileSync(schemaFile, 'utf8'))],
];

describe.each(schemas)('IngestArticleInput in %s', (_name, load) => {
  it('has every field of the zod schemas and no other, each required, listed, typed and described alike', () => {
    const root = load().getType('IngestArticleInput');
    if (!isInputObjectType(root)) throw new Error('IngestArticleInput is missing');
    const rows = { zod: [] as Row[], graphql: [] as Row[] };
    walk(zodInput, root, 'IngestArticleInput', rows);
    expect(rows.graphql).toEqual(rows.zod);
    // Every nested input type is reached: a walk that stopped early would pass on too little.
    expect(rows.zod.filter((row) => row.type === 'input object')).toHaveLength(11);
  });
});

describe('zodInputTypes', () => {
  const Colour = { RED: 'RED', GREEN: 'GREEN' } as const;
  const when = z.union([z.date(), z.iso.datetime()]).transform((value) => new Date(value));

  const build = (schemas: Parameters<typeof zodInputTypes>[1]) => {
    // The project's plugins add their options to every builder's type; this one loads none of them.
    const builder = new SchemaBuilder<{ Scalars: { DateTime: { Input: Date; Output: Date } } }>({} as never);
    builder.scalarType('DateTime', { serialize: (value) => value.toISOString(), parseValue: (value) => new Date(String(value)) });
    builder.enumType(Colour, { name: 'Colour', description: 'A colour.' });
    const refs = zodInputTypes(builder, schemas, { scalars: new Map([[when, 'DateTime']]) });
    builder.queryType({
      fields: (t) => ({
        echo: t.string({
          args: Object.fromEntries(Object.entries(refs).map(([name, ref]) => [name, t.arg({ type: ref })])),
          resolve: () => '',
        }),
      }),
    });
    return printSchemaWithDirectives(builder.toSchema({ sortSchema: false }));
  };

  it('builds the SDL the zod schemas describe: scalars, enums, lists, nesting, optionality, descriptions', () => {
    const Tag = z.object({ label: z.string().trim().describe('Shown as written.') }).describe('A tag.');
    const Thing = z
      .object({
        name: z.string().min(1).describe('What it is called.'),
        count: z.number().int().nullish(),
        weight: z.number().optional().describe('In grams.'),
        ok: z.boolean().default(true),
        colour: z.enum(Colour),
        seen: when.nullable().describe('When.'),
        tags: z
          .array(Tag)
          .nullish()
          .transform((value) => value ?? []),
        scores: z.array(z.number().nullable()),
        link: z.string().pipe(z.url()).nullish(),
      })
      .superRefine(() => {})
      .describe('A made-up input.');
    // Unsorted, so the fields keep the zod shape's order.
    expect(build({ TagInput: Tag, ThingInput: Thing })).toBe(`schema {
  query: Query
}

scalar DateTime

"""A colour."""
enum Colour {
  RED
  GREEN
}

"""A tag."""
input TagInput {
  """Shown as written."""
  label: String!
}

"""A made-up input."""
input ThingInput {
  """What it is called."""
  name: String!
  count: Int
  """In grams."""
  weight: Float
  ok: Boolean
  colour: Colour!
  """When."""
  seen: DateTime
  tags: [TagInput!]
  scores: [Float]!
  link: String
}

type Query {
  echo(TagInput: TagInput, ThingInput: ThingInput): String
}`);
  });

  it('refuses a nested object without a GraphQL name and a zod type it cannot map', () => {
    const Inner = z.object({ a: z.string() });
    expect(() => build({ OuterInput: z.object({ inner: Inner }) })).toThrow(/OuterInput\.inner: a nested object needs a GraphQL name/);
    expect(() => build({ OddInput: z.object({ odd: z.bigint() }) })).toThrow(/OddInput\.odd: no GraphQL input type for a zod bigint/);
  });
});
