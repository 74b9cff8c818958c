// What the graph view draws, derived from what it has loaded: every entity
// whose connections were asked for, with its neighbours and one edge per pair
// (the kinds of connection as its label), and the hops of the chosen path,
// statements included, on top. Plain data: cytoscape gets it in graph-page.tsx.
import type { ExploreNeighboursQuery, ExplorePathNodeFragment, ExplorePathQuery } from './gql/graphql.ts';
import { words } from './text.tsx';

export type Neighbours = NonNullable<ExploreNeighboursQuery['node']>;
export type GraphNode = { id: string; type: string; label: string; name: string };
export type GraphEdge = { id: string; source: string; target: string; label: string; path: boolean };
export type GraphModel = { nodes: Map<string, GraphNode>; edges: Map<string, GraphEdge> };

const shorten = (text: string, length: number) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

function nodeOf(value: { __typename: string; id?: string; name?: string; text?: string }): GraphNode | null {
  if (!value.id) return null;
  const name = value.name ?? (value.text ? `“${value.text}”` : value.__typename);
  return { id: value.id, type: value.__typename, name, label: shorten(name, value.__typename === 'Statement' ? 36 : 28) };
}

function connectionsOf(node: Neighbours) {
  return 'connections' in node ? node.connections.edges : [];
}

function addEdge(model: GraphModel, a: string, b: string, label: string, path: boolean) {
  const [source, target] = a < b ? [a, b] : [b, a];
  const id = `${path ? 'path' : 'link'}:${source}|${target}`;
  const edge = model.edges.get(id);
  if (!edge) model.edges.set(id, { id, source, target, label, path });
  else if (!edge.label.split(' · ').includes(label)) edge.label = `${edge.label} · ${label}`;
}

export function buildModel(loaded: Neighbours[], path: ExplorePathQuery['path'][number] | null): GraphModel {
  const model: GraphModel = { nodes: new Map(), edges: new Map() };
  const add = (value: Parameters<typeof nodeOf>[0]) => {
    const node = nodeOf(value);
    if (node && !model.nodes.has(node.id)) model.nodes.set(node.id, node);
    return node;
  };
  for (const center of loaded) {
    const from = add(center);
    if (!from) continue;
    for (const edge of connectionsOf(center)) {
      const to = add(edge.node);
      if (to && to.id !== from.id) addEdge(model, from.id, to.id, words(edge.kind), false);
    }
  }
  for (const hop of path?.hops ?? []) {
    const from = add(hop.from as ExplorePathNodeFragment);
    const to = add(hop.to as ExplorePathNodeFragment);
    if (from && to) addEdge(model, from.id, to.id, words(hop.kind), true);
  }
  return model;
}
