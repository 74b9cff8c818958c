// The extractor on real news: PolNeAR's dev split (Newell, Margolin, Ruths,
// LREC 2018), read from ../shared/polnear beside the clone (CI copies it there)
// or from POLNEAR_DIR. Without the corpus, the suite says so in its name.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluatePolnear, loadPolnear } from '../scripts/eval/polnear.ts';
import { type PolnearHeadline, polnearHeadline } from '../scripts/eval/polnear-score.ts';
import { extractArticle } from '../src/extract/index.ts';

const repository = fileURLToPath(new URL('..', import.meta.url));
const polnearDir = process.env.POLNEAR_DIR ?? join(repository, '..', 'shared', 'polnear');
const present = existsSync(join(polnearDir, 'dev', 'text'));

// Two points under the dev figures of 2026-12-03, after the run-on clause,
// the tagged-noun and sentence-opening cues and media names (P 91.7, R 86.9,
// F1 89.2, direct 100.0, reported 78.0, all 52.6, speaker direct 90.3 /
// reported 88.8, cue F1 82.1): a regression fails CI. Raise them when the
// extractor improves. Precision, direct and speaker direct keep their floors
// (precision moved down 0.2 as more was found).
// With the pronoun ranker (src/extract/speaker.ts), "he"/"she" speakers 64.6
// → 69.4 and speaker direct 90.3 → 90.7: their floors two points under.
// The targets: F1 85, P 88, direct 97, reported 80, speaker 88 (direct 95).
const FLOORS: Partial<Record<keyof PolnearHeadline, number>> = {
  speechPrecision: 0.901,
  speechRecall: 0.849,
  speechF1: 0.872,
  directFound: 0.98,
  reportedFound: 0.76,
  allRecall: 0.506,
  speakerDirect: 0.887,
  speakerReported: 0.868,
  speakerPronoun: 0.674,
  cueF1: 0.801,
};

if (present) {
  describe(`the extractor on PolNeAR dev (${polnearDir})`, () => {
    it('reaches the floors, in well under a minute', () => {
      const started = performance.now();
      const articles = loadPolnear(polnearDir, 'dev');
      const evaluation = evaluatePolnear(articles, (text) => extractArticle(text));
      const seconds = (performance.now() - started) / 1000;
      expect(articles).toHaveLength(84);
      const figures = polnearHeadline(evaluation.overall);
      // One assertion listing every figure under its floor, so a failure shows them all.
      const below = Object.entries(FLOORS)
        .filter(([metric, floor]) => figures[metric as keyof PolnearHeadline] < (floor as number))
        .map(([metric, floor]) => `${metric} ${figures[metric as keyof PolnearHeadline].toFixed(3)} < ${floor}`);
      expect(below).toEqual([]);
      expect(seconds).toBeLessThan(45);
    }, 90_000);

    it('runs as npm run eval:extract -- --polnear, and refuses the held-out test split', () => {
      const tsx = join(repository, 'node_modules', '.bin', 'tsx');
      const run = (...args: string[]) =>
        spawnSync(tsx, ['scripts/eval-extract.ts', '--polnear', polnearDir, ...args], { encoding: 'utf8' });
      // Four articles: the first two are now found whole, and the misses list needs one to show.
      const result = run('--limit', '4', '--misses', '--json', '-');
      expect(result.status, result.stderr).toBe(0);
      const json = JSON.parse(result.stdout) as { split: string; articles: unknown[]; overall: { headline: PolnearHeadline } };
      expect(json.split).toBe('dev');
      expect(json.articles).toHaveLength(4);
      expect(json.overall.headline.speechPrecision).toBeGreaterThan(0);
      expect(result.stderr).toContain('| publisher');
      expect(result.stderr).toContain('### ');
      const test = run('--split', 'test');
      expect(test.status).toBe(1);
      expect(test.stderr).toContain('the test split is held out');
    }, 60_000);
  });
} else {
  describe(`the extractor on PolNeAR dev [needs the corpus: ${polnearDir} is absent]`, () => {
    it('is skipped because the corpus folder is absent', () => expect(present).toBe(false));
  });
}
