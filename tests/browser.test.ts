// The server's pages in a real browser (Debian's Chromium through
// playwright-core), served by the real server process on the seed graph:
// GraphiQL loads from this server alone, opens on the examples and runs
// them; the landing page's links answer. Screenshots of each page land in
// test-results/screenshots/ for a person to look at. GraphiQL's files are
// built by the global set-up (tests/helpers/build-graphiql.ts).
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { exampleOperations } from '../src/examples.ts';
import { describeChromium, screenshots, useBrowserAndServer, withPage } from './helpers/browser.ts';

describeChromium('the pages in a browser', () => {
  const live = useBrowserAndServer({ NEWSGRAPH_SEED: 'true', DATABASE_URL: 'memory://', NEWSGRAPH_METRICS: 'public' });

  it('loads GraphiQL with every request to the server itself, and no CSP violation or script error', async () => {
    await withPage(live.browser, { width: 1280, height: 800 }, async (page, seen) => {
      const response = await page.goto(`${live.origin}/graphql`);
      expect(response?.status()).toBe(200);
      expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
      await expect.poll(() => editorText(page.locator('.graphiql-query-editor'))).toContain('query WhoSaidWhatAboutThePullBack');
      // The schema arrived (introspection through GraphiQL's fetcher) when the docs can be opened.
      await page.getByRole('button', { name: /Show Documentation Explorer/i }).click();
      await expect.poll(() => page.locator('.graphiql-doc-explorer').textContent()).toContain('Query');
      await page.screenshot({ path: path.join(screenshots, 'graphiql-docs.png') });
      // Monaco's workers (validation, JSON) are scripts of this origin too.
      await expect.poll(() => seen.requests.filter((url) => url.includes('.worker-')).length).toBeGreaterThanOrEqual(2);
      expect(seen.requests.filter((url) => new URL(url).origin !== live.origin)).toEqual([]);
      expect(seen.problems).toEqual([]);
    });
  });

  it('opens the example operations as tabs, the first holding WhoSaidWhatAboutThePullBack', async () => {
    await withPage(live.browser, { width: 1280, height: 800 }, async (page, seen) => {
      await page.goto(`${live.origin}/graphql`);
      const tabs = page.locator('.graphiql-tab');
      await expect.poll(() => tabs.count()).toBe(exampleOperations.length);
      expect((await tabs.allInnerTexts()).map((title) => title.trim())).toEqual(exampleOperations.map((operation) => operation.name));
      expect(await page.locator('.graphiql-tab-active').textContent()).toContain('WhoSaidWhatAboutThePullBack');
      const text = await editorText(page.locator('.graphiql-query-editor'));
      expect(text).toContain('# Who said what about the announced pull-back of Russian troops?');
      expect(text).toContain('events(filter: { name: "pull-back" }, first: 1) {');
      await page.screenshot({ path: path.join(screenshots, 'graphiql-first-tab.png') });
      // Another tab holds its own operation, and its variables where it has some.
      await tabs.filter({ hasText: 'PathBetweenTwo' }).click();
      await expect.poll(() => editorText(page.locator('.graphiql-query-editor'))).toContain('query PathBetweenTwo($from: ID!, $to: ID!)');
      await page.getByRole('button', { name: 'Variables' }).click();
      await expect.poll(() => editorText(page.locator('.graphiql-editor-tool'))).toContain('"from": ""');
      await page.screenshot({ path: path.join(screenshots, 'graphiql-variables-tab.png') });
      expect(seen.problems).toEqual([]);
    });
  });

  it('runs the first tab with ▶ and shows Kuleba’s and Nikiforov’s statements in the result pane', async () => {
    await withPage(live.browser, { width: 1280, height: 800 }, async (page, seen) => {
      await page.goto(`${live.origin}/graphql`);
      await expect.poll(() => editorText(page.locator('.graphiql-query-editor'))).toContain('query WhoSaidWhatAboutThePullBack');
      await page.locator('.graphiql-execute-button').click();
      const result = page.locator('.graphiql-response');
      await expect.poll(() => editorText(result), { timeout: 20_000 }).toContain('"totalCount"');
      await page.screenshot({ path: path.join(screenshots, 'graphiql-result.png') });
      // The pane shows only the lines in view; copy all of them, as a reader would.
      const shown = JSON.parse(await copiedEditorText(page, result));
      expect(shown.errors).toBeUndefined();
      const statements = shown.data.events.nodes[0].statements.nodes.map(
        ({ statement }: { statement: { text: string; speaker: { name: string } | null } }) =>
          `${statement.speaker?.name}: ${statement.text}`,
      );
      expect(statements).toContainEqual(expect.stringMatching(/^Dmytro Kuleba: .*We’ll believe it when we see it/));
      expect(statements).toContainEqual(expect.stringMatching(/^Serhiy Nikiforov: /));
      expect(seen.requests.filter((url) => new URL(url).origin !== live.origin)).toEqual([]);
      expect(seen.problems).toEqual([]);
    });
  });

  it('runs a subscription over the WebSocket, which the CSP allows as this origin', async () => {
    await withPage(live.browser, { width: 1280, height: 800 }, async (page, seen) => {
      // Every socket and its frames, so that a failure says what the server sent (or that nothing came).
      const sockets: string[] = [];
      const frames: string[] = [];
      page.on('websocket', (socket) => {
        sockets.push(socket.url());
        socket.on('framesent', ({ payload }) => frames.push(`sent ${payload}`));
        socket.on('framereceived', ({ payload }) => frames.push(`received ${payload}`));
        socket.on('close', () => frames.push('closed'));
      });
      await page.goto(`${live.origin}/graphql`);
      await expect.poll(() => editorText(page.locator('.graphiql-query-editor'))).toContain('query WhoSaidWhatAboutThePullBack');
      await page.locator('.graphiql-tab-add').click();
      await page.locator('.graphiql-query-editor .view-lines').click();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.insertText('subscription HeardByGraphiQL { articleIngested { headline } }');
      // GraphiQL reads the operation (and so learns it is a subscription) 100 ms after an edit; the tab's title shows it has.
      await expect.poll(() => page.locator('.graphiql-tab-active').textContent()).toContain('HeardByGraphiQL');
      await page.locator('.graphiql-execute-button').click();
      await expect.poll(() => sockets).toEqual([`${live.origin.replace('http:', 'ws:')}/graphql`]);
      // The server has taken the subscription once it acknowledged the connection and the subscribe went out.
      await expect
        .poll(() => frames.some((frame) => frame.startsWith('sent') && frame.includes('"subscribe"')), { timeout: 20_000 })
        .toBe(true);
      await expect.poll(() => frames.some((frame) => frame.includes('"connection_ack"')), { timeout: 20_000 }).toBe(true);
      // Ingest until the subscriber hears it: the server may still be subscribing when the first one lands.
      let sent = 0;
      const heard = expect
        .poll(
          async () => {
            // A new URL and body each time: the same content again is recognized as stored and announced to nobody.
            await ingestArticle(live.server.url, `https://example.org/browser-${++sent}`, `Test article number ${sent}.`);
            return editorText(page.locator('.graphiql-response'));
          },
          { timeout: 40_000, interval: 500 },
        )
        .toContain('"headline": "Heard by GraphiQL"');
      await heard.catch((error: Error) => {
        throw new Error(`${error.message}\nThe socket's frames:\n${frames.join('\n')}`, { cause: error });
      });
      await page.screenshot({ path: path.join(screenshots, 'graphiql-subscription.png') });
      expect(seen.problems).toEqual([]);
    });
  });

  it('shows the landing page with its links, each answering 200, with no request elsewhere', async () => {
    await withPage(live.browser, { width: 1280, height: 800 }, async (page, seen) => {
      const response = await page.goto(`${live.origin}/`);
      expect(response?.status()).toBe(200);
      expect(response?.headers()['content-security-policy']).toMatch(/^default-src 'none'/);
      expect(await page.locator('h1').textContent()).toBe('newsgraph');
      await page.screenshot({ path: path.join(screenshots, 'landing.png'), fullPage: true });
      const links = await page.locator('a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
      expect(links).toEqual(['/explore', '/graphql', '/health', '/ready', '/metrics']);
      for (const href of links) {
        const answer = await page.goto(`${live.origin}${href}`);
        expect(answer?.status(), href ?? '').toBe(200);
      }
      expect(seen.requests.filter((url) => new URL(url).origin !== live.origin)).toEqual([]);
      expect(seen.problems).toEqual([]);
    });
  });

  it('fits the landing page on a phone without sideways scrolling', async () => {
    await withPage(live.browser, { width: 375, height: 740 }, async (page) => {
      await page.goto(`${live.origin}/`);
      await page.screenshot({ path: path.join(screenshots, 'landing-phone.png'), fullPage: true });
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    });
  });
});

describeChromium('the pages in a browser with GraphiQL off', () => {
  const live = useBrowserAndServer({ DATABASE_URL: 'memory://', NEWSGRAPH_GRAPHIQL: 'false', NEWSGRAPH_METRICS: 'off' });

  it('answers /graphql with a page that says GraphiQL is off and how to turn it on', async () => {
    await withPage(live.browser, { width: 1280, height: 800 }, async (page, seen) => {
      const response = await page.goto(`${live.origin}/graphql`);
      expect(response?.status()).toBe(404);
      expect(await page.locator('main').textContent()).toContain('NEWSGRAPH_GRAPHIQL=true');
      await page.screenshot({ path: path.join(screenshots, 'graphiql-off.png') });
      await page.goto(`${live.origin}/`);
      const links = await page.locator('a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
      expect(links).toEqual(['/explore', '/health', '/ready']);
      await page.screenshot({ path: path.join(screenshots, 'landing-graphiql-off.png'), fullPage: true });
      expect(seen.problems).toEqual([]);
    });
  });
});

async function ingestArticle(endpoint: string, url: string, body: string) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { url } } }',
      variables: { input: { url, headline: 'Heard by GraphiQL', publishedAt: '2022-02-16T12:00:00Z', body } },
    }),
  });
  const result = (await response.json()) as { errors?: unknown[] };
  if (result.errors) throw new Error(JSON.stringify(result.errors));
}

/** The lines a Monaco editor shows (non-breaking spaces as spaces). */
async function editorText(editor: Locator): Promise<string> {
  const lines = editor.locator('.view-lines').first();
  if ((await lines.count()) === 0) return '';
  // biome-ignore lint/performance/useDomNodeTextContent: the lines as laid out (one per row) are what the reader sees.
  return (await lines.innerText()).replace(/\u00a0/g, ' ');
}

/** All of a Monaco editor's text, through select-all and copy: it renders only the lines in view. */
async function copiedEditorText(page: Page, editor: Locator): Promise<string> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  await editor.locator('.view-lines').first().click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+C');
  return (await page.evaluate('navigator.clipboard.readText()')) as string;
}
