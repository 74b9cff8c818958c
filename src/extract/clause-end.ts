// Where a reported clause ends. The clause scan in statements.ts stops at the first sign of another clause; two of
// those signs are, in news copy, more often more of what was said: a comma before a second verb of the clause's own
// subject ("the inquiry had nothing to do with the agency, had started after she left and been suspended") and a
// semicolon between two halves of one claim. After those, the clause runs on to the end of its sentence when nothing in
// the rest attributes words of its own.
import { speechParticiple, speechVerbs } from './lexicon.ts';
import type { Token } from './nlp.ts';

/** A rest of the sentence longer than this many tokens is left out: past it, the stop was more likely right. */
const runOnReach = 60;

/** Tokens after which the rest of a sentence is another attribution or a quotation, not more of the clause. */
const ownAttribution = /^(?:according|\?|:)$|[“”"‘’]|''|``/;

/**
 * The token index (exclusive) a reported clause ends at, when the scan stopped at token `stop` of a sentence ending
 * at `last` (exclusive) and its speech verb is token `verb`: `last` when the stop is a comma before a verb or a
 * semicolon, the verb is not inside a relative clause ("Lee, who said X, recounted …": the verb after the comma is the
 * host's) and the rest holds no speech verb, "according to", question mark, colon or quotation mark; else `stop`.
 */
export function runOnEnd(tokens: readonly Token[], verb: number, stop: number, last: number): number {
  const at = (k: number) => tokens[k] as Token;
  if (stop >= last - 1 || last - stop > runOnReach) return stop;
  const secondVerb = at(stop).text === ',' && ['VERB', 'AUX'].includes(at(stop + 1).pos);
  if (!secondVerb && at(stop).text !== ';') return stop;
  let k = verb - 1;
  while (k > 0 && ['AUX', 'ADV'].includes(at(k).pos)) k--;
  if (/^(?:who|which)$/.test(at(k).lower)) return stop;
  for (let j = stop; j < last; j++) {
    const tk = at(j);
    if (ownAttribution.test(tk.lower) || speechVerbs.has(tk.lower) || speechParticiple(tk.lower)) return stop;
  }
  return last;
}
