// Scores an Extraction against PolNeAR attributions (BRAT standoff, see
// brat.ts). Pure functions of (text, gold, extraction) once the gold has been
// judged (judgeGold: speech or not, direct or reported, who the source names),
// so the rules are unit-tested on hand-made strings in tests/polnear-score.test.ts.
import { parse } from '../../src/extract/nlp.ts';
import type { ExtractedStatement, Extraction, Span } from '../../src/extract/types.ts';
import { type Attribution, coveredLength, overlapLength } from './brat.ts';
import { isPersonalPronoun, namedWithin, properNames, quotedRegions, sameName, speechCueMatcher } from './language.ts';

export interface JudgedAttribution extends Attribution {
  /** The cue's lemmas include a speech cue of speech-cues.txt. */
  speech: boolean;
  /** More than half of the content is inside quotation marks. */
  direct: boolean;
  /** Proper names in the source span; empty when it is a pronoun or a description ("officials"). */
  sourceNames: string[];
  /** For a "he"/"she" source: the names of the nearest earlier gold source that names someone. */
  pronounNames: string[];
}

const textOf = (text: string, spans: readonly Span[]) => spans.map((s) => text.slice(s.start, s.end)).join(' ');

/** Decides, once per article, what each gold attribution is; the scorer only counts. */
export function judgeGold(text: string, attributions: readonly Attribution[], isSpeech = speechCueMatcher()): JudgedAttribution[] {
  const { tokens } = parse(text);
  const quoted = quotedRegions(text);
  const judged = attributions.map((a) => ({
    ...a,
    speech: isSpeech(textOf(text, a.cue)),
    direct: overlapLength(a.content, quoted) * 2 > coveredLength(a.content),
    sourceNames: a.source.length ? properNames(tokens, a.source, text) : [],
    pronounNames: [] as string[],
  }));
  // PolNeAR has no coreference links: "he said" points, for this purpose, at the last source before it that was named.
  const bySource = judged.filter((a) => a.source.length).sort((a, b) => (a.source[0] as Span).start - (b.source[0] as Span).start);
  let lastNamed: string[] = [];
  for (const a of bySource) {
    if (a.sourceNames.length) lastNamed = a.sourceNames;
    else if (isPersonalPronoun(textOf(text, a.source))) a.pronounNames = lastNamed;
  }
  return judged;
}

// ---------------------------------------------------------------------------
// Counting

export interface Found {
  found: number;
  gold: number;
}

export interface Judged {
  correct: number;
  judged: number;
}

export interface PolnearMiss {
  kind: 'not-found' | 'wrong-speaker' | 'false-positive';
  span: Span;
  direct: boolean;
  speech: boolean;
  expected: string | null;
  got: string | null;
}

export interface PolnearScore {
  articles: number;
  /** Gold speech content spans found (extracted statements cover at least half of their characters). */
  speech: Found;
  /** Every gold attribution, thoughts and intentions included. */
  all: Found;
  direct: Found;
  reported: Found;
  /** Extracted statements with at least half of their characters inside some gold content span. */
  statements: Judged;
  /** Cue recall: speech attributions found by a statement whose verb is in the gold cue. */
  cueRecall: Found;
  /** Cue precision: statements with a verb whose best gold attribution's cue holds it. */
  cuePrecision: Judged;
  /** On found speech whose gold source names someone: the extracted speaker has that name. */
  speakerDirect: Judged;
  speakerReported: Judged;
  /** On found speech whose gold source is "he" or "she": the speaker has the name it points back at. */
  speakerPronoun: Judged;
  misses: PolnearMiss[];
}

export function emptyScore(): PolnearScore {
  const found = () => ({ found: 0, gold: 0 });
  const judged = () => ({ correct: 0, judged: 0 });
  return {
    articles: 0,
    speech: found(),
    all: found(),
    direct: found(),
    reported: found(),
    statements: judged(),
    cueRecall: found(),
    cuePrecision: judged(),
    speakerDirect: judged(),
    speakerReported: judged(),
    speakerPronoun: judged(),
    misses: [],
  };
}

/** The statement sharing most characters with `content`, if any shares one. */
function bestStatement(content: readonly Span[], statements: readonly ExtractedStatement[]): ExtractedStatement | null {
  let best: ExtractedStatement | null = null;
  let bestShared = 0;
  for (const statement of statements) {
    const shared = overlapLength(content, [statement.span]);
    if (shared > bestShared) [best, bestShared] = [statement, shared];
  }
  return best;
}

/** The verb as the extractor read it occurs, as whole words, in the gold cue ("said" in "said in a statement"). */
export function verbInCue(verb: string | null, cue: string): boolean {
  if (!verb) return false;
  const words = (s: string) =>
    ` ${s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()} `;
  const [v, c] = [words(verb), words(cue)];
  return v.trim().length > 0 && (c.includes(v) || v.includes(c));
}

const bump = (counter: Found, hit: boolean) => {
  counter.gold++;
  if (hit) counter.found++;
};
const judge = (counter: Judged, hit: boolean) => {
  counter.judged++;
  if (hit) counter.correct++;
};

export function scorePolnearArticle(text: string, gold: readonly JudgedAttribution[], extraction: Extraction): PolnearScore {
  const score = emptyScore();
  score.articles = 1;
  const statements = extraction.statements;
  const spans = statements.map((s) => s.span);
  const entities = new Map(extraction.entities.map((e) => [e.key, e]));
  const speakerNames = (s: ExtractedStatement | null) => {
    const entity = s?.speaker ? entities.get(s.speaker) : undefined;
    return entity ? [entity.name, ...entity.aliases] : [];
  };

  for (const a of gold) {
    const found = overlapLength(a.content, spans) * 2 >= coveredLength(a.content);
    bump(score.all, found);
    if (!a.speech) continue;
    bump(score.speech, found);
    bump(a.direct ? score.direct : score.reported, found);
    const span = { start: (a.content[0] as Span).start, end: (a.content.at(-1) as Span).end };
    const statement = found ? bestStatement(a.content, statements) : null;
    bump(score.cueRecall, verbInCue(statement?.verb ?? null, textOf(text, a.cue)));
    if (!found) {
      score.misses.push({ kind: 'not-found', span, direct: a.direct, speech: true, expected: textOf(text, a.source) || null, got: null });
      continue;
    }
    const expected = a.sourceNames.length ? a.sourceNames : a.pronounNames;
    if (expected.length === 0) continue;
    const got = speakerNames(statement);
    const right = got.some((name) => expected.some((other) => sameName(name, other) || namedWithin(name, other)));
    judge(a.sourceNames.length ? (a.direct ? score.speakerDirect : score.speakerReported) : score.speakerPronoun, right);
    if (!right) {
      const shown = a.sourceNames.length ? expected.join(' / ') : `${textOf(text, a.source)} → ${expected.join(' / ')}`;
      score.misses.push({ kind: 'wrong-speaker', span, direct: a.direct, speech: true, expected: shown, got: got[0] ?? null });
    }
  }

  for (const statement of statements) {
    const length = statement.span.end - statement.span.start;
    const home = bestAttribution(statement.span, gold);
    const correct = !!home && home.shared * 2 >= length;
    judge(score.statements, correct);
    if (!correct) {
      const direct = statement.kind === 'DIRECT_QUOTE';
      score.misses.push({
        kind: 'false-positive',
        span: statement.span,
        direct,
        speech: false,
        expected: null,
        got: speakerNames(statement)[0] ?? null,
      });
    }
    if (statement.verb) judge(score.cuePrecision, correct && verbInCue(statement.verb, textOf(text, home?.attribution.cue ?? [])));
  }
  return score;
}

function bestAttribution(span: Span, gold: readonly JudgedAttribution[]): { attribution: JudgedAttribution; shared: number } | null {
  let best: { attribution: JudgedAttribution; shared: number } | null = null;
  for (const attribution of gold) {
    const shared = overlapLength([span], attribution.content);
    if (shared > (best?.shared ?? 0)) best = { attribution, shared };
  }
  return best;
}

/** Micro-averaged: counts summed over articles. */
export function sumPolnear(scores: readonly PolnearScore[]): PolnearScore {
  const total = emptyScore();
  for (const score of scores) {
    total.articles += score.articles;
    for (const key of ['speech', 'all', 'direct', 'reported', 'cueRecall'] as const) {
      total[key].found += score[key].found;
      total[key].gold += score[key].gold;
    }
    for (const key of ['statements', 'cuePrecision', 'speakerDirect', 'speakerReported', 'speakerPronoun'] as const) {
      total[key].correct += score[key].correct;
      total[key].judged += score[key].judged;
    }
  }
  return total;
}

const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);
const harmonic = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** The figures the targets are stated in, as fractions. */
export function polnearHeadline(s: PolnearScore) {
  const speechPrecision = ratio(s.statements.correct, s.statements.judged);
  const speechRecall = ratio(s.speech.found, s.speech.gold);
  const cuePrecision = ratio(s.cuePrecision.correct, s.cuePrecision.judged);
  const cueRecall = ratio(s.cueRecall.found, s.cueRecall.gold);
  const named = { correct: s.speakerDirect.correct + s.speakerReported.correct, judged: s.speakerDirect.judged + s.speakerReported.judged };
  return {
    speechPrecision,
    speechRecall,
    speechF1: harmonic(speechPrecision, speechRecall),
    allRecall: ratio(s.all.found, s.all.gold),
    directFound: ratio(s.direct.found, s.direct.gold),
    reportedFound: ratio(s.reported.found, s.reported.gold),
    speaker: ratio(named.correct, named.judged),
    speakerDirect: ratio(s.speakerDirect.correct, s.speakerDirect.judged),
    speakerReported: ratio(s.speakerReported.correct, s.speakerReported.judged),
    speakerPronoun: ratio(s.speakerPronoun.correct, s.speakerPronoun.judged),
    cuePrecision,
    cueRecall,
    cueF1: harmonic(cuePrecision, cueRecall),
  };
}

export type PolnearHeadline = ReturnType<typeof polnearHeadline>;
