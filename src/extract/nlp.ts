// Tokens, parts of speech and sentences from wink-nlp with its small English
// model (shipped inside the npm package, no download). The model is loaded
// once per process, on first use; every token carries its offsets in the text
// it was read from, so the rules above it never lose track of positions.
import { createRequire } from 'node:module';
import winkNLP from 'wink-nlp';
import { abbreviations } from './lexicon.ts';

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Universal POS tag (PROPN, NOUN, VERB, AUX, ADP, PUNCT, …). */
  pos: string;
  /** Index of the sentence the token belongs to. */
  sentence: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** Token index range, end exclusive. */
  first: number;
  last: number;
}

export interface Parsed {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

let engine: ReturnType<typeof winkNLP> | null = null;

function nlp() {
  if (!engine) {
    // The model (≈25 MB in memory) is required here rather than imported, so a server that never extracts never holds it.
    const model = createRequire(import.meta.url)('wink-eng-lite-web-model') as Parameters<typeof winkNLP>[0];
    // Only what the rules use: sentence boundaries and parts of speech (wink's entity, negation and sentiment pipes cost time).
    engine = winkNLP(model, ['sbd', 'pos']);
  }
  return engine;
}

/** Loads the model now (it is otherwise loaded on the first parse). */
export function warmUp(): void {
  nlp();
}

/**
 * Runs of this many characters without a space are no words (a URL, a pasted
 * hash, a fuzzer's "xxxx…"), and wink's tokenizer takes time quadratic in a
 * token's length: 70,000 such characters took 6 s. They reach the model as
 * spaces of the same length, so every offset still points into `text`.
 */
const longestWord = 200;
const overlong = new RegExp(`\\S{${longestWord + 1},}`, 'g');

export function parse(text: string): Parsed {
  const engine = nlp();
  const its = engine.its;
  const doc = engine.readDoc(text.replace(overlong, (run) => ' '.repeat(run.length)));
  const values = doc.tokens().out() as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const tokens: Token[] = [];
  const tokenAt: number[] = [];
  let cursor = 0;
  values.forEach((value, i) => {
    const at = text.indexOf(value, cursor);
    if (at === -1 || !value.trim()) {
      tokenAt.push(-1);
      return;
    }
    cursor = at + value.length;
    tokenAt.push(tokens.length);
    tokens.push({ text: value, lower: value.toLowerCase(), start: at, end: cursor, pos: tags[i] ?? 'X', sentence: 0 });
  });

  // Sentences by token ranges, then merged where the model split after an abbreviation ("Maj. | Gen. Igor …").
  const raw: Sentence[] = [];
  for (const [from, to] of doc.sentences().out(its.span) as unknown as [number, number][]) {
    const mapped = tokenAt.slice(from, to + 1).filter((i) => i >= 0);
    const a = mapped[0];
    const b = mapped.at(-1);
    if (a === undefined || b === undefined) continue;
    raw.push({ first: a, last: b + 1, start: (tokens[a] as Token).start, end: (tokens[b] as Token).end });
  }
  const sentences: Sentence[] = [];
  for (const sentence of raw) {
    const previous = sentences.at(-1);
    // The abbreviation test reads only a sentence's last few characters ("Sept." and the one before it): the whole of a
    // sentence merged again and again ("Gen. X. Gen. Y. …") made it quadratic.
    const head = previous ? text.slice(Math.max(previous.start, previous.end - 8), previous.end) : '';
    const between = previous ? text.slice(previous.end, sentence.start) : '';
    // A sentence never starts in lower case: "Sen. X (I-Vt.) said …" was split after the party label.
    const lowerStart = /^\p{Ll}/u.test(text.charAt(sentence.start)) && /[.)]$/.test(head);
    const afterAbbreviation = abbreviations.test(head) && /^[A-Z]/.test(text.slice(sentence.start));
    if (previous && !between.includes('\n') && (afterAbbreviation || lowerStart)) {
      previous.end = sentence.end;
      previous.last = sentence.last;
    } else sentences.push({ ...sentence });
  }
  sentences.forEach((sentence, index) => {
    for (let i = sentence.first; i < sentence.last; i++) (tokens[i] as Token).sentence = index;
  });

  return { text, tokens, sentences };
}
