// The README and docs/ stay true: every relative link points at a file (and a
// heading) that exists, every `npm run` script they name exists, and the
// shell blocks marked `sh runnable` run and succeed, on a database of their own.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { describeEmbedded } from './helpers/server-process.ts';

const root = new URL('..', import.meta.url).pathname;
const pages = ['README.md', ...readdirSync(join(root, 'docs')).map((file) => `docs/${file}`)];
const text = (page: string) => readFileSync(join(root, page), 'utf8');

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens. */
function anchor(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
}

function anchorsOf(page: string): Set<string> {
  const headings = text(page)
    .split('\n')
    .filter((line) => /^#{1,6} /.test(line))
    .map((line) => anchor(line.replace(/^#+ /, '')));
  return new Set(headings);
}

/** The shell blocks of a page marked runnable. */
function runnableBlocks(page: string): string[] {
  return [...text(page).matchAll(/^```sh runnable\n([\s\S]*?)^```$/gm)].map((match) => match[1] as string);
}

describe('the docs', () => {
  it.each(pages)('%s links only to files and headings that exist', (page) => {
    const broken: string[] = [];
    for (const [, target] of text(page).matchAll(/\]\(([^)\s]+)\)/g)) {
      if (!target || /^[a-z]+:/.test(target)) continue;
      const [file = '', hash] = target.split('#');
      const resolved = file ? join(dirname(page), file) : page;
      try {
        readFileSync(join(root, resolved));
      } catch {
        broken.push(target);
        continue;
      }
      if (hash && resolved.endsWith('.md') && !anchorsOf(resolved).has(hash)) broken.push(target);
    }
    expect(broken).toEqual([]);
  });

  it('name only npm scripts that exist', () => {
    const scripts = Object.keys((JSON.parse(text('package.json')) as { scripts: Record<string, string> }).scripts);
    const named = new Set(pages.flatMap((page) => [...text(page).matchAll(/npm run ([\w:-]+)/g)].map((match) => match[1] as string)));
    expect([...named].filter((name) => !scripts.includes(name))).toEqual([]);
  });

  it('mark some blocks runnable', () => {
    expect(pages.flatMap(runnableBlocks).length).toBeGreaterThanOrEqual(3);
  });
});

// The blocks open a PGlite data directory of their own (DATABASE_URL=file:…), whichever pass runs them.
describeEmbedded('the docs’ runnable blocks', () => {
  const blocks = pages.flatMap((page) => runnableBlocks(page).map((block) => [page, block] as const));
  it.each(blocks)(
    '%s: a runnable block runs and succeeds',
    async (_page, block) => {
      const dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-docs-'));
      try {
        const { stdout } = await promisify(execFile)('bash', ['-euo', 'pipefail', '-c', block], {
          cwd: root,
          env: { ...process.env, DATABASE_URL: `file:${dataDir}`, NEWSGRAPH_API_KEY: '' },
          maxBuffer: 64 * 1024 * 1024,
        });
        expect(stdout.length).toBeGreaterThan(0);
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
    300_000,
  );
});
