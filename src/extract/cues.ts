// Speech cues the tagger hides: a present-tense speech verb read as a noun ("experts note that …", "the suit claims
// the firm …") and a speech participle that opens its sentence or follows a preposition the participle rule in
// statements.ts does not list ("Noting that …, Lee said", "in addition to stating that …"). Pure functions of the
// tokens, so statements.ts asks them and keeps its own rules for what follows the cue.
import { speechVerbs } from './lexicon.ts';
import type { Token } from './nlp.ts';

/** Words before a noun that make it one ("his claim", "the notes", "a say"): then it is no verb. */
const nounMarkers =
  /^(?:a|an|the|this|that|these|those|his|her|their|its|our|my|your|no|any|such|every|each|[’']s|of|by|against|about|for|to|with|in|on)$/;

/** Words after the verb that open what was said: "that", or the first word of a clause's subject. */
const clauseStart = (tk: Token) => tk.lower === 'that' || ['DET', 'PRON', 'PROPN', 'NUM', 'NOUN', 'ADJ'].includes(tk.pos);

/**
 * Whether token `v`, tagged as a noun, is a present-tense speech verb: its base form after a plural subject
 * ("observers note", "supporters claim", "who claim"), its -s form after a singular noun or name ("the paper notes",
 * "the government claims"), with the reported clause opening right after it. A word after a determiner, possessive or
 * preposition ("his claim that", "Rubio's claim to", "against claims by") stays a noun, and so does one followed by "to".
 */
export function presentVerbTaggedNoun(tokens: readonly Token[], v: number): boolean {
  const tk = tokens[v];
  const before = tokens[v - 1];
  const after = tokens[v + 1];
  if (!tk || !before || !after || tk.pos !== 'NOUN' || before.sentence !== tk.sentence) return false;
  const kind = speechVerbs.get(tk.lower);
  if (!kind || kind === 'PARAPHRASE' || /ed$/.test(tk.lower)) return false;
  if (nounMarkers.test(before.lower) || !clauseStart(after) || after.lower === 'to') return false;
  const sForm = /s$/.test(tk.lower) && speechVerbs.has(tk.lower.slice(0, -1));
  if (sForm) return ['NOUN', 'PROPN'].includes(before.pos) && !/s$/.test(before.lower);
  // "the Sanders claim that": a name before the base form, with a determiner before the name, is a compound noun.
  if (nounMarkers.test(tokens[v - 2]?.lower ?? '') && before.pos === 'PROPN') return false;
  return (['NOUN', 'PROPN'].includes(before.pos) && /s$/.test(before.lower)) || /^(?:who|they|we|i|you)$/.test(before.lower);
}

/**
 * Whether the speech participle at token `v` opens its sentence ("Noting that only one senator voted …") or follows
 * "since", "from" or "in addition to" ("aside from stating that …", "Since announcing that he would not run …").
 */
export function participleOpening(tokens: readonly Token[], v: number): boolean {
  const tk = tokens[v];
  const before = tokens[v - 1];
  if (!tk) return false;
  if (!before || before.sentence !== tk.sentence) return true;
  if (/^(?:since|from)$/.test(before.lower)) return true;
  return before.lower === 'to' && tokens[v - 2]?.lower === 'addition';
}

/**
 * The comma (token index) that ends the phrase a sentence-opening participle heads ("Noting that X, Lee asked …"):
 * what was noted ends there and the sentence's own clause begins; -1 when there is none before `last`.
 */
export function openingPhraseComma(tokens: readonly Token[], v: number, last: number): number {
  for (let k = v + 1; k < last; k++) if ((tokens[k] as Token).text === ',') return k;
  return -1;
}
