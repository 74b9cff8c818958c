// The server's pages as HTTP sees them (tests/browser.test.ts looks at them
// in a browser): the landing page names what this configuration serves,
// GraphiQL's page and files come from this server with a CSP that allows
// nothing else, and a browser asking for GraphiQL when it is off is told so.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { createSchema, createYoga } from 'graphql-yoga';
import { afterAll, describe, expect, it } from 'vitest';
import { exampleOperations } from '../src/examples.ts';
import { documentHash } from '../src/limits/trusted-documents.ts';
import { readSecurityConfig, securityDefaults } from '../src/security.ts';
import { createApp } from '../src/server.ts';
import { createExploreAssets } from '../src/web/explore-assets.ts';
import { exploreDocuments } from '../src/web/explore-documents.ts';
import type { ExplorePageOptions } from '../src/web/explore-options.ts';
import { cytoscapeStyle } from '../src/web/explore-page.ts';
import { createGraphiQLAssets } from '../src/web/graphiql-assets.ts';
import type { GraphiQLPageOptions } from '../src/web/graphiql-options.ts';
import { useWebPages, type WebPagesOptions } from '../src/web/use-web-pages.ts';
import { useHarness } from './helpers/gql.ts';

const built = mkdtempSync(path.join(tmpdir(), 'newsgraph-graphiql-'));
const manifest = {
  script: 'graphiql-AAAA.js',
  style: 'graphiql-BBBB.css',
  workers: { editor: 'editor.worker-CCCC.js', json: 'json.worker-DDDD.js', graphql: 'graphql.worker-EEEE.js' },
  files: ['graphiql-AAAA.js', 'graphiql-BBBB.css', 'editor.worker-CCCC.js', 'json.worker-DDDD.js', 'graphql.worker-EEEE.js'],
};
writeFileSync(path.join(built, 'manifest.json'), JSON.stringify(manifest));
for (const file of manifest.files) writeFileSync(path.join(built, file), `/* ${file} */`);
writeFileSync(path.join(built, 'graphiql-AAAA.js.gz'), gzipSync('/* graphiql-AAAA.js */'));
writeFileSync(path.join(built, 'secret.txt'), 'not in the manifest');
const builtExplore = mkdtempSync(path.join(tmpdir(), 'newsgraph-explore-'));
const exploreManifest = { script: 'explore-FFFF.js', style: 'explore-GGGG.css', files: ['explore-FFFF.js', 'explore-GGGG.css'] };
writeFileSync(path.join(builtExplore, 'manifest.json'), JSON.stringify(exploreManifest));
for (const file of exploreManifest.files) writeFileSync(path.join(builtExplore, file), `/* ${file} */`);
writeFileSync(path.join(builtExplore, 'explore-FFFF.js.gz'), gzipSync('/* explore-FFFF.js */'));
afterAll(() => {
  rmSync(built, { recursive: true, force: true });
  rmSync(builtExplore, { recursive: true, force: true });
});

/** A yoga with only the pages plugin, over a one-field schema. */
function pages(options: Partial<WebPagesOptions> = {}) {
  return createYoga({
    schema: createSchema({ typeDefs: 'type Query { ok: Boolean }', resolvers: { Query: { ok: () => true } } }),
    logging: false,
    graphiql: false,
    landingPage: false,
    plugins: [
      useWebPages({
        graphiql: true,
        metrics: 'public',
        endpoint: '/graphql',
        assets: createGraphiQLAssets(built),
        exploreAssets: createExploreAssets(builtExplore),
        ...options,
      }),
    ],
  });
}

const browser = { headers: { accept: 'text/html,application/xhtml+xml', 'accept-encoding': 'gzip, br' } };
const hrefs = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1]).filter((href) => href !== 'data:,');

describe('the landing page', () => {
  it('links the explorer, GraphiQL, /health, /ready and /metrics, under a CSP that allows its one inline style', async () => {
    const response = await pages().fetch('http://test/', browser);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(hrefs(html)).toEqual(['/explore', '/graphql', '/health', '/ready', '/metrics']);
    expect(html).toContain('curl http://test/graphql');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/^default-src 'none';/);
    const style = html.match(/<style>([\s\S]*?)<\/style>/)?.[1] ?? '';
    expect(csp).toContain(`style-src 'sha256-${createHash('sha256').update(style).digest('base64')}'`);
    expect(html).not.toMatch(/<script|https?:\/\/(?!test)/);
  });

  it('names only what this configuration serves', async () => {
    const off = await (await pages({ graphiql: false, explorer: false, metrics: 'off' }).fetch('http://test/', browser)).text();
    expect(hrefs(off)).toEqual(['/health', '/ready']);
    expect(off).toContain('NEWSGRAPH_GRAPHIQL=true');
    const keyed = await (await pages({ metrics: 'key' }).fetch('http://test/', browser)).text();
    expect(hrefs(keyed)).toEqual(['/explore', '/graphql', '/health', '/ready']);
    expect(keyed).toContain('<code>/metrics</code>: Prometheus metrics, for an API key with the <code>metrics</code> scope');
  });
});

describe('GraphiQL', () => {
  it('is a page of this server’s own files, opening with the example operations as tabs', async () => {
    const response = await pages().fetch('http://test/graphql', browser);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<script defer src="/graphiql/graphiql-AAAA.js"></script>');
    expect(html).toContain('<link rel="stylesheet" href="/graphiql/graphiql-BBBB.css">');
    const options = JSON.parse(
      html.match(/<script type="application\/json" id="graphiql-options">(.*?)<\/script>/)?.[1] ?? '',
    ) as GraphiQLPageOptions;
    expect(options.endpoint).toBe('/graphql');
    expect(options.workers).toEqual({
      editor: '/graphiql/editor.worker-CCCC.js',
      json: '/graphiql/json.worker-DDDD.js',
      graphql: '/graphiql/graphql.worker-EEEE.js',
    });
    expect(options.tabs.map((tab) => tab.query)).toEqual(exampleOperations.map((operation) => operation.query));
    expect(options.tabs[0]?.query).toContain('query WhoSaidWhatAboutThePullBack');
    const path = options.tabs[exampleOperations.findIndex((operation) => operation.name === 'PathBetweenTwo')];
    expect(JSON.parse(path?.variables ?? '')).toEqual({ from: '', to: '' });
  });

  it('allows scripts, workers and connections from this origin only', async () => {
    const csp = (await pages().fetch('http://test/graphql', browser)).headers.get('content-security-policy') ?? '';
    const directives = Object.fromEntries(csp.split('; ').map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1)]));
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['worker-src']).toEqual(["'self'"]);
    expect(directives['connect-src']).toEqual(["'self'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
  });

  it('serves the built files, gzipped when the browser accepts it, for a year', async () => {
    const app = pages();
    const script = await app.fetch('http://test/graphiql/graphiql-AAAA.js', browser);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-encoding')).toBe('gzip');
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const style = await app.fetch('http://test/graphiql/graphiql-BBBB.css', browser);
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(style.headers.get('content-encoding')).toBeNull();
    expect(await style.text()).toBe('/* graphiql-BBBB.css */');
  });

  it('serves no file the build did not list', async () => {
    const app = pages();
    for (const name of ['secret.txt', 'manifest.json', '..%2Fpackage.json', '../package.json', 'graphiql-AAAA.js.gz']) {
      expect((await app.fetch(`http://test/graphiql/${name}`, browser)).status, name).toBe(404);
    }
  });

  it('says how to build it when its files are not built', async () => {
    const response = await pages({ assets: createGraphiQLAssets(path.join(built, 'missing')) }).fetch('http://test/graphql', browser);
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('npm run build');
  });

  it('when off, tells a browser so and how to turn it on, serves none of its files, and leaves the API alone', async () => {
    const app = pages({ graphiql: false });
    const response = await app.fetch('http://test/graphql', browser);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<code>NEWSGRAPH_GRAPHIQL=true</code>');
    expect((await app.fetch('http://test/graphiql/graphiql-AAAA.js', browser)).status).toBe(404);
    const api = await app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ ok }' }),
    });
    expect(await api.json()).toEqual({ data: { ok: true } });
  });
});

const optionsOf = (html: string) =>
  JSON.parse(html.match(/<script type="application\/json" id="explore-options">(.*?)<\/script>/)?.[1] ?? 'null') as ExplorePageOptions;
const directivesOf = (csp: string) =>
  Object.fromEntries(csp.split('; ').map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1)]));

describe('the explorer', () => {
  it('answers /explore and every path under it with its page, which routes in the browser', async () => {
    const app = pages();
    for (const where of [
      '/explore',
      '/explore/',
      '/explore/event/RXZlbnQ6MQ==',
      '/explore/person/x?y=1',
      '/explore/graph?focus=a',
      '/explore/no/such/page',
    ]) {
      const response = await app.fetch(`http://test${where}`, browser);
      expect(response.status, where).toBe(200);
      expect(response.headers.get('content-type'), where).toBe('text/html; charset=utf-8');
      const html = await response.text();
      expect(html, where).toContain('<script defer src="/explore/assets/explore-FFFF.js"></script>');
      expect(html, where).toContain('<link rel="stylesheet" href="/explore/assets/explore-GGGG.css">');
      expect(optionsOf(html), where).toEqual({ endpoint: '/graphql', byHash: false, graphiql: true });
    }
    // Not only for browsers: a link pasted into curl gets the page too.
    expect((await app.fetch('http://test/explore/event/x')).status).toBe(200);
    // A path that merely starts with the word is not the explorer's.
    expect((await app.fetch('http://test/explorer', browser)).status).toBe(404);
  });

  it('sends a CSP with no inline script and no eval: scripts, styles and connections from this origin, and cytoscape’s one style block by hash', async () => {
    const response = await pages().fetch('http://test/explore/person/abc', browser);
    const directives = directivesOf(response.headers.get('content-security-policy') ?? '');
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['connect-src']).toEqual(["'self'"]);
    expect(directives['style-src']).toEqual(["'self'", `'sha256-${createHash('sha256').update(cytoscapeStyle).digest('base64')}'`]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(Object.values(directives).flat().join(' ')).not.toMatch(/unsafe/);
    // The page's one inline block is JSON, which the CSP does not let run.
    const html = await response.text();
    expect([...html.matchAll(/<script([^>]*)>/g)].map((match) => match[1])).toEqual([
      ' type="application/json" id="explore-options"',
      ' defer src="/explore/assets/explore-FFFF.js"',
    ]);
  });

  it('serves its built files for a year, gzipped when accepted, and 404 for any name the build did not list', async () => {
    const app = pages();
    const script = await app.fetch('http://test/explore/assets/explore-FFFF.js', browser);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-encoding')).toBe('gzip');
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await (await app.fetch('http://test/explore/assets/explore-GGGG.css', browser)).text()).toBe('/* explore-GGGG.css */');
    for (const name of ['explore-0000.js', 'manifest.json', 'explore-FFFF.js.gz', '..%2Fmanifest.json', '../../package.json', '']) {
      const response = await app.fetch(`http://test/explore/assets/${name}`, browser);
      expect(response.status, name).toBe(404);
      // Never the page in a script's place.
      expect(response.headers.get('content-type') ?? '', name).not.toContain('text/html');
    }
  });

  it('tells its script to send document hashes when the server runs trusted documents only', async () => {
    const html = await (await pages({ trustedDocuments: true, graphiql: false }).fetch('http://test/explore', browser)).text();
    expect(optionsOf(html)).toEqual({ endpoint: '/graphql', byHash: true, graphiql: false });
  });

  it('says how to build it when its files are not built', async () => {
    const app = pages({ exploreAssets: createExploreAssets(path.join(builtExplore, 'missing')) });
    const response = await app.fetch('http://test/explore/event/x', browser);
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('npm run build');
  });

  it('when off, answers every /explore path with a page saying so, serves none of its files, and the landing page does not link it', async () => {
    const app = pages({ explorer: false });
    for (const where of ['/explore', '/explore/event/x', '/explore/assets/explore-FFFF.js']) {
      const response = await app.fetch(`http://test${where}`, browser);
      expect(response.status, where).toBe(404);
      const html = await response.text();
      expect(html, where).toContain('<code>NEWSGRAPH_EXPLORER=true</code>');
      expect(html, where).not.toContain('explore-FFFF.js');
    }
    expect(hrefs(await (await app.fetch('http://test/', browser)).text())).toEqual(['/graphql', '/health', '/ready', '/metrics']);
  });
});

describe('the explorer’s operations in trusted-documents mode', () => {
  const h = useHarness(undefined, { security: { ...securityDefaults(false), trustedDocuments: {} } });
  const [hash, document] = Object.entries(exploreDocuments()).find(([, text]) => text.startsWith('query ExploreSearch')) ?? [];

  it('are a manifest keyed by the SHA-256 of each document, as NEWSGRAPH_TRUSTED_DOCUMENTS reads', () => {
    const documents = exploreDocuments();
    expect(Object.keys(documents).length).toBeGreaterThanOrEqual(8);
    for (const [key, text] of Object.entries(documents)) expect(documentHash(text)).toBe(key);
    expect(document).toContain('search(');
  });

  it('run by hash while the explorer is on, as the explorer sends them, with nothing configured for it', async () => {
    const response = await h.app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ documentId: hash, variables: { query: 'Kuleba' } }),
    });
    const result = (await response.json()) as { data?: { search: { totalCount: number } }; errors?: unknown[] };
    expect(result.errors).toBeUndefined();
    expect(result.data?.search.totalCount).toBe(0);
    // The mode is on: the same document sent as text is refused.
    const text = await h.gql(document ?? '', { query: 'Kuleba' });
    expect(text.errors?.[0]?.extensions?.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
  });

  it('are not trusted while the explorer is off', async () => {
    const app = createApp({
      db: h.db.db,
      logError: () => {},
      security: { ...securityDefaults(false), trustedDocuments: {}, explorer: false },
    });
    try {
      const response = await app.fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ documentId: hash, variables: { query: 'Kuleba' } }),
      });
      const result = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
      expect(result.errors?.[0]?.extensions?.code).toBe('TRUSTED_DOCUMENT_NOT_FOUND');
    } finally {
      await app.dispose();
    }
  });
});

describe('the pages in production', () => {
  const h = useHarness();

  it('answer a browser at /graphql with "GraphiQL is off" instead of a bare 406, and list no GraphiQL on the landing page', async () => {
    const app = createApp({ db: h.db.db, logError: () => {}, security: securityDefaults(true) });
    try {
      const off = await app.fetch('http://test/graphql', browser);
      expect(off.status).toBe(404);
      expect(await off.text()).toContain('NEWSGRAPH_GRAPHIQL=true');
      const landing = await (await app.fetch('http://test/', browser)).text();
      expect(hrefs(landing)).toEqual(['/explore', '/health', '/ready']);
    } finally {
      await app.dispose();
    }
  });

  it('serve the explorer (it only reads) unless NEWSGRAPH_EXPLORER=false', async () => {
    const on = createApp({ db: h.db.db, logError: () => {}, security: securityDefaults(true) });
    const off = createApp({
      db: h.db.db,
      logError: () => {},
      security: readSecurityConfig({ NODE_ENV: 'production', NEWSGRAPH_EXPLORER: 'false' }),
    });
    try {
      expect((await on.fetch('http://test/explore/event/x', browser)).status).toBe(200);
      expect((await off.fetch('http://test/explore/event/x', browser)).status).toBe(404);
      expect(hrefs(await (await off.fetch('http://test/', browser)).text())).toEqual(['/health', '/ready']);
    } finally {
      await on.dispose();
      await off.dispose();
    }
  });
});
