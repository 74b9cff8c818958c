// GET /explore and every path under it in a browser: the explorer's page, the
// same for every path (the script reads the path and routes), so a link like
// /explore/event/<id> can be shared and reloaded. Or, when the explorer is off
// or not built, a page that says so.
import { type ExploreAssets, explorePath } from './explore-assets.ts';
import type { ExplorePageOptions } from './explore-options.ts';
import { contentSecurityPolicy, hashSource, htmlResponse, simplePage } from './html.ts';

// Cytoscape inserts this one <style> block when it draws its first graph; its hash lets exactly it in.
export const cytoscapeStyle = '.__________cytoscape_container { position: relative; }';

const explorePolicy = contentSecurityPolicy({
  'script-src': ["'self'"],
  'style-src': ["'self'", hashSource(cytoscapeStyle)],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
});

export function explorePage(ResponseClass: typeof Response, assets: ExploreAssets, options: ExplorePageOptions): Response {
  const manifest = assets.manifest();
  if (!manifest) {
    return simplePage(
      ResponseClass,
      503,
      'The explorer is not built',
      `<h1>The explorer is not built</h1>
<p>This server serves the explorer from its own files, and they have not been built yet. <code>npm start</code> builds them; so does <code>npm run build</code>.</p>
<p><a href="/">newsgraph</a></p>`,
    );
  }
  // Data, not script, as GraphiQL's options: `<` is escaped so no text can end the block.
  const json = JSON.stringify(options).replace(/</g, '\\u003c');
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>newsgraph · explorer</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${assets.url(manifest.style)}">
<script type="application/json" id="explore-options">${json}</script>
<script defer src="${assets.url(manifest.script)}"></script>
</head>
<body>
<div id="explore"><p class="boot">Loading the explorer…</p></div>
<noscript>The explorer needs JavaScript. Without it, the same data is at ${options.endpoint} (POST a GraphQL query).</noscript>
</body>
</html>
`;
  return htmlResponse(ResponseClass, 200, html, explorePolicy);
}

export function exploreOffPage(ResponseClass: typeof Response): Response {
  return simplePage(
    ResponseClass,
    404,
    'The explorer is off',
    `<h1>The explorer is off</h1>
<p class="lead">This server does not serve the graph explorer at <code>${explorePath}</code>.</p>
<p>To turn it on, start the server with <code>NEWSGRAPH_EXPLORER=true</code> (the default, in production too).</p>
<p><a href="/">newsgraph</a></p>`,
  );
}
