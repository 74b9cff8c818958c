// How entities connect: weighted, evidenced edges on Person, Organization,
// Event and Place (src/db/connections.ts).
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { builder, pageSize } from '../builder.ts';
import type { Db } from '../db/client.ts';
import { allConnectionKinds, type ConnectableType, type ConnectionKind, connectionKinds, loadConnections } from '../db/connections.ts';
import { refKey } from '../db/nodes.ts';
import { Entity } from './entity.ts';
import { loadBrandedNodes } from './references.ts';

export const ConnectionKindEnum = builder.enumType('ConnectionKind', {
  description: 'Why two entities are connected.',
  values: Object.fromEntries(allConnectionKinds.map((kind) => [kind, { value: kind, description: connectionKinds[kind].description }])) as {
    [K in ConnectionKind]: { value: K; description: string };
  },
});

type EdgeShape = {
  node: object;
  kind: ConnectionKind;
  evidenceCount: number;
  weight: number;
  reason: string;
  lastSeen: Date | null;
  evidence: object[];
};

/** Every parent's page at the same bounds in one query, then all their neighbours' and evidence rows (one query per type). */
async function loadPages(db: Db, type: ConnectableType, ids: string[], kinds: ConnectionKind[], limit: number, offset: number) {
  const pages = await loadConnections(db, type, ids, kinds, limit, offset);
  const edges = pages.flatMap((page) => page.edges);
  const nodes = await loadBrandedNodes(db, [...edges, ...edges.flatMap((edge) => edge.evidence)]);
  return pages.map((page) => ({
    totalCount: page.totalCount,
    edges: page.edges.flatMap((edge): EdgeShape[] => {
      const node = nodes.get(refKey(edge));
      const evidence = edge.evidence.flatMap((ref) => nodes.get(refKey(ref)) ?? []);
      return node ? [{ ...edge, node, evidence }] : [];
    }),
  }));
}

for (const type of ['Person', 'Organization', 'Event', 'Place'] as const) {
  builder.prismaObjectField(type, 'connections', (t) =>
    t.loadable({
      type: builder.connectionObject(
        {
          type: Entity,
          name: `${type}ConnectionsConnection`,
          description: `Entities connected to a ${type.toLowerCase()}.`,
          fields: (c) => ({
            totalCount: c.int({
              description: 'Edges in all pages.',
              resolve: (conn) => (conn as unknown as { totalCount: number }).totalCount,
            }),
          }),
        },
        {
          name: `${type}ConnectionsEdge`,
          description: 'A connected entity with the kind of connection and its evidence.',
          fields: (e) => ({
            kind: e.field({
              type: ConnectionKindEnum,
              description: 'Why they are connected.',
              resolve: (edge) => (edge as unknown as EdgeShape).kind,
            }),
            evidenceCount: e.int({
              description: 'How much evidence: articles, images, events, statements, relations or affiliations, by kind.',
              resolve: (edge) => (edge as unknown as EdgeShape).evidenceCount,
            }),
            weight: e.float({
              description: "Evidence count × the kind's weight; edges are sorted by it.",
              resolve: (edge) => (edge as unknown as EdgeShape).weight,
            }),
            lastSeen: e.field({
              type: 'DateTime',
              nullable: true,
              description:
                "When the newest evidence dates from: the article's publishedAt (CO_MENTIONED); the image's article's publishedAt, else its takenAt (DEPICTED_TOGETHER); the statement's saidAt (SPOKE_ABOUT), the responding statement's saidAt (RESPONDED_TO, CONTRADICTED). Null when no evidence is dated, and for the kinds computed when read (SPOKE_ABOUT_SAME_EVENT, AFFILIATED, PARTICIPATED, HAPPENED_AT).",
              resolve: (edge) => (edge as unknown as EdgeShape).lastSeen,
            }),
            evidence: e.field({
              type: [builder.nodeInterfaceRef()],
              description:
                'The newest evidence, at most 3, newest first (dated before undated): Articles (CO_MENTIONED), Images (DEPICTED_TOGETHER), Statements (SPOKE_ABOUT) or StatementRelations (RESPONDED_TO, CONTRADICTED). Empty for the kinds computed when read.',
              resolve: (edge) => (edge as unknown as EdgeShape).evidence as never,
            }),
            reason: e.string({
              description: 'A human-readable reason, e.g. "Co-mentioned in 3 articles" or "Affiliated: foreign minister".',
              resolve: (edge) => describe(edge as unknown as EdgeShape),
            }),
          }),
        },
      ),
      description:
        "Entities connected to this one, heaviest first: each edge is one neighbour and one kind of evidence (co-mentions, shared events, affiliations, responses, images). Weight = evidence count × the kind's weight. Cursors are offsets.",
      args: {
        kinds: t.arg({ type: [ConnectionKindEnum], description: 'Only these kinds (default: all).' }),
        ...t.arg.connectionArgs(),
      },
      // byPath: one loader per place in the query, so every entity it batches has the same kinds and page bounds.
      byPath: true,
      load: (ids: string[], ctx, args) => {
        const kinds = args.kinds?.length ? args.kinds : allConnectionKinds;
        let pages: ReturnType<typeof loadPages> | undefined;
        return Promise.all(
          ids.map(async (_id, i) => {
            let totalCount = 0;
            const connection = await resolveOffsetConnection(
              { args, defaultSize: pageSize.default, maxSize: pageSize.max },
              async ({ limit, offset }) => {
                // The bounds follow from args alone, so the first entity to ask loads every entity's page.
                pages ??= loadPages(ctx.db, type, ids, kinds, limit, offset);
                const page = (await pages)[i] as Awaited<typeof pages>[number];
                totalCount = page.totalCount;
                return page.edges;
              },
            );
            return {
              ...connection,
              totalCount,
              edges: connection.edges.map((edge) => edge && { cursor: edge.cursor, ...edge.node }),
            } as never;
          }),
        );
      },
      resolve: (parent) => (parent as { id: string }).id,
    }),
  );
}

const reasons: Record<ConnectionKind, (n: number) => string> = {
  CO_MENTIONED: (n) => `Co-mentioned in ${n} article${n === 1 ? '' : 's'}`,
  DEPICTED_TOGETHER: (n) => `Depicted together in ${n} image${n === 1 ? '' : 's'}`,
  SPOKE_ABOUT_SAME_EVENT: (n) => `Spoke about ${n} of the same event${n === 1 ? '' : 's'}`,
  SPOKE_ABOUT: (n) => `${n} statement${n === 1 ? '' : 's'} about the event`,
  AFFILIATED: () => 'Affiliated',
  RESPONDED_TO: (n) => `${n} statement${n === 1 ? '' : 's'} responding to or supporting each other`,
  CONTRADICTED: (n) => `${n} statement${n === 1 ? '' : 's'} contradicting or denying each other`,
  PARTICIPATED: () => 'Took part in the event',
  HAPPENED_AT: () => 'The event took place there',
};

function describe(edge: EdgeShape): string {
  const base = reasons[edge.kind](edge.evidenceCount);
  return edge.reason ? `${base}: ${edge.reason}` : base;
}
