// Debian's Chromium, driven by playwright-core (which never downloads a
// browser of its own). CI installs it (.ci/run); elsewhere the browser tests
// say in their describe name that it is missing, as describePostgres does.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServerProcess, startServer } from './server-process.ts';

/** Where the browser tests leave their screenshots, for a person to look at. */
export const screenshots = path.join('test-results', 'screenshots');

/** The chromium on PATH, as `command -v chromium` finds it. */
export const chromiumPath =
  (process.env.PATH ?? '')
    .split(path.delimiter)
    .map((dir) => path.join(dir, 'chromium'))
    .find((file) => path.isAbsolute(file) && existsSync(file)) ?? null;

export function describeChromium(name: string, body: () => void) {
  if (chromiumPath) describe(`${name} [Chromium]`, body);
  else
    describe(`${name} [needs Chromium: not installed here (apt-get install chromium); .ci/run installs it]`, () => {
      it('is left to a machine with Chromium', () => expect(chromiumPath).toBeNull());
    });
}

export function launchChromium(): Promise<Browser> {
  if (!chromiumPath) throw new Error('no chromium on PATH');
  // Root in a container has no user namespace for Chromium's sandbox.
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
}

/** For the enclosing describe: Chromium and the server process started with `env`, both stopped afterwards. */
export function useBrowserAndServer(env: Record<string, string>): { browser: Browser; server: ServerProcess; origin: string } {
  const live = {} as { browser: Browser; server: ServerProcess; origin: string };
  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    [live.browser, live.server] = await Promise.all([launchChromium(), startServer(env)]);
    live.origin = new URL(live.server.url).origin;
  });
  afterAll(async () => {
    await live.browser?.close();
    await live.server?.stop();
  });
  return live;
}

export type Seen = { requests: string[]; problems: string[] };

/** A fresh context (no GraphiQL tabs in localStorage), recording every request and every error or CSP refusal. */
export async function withPage(
  browser: Browser,
  viewport: { width: number; height: number },
  body: (page: Page, seen: Seen) => Promise<void>,
) {
  const context: BrowserContext = await browser.newContext({ viewport });
  const seen: Seen = { requests: [], problems: [] };
  // The context sees requests from the page and from its workers.
  context.on('request', (request) => {
    if (!/^(data|blob):/.test(request.url())) seen.requests.push(request.url());
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => seen.problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // Statuses are asserted where they matter; Chromium also logs each 4xx it loads (the GraphiQL-off page is a 404).
    if (/^Failed to load resource/.test(message.text())) return;
    if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) seen.problems.push(`console: ${message.text()}`);
  });
  try {
    await body(page, seen);
  } finally {
    await context.close();
  }
}
