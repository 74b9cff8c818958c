// Pages built to make a rule do work that grows faster than the text: each
// shape repeats one pattern `n` times, with a different name each time where
// names matter (see speakers.ts for how names are made). The scaling tests
// count the extractor's work on them at two sizes, and `npm run
// bench:extract` times them; both expect growth in proportion to `n`.
import { distinctSpeakers, speakerName } from './speakers.ts';

const clauses = ['the plan would fail', 'talks would continue', 'the vote was fair', 'prices would rise', 'the army had left'];
const clause = (i: number) => clauses[i % clauses.length] as string;
/** A capitalized word made of syllables, distinct for every i (the first word of speakerName). */
const word = (i: number) => speakerName(i).split(' ')[1] as string;
const paragraphs = (n: number, line: (i: number) => string) => Array.from({ length: n }, (_, i) => line(i)).join('\n\n');

export const shapes: Record<string, (n: number) => string> = {
  /** The shape the distinct-speaker work fixed: one quote or reported statement per person. */
  'distinct speakers': distinctSpeakers,
  /** A description resolved to the person it names: every "the minister" looks for ministers by recency. */
  descriptions: (n) =>
    paragraphs(n, (i) => `${speakerName(i)}, the finance minister, said that ${clause(i)}. The minister said that ${clause(i + 1)}.`),
  /** "The group said" after people only: the organization looked for is never there. */
  'unmatched organization descriptions': (n) =>
    paragraphs(n, (i) => `${speakerName(i)} said that ${clause(i)}. The group said that ${clause(i + 1)}.`),
  /** "She said" after men only ("he" made each of them a man): no earlier speaker fits. */
  'pronouns of the other gender': (n) =>
    paragraphs(n, (i) => `${speakerName(i)} said that ${clause(i)}. He said that ${clause(i + 1)}. She said that ${clause(i + 2)}.`),
  /** "They said" after people only: no organization to stand for. */
  'pronouns without an organization': (n) =>
    paragraphs(n, (i) => `${speakerName(i)} said that ${clause(i)}. They said that ${clause(i + 1)}.`),
  /** One organization named inside many descriptions: each one takes a mention away from it. */
  'ministry descriptions': (n) =>
    `${paragraphs(n, (i) => `Russia said that ${clause(i)}.`)}\n\n${paragraphs(n, (i) => `Russia’s defense ministry said that ${clause(i)}.`)}`,
  /** Many organizations that speak. */
  'distinct organizations': (n) => paragraphs(n, (i) => `The ${word(i)} Ministry said that ${clause(i)}.`),
  /** Many quotes in one paragraph. */
  'quotes in one paragraph': (n) => Array.from({ length: n }, (_, i) => `“We will win ${i % 7},” said ${speakerName(i)}.`).join(' '),
  /** One quotation running over many paragraphs, never closed. */
  'continued quotation': (n) => paragraphs(n, (i) => `“We will win, and ${clause(i)}`),
  /** Many short paragraphs without speech. */
  'paragraphs without speech': (n) => paragraphs(n, (i) => `The river rose again near ${word(i)}.`),
  /** One sentence naming many people joined by "and": a capitalized run cut at each "and". */
  'names joined by and': (n) => `${Array.from({ length: n }, (_, i) => speakerName(i)).join(' and ')} said that ${clause(0)}.`,
  /** Many titles that are abbreviations in one paragraph: one sentence merged over and over. */
  'abbreviated titles': (n) => Array.from({ length: n }, (_, i) => `Gen. ${word(i)}. Gen.`).join(' '),
  /** Many aliases: "X (also known as Y) said". */
  aliases: (n) => paragraphs(n, (i) => `${speakerName(i)} (also known as ${word(i + n)}) said that ${clause(i)}.`),
  /** One person with many different roles. */
  'roles of one person': (n) => paragraphs(n, (i) => `Ana Bolova, the ${word(i).toLowerCase()} minister, said that ${clause(i)}.`),
  /** An organization's name before a person's ("BBC Name Surname"). */
  'organization before a name': (n) => paragraphs(n, (i) => `“We will win,” said BBC ${speakerName(i)}.`),
  /** Reported speech continued with "but": the sentence's subject is looked for. */
  'continued with but': (n) => paragraphs(n, (i) => `${speakerName(i)} has moved troops but has denied that ${clause(i)}.`),
  /** Attributions with "according to". */
  'according to': (n) => paragraphs(n, (i) => `The plan would fail, according to a senior official at the ${word(i)} Agency.`),
  /** Many captions, each naming a person the body does not. */
  captions: (n) => paragraphs(n, (i) => `${speakerName(i)} speaks in Kyiv on Monday. Photo: ${speakerName(i + n)}/Reuters`),
  /** Many bylines. */
  bylines: (n) => `${paragraphs(n, (i) => `By ${speakerName(i)}`)}\n\n${speakerName(0)} said that ${clause(0)}.`,
  /** One long sentence with many inverted attributions (", said X,"). */
  'one long sentence': (n) => `${Array.from({ length: n }, (_, i) => `prices rose, said ${speakerName(i)},`).join(' ')} and that was all.`,
};
