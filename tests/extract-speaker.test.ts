// The pronoun ranker (src/extract/speaker.ts): who "he said" and "she said"
// point back at, on made-up sentences where the recency rule it replaced, or
// the ranker with no weights (the most recent person), goes wrong; and on
// PolNeAR train (read from ../shared/polnear or POLNEAR_DIR), that the
// shipped weights beat the rule. Whether the shipped weights are what
// training gives is checked by .ci/run (npm run train:extract -- --check):
// it extracts all of train, more than this suite should wait for.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { accuracy, examples } from '../scripts/train-extract.ts';
import { extractArticle } from '../src/extract/index.ts';
import { reach, ruleWeights, speakerWeights, type Weights } from '../src/extract/speaker.ts';

/** The name of whoever the extractor gives the statement opening with `opening`. */
function speakerOf(text: string, opening: string, weights?: Weights): string | null {
  const extraction = extractArticle(text, {}, weights ? { weights } : {});
  const statement = extraction.statements.find((s) => s.text.startsWith(opening));
  expect(statement, `no statement opens with ${opening}`).toBeDefined();
  const speaker = extraction.entities.find((e) => e.key === statement?.speaker);
  return speaker?.name ?? null;
}

const zero: Weights = {};

describe('the pronoun ranker', () => {
  it('passes over a name after a preposition, which the rule took for the latest subject', () => {
    const text =
      'Mayor Tom Reed said the bridge would reopen in May.\n\n' +
      'Engineers working for Dan Fox inspected it last week and found cracks.\n\n' +
      '“We will be ready,” he said.';
    expect(speakerOf(text, 'We will be ready')).toBe('Tom Reed');
    expect(speakerOf(text, 'We will be ready', ruleWeights)).toBe('Dan Fox');
    expect(speakerOf(text, 'We will be ready', zero)).toBe('Dan Fox');
  });

  it('keeps the speaker when the next sentence is about someone else', () => {
    const text =
      'Chief Alan Shaw said two officers were hurt. The suspect, Ray Cole, was arrested on Main Street.\n\n' +
      'He said the officers would recover.';
    expect(speakerOf(text, 'the officers would recover')).toBe('Alan Shaw');
    expect(speakerOf(text, 'the officers would recover', ruleWeights)).toBe('Ray Cole');
    expect(speakerOf(text, 'the officers would recover', zero)).toBe('Ray Cole');
  });

  it('reads gender, possessives and quotation marks, which the most recent name alone does not', () => {
    const gender =
      'Governor Ann Lee said on Monday that the budget was balanced.\n\n' +
      'Lawmakers met with Senator Kate Moss for two hours on Tuesday.\n\nShe said the state would not borrow.';
    // Both women: the speaker, not the woman named last after a preposition.
    expect(speakerOf(gender, 'the state would not borrow')).toBe('Ann Lee');
    expect(speakerOf(gender, 'the state would not borrow', zero)).toBe('Kate Moss');

    const possessive =
      'Mayor Tom Reed said the bridge would reopen in May. Dan Fox’s company built it in 1990.\n\n“We will be ready,” he said.';
    expect(speakerOf(possessive, 'We will be ready')).toBe('Tom Reed');
    expect(speakerOf(possessive, 'We will be ready', zero)).toBe('Dan Fox');

    const quoted = 'Paul Grant said the deal was bad. “Nobody asked David Ross,” he said.\n\nHe added that the bill would fail.';
    expect(speakerOf(quoted, 'Nobody asked')).toBe('Paul Grant');
    expect(speakerOf(quoted, 'the bill would fail')).toBe('Paul Grant');
    expect(speakerOf(quoted, 'the bill would fail', zero)).toBe('David Ross');
  });

  it('looks back over a bounded number of people, so a long page stays linear', () => {
    const people = Array.from({ length: 40 }, (_, k) => `Officer ${String.fromCharCode(65 + (k % 26))}${'abcdefgh'[k % 8]}son Grey${k}`);
    const text = `${people.map((name) => `${name} said the road was closed.`).join(' ')}\n\nHe said it would reopen.`;
    const sizes: number[] = [];
    extractArticle(text, {}, { onPronoun: (choice) => sizes.push(choice.candidates.length) });
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(reach.people + 1);
    expect(Math.max(...sizes)).toBeGreaterThan(1);
  });
});

const repository = fileURLToPath(new URL('..', import.meta.url));
const polnearDir = process.env.POLNEAR_DIR ?? join(repository, '..', 'shared', 'polnear');
const present = existsSync(join(polnearDir, 'train', 'text'));

if (present) {
  describe(`the pronoun ranker on PolNeAR train (${polnearDir})`, () => {
    it('chooses the gold antecedent more often than the recency rule', () => {
      const { examples: data } = examples(polnearDir, 60);
      expect(data.length).toBeGreaterThan(50);
      expect(accuracy(data, speakerWeights)).toBeGreaterThan(accuracy(data, ruleWeights) + 0.02);
    }, 60_000);
  });
} else {
  describe(`the pronoun ranker on PolNeAR train [needs the corpus: ${polnearDir} is absent]`, () => {
    it('is skipped because the corpus folder is absent', () => expect(present).toBe(false));
  });
}
