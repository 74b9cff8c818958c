// Who "he said" and "she added" point back at: the people named or heard
// shortly before the pronoun are the candidates, each described by a handful
// of features (how far back, whether it was the last statement's speaker or
// the subject of its sentence, its gender, how often it was named, whether
// only inside quotation marks), and a linear model scores them. The weights
// are an averaged perceptron trained on PolNeAR train by
// `npm run train:extract` (scripts/train-extract.ts) and shipped in
// speaker-weights.json; the recency rule that chose alone before (the last
// speaker, unless a later mention is a subject) is one of the features.
import type { Entity, Mention } from './entities.ts';
import shipped from './speaker-weights.json' with { type: 'json' };

export type Gender = 'm' | 'f';
export type Features = Record<string, number>;
export type Weights = Readonly<Record<string, number>>;

export interface Candidate {
  entity: Entity;
  features: Features;
}

/** What the candidates are read from: the text so far as statements.ts sees it when it reaches the pronoun. */
export interface PronounContext {
  /** Where the pronoun starts. */
  at: number;
  gender: Gender;
  mentions: readonly Mention[];
  /** Index of the last mention starting before `at`, or -1. */
  lastMention: number;
  /** The latest statements attributed at or before `at` (oldest first; the last is the previous statement). */
  speakers: readonly { key: string; at: number; named: boolean }[];
  entity: (key: string) => Entity | undefined;
  /** Sentence and paragraph of an offset. */
  sentenceOf: (offset: number) => number;
  paragraphOf: (offset: number) => number;
  isSubject: (m: Mention) => boolean;
  quoted: (m: Mention) => boolean;
  /** Whether the words right around a mention make it a possessor ("Smith’s wife") or a preposition's object ("told Smith"). */
  possessor: (m: Mention) => boolean;
  afterPreposition: (m: Mention) => boolean;
  /** The recency rule's choice (antecedents.ts lastPerson). */
  rule: Entity | undefined;
}

/** How far back candidates are looked for: bounded, so a page of thousands of "he said" stays linear. */
export const reach = { mentions: 60, people: 10 } as const;

interface Seen {
  entity: Entity;
  lastMention?: Mention;
  lastSubject?: Mention;
  mentions: number;
  unquoted: number;
  subjects: number;
  lastSpoke: number;
  spoke: number;
}

/** The people before the pronoun, most recent first, with their features. */
export function pronounCandidates(c: PronounContext): Candidate[] {
  const seen = new Map<string, Seen>();
  const see = (key: string): Seen | undefined => {
    const known = seen.get(key);
    if (known) return known;
    const entity = c.entity(key);
    if (entity?.type !== 'PERSON') return undefined;
    const fresh: Seen = { entity, mentions: 0, unquoted: 0, subjects: 0, lastSpoke: -1, spoke: 0 };
    seen.set(key, fresh);
    return fresh;
  };
  for (let k = c.lastMention; k >= 0 && k > c.lastMention - reach.mentions; k--) {
    const m = c.mentions[k] as Mention;
    const s = see(m.entity);
    if (!s) continue;
    s.lastMention ??= m;
    s.mentions++;
    if (!c.quoted(m)) s.unquoted++;
    if (c.isSubject(m) && !c.quoted(m)) {
      s.subjects++;
      s.lastSubject ??= m;
    }
  }
  for (const { key, at } of c.speakers) {
    const s = see(key);
    if (!s) continue;
    s.spoke++;
    s.lastSpoke = Math.max(s.lastSpoke, at);
  }
  if (c.rule) see(c.rule.key);

  const last = (s: Seen) => Math.max(s.lastMention?.start ?? -1, s.lastSpoke);
  const people = [...seen.values()].sort((a, b) => last(b) - last(a)).slice(0, reach.people);
  if (c.rule && !people.some((s) => s.entity === c.rule)) people.push(seen.get(c.rule.key) as Seen);
  const previous = c.speakers.at(-1);
  const named = c.speakers.findLast((s) => s.named);
  const here = c.sentenceOf(c.at);
  let fitting = 0;
  return people.map((s, rank) => {
    const f: Features = {};
    const at = last(s);
    f[`rank:${Math.min(rank, 3)}`] = 1;
    if (s.entity.gender !== (c.gender === 'm' ? 'f' : 'm')) f[`fittingRank:${Math.min(fitting++, 3)}`] = 1;
    f[`sentences:${bucket(at >= 0 ? here - c.sentenceOf(at) : 99)}`] = 1;
    const gender = s.entity.gender === undefined ? 'unknown' : s.entity.gender === c.gender ? 'same' : 'other';
    f[`gender:${gender}`] = 1;
    if (s.entity.genderByTitle) f[`genderByTitle:${gender}`] = 1;
    if (s.entity === c.rule) f.rule = 1;
    if (previous?.key === s.entity.key) f.previousSpeaker = 1;
    if (named?.key === s.entity.key) f.lastNamedSpeaker = 1;
    if (s.spoke) f.spoke = Math.min(s.spoke, 4) / 4;
    f.mentions = Math.min(s.mentions, 8) / 8;
    if (s.subjects) f.subject = Math.min(s.subjects, 3) / 3;
    if (s.lastSubject) f[`subjectSentences:${bucket(here - c.sentenceOf(s.lastSubject.start))}`] = 1;
    if (s.lastSpoke >= 0) f[`spokeSentences:${bucket(here - c.sentenceOf(s.lastSpoke))}`] = 1;
    if (s.mentions && !s.unquoted && !s.spoke) f.onlyQuoted = 1;
    if (at >= 0 && c.paragraphOf(at) === c.paragraphOf(c.at)) f.sameParagraph = 1;
    const m = s.lastMention;
    if (m) {
      if (c.isSubject(m)) f.lastIsSubject = 1;
      if (c.quoted(m)) f.lastQuoted = 1;
      if (c.possessor(m)) f.possessor = 1;
      if (c.afterPreposition(m)) f.afterPreposition = 1;
      if (previous && m.start > previous.at) f.namedSincePrevious = 1;
    }
    return { entity: s.entity, features: f };
  });
}

function bucket(sentences: number): string {
  if (sentences <= 2) return String(Math.max(0, sentences));
  return sentences <= 5 ? '3-5' : '6+';
}

export function score(weights: Weights, features: Features): number {
  let sum = 0;
  for (const name in features) sum += (weights[name] ?? 0) * (features[name] as number);
  return sum;
}

/** The best-scoring candidate (the most recent among ties), or undefined when there is none. */
export function best(candidates: readonly Candidate[], weights: Weights): number {
  let bestAt = -1;
  let bestScore = Number.NEGATIVE_INFINITY;
  candidates.forEach((candidate, k) => {
    const s = score(weights, candidate.features);
    if (s > bestScore) [bestAt, bestScore] = [k, s];
  });
  return bestAt;
}

/** The weights in speaker-weights.json, read once when the extractor loads. */
export const speakerWeights: Weights = (shipped as { weights: Record<string, number> }).weights;

/** The weights that choose exactly as the recency rule did alone: the starting point of training. */
export const ruleWeights: Weights = { rule: 1 };

/** What the training script is told about each "he"/"she" the extractor resolves. */
export interface PronounChoice {
  /** The pronoun's span in the parsed body. */
  start: number;
  end: number;
  candidates: { key: string; features: Features }[];
  chosen: number;
}

export interface SpeakerOptions {
  weights?: Weights;
  onPronoun?: (choice: PronounChoice) => void;
}
