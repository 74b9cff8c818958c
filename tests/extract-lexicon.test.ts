// The extractor's word lists are data: each a sorted list of lemmas without
// duplicates, so a reader finds a word at once and a second copy cannot creep in.
import { describe, expect, it } from 'vitest';
import { clauseOpeners, groupNames, nounContentVerbs, quoteOnlyVerbs, speechParticiple } from '../src/extract/lexicon.ts';

const lists: Record<string, Iterable<string>> = { clauseOpeners, groupNames, nounContentVerbs, quoteOnlyVerbs };

describe('lexicon lists', () => {
  for (const [name, list] of Object.entries(lists)) {
    it(`${name} is sorted, lower case and without duplicates`, () => {
      const words = [...list];
      expect(words).toEqual([...new Set(words)].sort());
      expect(words.every((w) => w === w.toLowerCase())).toBe(true);
    });
  }
});

describe('speech participles', () => {
  it('are found from the lemmas, not from a list of -ing forms', () => {
    expect(['saying', 'noting', 'arguing', 'admitting', 'telling', 'denying'].map(speechParticiple)).toEqual([
      'INDIRECT',
      'INDIRECT',
      'INDIRECT',
      'INDIRECT',
      'INDIRECT',
      'DENIAL',
    ]);
    expect(speechParticiple('hoping')).toBeUndefined();
    expect(speechParticiple('morning')).toBeUndefined();
  });
});
