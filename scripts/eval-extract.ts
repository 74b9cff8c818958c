// Scores the raw-text extractor against the labelled corpus in tests/fixtures/extract/.
//   npm run eval:extract                  per-article and overall tables
//   npm run eval:extract -- --file <slug> one article, with every miss (expected vs got)
//   npm run eval:extract -- --json <out>  also write the scores as JSON (to stdout with "-")
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

async function main() {
  const { values } = parseArgs({ options: { file: { type: 'string' }, json: { type: 'string' } } });
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
