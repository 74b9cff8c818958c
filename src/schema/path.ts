// path: the shortest chains linking two nodes, each hop with its evidence
// (src/db/path.ts).
import { z } from 'zod';
import { builder } from '../builder.ts';
import { findPaths, type PathHopRow, type PathNodeType, pathBounds } from '../db/path.ts';
import { ValidationError } from '../errors.ts';
import { Event } from './event.ts';
import { Organization } from './organization.ts';
import { Person } from './person.ts';
import { Place } from './place.ts';
import { loadBrandedNodes } from './references.ts';
import { Statement } from './statement.ts';

const PathNode = builder.unionType('PathNode', {
  description: 'A node on a path: a person, organization, place, event or statement.',
  types: () => [Person, Organization, Place, Event, Statement],
});

type HopShape = PathHopRow & { from: object; to: object };

const PathHop = builder.objectRef<HopShape>('PathHop').implement({
  description: 'One step of a path, with its evidence.',
  fields: (t) => ({
    from: t.field({ type: PathNode, description: 'Where the step starts.', resolve: (hop) => hop.from as never }),
    to: t.field({ type: PathNode, description: 'Where it ends.', resolve: (hop) => hop.to as never }),
    kind: t.exposeString('kind', {
      description:
        'What links them, read from → to: SAID, SAID_BY, ADDRESSED_TO, ADDRESSED_BY, a statement relation (RESPONDS_TO, CONTRADICTS, …) or its inverse (RESPONDS_TO_BY, …), ABOUT, SUBJECT_OF, AFFILIATED, PARTICIPATED, HAPPENED_AT, PART_OF, CONTAINS.',
    }),
    evidence: t.exposeString('evidence', { description: 'The evidence: the statement text, the role, the event name, the speech verb.' }),
  }),
});

const Path = builder.objectRef<{ hops: HopShape[]; narrowed: boolean }>('Path').implement({
  description: 'A chain of hops linking two nodes.',
  fields: (t) => ({
    length: t.int({ description: 'Number of hops.', resolve: (path) => path.hops.length }),
    narrowed: t.exposeBoolean('narrowed', {
      description: `True when the search passed a node with more than ${pathBounds.fanOut} neighbours and followed only some of them, so a shorter chain may exist.`,
    }),
    hops: t.field({ type: [PathHop], description: 'The hops in order from `from` to `to`.', resolve: (path) => path.hops }),
  }),
});

const pathTypes: readonly string[] = ['Person', 'Organization', 'Place', 'Event', 'Statement'];

function pathEnd(id: { typename: string; id: string }, field: string) {
  if (!pathTypes.includes(id.typename)) throw ValidationError.field(field, `must be the id of a ${pathTypes.join(', ')}`);
  return { type: id.typename as PathNodeType, id: id.id };
}

builder.queryFields((t) => ({
  path: t.field({
    type: [Path],
    description: [
      'The shortest chains linking two nodes (up to 10), each hop with its evidence, e.g. a minister → said → a statement → responds to →',
      'a ministry statement → said by → the ministry. Hops: who said or was addressed by a statement, statement relations, what a statement is',
      `about, affiliations, participations, places, event nesting (not co-mentions). Empty when no chain of at most maxLength hops exists.`,
      'The search runs from both ends; whether a node links to anything reached from the other end is always checked in full, but onwards',
      `a node is followed through at most ${pathBounds.fanOut} neighbours (its affiliations, participations, events and relations first, then its`,
      `latest statements) and a hop through at most ${pathBounds.frontier} nodes; such paths say \`narrowed\`. When a narrowed search found`,
      'nothing the error has code PATH_LIMIT_EXCEEDED and names the bound in extensions.bound.',
    ].join(' '),
    args: {
      from: t.arg.globalID({ required: true, description: 'Start: a person, organization, place, event or statement.' }),
      to: t.arg.globalID({ required: true, description: 'End: a person, organization, place, event or statement.' }),
      maxLength: t.arg.int({
        defaultValue: 4,
        description: `At most this many hops (1–${pathBounds.maxLength}, default 4).`,
        validate: z.number().int().min(1).max(pathBounds.maxLength),
      }),
      first: t.arg.int({
        defaultValue: pathBounds.paths,
        description: `At most this many of the shortest chains (1–${pathBounds.paths}, default ${pathBounds.paths}).`,
        validate: z.number().int().min(1).max(pathBounds.paths),
      }),
    },
    resolve: async (_root, args, ctx) => {
      const paths = await findPaths(ctx.db, pathEnd(args.from, 'from'), pathEnd(args.to, 'to'), {
        maxLength: args.maxLength ?? 4,
        paths: args.first ?? pathBounds.paths,
      });
      const refs = paths.flatMap((path) =>
        path.hops.flatMap((hop) => [
          { type: hop.fromType, id: hop.fromId },
          { type: hop.toType, id: hop.toId },
        ]),
      );
      const nodes = await loadBrandedNodes(ctx.db, refs);
      return paths.map((path) => ({
        narrowed: path.narrowed,
        hops: path.hops.map((hop) => ({
          ...hop,
          from: nodes.get(`${hop.fromType}:${hop.fromId}`) as object,
          to: nodes.get(`${hop.toType}:${hop.toId}`) as object,
        })),
      }));
    },
  }),
}));
