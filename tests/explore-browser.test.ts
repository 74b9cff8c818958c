// The explorer in a real browser (Debian's Chromium through playwright-core),
// served by the real server process on the seed graph: search leads to a
// person's page, an event's page draws its timeline and ranks its speakers,
// the graph grows when a node is expanded and draws the path between two
// people, a statement's thread shows who answered whom. Text from articles
// stays text (an article full of script payloads runs none of them), and the
// explorer works when the server runs trusted documents only. Loading and
// error states show while waiting and for ids that lead nowhere. Screenshots of
// each page land in test-results/screenshots/.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { exampleOperations } from '../src/examples.ts';
import { documentHash } from '../src/limits/trusted-documents.ts';
import { describeChromium, type Seen, screenshots, useBrowserAndServer, withPage } from './helpers/browser.ts';

const laptop = { width: 1280, height: 800 };
const phone = { width: 390, height: 844 };
const soon = { timeout: 20_000 };

async function gqlAt(endpoint: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const result = (await response.json()) as { data?: any; errors?: unknown[] };
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

function expectOnlyThisServer(seen: Seen, origin: string) {
  expect(seen.requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  expect(seen.problems).toEqual([]);
}

const nodeCount = async (page: Page) => Number((await page.locator('.graph-canvas').getAttribute('data-nodes')) ?? 0);

describeChromium('the explorer in a browser', () => {
  const live = useBrowserAndServer({ NEWSGRAPH_SEED: 'true', DATABASE_URL: 'memory://' });
  const ids: Record<'kuleba' | 'konashenkov' | 'pullBack', string> = { kuleba: '', konashenkov: '', pullBack: '' };
  beforeAll(async () => {
    const data = await gqlAt(
      live.server.url,
      `{ kuleba: people(filter: { name: "Dmytro Kuleba" }) { nodes { id } }
         konashenkov: people(filter: { name: "Igor Konashenkov" }) { nodes { id } }
         pullBack: events(filter: { name: "pull-back" }) { nodes { id } } }`,
    );
    ids.kuleba = data.kuleba.nodes[0].id;
    ids.konashenkov = data.konashenkov.nodes[0].id;
    ids.pullBack = data.pullBack.nodes[0].id;
  });

  it('searches as you type, and a click on “Dmytro Kuleba” opens his page; back and forward work', async () => {
    await withPage(live.browser, laptop, async (page, seen) => {
      const response = await page.goto(`${live.origin}/explore`);
      expect(response?.status()).toBe(200);
      await page.getByRole('combobox', { name: 'Search' }).pressSequentially('Kuleba', { delay: 40 });
      const result = page.locator('.results .result', { hasText: 'Dmytro Kuleba' }).first();
      await result.waitFor(soon);
      // The snippet's marks are elements; its text is text.
      expect(await result.locator('mark').count()).toBeGreaterThan(0);
      await page.screenshot({ path: path.join(screenshots, 'explore-search.png') });
      await result.click();
      await expect.poll(() => page.locator('h1').textContent(), soon).toBe('Dmytro Kuleba');
      expect(new URL(page.url()).pathname).toBe(`/explore/person/${encodeURIComponent(ids.kuleba)}`);
      await expect.poll(() => page.locator('.roles').textContent(), soon).toContain('foreign minister');
      expect(await page.locator('.roles').textContent()).toContain('Ministry of Foreign Affairs of Ukraine');
      await expect.poll(() => page.locator('.statement .text').allTextContents(), soon).toContain('“We’ll believe it when we see it,”');
      await expect.poll(() => page.locator('.statement .source mark').count(), soon).toBe(2);
      expect(await page.locator('.connections').textContent()).toContain('Russian Defense Ministry');
      await page.screenshot({ path: path.join(screenshots, 'explore-person.png'), fullPage: true });
      await page.goBack();
      await expect.poll(() => page.locator('h1').textContent(), soon).toBe('Who said what, about which event');
      await page.goForward();
      await expect.poll(() => page.locator('h1').textContent(), soon).toBe('Dmytro Kuleba');
      expectOnlyThisServer(seen, live.origin);
    });
  });

  it('opens the pull-back event: the timeline has bars, the speakers are ranked and name Konashenkov, each quote shows its source', async () => {
    await withPage(live.browser, laptop, async (page, seen) => {
      await page.goto(`${live.origin}/explore`);
      await page.getByRole('link', { name: 'Announced partial pull-back of Russian troops' }).click();
      await expect.poll(() => page.locator('h1').textContent(), soon).toBe('Announced partial pull-back of Russian troops');
      expect(new URL(page.url()).pathname).toBe(`/explore/event/${encodeURIComponent(ids.pullBack)}`);
      const bars = page.locator('.timeline-bar');
      expect(await bars.count()).toBeGreaterThan(0);
      expect((await bars.first().boundingBox())?.height ?? 0).toBeGreaterThan(20);
      const speakers = page.locator('.speakers li');
      expect(await speakers.locator('.speaker-name').allTextContents()).toContain('Igor Konashenkov');
      const counts = (await speakers.locator('.speaker-count').allTextContents()).map(Number);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      const statements = page.locator('.statement');
      expect(await statements.count()).toBe(Number(await page.locator('section.main h2 .count').textContent()));
      const konashenkov = statements.filter({ hasText: 'Igor Konashenkov' }).first();
      expect(await konashenkov.locator('.kind').textContent()).toBe('direct quote');
      expect(await konashenkov.textContent()).toContain('in a video message');
      expect(await konashenkov.locator('.confidence').textContent()).toMatch(/\d+% sure/);
      await expect
        .poll(() => konashenkov.locator('.source mark').textContent(), soon)
        .toBe(
          'that have completed the tasks have already begun loading onto rail and road transport and will begin moving to their military garrisons today.',
        );
      await page.screenshot({ path: path.join(screenshots, 'explore-event.png'), fullPage: true });
      expectOnlyThisServer(seen, live.origin);
    });
  });

  it('fits the home and event pages on a phone without sideways scrolling', async () => {
    await withPage(live.browser, phone, async (page, seen) => {
      await page.goto(`${live.origin}/explore`);
      await page.locator('.home h2').first().waitFor(soon);
      await page.screenshot({ path: path.join(screenshots, 'explore-home-phone.png'), fullPage: true });
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(phone.width);
      await page.goto(`${live.origin}/explore/event/${encodeURIComponent(ids.pullBack)}`);
      await page.locator('.statement .source mark').first().waitFor(soon);
      await page.screenshot({ path: path.join(screenshots, 'explore-event-phone.png'), fullPage: true });
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(phone.width);
      expectOnlyThisServer(seen, live.origin);
    });
  });

  it('draws the graph of Kuleba’s connections, and expanding a node adds its own; back takes them away again', async () => {
    await withPage(live.browser, laptop, async (page, seen) => {
      await page.goto(`${live.origin}/explore/person/${encodeURIComponent(ids.kuleba)}`);
      await page.getByRole('link', { name: 'Show in the graph' }).click();
      await expect.poll(() => nodeCount(page), soon).toBeGreaterThan(5);
      const before = await nodeCount(page);
      expect(await page.locator('.node-list button').count()).toBe(before);
      // Cytoscape drew on its canvases, at the size of the stage.
      expect((await page.locator('.graph-canvas canvas').first().boundingBox())?.width ?? 0).toBeGreaterThan(400);
      await page.locator('.node-list button', { hasText: 'Announced partial pull-back of Russian troops' }).click();
      await expect.poll(() => nodeCount(page), soon).toBeGreaterThan(before);
      expect(new URL(page.url()).searchParams.get('expand')).toBe(ids.pullBack);
      expect(await page.locator('.node-list button', { hasText: 'Igor Konashenkov' }).count()).toBe(1);
      await page.screenshot({ path: path.join(screenshots, 'explore-graph.png') });
      // A click on the canvas itself, where cytoscape drew the node, expands it too.
      const target = await page.evaluate(() => {
        const container = document.querySelector('.graph-canvas') as HTMLElement & { _cyreg?: { cy: import('cytoscape').Core } };
        const node = container._cyreg?.cy
          .nodes()
          .toArray()
          .find((n) => String(n.data('label')).startsWith('Russian Defense')) as import('cytoscape').NodeSingular | undefined;
        return node ? { id: node.id(), ...node.renderedPosition() } : null;
      });
      expect(target).not.toBeNull();
      const box = await page.locator('.graph-canvas').boundingBox();
      await page.mouse.click((box?.x ?? 0) + (target?.x ?? 0), (box?.y ?? 0) + (target?.y ?? 0));
      await expect.poll(() => new URL(page.url()).searchParams.get('expand'), soon).toBe(`${ids.pullBack},${target?.id}`);
      expect(await page.locator('.graph-side .selected h2').textContent()).toContain('Russian Defense Ministry');
      await page.goBack();
      await page.goBack();
      await expect.poll(() => nodeCount(page), soon).toBe(before);
      expectOnlyThisServer(seen, live.origin);
    });
  });

  it('picks Kuleba and Konashenkov as ends and draws the path between them, each hop with its evidence', async () => {
    await withPage(live.browser, laptop, async (page, seen) => {
      await page.goto(`${live.origin}/explore/graph?focus=${encodeURIComponent(ids.kuleba)}`);
      await expect.poll(() => nodeCount(page), soon).toBeGreaterThan(1);
      await page.locator('.node-list button', { hasText: 'Dmytro Kuleba' }).click();
      await page.getByRole('button', { name: 'Path from here' }).click();
      // Konashenkov is not among Kuleba's neighbours: add him through the graph's own search.
      await page.locator('.graph-side').getByRole('combobox', { name: 'Search' }).pressSequentially('Konashenkov', { delay: 30 });
      await page.locator('.graph-side .results .result', { hasText: 'Igor Konashenkov' }).first().click(soon);
      const konashenkov = page.locator('.node-list button', { hasText: 'Igor Konashenkov' });
      await konashenkov.waitFor(soon);
      await konashenkov.click();
      await page.getByRole('button', { name: 'Path to here' }).click();
      const hops = page.locator('.hops li');
      await expect.poll(() => hops.count(), soon).toBeGreaterThan(0);
      const text = (await hops.allTextContents()).join('\n');
      expect(text).toContain('Dmytro Kuleba');
      expect(text).toContain('Igor Konashenkov');
      expect(Number(await page.locator('.graph-canvas').getAttribute('data-path-edges'))).toBe(await hops.count());
      const url = new URL(page.url());
      expect([url.searchParams.get('from'), url.searchParams.get('to')]).toEqual([ids.kuleba, ids.konashenkov]);
      await page.screenshot({ path: path.join(screenshots, 'explore-path.png') });
      expectOnlyThisServer(seen, live.origin);
    });
  });

  it('shows a statement’s thread: who answered whom', async () => {
    await withPage(live.browser, laptop, async (page, seen) => {
      await page.goto(`${live.origin}/explore/event/${encodeURIComponent(ids.pullBack)}`);
      await page.locator('.statement', { hasText: 'Igor Konashenkov' }).first().getByRole('link', { name: 'Thread' }).click();
      await expect.poll(() => page.locator('.thread-list > li').count(), soon).toBeGreaterThan(2);
      expect(new URL(page.url()).pathname).toMatch(/^\/explore\/statement\//);
      const answers = await page.locator('.thread-list .answer').allTextContents();
      expect(answers).toContain('↳ Igor Konashenkov supports Russian Defense Ministry');
      expect(answers).toContain('↳ Dmytro Kuleba responds to Russian Defense Ministry');
      expect(await page.locator('.thread-list .statement.current').textContent()).toContain('Igor Konashenkov');
      await page.screenshot({ path: path.join(screenshots, 'explore-thread.png'), fullPage: true });
      expectOnlyThisServer(seen, live.origin);
    });
  });

  it('shows a loading state while the API answers, and an error state for a bad id, a wrong type or an unknown page', async () => {
    await withPage(live.browser, laptop, async (page, seen) => {
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      await page.route('**/graphql', async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(`${live.origin}/explore/event/${encodeURIComponent(ids.pullBack)}`);
      await expect.poll(() => page.getByRole('status').textContent(), soon).toContain('Loading the event…');
      await page.screenshot({ path: path.join(screenshots, 'explore-loading.png') });
      release();
      await expect.poll(() => page.locator('h1').textContent(), soon).toBe('Announced partial pull-back of Russian troops');
      await page.unroute('**/graphql');
      await page.goto(`${live.origin}/explore/event/not-an-id`);
      await expect.poll(() => page.getByRole('alert').textContent(), soon).toContain('Could not load this.');
      await page.screenshot({ path: path.join(screenshots, 'explore-error.png') });
      await page.goto(`${live.origin}/explore/person/${encodeURIComponent(ids.pullBack)}`);
      await expect.poll(() => page.locator('main').textContent(), soon).toContain('No person has this id.');
      await page.goto(`${live.origin}/explore/nowhere/at/all`);
      await expect.poll(() => page.getByRole('alert').textContent(), soon).toContain('No such page.');
      expectOnlyThisServer(seen, live.origin);
    });
  });

  it('shows names and quotes full of script payloads as text on every page, and runs none of them', async () => {
    const mallory = 'Mallory <img src=x onerror="window.__xss=\'name\'">';
    const trudy = "Trudy <script>window.__xss='script'</script>";
    const event = 'Zanzibarq summit <img src=x onerror=alert(document.domain)>';
    const quote = "Zanzibarq <img src=x onerror=\"window.__xss='quote'\"> <script>window.__xss='quote script'</script> is our word";
    const reply = 'Zanzibarq <svg onload="alert(1)"></svg> is not yours';
    const body = `${mallory} said: “${quote}” And ${trudy} answered: “${reply}”`;
    await gqlAt(live.server.url, 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id } } }', {
      input: {
        url: 'https://example.org/payloads',
        headline: 'Payloads <script>window.__xss="headline"</script>',
        publishedAt: '2022-02-16T10:00:00Z',
        body,
        people: [
          { key: 'mallory', name: mallory },
          { key: 'trudy', name: trudy },
        ],
        events: [{ key: 'summit', name: event, kind: 'MEETING', startAt: '2022-02-16T09:00:00Z' }],
        statements: [
          {
            key: 'said',
            kind: 'DIRECT_QUOTE',
            speaker: 'mallory',
            text: quote,
            about: ['summit'],
            venue: '<b>on stage</b>',
            verb: 'said',
            startOffset: body.indexOf(quote),
            endOffset: body.indexOf(quote) + quote.length,
            saidAt: '2022-02-16T09:30:00Z',
          },
          {
            key: 'answer',
            kind: 'DIRECT_QUOTE',
            speaker: 'trudy',
            text: reply,
            about: ['summit'],
            verb: 'answered',
            startOffset: body.indexOf(reply),
            endOffset: body.indexOf(reply) + reply.length,
            saidAt: '2022-02-16T09:40:00Z',
          },
        ],
        relations: [{ from: 'answer', to: 'said', kind: 'RESPONDS_TO' }],
      },
    });
    const found = await gqlAt(
      live.server.url,
      `{ people(filter: { name: "Mallory" }) { nodes { id statements(first: 1) { nodes { id } } } }
         trudy: people(filter: { name: "Trudy" }) { nodes { id } }
         events(filter: { name: "Zanzibarq" }) { nodes { id } } }`,
    );
    const malloryId = found.people.nodes[0].id as string;
    const pages = {
      person: `/explore/person/${encodeURIComponent(malloryId)}`,
      'other-person': `/explore/person/${encodeURIComponent(found.trudy.nodes[0].id)}`,
      event: `/explore/event/${encodeURIComponent(found.events.nodes[0].id)}`,
      thread: `/explore/statement/${encodeURIComponent(found.people.nodes[0].statements.nodes[0].id)}`,
      graph: `/explore/graph?focus=${encodeURIComponent(found.events.nodes[0].id)}`,
    };
    await withPage(live.browser, laptop, async (page, seen) => {
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const nothingRan = async (where: string) => {
        expect(await page.evaluate('window.__xss'), where).toBeUndefined();
        expect(dialogs, where).toEqual([]);
        // No element came out of the data: the page's own markup has no images, SVG or handlers.
        expect(await page.locator('main img, main svg, main script, main [onerror], main [onload]').count(), where).toBe(0);
      };
      await page.goto(`${live.origin}/explore`);
      await page.getByRole('combobox', { name: 'Search' }).pressSequentially('Zanzibarq', { delay: 30 });
      await expect.poll(() => page.locator('.results .result').count(), soon).toBeGreaterThanOrEqual(3);
      const results = (await page.locator('.results').textContent()) ?? '';
      expect(results).toContain('Mallory <img src=x onerror="window.__xss=\'name\'">:');
      expect(results).toContain('<img src=x onerror=alert(document.domain)>');
      await page.screenshot({ path: path.join(screenshots, 'explore-xss-search.png') });
      await nothingRan('search');
      for (const [name, where] of Object.entries(pages)) {
        await page.goto(`${live.origin}${where}`);
        if (name === 'graph') await expect.poll(() => nodeCount(page), soon).toBeGreaterThan(1);
        else await page.locator('.statement .source mark').first().waitFor(soon);
        const text = (await page.locator('main').textContent()) ?? '';
        if (name !== 'graph') {
          expect(text, name).toContain(name === 'other-person' ? trudy : mallory);
          expect(text, name).toContain(name === 'other-person' ? reply : quote);
        } else {
          expect(text, name).toContain(event);
        }
        if (name === 'event' || name === 'thread') expect(text, name).toContain(reply);
        if (name === 'event') expect(text, name).toContain('<b>on stage</b>');
        await page.screenshot({ path: path.join(screenshots, `explore-xss-${name}.png`), fullPage: name !== 'graph' });
        await nothingRan(name);
      }
      expectOnlyThisServer(seen, live.origin);
    });
  });
});

// A manifest as an operator would configure it (the GraphiQL examples), with nothing in it for the explorer.
const trustedDir = mkdtempSync(path.join(tmpdir(), 'newsgraph-trusted-'));
const trustedFile = path.join(trustedDir, 'trusted-documents.json');
writeFileSync(trustedFile, JSON.stringify(Object.fromEntries(exampleOperations.map(({ query }) => [documentHash(query), query]))));

describeChromium('the explorer in a browser, with the server running trusted documents only', () => {
  const live = useBrowserAndServer({ NEWSGRAPH_SEED: 'true', DATABASE_URL: 'memory://', NEWSGRAPH_TRUSTED_DOCUMENTS: trustedFile });

  it('searches, opens a person and an event, sending only document hashes', async () => {
    const refused = await fetch(live.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ people(first: 1) { nodes { name } } }' }),
    });
    expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe(
      'TRUSTED_DOCUMENT_REQUIRED',
    );
    await withPage(live.browser, laptop, async (page, seen) => {
      const bodies: Record<string, unknown>[] = [];
      page.on('request', (request) => {
        if (request.method() === 'POST' && new URL(request.url()).pathname === '/graphql') bodies.push(request.postDataJSON());
      });
      await page.goto(`${live.origin}/explore`);
      await page.getByRole('link', { name: 'Announced partial pull-back of Russian troops' }).click();
      await expect.poll(() => page.locator('.speakers').textContent(), soon).toContain('Igor Konashenkov');
      expect(await page.locator('.timeline-bar').count()).toBeGreaterThan(0);
      await page.locator('.statement .source mark').first().waitFor(soon);
      await page.locator('nav.top').getByRole('combobox', { name: 'Search' }).pressSequentially('Kuleba', { delay: 30 });
      await page.locator('.results .result', { hasText: 'Dmytro Kuleba' }).first().click(soon);
      await expect.poll(() => page.locator('.statement .text').allTextContents(), soon).toContain('“We’ll believe it when we see it,”');
      await page.getByRole('link', { name: 'Show in the graph' }).click();
      await expect.poll(() => nodeCount(page), soon).toBeGreaterThan(5);
      await page.screenshot({ path: path.join(screenshots, 'explore-trusted-documents.png') });
      expect(bodies.length).toBeGreaterThanOrEqual(5);
      for (const body of bodies) {
        expect(body).not.toHaveProperty('query');
        expect(body.documentId).toMatch(/^[0-9a-f]{64}$/);
      }
      expectOnlyThisServer(seen, live.origin);
    });
  });
});
