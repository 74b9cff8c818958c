// /explore/graph?focus=<id>&expand=<id>,…&from=<id>&to=<id>: entities and
// events as nodes, their connections as edges (cytoscape). Clicking a node
// expands it (its `connections`); two nodes picked as the ends show the `path`
// between them with each hop's evidence. Everything drawn follows from the
// address, so a graph can be shared and back undoes an expansion.
import cytoscape from 'cytoscape';
import { useEffect, useMemo, useRef, useState } from 'react';
import { request } from './api.ts';
import type { ExplorePathQuery } from './gql/graphql.ts';
import { buildModel, type GraphModel, type Neighbours } from './graph-model.ts';
import { neighboursQuery, pathQuery } from './operations.ts';
import { graphPath, Link, navigate, pageOf } from './router.tsx';
import { SearchBox } from './search.tsx';
import { Failure, Loading } from './statements.tsx';
import { words } from './text.tsx';

type Fetched<T> = { state: 'loading' } | { state: 'error'; message: string } | { state: 'done'; data: T };
type PathResult = ExplorePathQuery['path'];

const colours: Record<string, string> = {
  Person: '#2f6fdf',
  Organization: '#b1125f',
  Event: '#c7770a',
  Place: '#14866d',
  Statement: '#6b7280',
};

function list(value: string | null): string[] {
  return value ? value.split(',').filter(Boolean) : [];
}

export function GraphPage({ params }: { params: URLSearchParams }) {
  const focus = params.get('focus') ?? '';
  const expand = list(params.get('expand'));
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const centers = [...new Set([focus, ...expand].filter(Boolean))];
  const state = { focus, expand, from, to };
  const go = (change: Partial<typeof state>) => {
    const next = { ...state, ...change };
    navigate(graphPath({ focus: next.focus, expand: next.expand, from: next.from, to: next.to }));
  };

  const [neighbours, setNeighbours] = useState(new Map<string, Fetched<Neighbours | null>>());
  const [paths, setPaths] = useState(new Map<string, Fetched<PathResult>>());
  const [selected, setSelected] = useState<string | null>(focus || null);
  const asked = useRef(new Set<string>());

  useEffect(() => {
    for (const id of centers) {
      if (asked.current.has(id)) continue;
      asked.current.add(id);
      setNeighbours((map) => new Map(map).set(id, { state: 'loading' }));
      request(neighboursQuery, { id }).then(
        (data) => setNeighbours((map) => new Map(map).set(id, { state: 'done', data: data.node })),
        (error: Error) => {
          asked.current.delete(id);
          setNeighbours((map) => new Map(map).set(id, { state: 'error', message: error.message }));
        },
      );
    }
  });

  const pathKey = from && to && from !== to ? `${from}>${to}` : '';
  useEffect(() => {
    if (!pathKey || paths.has(pathKey)) return;
    setPaths((map) => new Map(map).set(pathKey, { state: 'loading' }));
    request(pathQuery, { from, to }).then(
      (data) => setPaths((map) => new Map(map).set(pathKey, { state: 'done', data: data.path })),
      (error: Error) => setPaths((map) => new Map(map).set(pathKey, { state: 'error', message: error.message })),
    );
  }, [pathKey, from, to, paths]);

  const loaded = centers.flatMap((id) => {
    const entry = neighbours.get(id);
    return entry?.state === 'done' && entry.data ? [entry.data] : [];
  });
  const path = pathKey ? paths.get(pathKey) : undefined;
  const shortest = path?.state === 'done' ? (path.data[0] ?? null) : null;
  const model = useMemo(() => buildModel(loaded, shortest), [loaded.map((node) => ('id' in node ? node.id : '')).join(','), shortest]);
  const failures = centers.flatMap((id) => {
    const entry = neighbours.get(id);
    return entry?.state === 'error' ? [entry.message] : [];
  });
  const pending = centers.some((id) => neighbours.get(id)?.state === 'loading');

  const expandNode = (id: string) => {
    setSelected(id);
    const node = model.nodes.get(id);
    if (node && node.type !== 'Statement' && !centers.includes(id)) go({ focus: focus || id, expand: focus ? [...expand, id] : expand });
  };
  const nameOf = (id: string) => model.nodes.get(id)?.name ?? '…';
  const chosen = selected ? model.nodes.get(selected) : undefined;

  return (
    <div className="page graph-page">
      <header className="page-head compact">
        <h1>Graph</h1>
        <p className="muted">Click a node to expand it. Pick two ends to see how they are linked.</p>
      </header>
      <div className="graph-layout">
        <div className="graph-stage">
          <Canvas model={model} onTap={expandNode} selected={selected} ends={[from, to]} expanded={centers} />
          {pending ? <Loading what="connections" /> : null}
          {!centers.length ? <p className="graph-empty">Search for someone or something to start the graph.</p> : null}
        </div>
        <aside className="graph-side">
          <section>
            <h2>Add to the graph</h2>
            <SearchBox
              onPick={(node) =>
                'id' in node && node.__typename !== 'Statement' && go(focus ? { expand: [...expand, node.id] } : { focus: node.id })
              }
            />
          </section>
          {failures.map((message) => (
            <Failure key={message} message={message} />
          ))}
          {chosen ? (
            <section className="selected">
              <h2>
                <span className={`badge badge-${chosen.type.toLowerCase()}`}>{words(chosen.type)}</span> {chosen.name}
              </h2>
              <div className="actions">
                {chosen.type !== 'Statement' && !centers.includes(chosen.id) ? (
                  <button type="button" onClick={() => expandNode(chosen.id)}>
                    Expand
                  </button>
                ) : null}
                <button type="button" onClick={() => go({ from: chosen.id })}>
                  Path from here
                </button>
                <button type="button" onClick={() => go({ to: chosen.id })}>
                  Path to here
                </button>
                {pageOf(chosen.type, chosen.id) ? <Link to={pageOf(chosen.type, chosen.id) as string}>Open page</Link> : null}
              </div>
            </section>
          ) : null}
          <section className="path">
            <h2>Path</h2>
            <p>
              From <strong>{from ? nameOf(from) : 'pick a node'}</strong> to <strong>{to ? nameOf(to) : 'pick a node'}</strong>
              {from || to ? (
                <button type="button" className="link" onClick={() => go({ from: '', to: '' })}>
                  clear
                </button>
              ) : null}
            </p>
            <PathEvidence path={path} from={from} to={to} />
          </section>
          <section>
            <h2>
              In view{' '}
              <span className="count">
                {model.nodes.size} nodes · {model.edges.size} edges
              </span>
            </h2>
            <ul className="node-list">
              {[...model.nodes.values()].map((node) => (
                <li key={node.id}>
                  <button
                    type="button"
                    className={`node-button${centers.includes(node.id) ? ' expanded' : ''}${node.id === selected ? ' active' : ''}`}
                    onClick={() => expandNode(node.id)}
                  >
                    <span className="dot" style={{ background: colours[node.type] ?? '#888' }} />
                    {node.name}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        </aside>
      </div>
    </div>
  );
}

function PathEvidence({ path, from, to }: { path: Fetched<PathResult> | undefined; from: string; to: string }) {
  if (!from || !to) return null;
  if (from === to) return <p className="muted">Pick two different nodes.</p>;
  if (!path || path.state === 'loading') return <Loading what="the path" />;
  if (path.state === 'error') return <Failure message={path.message} />;
  const [shortest] = path.data;
  if (!shortest) return <p className="muted">No chain of at most 4 hops links them.</p>;
  const name = (node: { __typename: string; name?: string; text?: string }) =>
    node.name ?? (node.text ? `“${node.text}”` : node.__typename);
  return (
    <ol className="hops" data-hops={shortest.length}>
      {shortest.hops.map((hop, index) => (
        <li key={index}>
          <span className="hop-ends">
            {name(hop.from)} <span className="badge">{words(hop.kind)}</span> {name(hop.to)}
          </span>
          {/* A hop from a statement has the statement's words as its evidence; they are on the line above already. */}
          {[hop.from, hop.to].some((end) => end.__typename === 'Statement' && end.text === hop.evidence) ? null : (
            <span className="evidence">{hop.evidence}</span>
          )}
        </li>
      ))}
    </ol>
  );
}

/** The cytoscape canvas, kept in step with the model: new elements added (near a neighbour), gone ones removed. */
function Canvas({
  model,
  onTap,
  selected,
  ends,
  expanded,
}: {
  model: GraphModel;
  onTap: (id: string) => void;
  selected: string | null;
  ends: string[];
  expanded: string[];
}) {
  const container = useRef<HTMLDivElement>(null);
  const graph = useRef<cytoscape.Core | null>(null);
  const tap = useRef(onTap);
  tap.current = onTap;

  useEffect(() => {
    if (!container.current) return;
    // The canvas cannot read CSS variables: take the page's colours (light or dark) once.
    const page = getComputedStyle(document.documentElement);
    const foreground = page.getPropertyValue('--fg').trim() || '#1d232a';
    const card = page.getPropertyValue('--card').trim() || '#ffffff';
    const cy = cytoscape({
      container: container.current,
      minZoom: 0.2,
      maxZoom: 3,
      style: [
        {
          selector: 'node',
          style: {
            'background-color': 'data(colour)',
            label: 'data(label)',
            color: foreground,
            'font-size': 11,
            'text-valign': 'bottom',
            'text-margin-y': 4,
            'text-wrap': 'wrap',
            'text-max-width': '120px',
            width: 22,
            height: 22,
          },
        },
        { selector: 'node[type = "Event"]', style: { shape: 'round-rectangle', width: 26, height: 18 } },
        { selector: 'node[type = "Statement"]', style: { shape: 'diamond', width: 16, height: 16, 'font-style': 'italic' } },
        { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': foreground } },
        {
          selector: 'node.chosen',
          style: { 'underlay-color': '#f5b700', 'underlay-opacity': 0.45, 'underlay-padding': 6, 'underlay-shape': 'ellipse' },
        },
        { selector: 'node.end', style: { width: 30, height: 30, 'border-width': 4, 'border-color': '#f5b700' } },
        {
          selector: 'edge',
          style: { width: 1.5, 'line-color': '#9aa5b1', 'curve-style': 'bezier', opacity: 0.7 },
        },
        {
          selector: 'edge.path',
          style: {
            width: 4,
            'line-color': '#f5b700',
            opacity: 1,
            label: 'data(label)',
            'font-size': 9,
            color: foreground,
            'text-rotation': 'autorotate',
            'text-background-color': card,
            'text-background-opacity': 0.85,
            'text-background-padding': '2px',
          },
        },
      ],
    });
    cy.on('tap', 'node', (event) => tap.current(event.target.id()));
    graph.current = cy;
    return () => {
      cy.destroy();
      graph.current = null;
    };
  }, []);

  useEffect(() => {
    const cy = graph.current;
    if (!cy || !container.current) return;
    let added = false;
    cy.batch(() => {
      cy.nodes()
        .filter((element) => !model.nodes.has(element.id()))
        .remove();
      cy.edges()
        .filter((element) => !model.edges.has(element.id()))
        .remove();
      for (const node of model.nodes.values()) {
        const existing = cy.getElementById(node.id);
        if (existing.nonempty()) continue;
        const neighbour = [...model.edges.values()].find((edge) => edge.source === node.id || edge.target === node.id);
        const near = neighbour ? cy.getElementById(neighbour.source === node.id ? neighbour.target : neighbour.source) : null;
        const position = near?.nonempty() ? near.position() : { x: 0, y: 0 };
        // Around the neighbour, not on it: the layout then pulls it into place instead of out of a pile.
        const angle = Math.random() * 2 * Math.PI;
        cy.add({
          group: 'nodes',
          data: { id: node.id, label: node.label, type: node.type, colour: colours[node.type] ?? '#888' },
          position: { x: position.x + 120 * Math.cos(angle), y: position.y + 120 * Math.sin(angle) },
        });
        added = true;
      }
      for (const edge of model.edges.values()) {
        const existing = cy.getElementById(edge.id);
        if (existing.nonempty()) existing.data('label', edge.label);
        else {
          cy.add({
            group: 'edges',
            data: { id: edge.id, source: edge.source, target: edge.target, label: edge.label },
            classes: edge.path ? 'path' : '',
          });
          added = true;
        }
      }
    });
    if (added) {
      cy.layout({
        name: 'cose',
        animate: false,
        randomize: false,
        fit: true,
        padding: 40,
        nodeDimensionsIncludeLabels: true,
        nodeRepulsion: () => 14_000,
        idealEdgeLength: () => 90,
        gravity: 0.4,
        numIter: 1500,
      }).run();
    }
    container.current.dataset.nodes = String(cy.nodes().length);
    container.current.dataset.edges = String(cy.edges().length);
    container.current.dataset.pathEdges = String(cy.edges('.path').length);
  }, [model]);

  useEffect(() => {
    const cy = graph.current;
    if (!cy) return;
    cy.nodes().removeClass('chosen end expanded');
    for (const id of expanded) cy.getElementById(id).addClass('expanded');
    if (selected) cy.getElementById(selected).addClass('chosen');
    for (const end of ends) if (end) cy.getElementById(end).addClass('end');
  }, [selected, ends.join(','), expanded.join(','), model]);

  return <div className="graph-canvas" ref={container} aria-label="The graph" role="img" />;
}
