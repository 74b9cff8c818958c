// Feeds in through `npm run ingest`, as a user runs it: the fixture folder
// (an RSS 2.0 feed with content:encoded and dc:creator, an Atom feed, a feed
// in a .xml file with CDATA and an entity bomb, a broken feed, and an .xml
// file that is no feed) into a database of its own (a PGlite data directory,
// or a fresh PostgreSQL database when DATABASE_URL names a server); then the
// stored articles are read back through GraphQL. The URL-list path is run
// against an HTTP server this file starts: no internet.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../src/db/client.ts';
import { readFeed, splitNames } from '../src/ingest/feed.ts';
import { createApp } from '../src/server.ts';
import { createEmptyPostgresDatabase, usingPostgres } from './helpers/db.ts';

const fixtures = new URL('./fixtures/feeds/', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'newsgraph-feeds-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A database for one describe block: the URL the CLI gets, and a way to read it afterwards. */
function useCliDatabase(name: string) {
  const target = { url: '', drop: async () => {} };
  beforeAll(async () => {
    if (usingPostgres) Object.assign(target, await createEmptyPostgresDatabase());
    else target.url = `file:${join(scratch, name)}`;
  });
  afterAll(() => target.drop());
  return target;
}

const run = async (url: string, args: string[]) => {
  try {
    const { stdout, stderr } = await promisify(execFile)(join('node_modules', '.bin', 'tsx'), ['scripts/ingest.ts', ...args], {
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: url },
    });
    return { status: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { status: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
};

/** Opens the database the CLI wrote (after it exited: PGlite allows one process) and asks GraphQL. */
async function query<T = any>(url: string, document: string, variables: Record<string, unknown> = {}): Promise<T> {
  const database: Database = await openDatabase(
    url.startsWith('file:') ? { kind: 'pglite', dataDir: url.slice('file:'.length) } : { kind: 'postgres', url },
  );
  try {
    const app = createApp({ db: database.db });
    const response = await app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: document, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data as T;
  } finally {
    await database.close();
  }
}

const ARTICLES = `{ articles(first: 50, orderBy: { field: PUBLISHED_AT, direction: ASC }) { nodes {
  url headline body publishedAt publisher { name }
  contributors { nodes { role contributor { ... on Person { name } ... on Organization { name } } } }
  statements { totalCount }
} } }`;

type Article = {
  url: string;
  headline: string;
  body: string;
  publishedAt: string | null;
  publisher: { name: string } | null;
  contributors: { nodes: { role: string; contributor: { name: string } }[] };
  statements: { totalCount: number };
};
const authorsOf = (article: Article) => article.contributors.nodes.filter((c) => c.role === 'AUTHOR').map((c) => c.contributor.name);

describe('feed items, without a database', () => {
  const rss = (bodies: string[]) =>
    `<rss version="2.0"><channel><title>T</title><link>https://t.example/</link>${bodies
      .map(
        (body, i) =>
          `<item><title>Item ${i}</title><link>https://t.example/${i}</link><description><![CDATA[${body}]]></description></item>`,
      )
      .join('')}</channel></rss>`;

  it('refuses a deeply nested body before parsing it, and reads the next item', () => {
    const started = performance.now();
    const items = readFeed(
      rss([`${'<div>'.repeat(20_000)}deep${'</div>'.repeat(20_000)}`, `${'<div>'.repeat(100)}<p>Fine.</p>${'</div>'.repeat(100)}`]),
    );
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(items[0]).toEqual({ index: 0, error: 'body (content:encoded or description) nests elements more than 512 deep' });
    expect(items[1]).toMatchObject({ index: 1, input: { text: 'Fine.', url: 'https://t.example/1' } });
  });

  it('splits bylines into names', () => {
    expect(splitNames('By Jane Doe and John Roe')).toEqual(['Jane Doe', 'John Roe']);
    expect(splitNames('Jane Doe, John Roe; Ann Lee')).toEqual(['Jane Doe', 'John Roe', 'Ann Lee']);
    expect(splitNames('Doe, Jane')).toEqual(['Doe, Jane']);
    expect(splitNames('desk@wire.example')).toEqual([]);
  });
});

describe('npm run ingest on feed files', () => {
  const database = useCliDatabase('files');
  let articles: Map<string, Article>;

  it('stores one article per good item and reports each bad item by feed and index', async () => {
    const result = await run(database.url, [fixtures]);
    expect(result.status, result.stderr).toBe(1);
    expect(result.stdout).toContain('Articles: 6 created, 0 already present;');
    expect(result.stdout).toContain('failures: 3');
    expect(result.stdout).toMatch(/failed: \S*wire\.rss item 2: has no link/);
    expect(result.stdout).toMatch(/failed: \S*wire\.rss item 4: pubDate "sometime last week" is not a date/);
    expect(result.stdout).toMatch(/failed: \S*broken\.rss: is not a readable RSS or Atom feed/);
    expect(result.stdout).not.toContain('notes.xml');
    const { articles: page } = await query<{ articles: { nodes: Article[] } }>(database.url, ARTICLES);
    articles = new Map(page.nodes.map((article) => [article.url, article]));
    expect([...articles.keys()].sort()).toEqual([
      'https://desk.example/2022/02/baltic-ministers',
      'https://desk.example/2022/02/markets',
      'https://desk.example/2022/02/scholz-moscow',
      'https://entities.example/prices',
      'https://wire.example/world/kuleba-allies',
      'https://wire.example/world/lavrov-ready',
    ]);
  }, 240_000);

  it('reads RSS content:encoded, dc:creator, pubDate and dc:publisher; scripts drop out, paragraphs stay', () => {
    const kuleba = articles.get('https://wire.example/world/kuleba-allies') as Article;
    expect(kuleba.headline).toBe('Kuleba says Ukraine & allies will not be intimidated');
    expect(kuleba.publishedAt).toBe('2022-02-15T10:30:00.000Z');
    expect(kuleba.publisher?.name).toBe('Example Wire');
    expect(authorsOf(kuleba)).toEqual(['Jane Doe']);
    expect(kuleba.body.startsWith('KYIV, Ukraine — Ukraine’s foreign minister said on Tuesday')).toBe(true);
    expect(kuleba.body).toContain('\n\n“We will not give in to pressure,” Dmytro Kuleba told reporters in Kyiv.');
    expect(kuleba.body.endsWith('Talks with Moscow are expected to continue next week, officials said.')).toBe(true);
    expect(kuleba.body).not.toMatch(/tracking pixel|<p>|<script/);
    expect(kuleba.statements.totalCount).toBeGreaterThanOrEqual(2);
  });

  it('reads an entity-escaped RSS description, a relative link, a zone offset and an <author> name', () => {
    const lavrov = articles.get('https://wire.example/world/lavrov-ready') as Article;
    expect(lavrov.headline).toBe('Lavrov: "We are ready to talk"');
    expect(lavrov.publishedAt).toBe('2022-02-14T23:05:00.000Z');
    expect(authorsOf(lavrov)).toEqual(['John Roe']);
    expect(lavrov.body).toBe(
      'Russia\'s foreign minister Sergei Lavrov said on Monday that Moscow was ready to talk.\n\n"There is always a chance," Lavrov told President Vladimir Putin at a televised meeting.',
    );
  });

  it('reads Atom html and xhtml content, text summaries, published before updated, and entry or feed authors', () => {
    const scholz = articles.get('https://desk.example/2022/02/scholz-moscow') as Article;
    expect(scholz.headline).toBe('Scholz urges dialogue in Moscow');
    expect(scholz.publishedAt).toBe('2022-02-15T13:00:00.000Z');
    expect(authorsOf(scholz)).toEqual(['Ann Example', 'Ben Sample']);
    expect(scholz.body).toContain('German Chancellor Olaf Scholz said on Tuesday that diplomacy had not been exhausted.');
    expect(scholz.body.endsWith('"It is our duty to find a peaceful solution," Scholz said at a news conference.')).toBe(true);

    const baltic = articles.get('https://desk.example/2022/02/baltic-ministers') as Article;
    expect(baltic.publishedAt).toBe('2022-02-16T08:15:00.000Z');
    expect(baltic.body).toBe('Foreign ministers of the Baltic states met in Riga on Wednesday.\n\nThey called for calm and unity.');
    expect(authorsOf(baltic)).toEqual(['World Desk Staff']);

    // type="text" (Atom's default) is text: angle brackets in it are words, not markup.
    const markets = articles.get('https://desk.example/2022/02/markets') as Article;
    expect(markets.body).toBe('European markets opened steady on Wednesday.\n\nTraders said the mood had improved <somewhat> overnight.');
  });

  it('keeps CDATA and character references as text and leaves DOCTYPE entities unexpanded', () => {
    const prices = articles.get('https://entities.example/prices') as Article;
    expect(prices.headline).toBe('Prices & "quotes" <unchanged>');
    expect(prices.publishedAt).toBe('2022-02-16T06:00:00.000Z');
    expect(prices.body).toContain('Café owners in Lviv said prices rose 5 % & more.');
    expect(prices.body).not.toContain('lollol');
    expect(prices.body.length).toBeLessThan(200);
  });

  it('changes nothing on a second run', async () => {
    const result = await run(database.url, [fixtures]);
    expect(result.status, result.stderr).toBe(1);
    expect(result.stdout).toContain('Articles: 0 created, 6 already present; statements: 0; entities: 0 new, 0 reused; failures: 3');
  }, 240_000);
});

describe('npm run ingest -- --urls', () => {
  const database = useCliDatabase('urls');
  let server: Server;
  let origin = '';
  const requests: { path: string; at: number; headers: IncomingHttpHeaders }[] = [];
  const feed = readFileSync(join(fixtures, 'world.atom'), 'utf8');
  const page = `<!doctype html><html><head><title>Site | Page</title>
    <meta property="og:title" content="Zelenskyy calls for calm">
    <meta property="article:published_time" content="2022-02-14T20:00:00Z"></head>
    <body><nav>Home · World · Sport</nav><article><h1>Zelenskyy calls for calm</h1>
    <p>"There is no need to panic," President Volodymyr Zelenskyy said in a video address on Monday.</p>
    <footer>Share this story</footer></article></body></html>`;

  beforeAll(async () => {
    server = createServer((request, response) => {
      requests.push({ path: request.url ?? '', at: Date.now(), headers: request.headers });
      if (request.url === '/world.atom') response.writeHead(200, { 'content-type': 'application/atom+xml' }).end(feed);
      else if (request.url === '/zelenskyy') response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
      else if (request.url === '/huge') response.writeHead(200, { 'content-type': 'text/html' }).end(`<p>${'x'.repeat(300_000)}</p>`);
      else if (request.url === '/slow') setTimeout(() => response.writeHead(200).end('<p>too late</p>'), 5_000);
      else if (request.url === '/image') response.writeHead(200, { 'content-type': 'image/png' }).end('\x89PNG');
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('fetches each URL politely, reads feeds and pages, and reports what it could not fetch', async () => {
    const list = join(scratch, 'list.txt');
    const paths = ['/world.atom', '/zelenskyy', '/missing', '/huge', '/slow', '/image'];
    writeFileSync(list, `# reading list\n${paths.map((path) => `${origin}${path}`).join('\n')}\nnot a url\n`);
    const result = await run(database.url, ['--urls', list, '--host-interval', '0.4', '--timeout', '1', '--max-bytes', '100000']);
    expect(result.status, result.stderr).toBe(1);
    expect(result.stdout).toContain('Articles: 4 created, 0 already present;');
    expect(result.stdout).toContain(`failed: ${list}:8: "not a url" is not an absolute http(s) URL`);
    expect(result.stdout).toContain(`failed: ${origin}/missing: HTTP 404 Not Found`);
    expect(result.stdout).toContain(`failed: ${origin}/huge: is larger than 100000 bytes`);
    expect(result.stdout).toContain(`failed: ${origin}/slow: no answer within 1 s`);
    expect(result.stdout).toContain(`failed: ${origin}/image: is image/png: neither a feed nor an HTML page`);
    expect(result.stdout).toContain(`${origin}/world.atom item 3: created`);

    // One host: one request at a time, at least the interval apart, each naming newsgraph.
    expect(requests.map((request) => request.path)).toEqual(paths);
    for (const [i, request] of requests.entries()) {
      expect(request.headers['user-agent']).toMatch(/^newsgraph\/\d+\.\d+\.\d+ /);
      if (i > 0) expect(request.at - (requests[i - 1]?.at as number)).toBeGreaterThanOrEqual(400);
    }

    const { articles } = await query<{ articles: { nodes: Article[] } }>(database.url, ARTICLES);
    const zelenskyy = articles.nodes.find((article) => article.url === `${origin}/zelenskyy`) as Article;
    expect(zelenskyy.headline).toBe('Zelenskyy calls for calm');
    expect(zelenskyy.publishedAt).toBe('2022-02-14T20:00:00.000Z');
    expect(zelenskyy.body).toContain('"There is no need to panic," President Volodymyr Zelenskyy said in a video address on Monday.');
    expect(zelenskyy.body).not.toMatch(/Home · World|Share this story/);
    expect(articles.nodes.map((article) => article.url)).toContain('https://desk.example/2022/02/scholz-moscow');
  }, 240_000);
});
