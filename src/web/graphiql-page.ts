// GET /graphql in a browser: GraphiQL, opening with the example operations
// as tabs; or, when GraphiQL is off or not built, a page that says so and
// what to do about it, instead of a bare 406.
import { exampleOperations } from '../examples.ts';
import type { GraphiQLAssets } from './graphiql-assets.ts';
import type { GraphiQLPageOptions } from './graphiql-options.ts';
import { contentSecurityPolicy, htmlResponse, simplePage } from './html.ts';

// Everything from this origin; Monaco writes its theme into <style> elements it creates
// (it has no nonce support), hence 'unsafe-inline' for styles and never for scripts.
const graphiqlPolicy = contentSecurityPolicy({
  'script-src': ["'self'"],
  'worker-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'font-src': ["'self'", 'data:'],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
});

export function graphiqlPage(ResponseClass: typeof Response, assets: GraphiQLAssets, endpoint: string): Response {
  const manifest = assets.manifest();
  if (!manifest) {
    return simplePage(
      ResponseClass,
      503,
      'GraphiQL is not built',
      `<h1>GraphiQL is not built</h1>
<p>This server serves GraphiQL from its own files, and they have not been built yet. <code>npm start</code> builds them; so does <code>npm run build</code>.</p>
<p><a href="/">newsgraph</a></p>`,
    );
  }
  const options: GraphiQLPageOptions = {
    endpoint,
    tabs: exampleOperations.map((operation) => ({
      query: operation.query,
      ...('variables' in operation ? { variables: JSON.stringify(operation.variables, null, 2) } : {}),
    })),
    workers: {
      editor: assets.url(manifest.workers.editor),
      json: assets.url(manifest.workers.json),
      graphql: assets.url(manifest.workers.graphql),
    },
  };
  // A JSON block is data, not script: the CSP has nothing to allow. `<` is escaped so no text can end the block.
  const json = JSON.stringify(options).replace(/</g, '\\u003c');
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>newsgraph · GraphiQL</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${assets.url(manifest.style)}">
<script type="application/json" id="graphiql-options">${json}</script>
<script defer src="${assets.url(manifest.script)}"></script>
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<noscript>GraphiQL needs JavaScript. Without it, send queries to ${endpoint} with POST.</noscript>
</body>
</html>
`;
  return htmlResponse(ResponseClass, 200, html, graphiqlPolicy);
}

export function graphiqlOffPage(ResponseClass: typeof Response, endpoint: string): Response {
  return simplePage(
    ResponseClass,
    404,
    'GraphiQL is off',
    `<h1>GraphiQL is off</h1>
<p class="lead">This is newsgraph's GraphQL endpoint, and this server does not serve GraphiQL, the in-browser query editor.</p>
<p>Send queries to <code>${endpoint}</code> with <code>POST</code> and a JSON body, from any GraphQL client.</p>
<p>To turn GraphiQL on, start the server with <code>NEWSGRAPH_GRAPHIQL=true</code>. It is on by default outside production (<code>NODE_ENV=production</code> turns it off).</p>
<p><a href="/">newsgraph</a></p>`,
  );
}
