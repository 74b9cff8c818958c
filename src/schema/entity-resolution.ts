// Entity resolution in the API: ranked candidates for a name, merging
// duplicates (with redirects for the old ids) and editing aliases.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { z } from 'zod';
import { builder } from '../builder.ts';
import { type AliasedType, aliasedTypes, editAlias, type MergeableType, mergeableTypes, mergeEntities } from '../db/merge.ts';
import { refKey } from '../db/nodes.ts';
import { type ResolvableType, resolvableTypes, resolveEntity } from '../db/resolve.ts';
import { ValidationError } from '../errors.ts';
import { limits, trimmed } from '../ingest/input.ts';
import { Entity } from './entity.ts';
import { loadBrandedNodes } from './references.ts';

export const EntityTypeEnum = builder.enumType('EntityType', {
  description: 'A kind of named entity.',
  values: Object.fromEntries(resolvableTypes.map((type) => [type.toUpperCase(), { value: type }])) as {
    [K in Uppercase<ResolvableType>]: { value: ResolvableType };
  },
});

type CandidateShape = { entity: object; score: number; matchedName: string };

const EntityCandidate = builder.objectRef<CandidateShape>('EntityCandidate').implement({
  description: 'An existing entity a name may refer to.',
  fields: (t) => ({
    entity: t.field({ type: Entity, description: 'The person, organization, place or event.', resolve: (c) => c.entity as never }),
    score: t.exposeFloat('score', {
      description: '1 for an exact match of a folded spelling (case, accents, Sergey/Sergei variants); otherwise trigram similarity, 0–1.',
    }),
    matchedName: t.exposeString('matchedName', { description: 'The folded spelling (name or alias) that matched best.' }),
  }),
});

builder.queryFields((t) => ({
  resolveEntity: t.field({
    type: [EntityCandidate],
    description:
      'Which existing entities a name may refer to, best first: the resolver ingestion uses. Tolerates case, accents, transliteration variants and typos.',
    args: {
      name: t.arg.string({
        required: true,
        description: 'The name as written.',
        validate: trimmed(limits.name),
      }),
      type: t.arg({ type: EntityTypeEnum, description: 'Only entities of this type (default: any).' }),
      first: t.arg.int({
        defaultValue: 10,
        description: 'At most this many candidates (1–50).',
        validate: z.number().int().min(1).max(50),
      }),
    },
    resolve: async (_root, args, ctx) => {
      const candidates = await resolveEntity(ctx.db, args.name, args.type ? [args.type] : resolvableTypes, args.first ?? 10);
      const nodes = await loadBrandedNodes(ctx.db, candidates);
      return candidates.flatMap((c) => {
        const entity = nodes.get(refKey(c));
        return entity ? [{ entity, score: c.score, matchedName: c.matchedName }] : [];
      });
    },
  }),
}));

const MergeEntitiesInput = builder.inputType('MergeEntitiesInput', {
  description: 'Two records of the same person, organization, place or event.',
  fields: (t) => ({
    keepId: t.globalID({ required: true, description: 'The entity that survives.' }),
    mergeId: t.globalID({
      required: true,
      description: 'The duplicate: merged into keepId, then deleted; its id keeps resolving to keepId.',
    }),
  }),
});

const MergeEntitiesPayload = builder.objectRef<{ entity: object; mergedId: string }>('MergeEntitiesPayload').implement({
  description: 'The outcome of a merge.',
  fields: (t) => ({
    entity: t.field({
      type: Entity,
      description: 'The surviving entity, with everything moved onto it.',
      resolve: (p) => p.entity as never,
    }),
    mergedId: t.exposeID('mergedId', { description: 'The global id that was merged away; node(id:) now answers the survivor.' }),
  }),
});

function typeOf<T extends string>(types: readonly T[], id: { typename: string }, field: string): T {
  if (!(types as readonly string[]).includes(id.typename)) {
    throw ValidationError.field(field, `must be the id of a ${types.join(', ')}; got a ${id.typename} id`);
  }
  return id.typename as T;
}

const mergeableType = (id: { typename: string }, field: string): MergeableType => typeOf(mergeableTypes, id, field);

const AliasInput = builder.inputType('AliasInput', {
  description: 'An alias of a person, organization or place.',
  fields: (t) => ({
    id: t.globalID({ required: true, description: 'The person, organization or place.' }),
    alias: t.string({
      required: true,
      description: 'Another spelling or form of its name.',
      validate: trimmed(limits.name),
    }),
  }),
});

const AliasPayload = builder.objectRef<{ entity: object }>('AliasPayload').implement({
  description: 'The entity after an alias change.',
  fields: (t) => ({ entity: t.field({ type: Entity, description: 'As stored.', resolve: (p) => p.entity as never }) }),
});

builder.mutationFields((t) => ({
  mergeEntities: t.field({
    type: MergeEntitiesPayload,
    description: [
      'Merges a duplicate into the entity kept, in one transaction: statements (as speaker or addressee), mentions, affiliations,',
      'depictions, contributions, participations, image credits, child records, aliases and external ids move over; rows that would',
      'then be duplicates are folded (mention counts add up). Events merge too: their statements, articles, participants, mentions,',
      'depictions and sub-events move over, and the kept event spans both date ranges. Same type only. BAD_USER_INPUT when the ids',
      'are equal or of different or unmergeable types, NOT_FOUND when either does not exist, CONFLICT when the kept one is inside the merged one.',
    ].join(' '),
    args: { input: t.arg({ type: MergeEntitiesInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const type = mergeableType(input.keepId, 'keepId');
      if (mergeableType(input.mergeId, 'mergeId') !== type) {
        throw ValidationError.field('mergeId', `must be a ${type} id like keepId; got a ${input.mergeId.typename} id`);
      }
      await mergeEntities(ctx.db, type, input.keepId.id, input.mergeId.id);
      const nodes = await loadBrandedNodes(ctx.db, [{ type, id: input.keepId.id }]);
      return { entity: nodes.get(`${type}:${input.keepId.id}`) as object, mergedId: encodeGlobalID(type, input.mergeId.id) };
    },
  }),
  addAlias: t.field({
    type: AliasPayload,
    description:
      'Adds an alias (ignored when the name or an alias already has that spelling, any case); entity resolution matches it at once.',
    args: { input: t.arg({ type: AliasInput, required: true }) },
    resolve: (_root, { input }, ctx) => changeAlias(ctx.db, input, true),
  }),
  removeAlias: t.field({
    type: AliasPayload,
    description: 'Removes an alias (any case); BAD_USER_INPUT when the entity has no such alias.',
    args: { input: t.arg({ type: AliasInput, required: true }) },
    resolve: (_root, { input }, ctx) => changeAlias(ctx.db, input, false),
  }),
}));

async function changeAlias(
  db: Parameters<typeof loadBrandedNodes>[0],
  input: { id: { typename: string; id: string }; alias: string },
  add: boolean,
) {
  const type: AliasedType = typeOf(aliasedTypes, input.id, 'id');
  await editAlias(db, type, input.id.id, input.alias.trim(), add);
  const nodes = await loadBrandedNodes(db, [{ type, id: input.id.id }]);
  return { entity: nodes.get(`${type}:${input.id.id}`) as object };
}
