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
import { securityDefaults } from '../src/security.ts';
import { createApp } from '../src/server.ts';
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
afterAll(() => rmSync(built, { recursive: true, force: true }));

/** A yoga with only the pages plugin, over a one-field schema. */
function pages(options: Partial<WebPagesOptions> = {}) {
  return createYoga({
    schema: createSchema({ typeDefs: 'type Query { ok: Boolean }', resolvers: { Query: { ok: () => true } } }),
    logging: false,
    graphiql: false,
    landingPage: false,
    plugins: [useWebPages({ graphiql: true, metrics: 'public', endpoint: '/graphql', assets: createGraphiQLAssets(built), ...options })],
  });
}

const browser = { headers: { accept: 'text/html,application/xhtml+xml', 'accept-encoding': 'gzip, br' } };
const hrefs = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1]).filter((href) => href !== 'data:,');

describe('the landing page', () => {
  it('links GraphiQL, /health, /ready and /metrics, under a CSP that allows its one inline style', async () => {
    const response = await pages().fetch('http://test/', browser);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(hrefs(html)).toEqual(['/graphql', '/health', '/ready', '/metrics']);
    expect(html).toContain('curl http://test/graphql');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/^default-src 'none';/);
    const style = html.match(/<style>([\s\S]*?)<\/style>/)?.[1] ?? '';
    expect(csp).toContain(`style-src 'sha256-${createHash('sha256').update(style).digest('base64')}'`);
    expect(html).not.toMatch(/<script|https?:\/\/(?!test)/);
  });

  it('names only what this configuration serves', async () => {
    const off = await (await pages({ graphiql: false, metrics: 'off' }).fetch('http://test/', browser)).text();
    expect(hrefs(off)).toEqual(['/health', '/ready']);
    expect(off).toContain('NEWSGRAPH_GRAPHIQL=true');
    const keyed = await (await pages({ metrics: 'key' }).fetch('http://test/', browser)).text();
    expect(hrefs(keyed)).toEqual(['/graphql', '/health', '/ready']);
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

describe('the pages in production', () => {
  const h = useHarness();

  it('answer a browser at /graphql with "GraphiQL is off" instead of a bare 406, and list no GraphiQL on the landing page', async () => {
    const app = createApp({ db: h.db.db, logError: () => {}, security: securityDefaults(true) });
    try {
      const off = await app.fetch('http://test/graphql', browser);
      expect(off.status).toBe(404);
      expect(await off.text()).toContain('NEWSGRAPH_GRAPHIQL=true');
      const landing = await (await app.fetch('http://test/', browser)).text();
      expect(hrefs(landing)).toEqual(['/health', '/ready']);
    } finally {
      await app.dispose();
    }
  });
});
