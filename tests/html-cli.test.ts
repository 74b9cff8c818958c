// `npm run ingest` on saved web pages, as a user runs it: a folder with a
// WordPress page (its URL in a sibling .json), an AMP page saved as .htm (its
// URL from its canonical link) and a page with no article in it, into a PGlite
// data directory; then a page sent through a running server that holds the
// directory. Stored statements point into the stored body.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/client.ts';
import { describeEmbedded, runScript, startServer } from './helpers/server-process.ts';

const root = mkdtempSync(join(tmpdir(), 'newsgraph-html-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const fixture = (name: string) => new URL(`./fixtures/html/${name}`, import.meta.url).pathname;
const pages = join(root, 'pages');
mkdirSync(join(pages, 'nested'), { recursive: true });
copyFileSync(fixture('wordpress-post.html'), join(pages, 'ferry.html'));
writeFileSync(join(pages, 'ferry.json'), JSON.stringify({ url: 'https://ledger.example/ferry' }));
copyFileSync(fixture('amp-article.html'), join(pages, 'nested', 'library.htm'));
writeFileSync(join(pages, 'nested', 'menu.html'), '<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav></body></html>');

/** `npm run ingest` on `dataDir`. */
const ingest = (args: string[], dataDir: string) => runScript('scripts/ingest.ts', args, dataDir);

describeEmbedded('npm run ingest on web pages', () => {
  describe('npm run ingest on web pages', () => {
    const dataDir = join(root, 'pglite');

    it('stores the pages, reports the one without an article and exits 1', async () => {
      const run = await ingest([pages], dataDir);
      expect(run.status, run.stdout + run.stderr).toBe(1);
      expect(run.stdout).toMatch(/Articles: 2 created, 0 already present; statements: \d+;/);
      expect(run.stdout).toMatch(/failed: .*menu\.html: html: holds no article text/);
      const database = await openDatabase({ kind: 'pglite', dataDir });
      try {
        const articles = await database.db.article.findMany({
          orderBy: { url: 'asc' },
          include: { statements: true, images: true, contributors: { include: { person: true } } },
        });
        expect(articles.map((a) => [a.url, a.headline, a.language])).toEqual([
          ['https://ledger.example/ferry', 'Council backs new ferry terminal after five-hour meeting', 'en-US'],
          [
            'https://www.northfieldgazette.example/news/library-reopens-after-flood-repairs',
            'Library reopens after flood repairs',
            'en-GB',
          ],
        ]);
        const [ferry, library] = articles;
        // The sibling .json's URL is the page's base too: relative image URLs resolve against it.
        expect(ferry?.images.map((i) => i.url).sort()).toEqual([
          'https://ledger.example/wp-content/uploads/2026/03/council-vote.jpg',
          'https://ledger.example/wp-content/uploads/2026/03/ferry-dock-1200x800.jpg',
        ]);
        expect(library?.contributors.map((c) => c.person?.name)).toEqual(['Gwen Harper']);
        for (const article of articles) {
          expect(article.statements.length).toBeGreaterThanOrEqual(2);
          for (const s of article.statements) expect(article.body.slice(s.startOffset ?? 0, s.endOffset ?? 0)).toBe(s.text);
        }
      } finally {
        await database.close();
      }
    }, 180_000);

    it('changes nothing on a second run', async () => {
      const run = await ingest([pages], dataDir);
      expect(run.stdout).toContain('Articles: 0 created, 2 already present; statements: 0; entities: 0 new, 0 reused; failures: 1');
    }, 180_000);
  });

  describe('npm run ingest on a web page while a server holds the data directory', () => {
    it('sends the page through the server', async () => {
      const dataDir = join(root, 'served');
      const server = await startServer({ DATABASE_URL: `file:${dataDir}` });
      try {
        const run = await ingest([fixture('arc-article.html')], dataDir);
        expect(run.status, run.stdout + run.stderr).toBe(0);
        expect(run.stdout).toContain(`sending the articles to ${server.url}`);
        expect(run.stdout).toMatch(/Articles: 1 created, 0 already present; statements: \d+;/);
        const response = await fetch(server.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: `{ article(url: "https://www.metrotribune.example/climate/2026/07/18/serra-valley-drought-farmers/") {
            headline contributors { nodes { contributor { ... on Person { name } } } } } }`,
          }),
        });
        const { data } = (await response.json()) as {
          data: { article: { headline: string; contributors: { nodes: { contributor: { name: string } }[] } } };
        };
        expect(data.article.headline).toBe('Drought forces farmers in the Serra valley to choose between crops and cattle');
        expect(data.article.contributors.nodes.map((n) => n.contributor.name)).toEqual(['Lucia Ferraz', 'Owen Achebe']);
      } finally {
        await server.stop('SIGTERM');
      }
    }, 180_000);
  });
});
