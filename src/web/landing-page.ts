// GET / in a browser: what this server is, and where its pages and
// endpoints are, naming only the ones this configuration serves.
import type { MetricsExposure } from '../security.ts';
import { escapeHtml, simplePage } from './html.ts';

export type LandingOptions = { graphiql: boolean; explorer?: boolean; metrics: MetricsExposure };

export function landingPage(
  ResponseClass: typeof Response,
  origin: string,
  { graphiql, explorer = true, metrics }: LandingOptions,
): Response {
  const example = `curl ${origin}/graphql \\
  -H 'content-type: application/json' \\
  -d '{"query": "{ people(first: 3) { nodes { name } } }"}'`;
  const browse = explorer
    ? `<a class="button" href="/explore">Open the explorer</a>
<p class="note">Search people, organizations, events and quotes; see an event's timeline and who spoke most, a person's roles and statements, and how they are connected, as a graph.</p>`
    : '';
  const explore = graphiql
    ? `<a class="button" href="/graphql">Open GraphiQL</a>
<p class="note">Write and run queries in the browser, with the schema's documentation beside them. The first tab asks who said what about the pull-back.</p>`
    : `<p class="note">GraphiQL, the in-browser query editor, is off on this server; <code>NEWSGRAPH_GRAPHIQL=true</code> turns it on.</p>`;
  const metricsItem = {
    public: '<li><a href="/metrics">/metrics</a>: Prometheus metrics</li>',
    key: '<li><code>/metrics</code>: Prometheus metrics, for an API key with the <code>metrics</code> scope</li>',
    off: '',
  }[metrics];
  return simplePage(
    ResponseClass,
    200,
    'newsgraph',
    `<h1>newsgraph</h1>
<p class="lead">A GraphQL API over a news knowledge graph: articles, the people and organizations in them, what they said and to whom, the events they spoke about, images and places.</p>
${browse}
${explore}
<h2>The API</h2>
<p>One endpoint, <code>/graphql</code>: send a query as JSON with <code>POST</code>, or subscribe over WebSocket or server-sent events.</p>
<pre><code>${escapeHtml(example)}</code></pre>
<h2>For operators</h2>
<ul>
<li><a href="/health">/health</a>: the process is up</li>
<li><a href="/ready">/ready</a>: the database answers and its schema is current</li>
${metricsItem}
</ul>`,
  );
}
