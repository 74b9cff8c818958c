// Debian's Chromium, driven by playwright-core (which never downloads a
// browser of its own). CI installs it (.ci/run); elsewhere the browser tests
// say in their describe name that it is missing, as describePostgres does.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';

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
