// Trains the extractor's pronoun ranker (src/extract/speaker.ts) on PolNeAR's
// train split (Newell, Margolin, Ruths, LREC 2018) and writes its weights to
// src/extract/speaker-weights.json.
//   npm run train:extract -- --polnear <dir>          train and write the weights
//   npm run train:extract -- --polnear <dir> --check  fail when the committed weights differ from a fresh run
// Only the train split is read. The run is deterministic: the articles in name
// order, each extracted once in that order with the recency rule choosing (so
// the candidates never depend on the weights being trained), then a fixed
// number of epochs over the pronouns in that same order.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { extractArticle } from '../src/extract/index.ts';
import { best, type Candidate, type Features, type PronounChoice, ruleWeights, type Weights } from '../src/extract/speaker.ts';
import { namedWithin, sameName } from './eval/language.ts';
import { loadPolnear } from './eval/polnear.ts';
import { judgeGold } from './eval/polnear-score.ts';

const weightsFile = fileURLToPath(new URL('../src/extract/speaker-weights.json', import.meta.url));
const epochs = 10;

/** One "he"/"she" whose gold antecedent is among its candidates: the candidates' features and which are right. */
interface Example {
  candidates: Pick<Candidate, 'features'>[];
  right: number[];
}

/** The pronouns of the train split (its first `limit` articles) the extractor resolved, labelled from the gold (the last named source before). */
export function examples(dir: string, limit?: number): { examples: Example[]; pronouns: number; articleOf: number[] } {
  const out: Example[] = [];
  const articleOf: number[] = [];
  let pronouns = 0;
  for (const [index, article] of loadPolnear(dir, 'train', limit).entries()) {
    const expected = new Map<number, string[]>();
    for (const a of judgeGold(article.text, article.attributions)) {
      const source = a.source[0];
      if (source && a.pronounNames.length) expected.set(source.start, a.pronounNames);
    }
    // A pronoun may be read more than once (a verb's subject is looked at before the statement is made): the last read counts.
    const choices = new Map<number, PronounChoice>();
    const extraction = extractArticle(article.text, {}, { weights: ruleWeights, onPronoun: (c) => choices.set(c.start, c) });
    const names = new Map(extraction.entities.map((e) => [e.key, [e.name, ...e.aliases]]));
    for (const choice of [...choices.values()].sort((a, b) => a.start - b.start)) {
      const gold = expected.get(choice.start);
      if (!gold) continue;
      pronouns++;
      const right = choice.candidates.flatMap((c, k) =>
        (names.get(c.key) ?? []).some((name) => gold.some((g) => sameName(name, g) || namedWithin(name, g))) ? [k] : [],
      );
      if (right.length && right.length < choice.candidates.length) {
        out.push({ candidates: choice.candidates, right });
        articleOf.push(index);
      }
    }
  }
  return { examples: out, pronouns, articleOf };
}

function add(weights: Record<string, number>, features: Features, by: number): void {
  for (const name in features) weights[name] = (weights[name] ?? 0) + by * (features[name] as number);
}

/** An averaged perceptron ranking the candidates: on a wrong choice, towards the best right one and away from the choice. */
export function train(data: readonly Example[]): Weights {
  const weights: Record<string, number> = {};
  const sum: Record<string, number> = {};
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const example of data) {
      const chosen = best(example.candidates as Candidate[], weights);
      if (!example.right.includes(chosen)) {
        const rightOnes = example.right.map((k) => example.candidates[k] as Candidate);
        const target = rightOnes[best(rightOnes, weights)] as Candidate;
        add(weights, target.features, 1);
        add(weights, (example.candidates[chosen] as Candidate).features, -1);
      }
      add(sum, weights, 1);
    }
  }
  const steps = epochs * data.length;
  const averaged: Record<string, number> = {};
  for (const name of Object.keys(sum).sort()) {
    const w = Math.round((1e4 * (sum[name] as number)) / steps) / 1e4;
    if (w !== 0) averaged[name] = w;
  }
  return averaged;
}

export const accuracy = (data: readonly Example[], weights: Weights) =>
  data.filter((example) => example.right.includes(best(example.candidates as Candidate[], weights))).length / data.length;

function main() {
  const { values } = parseArgs({ options: { polnear: { type: 'string' }, check: { type: 'boolean' } } });
  if (!values.polnear) throw new Error('--polnear <dir> is required (the folder holding train/text and train/attributions)');
  const started = performance.now();
  const { examples: data, pronouns } = examples(values.polnear);
  const weights = train(data);
  const json = `${JSON.stringify(
    {
      about: 'Pronoun speaker ranker (src/extract/speaker.ts): averaged perceptron, written by npm run train:extract',
      corpus: 'PolNeAR v1.0.0 train split (Newell, Margolin, Ruths, LREC 2018)',
      epochs,
      examples: data.length,
      weights,
    },
    null,
    2,
  )}\n`;
  const pct = (x: number) => (100 * x).toFixed(1);
  console.log(
    `${pronouns} "he"/"she" with a gold antecedent, ${data.length} with it among several candidates; ` +
      `right: recency rule ${pct(accuracy(data, ruleWeights))}%, ranker ${pct(accuracy(data, weights))}% ` +
      `(${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
  if (values.check) {
    if (readFileSync(weightsFile, 'utf8') !== json) {
      console.error('src/extract/speaker-weights.json differs from a fresh training run: run npm run train:extract -- --polnear <dir>');
      process.exit(1);
    }
    console.log('src/extract/speaker-weights.json is what training gives');
    return;
  }
  writeFileSync(weightsFile, json);
  console.log(`wrote ${weightsFile}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (error) {
    console.error(`train:extract: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
