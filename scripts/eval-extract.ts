// Scores the raw-text extractor against the labelled corpus in tests/fixtures/extract/.
//   npm run eval:extract                  per-article and overall tables
//   npm run eval:extract -- --file <slug> one article, with every miss (expected vs got)
//   npm run eval:extract -- --json <out>  also write the scores as JSON (to stdout with "-")
//   npm run eval:extract -- --polnear <dir> [--split dev|train] [--misses] [--limit N] [--json <out>|-]
//                                         against PolNeAR's gold attributions instead (scripts/eval/polnear.ts)
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Extraction, ExtractMeta } from '../src/extract/types.ts';
import {
  formatArticleTable,
  formatMisses,
  formatOverallTable,
  headline,
  loadCorpus,
  metaOf,
  scoreArticle,
  sumScores,
  validateGold,
} from './eval/fixtures.ts';
import {
  evaluatePolnear,
  formatPolnearMisses,
  formatPolnearOverall,
  formatPolnearPublishers,
  loadPolnear,
  type PolnearSplit,
  polnearJson,
} from './eval/polnear.ts';

const corpusDir = fileURLToPath(new URL('../tests/fixtures/extract/', import.meta.url));
const extractorFile = fileURLToPath(new URL('../src/extract/index.ts', import.meta.url));

type Extract = (text: string, meta?: ExtractMeta) => Extraction;

async function loadExtractor(): Promise<Extract> {
  if (!existsSync(extractorFile)) {
    throw new Error('the extractor is not there yet: src/extract/index.ts must export extractArticle(text, meta)');
  }
  const module = (await import('../src/extract/index.ts' as string)) as { extractArticle?: Extract };
  if (typeof module.extractArticle !== 'function') throw new Error('src/extract/index.ts does not export extractArticle(text, meta)');
  return module.extractArticle;
}

function writeJson(target: string, data: unknown) {
  const json = JSON.stringify(data, null, 2);
  if (target === '-') console.log(json);
  else writeFileSync(target, `${json}\n`);
}

async function polnear(dir: string, values: { split?: string; misses?: boolean; limit?: string; json?: string }) {
  const split = (values.split ?? 'dev') as PolnearSplit;
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0))
    throw new Error(`--limit must be a positive whole number, not ${values.limit}`);
  const articles = loadPolnear(dir, split, limit);
  const extract = await loadExtractor();
  const started = performance.now();
  const evaluation = evaluatePolnear(articles, (text) => extract(text));
  const seconds = (performance.now() - started) / 1000;

  const out = values.json === '-' ? console.error : console.log;
  if (values.misses) out(`${formatPolnearMisses(evaluation)}\n`);
  out(`PolNeAR ${split}: ${articles.length} article(s), extracted and scored in ${seconds.toFixed(1)} s\n`);
  out(formatPolnearPublishers(evaluation));
  out('\nOverall (micro-averaged; the extraction exposes the verb text only, so a cue is right when that text is inside the gold cue):\n');
  out(formatPolnearOverall(evaluation.overall));
  if (values.json) writeJson(values.json, polnearJson(evaluation, split));
}

async function main() {
  const { values } = parseArgs({
    options: {
      file: { type: 'string' },
      json: { type: 'string' },
      polnear: { type: 'string' },
      split: { type: 'string' },
      misses: { type: 'boolean' },
      limit: { type: 'string' },
    },
  });
  if (values.polnear) return polnear(values.polnear, values);
  if (values.split || values.misses || values.limit) throw new Error('--split, --misses and --limit go with --polnear <dir>');
  let corpus = loadCorpus(corpusDir);
  if (values.file) {
    corpus = corpus.filter((article) => article.slug === values.file);
    if (corpus.length === 0) throw new Error(`--file: no article ${values.file} in tests/fixtures/extract/`);
  }
  for (const article of corpus) {
    const problems = validateGold(article.gold, article.text);
    if (problems.length) throw new Error(`${article.slug}.gold.json is not valid:\n  ${problems.join('\n  ')}`);
  }

  const extract = await loadExtractor();
  const rows = corpus.map((article) => ({
    slug: article.slug,
    score: scoreArticle(extract(article.text, metaOf(article.gold)), article.gold, article.text),
  }));
  const overall = sumScores(rows.map((row) => row.score));

  const out = values.json === '-' ? console.error : console.log;
  out(`${corpus.length} article(s) in tests/fixtures/extract/\n`);
  out(formatArticleTable(rows));
  out('\nOverall (micro-averaged):\n');
  out(formatOverallTable(overall));
  if (values.file) out(`\nMisses in ${values.file}:\n\n${formatMisses(rows[0]?.score ?? overall)}`);

  if (values.json) {
    const json = JSON.stringify(
      {
        overall: { headline: headline(overall), ...overall, misses: undefined },
        articles: rows.map(({ slug, score }) => ({ slug, headline: headline(score), ...score })),
      },
      null,
      2,
    );
    if (values.json === '-') console.log(json);
    else writeFileSync(values.json, `${json}\n`);
  }
}

main().catch((error: unknown) => {
  console.error(`eval:extract: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
