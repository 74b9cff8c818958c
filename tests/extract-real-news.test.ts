// Patterns of real political news the extractor must read (the misses most
// frequent on PolNeAR's train split), each on sentences written for this test.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/index.ts';
import { normalizeMarks } from '../src/extract/marks.ts';
import type { Extraction } from '../src/extract/types.ts';

const nameOf = (x: Extraction, key: string | null) => (key ? (x.entities.find((e) => e.key === key)?.name ?? key) : null);
const said = (text: string) => {
  const x = extractArticle(text);
  return x.statements.map((s) => ({ kind: s.kind, text: s.text, speaker: nameOf(x, s.speaker) }));
};

describe("wire and archive quotation marks ('' and ``)", () => {
  it('keeps the length of the text, so offsets still hold', () => {
    const text = "''We will rebuild,'' Mr. Smith said. ``Soon.''";
    expect(normalizeMarks(text)).toHaveLength(text.length);
    expect(normalizeMarks(text)).toBe(' "We will rebuild,"  Mr. Smith said.  "Soon." ');
  });

  it('reads them as quotation marks, and quotes the text as written', () => {
    const found = said("''We will rebuild the bridge before winter,'' Mayor Tom Smith said on Monday.");
    expect(found).toContainEqual({ kind: 'DIRECT_QUOTE', text: 'We will rebuild the bridge before winter,', speaker: 'Tom Smith' });
  });

  it('keeps the original marks in a reported clause around a quoted fragment', () => {
    const found = said("Senator Ann Ruiz said the plan was ''dead on arrival'' in the Senate.");
    expect(found.map((s) => s.text)).toContain("the plan was ''dead on arrival'' in the Senate");
  });
});

describe('reported clauses without "that"', () => {
  it('reads a named speaker in the present tense, past a time or a party label', () => {
    const found = said(
      'Fire Chief Tom Baker says two crews are still on scene. Sen. Jane Roe (D-Ohio) said the bill will pass. Mayor Bob Lee on Tuesday said the roads are closed.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        { kind: 'INDIRECT', text: 'two crews are still on scene', speaker: 'Tom Baker' },
        { kind: 'INDIRECT', text: 'the bill will pass', speaker: 'Jane Roe' },
        { kind: 'INDIRECT', text: 'the roads are closed', speaker: 'Bob Lee' },
      ]),
    );
  });

  it('keeps a clause whose speaker the text does not name, unattributed', () => {
    expect(said('In the new survey, 21 percent said they would not vote at all.')).toContainEqual({
      kind: 'INDIRECT',
      text: 'they would not vote at all',
      speaker: null,
    });
  });

  it('lets a group the text names speak for itself', () => {
    expect(said('But Republicans said the plan would raise costs for farmers.')).toContainEqual({
      kind: 'INDIRECT',
      text: 'the plan would raise costs for farmers',
      speaker: 'Republicans',
    });
  });

  it('takes no demonstrative for a speaker', () => {
    expect(said('Officials met again, but it was too early to tell whether this signaled any change.').map((s) => s.text)).not.toContain(
      'any change',
    );
  });
});

describe('the opening of a clause without "that"', () => {
  it('reads quantities, conjunctions, long subjects and a title in quotation marks before "that"', () => {
    const found = said(
      [
        'Mayor Ann Cole says too many families are waiting for housing.',
        'Governor Raj Patel said if re-elected he would close the old plant.',
        "Senator Joan Webb said the agency's report on the flood, a thin document of ten pages, was late.",
        'Councilman Eli Stone said on WKRT\'s "Morning Desk" that the vote would wait.',
      ].join(' '),
    );
    expect(found).toEqual(
      expect.arrayContaining([
        { kind: 'INDIRECT', text: 'too many families are waiting for housing', speaker: 'Ann Cole' },
        { kind: 'INDIRECT', text: 'if re-elected he would close the old plant', speaker: 'Raj Patel' },
        { kind: 'INDIRECT', text: "the agency's report on the flood, a thin document of ten pages, was late", speaker: 'Joan Webb' },
        { kind: 'INDIRECT', text: 'the vote would wait', speaker: 'Eli Stone' },
      ]),
    );
  });
});

describe('participles', () => {
  it('gives "…, saying", "…, adding that", "telling reporters … that" the sentence\'s speaker', () => {
    const found = said(
      'Mayor Ann Cole spoke on Friday, saying the budget would be cut. "We are ready," Chief Tom Baker said, adding that the crews were tired. Senator Ed Lee left early, telling reporters on Friday that the vote will slip.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        { kind: 'INDIRECT', text: 'the budget would be cut', speaker: 'Ann Cole' },
        { kind: 'INDIRECT', text: 'the crews were tired', speaker: 'Tom Baker' },
        { kind: 'INDIRECT', text: 'the vote will slip', speaker: 'Ed Lee' },
      ]),
    );
  });
});

describe('a reported clause that opens on a quoted fragment', () => {
  it('is the whole clause, fragment included; a whole quotation stays a direct quote', () => {
    const found = said(
      'Senator Ann Ruiz said "local forces" must lead the way. Mayor Tom Baker said "We will rebuild the bridge before winter."',
    );
    expect(found).toContainEqual({ kind: 'INDIRECT', text: '"local forces" must lead the way', speaker: 'Ann Ruiz' });
    expect(found).toContainEqual({ kind: 'DIRECT_QUOTE', text: 'We will rebuild the bridge before winter.', speaker: 'Tom Baker' });
    expect(found.filter((s) => s.speaker === 'Tom Baker')).toHaveLength(1);
  });
});

describe('promises and requests', () => {
  it('report their infinitive, and a passive "was asked to" reports nothing', () => {
    const found = said(
      'Senator Ann Ruiz vowed to build a new bridge before winter. Mayor Tom Baker told reporters not to worry about the roads. Chief Ed Lee was asked to comment on the plan.',
    );
    expect(found).toEqual([
      { kind: 'INDIRECT', text: 'to build a new bridge before winter', speaker: 'Ann Ruiz' },
      { kind: 'INDIRECT', text: 'not to worry about the roads', speaker: 'Tom Baker' },
    ]);
  });
});

describe('a participle after the main clause', () => {
  it("speaks for the subject of the sentence's first verb when no one has spoken in it yet", () => {
    const found = said(
      'The city council declined to comment, saying the case was still open. A spokeswoman for Acme Corp. declined to comment, saying that nobody involved remains at the firm.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        { kind: 'INDIRECT', text: 'the case was still open', speaker: null },
        { kind: 'INDIRECT', text: 'nobody involved remains at the firm', speaker: 'Acme Corp.' },
      ]),
    );
  });
});

describe('where the tagger misleads', () => {
  it('reads "say" after a quantifier as the verb it is, and a mis-tagged place name as a noun', () => {
    const found = said(
      'Six in 10 say the mayor is decisive. People in Fort Pierce said that the mosque was quiet. Some say they hear echoes of the past. They had their say in the end.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        { kind: 'INDIRECT', text: 'the mayor is decisive', speaker: null },
        { kind: 'INDIRECT', text: 'the mosque was quiet', speaker: null },
        { kind: 'INDIRECT', text: 'they hear echoes of the past', speaker: null },
      ]),
    );
    expect(found).toHaveLength(3);
  });
});

describe('evidence verbs', () => {
  it('reads "suggested" as speech when a person suggests, and as no one\'s speech when data does', () => {
    const found = said('Senator Ann Ruiz suggested the state should hire more nurses. The data suggest the plan works.');
    expect(found).toEqual([{ kind: 'INDIRECT', text: 'the state should hire more nurses', speaker: 'Ann Ruiz' }]);
  });
});

describe('the end of a reported clause', () => {
  it('keeps relative clauses and a "but" that goes on with the same subject', () => {
    const found = said(
      'Mayor Tom Baker said the bridge would close for repairs, which could take a month. Chief Ann Cole said the crews were tired but would keep going.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        { kind: 'INDIRECT', text: 'the bridge would close for repairs, which could take a month', speaker: 'Tom Baker' },
        { kind: 'INDIRECT', text: 'the crews were tired but would keep going', speaker: 'Ann Cole' },
      ]),
    );
  });

  it('keeps a participle phrase that is not a speech act, and stops at one that is', () => {
    const found = said(
      'Mayor Tom Baker said he plans to keep working on his own projects, including a new park. Chief Ann Cole said the roads were closed, adding that crews were out.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        { kind: 'INDIRECT', text: 'he plans to keep working on his own projects, including a new park', speaker: 'Tom Baker' },
        { kind: 'INDIRECT', text: 'the roads were closed', speaker: 'Ann Cole' },
      ]),
    );
  });
});

describe('"according to" inside a clause', () => {
  it('takes the whole sentence when the clause runs on both sides of the attribution', () => {
    const found = said('At the heart of the dispute, according to Mayor Tom Baker, was a vote on the new budget.');
    expect(found).toContainEqual({
      kind: 'INDIRECT',
      text: 'At the heart of the dispute, according to Mayor Tom Baker, was a vote on the new budget',
      speaker: 'Tom Baker',
    });
  });

  it('keeps a clause with a quoted phrase in it', () => {
    const found = said('According to Mayor Tom Baker, the bridge was closed and the repairs were “far too slow” for the town.');
    expect(found).toContainEqual({
      kind: 'INDIRECT',
      text: 'the bridge was closed and the repairs were “far too slow” for the town',
      speaker: 'Tom Baker',
    });
  });
});

describe('a quote introduced by a participle', () => {
  it('gives it to the subject of the sentence ("X attacked Y, saying, “…”")', () => {
    const found = said(
      'Mayor Tom Baker met Chief Ann Cole on Monday. Mayor Tom Baker attacked Chief Ann Cole on Tuesday, saying, “She has failed this town.”',
    );
    expect(found).toContainEqual({ kind: 'DIRECT_QUOTE', text: 'She has failed this town.', speaker: 'Tom Baker' });
  });
});

describe('the speaker named after a quote', () => {
  it('passes over a name that opens a description ("said Baker spokesman John Doe")', () => {
    const found = said('Mayor Tom Baker spoke on Monday. “The bridge will reopen in May,” said Baker spokesman John Doe.');
    expect(found).toContainEqual({ kind: 'DIRECT_QUOTE', text: 'The bridge will reopen in May,', speaker: 'John Doe' });
  });

  it('does not take the subject of the next sentence ("“… town.” Cole said she would …")', () => {
    const found = said(
      'Mayor Tom Baker spoke on Monday. “We will not wait,” Baker said. “The bridge matters to the whole town.” Chief Ann Cole said she would wait.',
    );
    expect(found).toContainEqual({ kind: 'DIRECT_QUOTE', text: 'The bridge matters to the whole town.', speaker: 'Tom Baker' });
  });

  it('reads the verb after a long appositive (“…,” Ann Cole, the head of …, said)', () => {
    const found = said(
      'The town voted on Monday. “Nothing we do now will fix the bridge,” Ann Cole, the director of the Institute for Better Roads at the state university in the north, said in an interview.',
    );
    expect(found).toContainEqual({ kind: 'DIRECT_QUOTE', text: 'Nothing we do now will fix the bridge,', speaker: 'Ann Cole' });
  });
});

describe('a speaker named at the opening of a sentence, before an appositive', () => {
  it('reads past the place or party label after the name and the appositive after it', () => {
    const found = said(
      'The vote was close. Rep. Ann Cole of Ohio, a member of the roads panel, said the bridge would reopen in May. Sen. Tom Baker (D-Ohio), said the vote was a mistake.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        { kind: 'INDIRECT', text: 'the bridge would reopen in May', speaker: 'Ann Cole' },
        { kind: 'INDIRECT', text: 'the vote was a mistake', speaker: 'Tom Baker' },
      ]),
    );
  });

  it('reads past an adverb between commas ("officials, however, said")', () => {
    const found = said('The vote was close. Local officials, however, said the roads were closed.');
    expect(found).toContainEqual({ kind: 'INDIRECT', text: 'the roads were closed', speaker: null });
  });
});

describe('clauses that open on a quantifier, a gerund, "that" or an answer', () => {
  it('reads them as reported clauses', () => {
    const found = said(
      'Chief Ann Cole said none of the roads were open. Mayor Tom Baker says that was not the first time the bridge had closed. Cole said raising taxes would hurt the town. Asked whether he would run again, Baker said no, and left.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        { kind: 'INDIRECT', text: 'none of the roads were open', speaker: 'Ann Cole' },
        { kind: 'INDIRECT', text: 'that was not the first time the bridge had closed', speaker: 'Tom Baker' },
        { kind: 'INDIRECT', text: 'raising taxes would hurt the town', speaker: 'Ann Cole' },
        { kind: 'INDIRECT', text: 'no', speaker: 'Tom Baker' },
      ]),
    );
  });
});

describe('questions', () => {
  it('reports the question after "Asked" or "when asked", asked by someone the text does not name', () => {
    const found = said(
      'The vote was close. Asked on Monday whether he would run again, Mayor Tom Baker said he had not decided. “We will see,” Chief Ann Cole said when asked about the bridge.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        { kind: 'INDIRECT', text: 'whether he would run again', speaker: null },
        { kind: 'INDIRECT', text: 'about the bridge', speaker: null },
      ]),
    );
  });
});

describe('"he said" after a quote', () => {
  it('points back past the names inside the quotation', () => {
    const found = said('Mayor Tom Baker said the roads were closed. “Governor Bill Moss will not fix the bridge,” he said.');
    expect(found).toContainEqual({ kind: 'DIRECT_QUOTE', text: 'Governor Bill Moss will not fix the bridge,', speaker: 'Tom Baker' });
  });
});

describe('the progressive of a speech verb', () => {
  it('reports its clause ("is suggesting …"), but not an activity ("is showing signs of …")', () => {
    const found = said(
      'Mayor Tom Baker is suggesting the bridge will reopen in May. The town is showing signs of growing more comfortable with the plan.',
    );
    expect(found).toEqual([{ kind: 'INDIRECT', text: 'the bridge will reopen in May', speaker: 'Tom Baker' }]);
  });
});

describe('"point out"', () => {
  it('reports its clause and attributes a quote', () => {
    const found = said(
      'Mayor Tom Baker pointed out that the bridge had been closed for a year. “The stock has not done well,” Chief Ann Cole pointed out.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        { kind: 'INDIRECT', text: 'the bridge had been closed for a year', speaker: 'Tom Baker' },
        { kind: 'DIRECT_QUOTE', text: 'The stock has not done well,', speaker: 'Ann Cole' },
      ]),
    );
  });
});

describe('a clause attributed after it to a name with an appositive', () => {
  it('reads "…, said X, a …, who notes …" as the clause first', () => {
    const found = said(
      'The plant will close. But that is not good enough, said Howard Reed, a senior analyst at the bank, who notes that costs have risen.',
    );
    expect(found).toContainEqual({ kind: 'INDIRECT', text: 'But that is not good enough', speaker: 'Howard Reed' });
  });
});

describe('a participle after a comma', () => {
  it('reports its clause for the name the sentence opens on', () => {
    const found = said(
      'Mayor Tom Baker, who has led the town for years, rescinded his support for the plan, saying it lacks the money to work.',
    );
    expect(found).toContainEqual({ kind: 'INDIRECT', text: 'it lacks the money to work', speaker: 'Tom Baker' });
  });
});

describe('a reporting verb whose subject no rule reads (looseSubject)', () => {
  it('keeps the clause, for the name the sentence opens on', () => {
    expect(said('Mayor Ann Cole has since said she would support a wage increase.')).toContainEqual({
      kind: 'INDIRECT',
      text: 'she would support a wage increase',
      speaker: 'Ann Cole',
    });
  });

  it('keeps the clause unattributed when the sentence opens on no name', () => {
    expect(said('The longtime socialist said he would win the primary.')).toContainEqual({
      kind: 'INDIRECT',
      text: 'he would win the primary',
      speaker: null,
    });
  });

  it('keeps the clause of any speech verb, not only "said" and its like', () => {
    const found = said('The self-described moderate conceded the plan needed work. The first-term senator announced he would run again.');
    expect(found).toEqual(
      expect.arrayContaining([
        { kind: 'INDIRECT', text: 'the plan needed work', speaker: null },
        { kind: 'INDIRECT', text: 'he would run again', speaker: null },
      ]),
    );
  });

  it('reads no speech in a noun or adjective the verb can also be', () => {
    const found = said('His oft-stated promise to cut taxes was popular. The only state holding a vote was Ohio.');
    expect(found).toEqual([]);
  });
});

describe('a clause first, its attribution followed by a phrase (reportedPostposed)', () => {
  it('reads "<clause>, X said at the time." as the clause first', () => {
    expect(said('Three-quarters of the board voted to endorse the plan, Ann Cole said at the time.')).toContainEqual({
      kind: 'INDIRECT',
      text: 'Three-quarters of the board voted to endorse the plan',
      speaker: 'Ann Cole',
    });
  });

  it('does not read a subordinate opener as the clause', () => {
    const found = said('When the board met, Ann Cole said at the time.');
    expect(found.map((s) => s.text)).not.toContain('When the board met');
  });
});

describe('a clause first that ends on a quoted fragment (reportedPostposed)', () => {
  it('reads "<clause> “…,” X said." as the clause, fragment and all', () => {
    expect(said('Farmers in the valley are “very, very worried,” Ann Cole said.')).toContainEqual({
      kind: 'INDIRECT',
      text: 'Farmers in the valley are “very, very worried,”',
      speaker: 'Ann Cole',
    });
  });

  it('leaves a whole quotation after a colon to the quote', () => {
    const found = said('Her reply was blunt: “We will win,” Ann Cole said.');
    expect(found.filter((s) => s.kind === 'INDIRECT')).toEqual([]);
  });
});

describe('the gender a given name tells', () => {
  it('points "she" past a man named later back at a woman', () => {
    expect(said('Ann Cole held a rally in the county. Mark Ferguson was there. “We will win,” she said.')).toContainEqual({
      kind: 'DIRECT_QUOTE',
      text: 'We will win,',
      speaker: 'Ann Cole',
    });
  });

  it('points "he" past a woman named later back at a man', () => {
    expect(said('Mark Ferguson held a rally in the county. Ann Cole was there. “We will win,” he said.')).toContainEqual({
      kind: 'DIRECT_QUOTE',
      text: 'We will win,',
      speaker: 'Mark Ferguson',
    });
  });
});
