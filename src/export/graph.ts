// GET /export/graph.graphml?around=<global id>&depth=1|2&limit=&kinds=
// An entity's or event's neighbourhood as GraphML for Gephi and Cytoscape:
// people, organizations, events and places as nodes, and the aggregated,
// weighted edges of the `connections` field (spoke about, spoke about the
// same event, responded to, contradicted, affiliated, co-mentioned, …) with
// their kind, weight, evidence count and a readable label. Bounded: `limit`
// edges around the centre, and at depth 2 the heaviest 50 neighbours with
// their 10 heaviest edges each (at most 1 + 100 + 500 nodes).
import { MultiUndirectedGraph } from 'graphology';
import { allConnectionKinds } from '../db/connections.ts';
import { GRAPH_AROUND, GRAPH_NEIGHBOURS } from './operations.ts';
import { globalIdParam, intParam, listParam, readParams } from './params.ts';
import { ExportError, type RunOperation } from './run-operation.ts';

export const graphBounds = { maxEdges: 100, defaultEdges: 50, expanded: 50, edgesPerNeighbour: 10 } as const;

const connectable = ['Person', 'Organization', 'Event', 'Place'];

const parameters = ['around', 'depth', 'limit', 'kinds'] as const;

export type GraphQuery = { around: string; depth: number; limit: number; kinds: string[] | null };

export function readGraphQuery(search: URLSearchParams): GraphQuery {
  const params = readParams(search, parameters);
  const around = globalIdParam(params, 'around', connectable);
  if (!around)
    throw new ExportError(
      'Parameter "around" is required: the global id of a person, organization, event or place',
      'INVALID_PARAMETER',
      400,
      { parameter: 'around' },
    );
  return {
    around,
    depth: intParam(params, 'depth', { min: 1, max: 2, fallback: 1 }),
    limit: intParam(params, 'limit', { min: 1, max: graphBounds.maxEdges, fallback: graphBounds.defaultEdges }),
    kinds: listParam(params, 'kinds', allConnectionKinds) ?? null,
  };
}

type Entity = { __typename: string; id: string; name: string };
type Connected = Entity & {
  connections?: { edges: { kind: string; weight: number; evidenceCount: number; reason: string; node: Entity }[] };
};

export type NodeAttributes = { label: string; type: string; depth: number };
export type EdgeAttributes = { kind: string; weight: number; evidenceCount: number; label: string };

function addEntity(graph: MultiUndirectedGraph<NodeAttributes, EdgeAttributes>, entity: Entity, depth: number): void {
  if (!graph.hasNode(entity.id)) graph.addNode(entity.id, { label: entity.name, type: entity.__typename, depth });
}

/** Adds a node's edges; an edge seen from both ends (depth 2) is one edge, keyed by kind and its sorted ends. */
function addEdges(graph: MultiUndirectedGraph<NodeAttributes, EdgeAttributes>, from: Connected, depth: number): void {
  for (const edge of from.connections?.edges ?? []) {
    addEntity(graph, edge.node, depth);
    const [a, b] = [from.id, edge.node.id].sort() as [string, string];
    const key = `${edge.kind}:${a}:${b}`;
    if (!graph.hasEdge(key))
      graph.addEdgeWithKey(key, from.id, edge.node.id, {
        kind: edge.kind,
        weight: edge.weight,
        evidenceCount: edge.evidenceCount,
        label: edge.reason,
      });
  }
}

export async function neighbourhood(run: RunOperation, { around, depth, limit, kinds }: GraphQuery) {
  const graph = new MultiUndirectedGraph<NodeAttributes, EdgeAttributes>();
  const { node } = await run<{ node: Connected | null }>(GRAPH_AROUND, { id: around, first: limit, kinds });
  if (!node?.connections) throw new ExportError(`Nothing has the id ${around}`, 'NOT_FOUND', 404, { id: around });
  addEntity(graph, node, 0);
  addEdges(graph, node, 1);
  if (depth === 2) {
    const heaviest = node.connections.edges.map((edge) => edge.node.id);
    const ids = [...new Set(heaviest)].slice(0, graphBounds.expanded);
    if (ids.length) {
      const { nodes } = await run<{ nodes: (Connected | null)[] }>(GRAPH_NEIGHBOURS, { ids, first: graphBounds.edgesPerNeighbour, kinds });
      for (const neighbour of nodes) if (neighbour) addEdges(graph, neighbour, 2);
    }
  }
  return graph;
}

const xmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text as XML 1.0 character data: escaped, and without the control characters XML cannot carry. */
function xml(value: string | number): string {
  return (
    String(value)
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/[&<>"']/g, (c) => xmlEscapes[c] as string)
  );
}

const keys = [
  { id: 'label', for: 'node', name: 'label', type: 'string' },
  { id: 'type', for: 'node', name: 'type', type: 'string' },
  { id: 'depth', for: 'node', name: 'depth', type: 'int' },
  { id: 'kind', for: 'edge', name: 'kind', type: 'string' },
  { id: 'weight', for: 'edge', name: 'weight', type: 'double' },
  { id: 'evidenceCount', for: 'edge', name: 'evidenceCount', type: 'int' },
  { id: 'edgeLabel', for: 'edge', name: 'label', type: 'string' },
] as const;

const data = (key: string, value: string | number) => `<data key="${key}">${xml(value)}</data>`;

/**
 * GraphML, written here because graphology-graphml (0.5) only parses; its
 * parser reads this back in tests/exports.test.ts. Gephi takes `weight` as
 * the edge weight and `label` as the label of nodes and edges.
 */
export function toGraphml(graph: MultiUndirectedGraph<NodeAttributes, EdgeAttributes>, around: string): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys.map((key) => `  <key id="${key.id}" for="${key.for}" attr.name="${key.name}" attr.type="${key.type}"/>`),
    `  <graph id="${xml(around)}" edgedefault="undirected">`,
  ];
  graph.forEachNode((node, attributes) => {
    lines.push(
      `    <node id="${xml(node)}">${data('label', attributes.label)}${data('type', attributes.type)}${data('depth', attributes.depth)}</node>`,
    );
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    lines.push(
      `    <edge id="${xml(edge)}" source="${xml(source)}" target="${xml(target)}">${data('kind', attributes.kind)}${data('weight', attributes.weight)}${data('evidenceCount', attributes.evidenceCount)}${data('edgeLabel', attributes.label)}</edge>`,
    );
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
