// `npm run ingest` as a user runs it: a folder with a good article (and its
// metadata file), a file that is only page furniture, and a .jsonl file with a
// good line and a bad one, into a PGlite data directory. The bad items are
// reported and skipped, the exit code says something failed, and a second run
// stores nothing new.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeEmbedded } from './helpers/server-process.ts';

const root = mkdtempSync(join(tmpdir(), 'newsgraph-ingest-'));
const input = join(root, 'articles');
const dataDir = join(root, 'pglite');
mkdirSync(join(input, 'nested'), { recursive: true });
writeFileSync(join(input, 'seed.txt'), readFileSync(new URL('../corpus/seed-article.txt', import.meta.url), 'utf8'));
writeFileSync(
  join(input, 'seed.json'),
  JSON.stringify({ url: 'https://news.example/seed', headline: 'Russia says some troops returning to bases', publishedAt: '2022-02-15' }),
);
writeFileSync(join(input, 'nested', 'furniture.txt'), 'Leave a Reply\n\nYour email address will not be published.\n');
writeFileSync(
  join(input, 'batch.jsonl'),
  `${JSON.stringify({ text: '“We will study the proposals,” Sergey Lavrov said on Monday.', url: 'https://news.example/lavrov', publishedAt: '2022-02-14' })}\n{not json\n`,
);

afterAll(() => rmSync(root, { recursive: true, force: true }));

const run = (...flags: string[]) =>
  spawnSync(join('node_modules', '.bin', 'tsx'), ['scripts/ingest.ts', input, ...flags], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: `file:${dataDir}` },
  });

describeEmbedded('npm run ingest on text files', () => {
  describe('npm run ingest', () => {
    it('ingests the good files, reports the bad ones and exits 1', () => {
      const result = run();
      expect(result.status, result.stderr).toBe(1);
      expect(result.stdout).toContain('Articles: 2 created, 0 already present; statements: 17;');
      expect(result.stdout).toContain('failures: 2');
      expect(result.stdout).toMatch(/failed: .*furniture\.txt: text: contains no article prose/);
      expect(result.stdout).toMatch(/failed: .*batch\.jsonl:2: /);
    }, 180_000);

    it('changes nothing on a second run', () => {
      const result = run();
      expect(result.status, result.stderr).toBe(1);
      expect(result.stdout).toContain('Articles: 0 created, 2 already present; statements: 0; entities: 0 new, 0 reused; failures: 2');
      expect(result.stdout).toMatch(/failures: 2; \d+\.\d s, \d+\.\d articles\/s/);
    }, 180_000);

    it('refuses a thread or concurrency count that is not a positive integer, naming the flag', () => {
      for (const [flag, value] of [
        ['--threads', '0'],
        ['--concurrency', 'many'],
      ] as const) {
        const result = run(flag, value);
        expect(result.status).toBe(2);
        expect(result.stderr).toContain(`${flag} must be a positive integer, not "${value}"`);
      }
    }, 60_000);
  });
});
