// What the PolNeAR scorer needs to know about words: wink-nlp lemmas (to
// tell speech cues from thoughts and intentions), proper names in a source
// span (to know whether the gold source names someone) and where the text is
// inside quotation marks (direct or reported). The extractor's own tokenizer
// (src/extract/nlp.ts) gives the parts of speech with offsets.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import winkNLP from 'wink-nlp';
import { nameKeys } from '../../src/db/names.ts';
import type { Token } from '../../src/extract/nlp.ts';
import type { Span } from '../../src/extract/types.ts';

const speechCueFile = new URL('./speech-cues.txt', import.meta.url);

/** The lines of speech-cues.txt: one wink lemma, or a sequence of them ("accord to"), a line. */
export function readSpeechCues(): string[] {
  return readFileSync(speechCueFile, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

let engine: ReturnType<typeof winkNLP> | null = null;

/** wink-nlp lemmas of the words of `text`, lower case (the same model as the extractor). */
export function lemmas(text: string): string[] {
  if (!engine) {
    const model = createRequire(import.meta.url)('wink-eng-lite-web-model') as Parameters<typeof winkNLP>[0];
    engine = winkNLP(model, ['sbd', 'pos']);
  }
  return (
    engine
      .readDoc(text)
      .tokens()
      .out(engine.its.lemma as never) as string[]
  ).map((lemma) => lemma.toLowerCase());
}

/** Tells speech cues ("said in a statement", "according to") from others ("believes", "wants"). */
export function speechCueMatcher(entries: readonly string[] = readSpeechCues()): (cue: string) => boolean {
  const sequences = entries.map((entry) => entry.split(' '));
  return (cue) => {
    const words = lemmas(cue);
    return sequences.some((sequence) => words.some((_, i) => sequence.every((word, j) => words[i + j] === word)));
  };
}

const pronouns = new Set(['he', 'she', 'him', 'her']);

/** A source that is only "he" or "she": it names no one, but points back at someone who was named. */
export function isPersonalPronoun(source: string): boolean {
  return pronouns.has(source.trim().toLowerCase());
}

/**
 * The proper names in a source span: runs of capitalised PROPN tokens,
 * joined across "of" and "for" ("Roper Center for Public Opinion
 * Research"). A run that modifies a noun ("the Indiana governor", "Trump
 * campaign", "Connecticut's tax commissioner") describes the source rather
 * than naming it and is dropped; so is anything in parentheses ("(D-S.C.)").
 */
export function properNames(tokens: readonly Token[], spans: readonly Span[], text: string): string[] {
  const inside = (t: Token | undefined) => !!t && spans.some((span) => t.start >= span.start && t.end <= span.end);
  const isName = (t: Token | undefined) => !!t && t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text);
  const names: string[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (!inside(token)) continue;
    if (token.text === '(') depth++;
    else if (token.text === ')') depth = Math.max(0, depth - 1);
    if (depth > 0 || !isName(token)) continue;
    let last = i;
    while (true) {
      const next = tokens[last + 1];
      if (isName(next) && inside(next)) last++;
      else if (next && /^(of|for)$/.test(next.text) && isName(tokens[last + 2]) && inside(tokens[last + 2])) last += 2;
      else break;
    }
    const after = /^['’]s?$/.test(tokens[last + 1]?.text ?? '') ? tokens[last + 2] : tokens[last + 1];
    const modifier = inside(after) && /^(NOUN|ADJ|PROPN)$/.test(after?.pos ?? '');
    if (!modifier && !(last === i && capitalisedCommonWord(tokens, i, text)))
      names.push(text.slice(token.start, (tokens[last] as Token).end));
    i = last;
  }
  return names;
}
/** "Officials said": the model tags a capitalised first word PROPN; it is no name when the text also has it in lower case. */
function capitalisedCommonWord(tokens: readonly Token[], i: number, text: string): boolean {
  const token = tokens[i] as Token;
  const word = token.lower.replace(/[^\p{L}]/gu, '');
  const first = i === 0 || (tokens[i - 1] as Token).sentence !== token.sentence;
  return first && word.length > 0 && new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'u').test(text);
}

const words = (name: string): string[][] => nameKeys([name]).map((key) => key.split(' '));

/**
 * Two names are the same person's or body's when their folded name keys
 * (src/db/names.ts) are equal or one ends the other word by word: "Trump"
 * and "Donald Trump", "Sen. Bernie Sanders" and "Bernie Sanders" match;
 * "Bill Clinton" and "Hillary Clinton" do not.
 */
export function sameName(a: string, b: string): boolean {
  return words(a).some((x) =>
    words(b).some((y) => {
      const [short, long] = x.length <= y.length ? [x, y] : [y, x];
      return short.length > 0 && short.every((word, i) => long[long.length - short.length + i] === word);
    }),
  );
}

/**
 * The extracted speaker names the person the gold source does when every word of the extracted name is in the
 * source's name and its last word is the surname there, the last word before "of" or "for": "Tom Udall" is "Sen.
 * Tom Udall of New Mexico", "Patricia Moran" is "Patricia Moran of Cheyenne"; "Tom Udall" is not "Mark Udall of
 * Colorado", nor "New Mexico" the senator. properNames joins a name across "of", so sameName alone refused these.
 */
export function namedWithin(extracted: string, gold: string): boolean {
  const fold = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
  const words = fold(extracted);
  const source = fold(gold);
  const surname = fold(gold.split(/\s+(?:of|for)\s+/)[0] ?? '').at(-1);
  return words.length > 0 && words.every((w) => source.includes(w)) && words.at(-1) === surname;
}

/**
 * The stretches of `text` inside quotation marks, marks included. Curly
 * marks open and close; a straight mark toggles. A quotation still open at
 * a paragraph's end runs to it (the next paragraph reopens it), so a
 * multi-paragraph quote is quoted throughout. Two apostrophes count as a
 * straight double mark; single marks are left out: they are apostrophes far
 * more often than quotes.
 */
export function quotedRegions(text: string): Span[] {
  const regions: Span[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    // Two apostrophes are one straight double mark (the New York Times archive's ''quote'').
    const doubled = text.startsWith("''", i);
    const c = doubled ? '"' : text[i];
    const at = i;
    if (doubled) i++;
    if (c === '\n') {
      if (open >= 0) regions.push({ start: open, end: at });
      open = -1;
    } else if ((c === '“' || c === '"') && open < 0) open = at;
    else if ((c === '”' || c === '"') && open >= 0) {
      regions.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  if (open >= 0) regions.push({ start: open, end: text.length });
  return regions;
}
