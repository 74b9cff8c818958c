// Every extraction rule by name, with the confidence a statement found by it
// carries (before the speaker's own confidence caps it). A rule's code lives
// in its stage; its weight lives here, so rules can be compared and tuned in
// one place.

export const rules = {
  /** "X said (that) <clause>": a speech verb with a finite clause after it. */
  reportedClause: 0.85,
  /** "X believes/fears <clause>": a thought, reported. */
  reportedThought: 0.7,
  /** "<clause>, X said." / "<clause>, said X.": the clause first, the attribution after it. */
  reportedPostposed: 0.75,
  /** "<clause>, X said, <clause>.": the attribution inside the clause; the whole sentence is the statement. */
  reportedParenthetical: 0.7,
  /** "<clause>, according to X." / "According to X, <clause>." */
  accordingTo: 0.75,
  /** A speaker the words before the verb do not resolve ("21 percent said", "people in Fort Pierce said"): the statement stands, unattributed. */
  unnamedSubject: 0.3,
  /** "X said <clause>" whose subject the look back resolves to no one (a long description, a name the tagger missed): unattributed. */
  unresolvedSubject: 0.3,
  /** "The self-described socialist said he …": a reporting verb whose subject no rule reads; the name the sentence opens on, else no one. */
  looseSubject: 0.3,
  /** The same, when its words name a group ("Democrats say", "79 percent of Republicans said"): the group speaks. */
  namedGroup: 0.5,
  /** "Asked whether …, X said": the question, asked by someone the text does not name. */
  question: 0.5,
  /** "X said the inquiry had nothing to do with it, had started later and been dropped.": a clause run on past a comma before its second verb, or a semicolon, to the sentence's end (clause-end.ts). */
  runOnClause: 0.8,
  /** "Observers note that …", "the suit claims the firm …": a present-tense speech verb the tagger read as a noun (cues.ts). */
  taggedNounCue: 0.75,
  /** A verb with no subject of its own ("…, adding that", "… but denied") speaks for the sentence's speaker. */
  sentenceSubject: 0.7,
} as const;

export type Rule = keyof typeof rules;
