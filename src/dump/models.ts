// What a dump holds, read from the Prisma datamodel rather than written out
// per model, so that a column or model added to prisma/schema.prisma is dumped
// and restored without a change here. The only hand-written parts are the
// tables below: what is secret, and what every write derives from other data
// (left out of the file and rebuilt on restore, so a dump can never carry a
// derived value that disagrees with its source).
import type { PothosPrismaDatamodel } from '@pothos/plugin-prisma';
import { z } from 'zod';
import * as enums from '../generated/prisma/enums.ts';
import { getDatamodel } from '../generated/prisma/pothos-types.ts';

/** Never dumped: API keys are credentials of this installation, not graph data; the write generation is this database's own change counter. */
const secretModels = new Set(['ApiKey', 'WriteGeneration']);

/**
 * Never dumped: tables derived as a whole from the others by database
 * triggers (the co-occurrence table behind `connections` and its helpers),
 * which fill them again as the restore writes their sources.
 */
const derivedModels = new Set(['EntityConnection', 'ConnectionMember', 'ConnectionRelation']);

/**
 * Columns derived from other columns on every write; restore recomputes them:
 * folded names from name and aliases (src/db/names.ts), an event's ancestor
 * path from the parent links (src/db/event-tree.ts), and statement_event's
 * copies of the statement's date and speaker (database triggers).
 */
const derivedFields: Record<string, readonly string[]> = {
  Person: ['normalizedNames'],
  Organization: ['normalizedNames'],
  Place: ['normalizedNames'],
  Event: ['ancestorIds'],
  StatementEvent: ['saidAt', 'speakerPersonId', 'speakerOrganizationId'],
};

/** Rows that are derived as a whole: a statement's links to the ancestors of the events it is about. */
const dumpedRows: Record<string, Record<string, unknown>> = { StatementEvent: { direct: true } };

type DatamodelField = PothosPrismaDatamodel['datamodel']['models'][string]['fields'][number];

export type FieldPlan = { name: string; type: string; kind: string; isList: boolean; isRequired: boolean; optional: boolean };

/** A foreign key to a row of another model (`field` holds the id of a `model`). */
export type Reference = { field: string; model: string; required: boolean };

/** A foreign key to a row of the same model (a parent): written after every row of the model, as its own record. */
export type SelfLink = { relation: string; field: string };

export type ModelPlan = {
  /** The Prisma model name; also the `type` of its records. */
  name: string;
  /** The Prisma client delegate (`db.statementEvent`). */
  delegate: string;
  /** The primary key's fields, in order: what a page is keyed by. */
  keyFields: string[];
  /** The scalar fields a record carries (self links and derived fields left out). */
  fields: FieldPlan[];
  references: Reference[];
  selfLinks: SelfLink[];
  /** Which rows are data (the rest are derived). */
  where: Record<string, unknown>;
  record: z.ZodType<Record<string, unknown>>;
};

export type LinkPlan = { type: string; model: ModelPlan; link: SelfLink; record: z.ZodType<Record<string, unknown>> };

const isoDateTime = z.iso.datetime({ offset: true }).transform((value) => new Date(value));

function scalarSchema(field: FieldPlan): z.ZodType {
  if (field.kind === 'enum') {
    const values = (enums as unknown as Record<string, Record<string, string>>)[field.type];
    if (!values) throw new Error(`dump: enum ${field.type} is not in the generated client`);
    return z.enum(Object.values(values) as [string, ...string[]]);
  }
  switch (field.type) {
    case 'String':
      return z.string();
    case 'Int':
      return z.number().int();
    case 'Float':
      return z.number();
    case 'Boolean':
      return z.boolean();
    case 'DateTime':
      return isoDateTime;
    default:
      // A new scalar type needs its JSON form decided here before it can be dumped.
      throw new Error(`dump: no JSON form for ${field.type} (field ${field.name})`);
  }
}

function fieldSchema(field: FieldPlan): z.ZodType {
  let schema = scalarSchema(field);
  if (field.isList) schema = z.array(schema);
  if (!field.isRequired) schema = schema.nullable();
  return field.optional ? schema.optional() : schema;
}

function recordSchema(type: string, fields: FieldPlan[], where: Record<string, unknown>): z.ZodType<Record<string, unknown>> {
  const shape: Record<string, z.ZodType> = { type: z.literal(type) };
  for (const field of fields) shape[field.name] = fieldSchema(field);
  return z.strictObject(shape).superRefine((value: Record<string, unknown>, ctx) => {
    for (const [name, expected] of Object.entries(where)) {
      if (value[name] !== undefined && value[name] !== expected)
        ctx.addIssue({ code: 'custom', path: [name], message: `must be ${expected}: other rows are derived and rebuilt on restore` });
    }
  }) as unknown as z.ZodType<Record<string, unknown>>;
}

function planModel(name: string, model: PothosPrismaDatamodel['datamodel']['models'][string]): ModelPlan {
  const relations = model.fields.filter((f: DatamodelField) => f.kind === 'object' && f.relationFromFields?.length);
  const selfLinks = relations.filter((f) => f.type === name).map((f) => ({ relation: f.name, field: f.relationFromFields?.[0] as string }));
  const linkFields = new Set(selfLinks.map((link) => link.field));
  const derived = new Set(derivedFields[name] ?? []);
  const fields = model.fields
    .filter((f) => f.kind !== 'object' && !derived.has(f.name) && !linkFields.has(f.name))
    .map((f) => ({
      name: f.name,
      type: f.type,
      kind: f.kind,
      isList: f.isList,
      isRequired: f.isRequired,
      // A dump written before a column existed restores into a schema that has it, when the database can fill it.
      optional: f.hasDefaultValue || f.isUpdatedAt || !f.isRequired,
    }));
  const byName = new Map(model.fields.map((f) => [f.name, f]));
  const references = relations
    .filter((f) => f.type !== name)
    .flatMap((f) => (f.relationFromFields ?? []).map((field) => ({ field, model: f.type, required: !!byName.get(field)?.isRequired })));
  const keyFields = [...(model.primaryKey?.fields ?? [])];
  if (!keyFields.length) keyFields.push(...model.fields.filter((f) => f.isId).map((f) => f.name));
  const where = dumpedRows[name] ?? {};
  return {
    name,
    delegate: name.charAt(0).toLowerCase() + name.slice(1),
    keyFields,
    fields,
    references,
    selfLinks,
    where,
    record: recordSchema(name, fields, where),
  };
}

/** Models in an order a restore can apply: every model after the models it references. */
function dependencyOrder(plans: ModelPlan[]): ModelPlan[] {
  const byName = new Map(plans.map((plan) => [plan.name, plan]));
  const ordered: ModelPlan[] = [];
  const placed = new Set<string>();
  const visit = (plan: ModelPlan, path: string[]) => {
    if (placed.has(plan.name)) return;
    if (path.includes(plan.name)) throw new Error(`dump: models reference each other in a cycle: ${[...path, plan.name].join(' → ')}`);
    for (const reference of plan.references) {
      const target = byName.get(reference.model);
      if (target) visit(target, [...path, plan.name]);
    }
    placed.add(plan.name);
    ordered.push(plan);
  };
  for (const plan of plans) visit(plan, []);
  return ordered;
}

function buildPlan() {
  const models = getDatamodel().datamodel.models;
  const plans = dependencyOrder(
    Object.entries(models)
      .filter(([name]) => !secretModels.has(name) && !derivedModels.has(name))
      .map(([name, model]) => planModel(name, model)),
  );
  const links: LinkPlan[] = plans.flatMap((model) =>
    model.selfLinks.map((link) => {
      const type = `${model.name}.${link.relation}`;
      const key = { name: 'id', type: 'String', kind: 'scalar', isList: false, isRequired: true, optional: false };
      const target = { ...key, name: link.field };
      return { type, model, link, record: recordSchema(type, [key, target], {}) };
    }),
  );
  return { models: plans, links, secret: [...secretModels], derivedFields };
}

/** Every dumped model in restore order, with its self links. */
export const dumpPlan = buildPlan();

/** The first line of every dump. */
export const DumpHeader = z.object({
  newsgraph: z.literal('dump', { error: 'the first line must be a newsgraph dump header: {"newsgraph":"dump",…}' }),
  version: z.literal(1, { error: 'this newsgraph reads dumps of version 1' }),
  createdAt: z.iso.datetime({ offset: true }),
});

export type DumpHeader = z.infer<typeof DumpHeader>;
