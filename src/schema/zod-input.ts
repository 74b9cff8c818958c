// GraphQL input types derived from zod object schemas, so the zod schema that
// validates an input is also the one declaration of its shape: field names and
// order, which fields may be left out, lists, scalars and descriptions all come
// from it. What zod cannot say is given by the caller: each object schema's
// GraphQL name, and which custom schemas (by identity) stand for a GraphQL
// scalar. Enums are the Pothos enums registered for the same values object
// (`builder.enumType(PrismaEnum, …)` with `z.enum(PrismaEnum)`).
import type { InputObjectRef, SchemaTypes } from '@pothos/core';
import type { z } from 'zod';

/** A zod object schema, possibly with refinements (`.superRefine`) on it. */
type ObjectSchema = z.ZodObject<z.ZodRawShape>;

export type ZodInputOptions = {
  /** Custom zod schemas that stand for a scalar, e.g. a date parser for `DateTime`; matched by identity. */
  scalars?: ReadonlyMap<z.ZodType, string>;
};

/** The GraphQL type of one input field, as read from its zod schema. */
export type InputFieldShape = {
  /** A scalar name, an enum's values object, or the object schema of a nested input. */
  type: string | object | ObjectSchema;
  /** Whether a client must send it (neither optional, nullable nor defaulted). */
  required: boolean;
  /** For a list: whether each item must be non-null. */
  list?: { itemsRequired: boolean };
  description?: string;
};

type Def = {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  entries?: Record<string, string | number>;
};
const defOf = (schema: z.ZodType) => schema._zod.def as unknown as Def;

/** Peels optional, nullable, default and pipe (its input side) off `schema`, noting whether it may be left out. */
function unwrap(schema: z.ZodType, scalars: ReadonlyMap<z.ZodType, string>) {
  let current = schema;
  let required = true;
  let description = schema.description;
  for (;;) {
    if (scalars.has(current)) break;
    const def = defOf(current);
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default' || def.type === 'prefault') {
      required = false;
      current = def.innerType as z.ZodType;
    } else if (def.type === 'pipe') {
      current = def.in as z.ZodType;
    } else if (def.type === 'readonly') {
      current = def.innerType as z.ZodType;
    } else break;
    description ??= current.description;
  }
  return { schema: current, required, description };
}

function baseType(schema: z.ZodType, scalars: ReadonlyMap<z.ZodType, string>, where: string): InputFieldShape['type'] {
  const scalar = scalars.get(schema);
  if (scalar) return scalar;
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      return 'String';
    case 'number':
      return (schema as z.ZodNumber).isInt ? 'Int' : 'Float';
    case 'boolean':
      return 'Boolean';
    case 'enum':
      return def.entries as object;
    case 'object':
      return schema;
    default:
      throw new Error(`${where}: no GraphQL input type for a zod ${def.type}; name it in the scalars map`);
  }
}

/** Reads the GraphQL type of one field of an input from its zod schema; `where` names it in errors. */
export function inputFieldShape(schema: z.ZodType, where: string, options: ZodInputOptions = {}): InputFieldShape {
  const scalars = options.scalars ?? new Map();
  const outer = unwrap(schema, scalars);
  if (defOf(outer.schema).type !== 'array') {
    return { type: baseType(outer.schema, scalars, where), required: outer.required, description: outer.description };
  }
  const item = unwrap(defOf(outer.schema).element as z.ZodType, scalars);
  if (defOf(item.schema).type === 'array') throw new Error(`${where}: lists of lists are not supported`);
  return {
    type: baseType(item.schema, scalars, where),
    required: outer.required,
    list: { itemsRequired: item.required },
    description: outer.description,
  };
}

type LooseFieldBuilder = { field: (options: Record<string, unknown>) => unknown };

/**
 * Registers one GraphQL input type per named object schema, its description
 * from the schema's own (`.describe()`), its fields from the shape. A nested
 * object schema must be one of `schemas` too, so every input type has a name
 * chosen here.
 */
export function zodInputTypes<Types extends SchemaTypes, const Schemas extends Record<string, ObjectSchema>>(
  builder: PothosSchemaTypes.SchemaBuilder<Types>,
  schemas: Schemas,
  options: ZodInputOptions = {},
): { [Name in keyof Schemas]: InputObjectRef<Types, z.input<Schemas[Name]>> } {
  const refs = new Map<z.ZodType, unknown>();
  const refOf = (type: InputFieldShape['type'], where: string) => {
    if (typeof type === 'string' || !('_zod' in type)) return type;
    const ref = refs.get(type as z.ZodType);
    if (!ref) throw new Error(`${where}: a nested object needs a GraphQL name; add its schema to the ones derived`);
    return ref;
  };
  for (const [name, schema] of Object.entries(schemas)) {
    const ref = builder.inputType(name, {
      description: schema.description,
      fields: (t) =>
        Object.fromEntries(
          Object.entries(schema.shape).map(([field, fieldSchema]) => {
            const where = `${name}.${field}`;
            const shape = inputFieldShape(fieldSchema as z.ZodType, where, options);
            const type = refOf(shape.type, where);
            return [
              field,
              (t as unknown as LooseFieldBuilder).field({
                type: shape.list ? [type] : type,
                required: shape.list ? { list: shape.required, items: shape.list.itemsRequired } : shape.required,
                description: shape.description,
              }),
            ];
          }),
        ) as never,
    });
    refs.set(schema, ref);
  }
  return Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, refs.get(schema)])) as never;
}
