// The PolNeAR scorer's rules on small made-up articles and BRAT files written
// here (no PolNeAR text): reading standoff, merging annotators, telling speech
// from thought, direct from reported, names from descriptions, and counting.
import { describe, expect, it } from 'vitest';
import { coveredLength, overlapLength, parseBrat, unionOfAnnotators } from '../scripts/eval/brat.ts';
import { lemmas, namedWithin, properNames, quotedRegions, readSpeechCues, sameName, speechCueMatcher } from '../scripts/eval/language.ts';
import { judgeGold, polnearHeadline, scorePolnearArticle, sumPolnear, verbInCue } from '../scripts/eval/polnear-score.ts';
import { parse } from '../src/extract/nlp.ts';
import type { ExtractedEntity, ExtractedStatement, Extraction } from '../src/extract/types.ts';

const text = [
  'Jane Roe, the mayor, said the bridge will reopen in May. “It is safe,” she added.',
  'Officials believe the repairs cost too much, and officials say the tunnel is next.',
  '“We checked twice,” said Acme spokesman John Doe.',
].join('\n');

const at = (needle: string, from = 0) => {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`not in the text: ${needle}`);
  return { start, end: start + needle.length };
};

/** A BRAT `.ann` file over `text`: each attribution's source, cue and content by their words. */
function brat(attributions: { source?: string; cue: string; content: string | string[] }[]): string {
  const lines: string[] = [];
  let t = 0;
  attributions.forEach(({ source, cue, content }, i) => {
    const span = (type: string, needles: string[]) => {
      const spans = needles.map((n) => at(n));
      lines.push(`T${++t}\t${type} ${spans.map((s) => `${s.start} ${s.end}`).join(';')}\t${needles.join(' ')}`);
      return `T${t}`;
    };
    const roles = [`Attribution:${span('Attribution', [cue])}`, `Cue:${span('Cue', [cue])}`];
    roles.push(`Content:${span('Content', Array.isArray(content) ? content : [content])}`);
    if (source) roles.push(`Source:${span('Source', [source])}`);
    lines.push(`E${i + 1}\t${roles.join(' ')}`);
  });
  return `${lines.join('\n')}\n`;
}

const goldAnn = brat([
  { source: 'Jane Roe, the mayor,', cue: 'said', content: 'the bridge will reopen in May' },
  { source: 'she', cue: 'added', content: '“It is safe,”' },
  { source: 'Officials', cue: 'believe', content: 'the repairs cost too much' },
  { source: 'officials', cue: 'say', content: 'the tunnel is next' },
  { source: 'Acme spokesman John Doe', cue: 'said Acme', content: '“We checked twice,”' },
]);

describe('parseBrat', () => {
  it('reads spans, discontinuous pieces, Content2 and sourceless attributions, and skips notes and wrapped text', () => {
    const ann = [
      'T1\tSource 0 8\tJane Roe',
      'T2\tCue 21 25\tsaid',
      'T3\tContent 60 70;26 40\tthe bridge',
      'will reopen',
      'T4\tAttribution 21 25\tsaid',
      'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
      '#1\tAnnotatorNotes T3\tcheck this',
      'T5\tCue 100 104\tsays',
      'T6\tContent 105 110\tyes.',
      'T7\tContent 120 125\tand no',
      'T8\tAttribution-no-source 100 104\tsays',
      'E2\tAttribution-no-source:T8 Cue:T5 Content:T6 Content2:T7',
      'T9\tAttribution 130 134\tsaid',
      'E3\tAttribution:T9',
    ].join('\n');
    const [first, second, ...rest] = parseBrat(ann, 'ab12');
    expect(first).toEqual({
      id: 'E1',
      annotator: 'ab12',
      content: [
        { start: 26, end: 40 },
        { start: 60, end: 70 },
      ],
      cue: [{ start: 21, end: 25 }],
      source: [{ start: 0, end: 8 }],
    });
    expect(second?.content).toEqual([
      { start: 105, end: 110 },
      { start: 120, end: 125 },
    ]);
    expect(second?.source).toEqual([]);
    expect(rest).toEqual([]); // E3 has no content: nothing to find
  });

  it('counts characters of a union once', () => {
    const spans = [
      { start: 0, end: 10 },
      { start: 5, end: 15 },
      { start: 20, end: 25 },
    ];
    expect(coveredLength(spans)).toBe(20);
    expect(overlapLength([{ start: 8, end: 22 }], spans)).toBe(9);
  });

  it('merges annotators: the first in sorted order, then only what no one before them marked', () => {
    const a = parseBrat(goldAnn, 'aaaa');
    const b = parseBrat(
      brat([
        { source: 'Jane Roe, the mayor,', cue: 'said', content: 'the bridge will reopen' }, // the same attribution, shorter
        { source: 'John Doe', cue: 'said Acme', content: 'We checked' }, // inside a's: the same
        { source: 'she', cue: 'added', content: 'It is safe' },
      ]),
      'bbbb',
    );
    const extra = parseBrat(brat([{ source: 'Officials', cue: 'believe', content: 'too much, and officials say' }]), 'cccc');
    const merged = unionOfAnnotators(
      new Map([
        ['cccc', extra],
        ['bbbb', b],
        ['aaaa', a],
      ]),
    );
    // cccc's span shares 8 characters with one kept span: under half of either, so a new attribution.
    expect(merged.map((x) => x.annotator)).toEqual(['aaaa', 'aaaa', 'aaaa', 'cccc', 'aaaa', 'aaaa']);
    // One annotator's nested attributions all stay.
    const nested = brat([
      { source: 'Jane Roe', cue: 'said', content: 'the bridge will reopen in May' },
      { source: 'Jane Roe', cue: 'said', content: 'the bridge will reopen' },
    ]);
    expect(unionOfAnnotators(new Map([['aaaa', parseBrat(nested, 'aaaa')]]))).toHaveLength(2);
  });
});

describe('the words', () => {
  it('keeps speech-cues.txt sorted, free of duplicates and made of wink lemmas, not inflections', () => {
    const entries = readSpeechCues();
    expect(entries.length).toBeGreaterThan(30);
    expect(entries).toEqual([...entries].sort());
    expect(new Set(entries).size).toBe(entries.length);
    expect(entries.filter((entry) => lemmas(entry).join(' ') !== entry)).toEqual([]);
  });

  it('tells speech cues from thoughts and intentions by lemma', () => {
    const isSpeech = speechCueMatcher();
    for (const cue of ['said', 'says', 'told reporters', 'according to', 'said in a statement', 'tweeted', 'has argued', 'pointed out']) {
      expect(isSpeech(cue), cue).toBe(true);
    }
    for (const cue of ['believes', 'wants', 'hopes', 'is expected', 'accorded', 'pointed']) expect(isSpeech(cue), cue).toBe(false);
  });

  it('finds the names in a source span, not the descriptions', () => {
    const sample =
      'Acme spokesman John Doe said so. The Ohio governor agreed. Acme’s lawyer Mary Smith said no. Rep. Jane Roe (D-Ohio) said yes.';
    const { tokens } = parse(sample);
    const names = (source: string) => {
      const start = sample.indexOf(source);
      return properNames(tokens, [{ start, end: start + source.length }], sample);
    };
    expect(names('Acme spokesman John Doe')).toEqual(['John Doe']);
    expect(names('The Ohio governor')).toEqual([]);
    expect(names('Acme’s lawyer Mary Smith')).toEqual(['Mary Smith']);
    expect(names('Rep. Jane Roe (D-Ohio)')).toEqual(['Rep. Jane Roe']);
    expect(names('said')).toEqual([]);
  });

  it('matches names by folded key, or one ending the other word by word', () => {
    expect(sameName('Jane Roe', 'Roe')).toBe(true);
    expect(sameName('Rep. Jane Roe', 'Jane Roe')).toBe(true);
    expect(sameName('Sergei Shoigu', 'Sergey Shoygu')).toBe(true);
    expect(sameName('John Roe', 'Jane Roe')).toBe(false);
    expect(sameName('Roe', 'Roebuck')).toBe(false);
  });

  it('takes a name inside a source named with its place ("Sen. Jane Roe of Ohio") for the same person', () => {
    expect(sameName('Jane Roe', 'Sen. Jane Roe of Ohio')).toBe(false);
    expect(namedWithin('Jane Roe', 'Sen. Jane Roe of Ohio')).toBe(true);
    expect(namedWithin('Roe', 'Jane Roe of Acme Corp')).toBe(true);
    expect(namedWithin('John Roe', 'Sen. Jane Roe of Ohio')).toBe(false);
    expect(namedWithin('Ohio', 'Sen. Jane Roe of Ohio')).toBe(false);
    expect(namedWithin('Jane Roe', 'Jane Roebuck of Ohio')).toBe(false);
  });

  it('finds quoted stretches: curly, straight, doubled apostrophes, and open to the end of a paragraph', () => {
    const sample = "He said “yes” and \"no\" and ''maybe.'' It's his.\n“First paragraph\n“Second.”";
    expect(quotedRegions(sample).map((s) => sample.slice(s.start, s.end))).toEqual([
      '“yes”',
      '"no"',
      "''maybe.''",
      '“First paragraph',
      '“Second.”',
    ]);
  });

  it('finds the extracted verb among the words of the gold cue', () => {
    expect(verbInCue('said', 'said in a statement')).toBe(true);
    expect(verbInCue('according to', 'According to')).toBe(true);
    expect(verbInCue('said', 'saying')).toBe(false);
    expect(verbInCue(null, 'said')).toBe(false);
  });
});

// ---------------------------------------------------------------------------
// Scoring one article

const entity = (key: string, name: string, aliases: string[] = []): ExtractedEntity => ({
  key,
  type: 'PERSON',
  name,
  aliases,
  mentions: [],
  confidence: 1,
});

function statement(kind: ExtractedStatement['kind'], needle: string, speaker: string | null, verb: string | null): ExtractedStatement {
  return {
    key: needle,
    kind,
    text: needle,
    span: at(needle),
    speaker,
    speakerSpan: null,
    verb,
    venue: null,
    addressee: null,
    confidence: 1,
  };
}

function extraction(statements: ExtractedStatement[]): Extraction {
  return {
    article: { url: 'https://example.com/a', headline: 'x', body: text },
    statements,
    entities: [entity('roe', 'Jane Roe', ['Roe']), entity('doe', 'John Doe'), entity('acme', 'Acme')],
    images: [],
    contributors: [],
    dropped: [],
  };
}

const gold = judgeGold(text, parseBrat(goldAnn, 'aaaa'));

describe('judgeGold', () => {
  it('judges speech, direct or reported, and whom the source names', () => {
    expect(gold.map((a) => [a.speech, a.direct, a.sourceNames, a.pronounNames])).toEqual([
      [true, false, ['Jane Roe'], []],
      [true, true, [], ['Jane Roe']], // "she": the last named source before it
      [false, false, [], []], // "believe" is a thought
      [true, false, [], []], // "officials" names no one
      [true, true, ['John Doe'], []],
    ]);
  });
});

describe('scorePolnearArticle', () => {
  it('gives a perfect extraction full marks', () => {
    const score = scorePolnearArticle(
      text,
      gold,
      extraction([
        statement('INDIRECT', 'the bridge will reopen in May', 'roe', 'said'),
        statement('DIRECT_QUOTE', 'It is safe,', 'roe', 'added'),
        statement('INDIRECT', 'the tunnel is next', null, 'say'),
        statement('DIRECT_QUOTE', 'We checked twice,', 'doe', 'said'),
      ]),
    );
    expect(score.misses).toEqual([]);
    expect(polnearHeadline(score)).toMatchObject({
      speechPrecision: 1,
      speechRecall: 1,
      directFound: 1,
      reportedFound: 1,
      speakerDirect: 1,
      speakerReported: 1,
      speakerPronoun: 1,
      cueF1: 1,
    });
    expect(score.all).toEqual({ found: 4, gold: 5 }); // the thought was not extracted, and is not speech
  });

  it('finds a span covered by at least half of its characters, counts precision by statement and judges speakers', () => {
    const score = scorePolnearArticle(
      text,
      gold,
      extraction([
        statement('INDIRECT', 'the bridge will', 'doe', 'said'), // 15 of 29 characters: found, wrong speaker
        statement('DIRECT_QUOTE', 'It is', 'roe', 'added'), // 5 of 13: not found
        statement('INDIRECT', 'the repairs cost too much', 'roe', 'believe'), // a thought: still inside gold content, so correct
        statement('INDIRECT', 'the tunnel is next', null, 'said'), // found; its verb is not in the cue
        statement('INDIRECT', 'Acme spokesman', 'acme', null), // outside every content span
      ]),
    );
    expect(score.speech).toEqual({ found: 2, gold: 4 });
    expect(score.direct).toEqual({ found: 0, gold: 2 });
    expect(score.reported).toEqual({ found: 2, gold: 2 });
    expect(score.all).toEqual({ found: 3, gold: 5 });
    expect(score.statements).toEqual({ correct: 4, judged: 5 });
    expect(score.speakerReported).toEqual({ correct: 0, judged: 1 });
    expect(score.speakerDirect).toEqual({ correct: 0, judged: 0 });
    expect(score.cueRecall).toEqual({ found: 1, gold: 4 });
    expect(score.cuePrecision).toEqual({ correct: 3, judged: 4 });
    expect(score.misses.map((m) => [m.kind, text.slice(m.span.start, m.span.end), m.expected, m.got])).toEqual([
      ['wrong-speaker', 'the bridge will reopen in May', 'Jane Roe', 'John Doe'],
      ['not-found', '“It is safe,”', 'she', null],
      ['not-found', '“We checked twice,”', 'Acme spokesman John Doe', null],
      ['false-positive', 'Acme spokesman', null, 'Acme'],
    ]);
  });

  it('sums counts over articles (micro-average)', () => {
    const one = scorePolnearArticle(text, gold, extraction([statement('INDIRECT', 'the tunnel is next', null, 'say')]));
    const none = scorePolnearArticle(text, gold, extraction([]));
    const total = sumPolnear([one, none]);
    expect(total.articles).toBe(2);
    expect(total.speech).toEqual({ found: 1, gold: 8 });
    expect(total.statements).toEqual({ correct: 1, judged: 1 });
  });
});
