import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  f1,
  type Gold,
  headline,
  loadCorpus,
  metaOf,
  quoteKey,
  type Score,
  scoreArticle,
  spanIoU,
  sumScores,
  validateGold,
} from '../scripts/eval/fixtures.ts';
import { extractArticle } from '../src/extract/index.ts';
import type { ExtractedEntity, ExtractedStatement, Extraction } from '../src/extract/types.ts';

const corpusDir = fileURLToPath(new URL('./fixtures/extract/', import.meta.url));

/** The targets; the extractor must reach them on the whole corpus. */
// A little under what the extractor reaches on this corpus (0.99, 0.94, 0.91,
// 0.90 on 2026-11-24), and never under the targets (0.95, 0.90, 0.75,
// 0.85): a regression fails CI. Raise them when the extractor improves.
const FLOORS = {
  directSpanF1: 0.97,
  directAttribution: 0.92,
  reportedAttribution: 0.87,
  entityF1: 0.88,
};

const corpus = loadCorpus(corpusDir);

describe('the evaluation corpus', () => {
  it('has at least twelve articles of our own plus the seed article', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(13);
    expect(corpus.map((a) => a.slug)).toContain('seed-nbc-russia-troops');
  });

  it.each(corpus.map((a) => [a.slug, a] as const))('%s: gold is well formed and every passage is in the text', (_slug, article) => {
    expect(validateGold(article.gold, article.text)).toEqual([]);
    expect(article.gold.statements.length).toBeGreaterThan(0);
    expect(article.gold.entities.length).toBeGreaterThan(0);
  });

  it('covers direct quotes, reported speech of every kind, images and furniture', () => {
    const statements = corpus.flatMap((a) => a.gold.statements);
    for (const kind of ['DIRECT_QUOTE', 'INDIRECT', 'PARAPHRASE', 'DENIAL'] as const) {
      expect(statements.filter((s) => s.kind === kind).length, kind).toBeGreaterThan(0);
    }
    expect(corpus.flatMap((a) => a.gold.images).length).toBeGreaterThanOrEqual(10);
    expect(corpus.flatMap((a) => a.gold.furniture).length).toBeGreaterThanOrEqual(10);
  });

  it('the seed article gold agrees with the hand-modelled seed graph', async () => {
    const { seedArticle } = await import('../src/ingest/seed-article.ts');
    const seed = seedArticle();
    const gold = corpus.find((a) => a.slug === 'seed-nbc-russia-troops')?.gold as Gold;
    const names = new Map([...(seed.people ?? []), ...(seed.organizations ?? [])].map((e) => [e.key, e.name]));
    const fromSeed = (seed.statements ?? []).map((s) => [s.kind, s.text, s.speaker ? names.get(s.speaker) : null]);
    expect(gold.statements.map((s) => [s.kind, s.text, s.speaker])).toEqual(fromSeed);
  });
});

// ---------------------------------------------------------------------------
// The scorer, on hand-made extractions

const text =
  'Officials said that the bridge will reopen in May. “It is safe,” Jane Roe said. “We checked twice.” Acme denied it cut corners.';
const at = (needle: string) => ({ start: text.indexOf(needle), end: text.indexOf(needle) + needle.length });

const gold: Gold = {
  meta: { style: 'synthetic' },
  entities: [
    { name: 'Jane Roe', type: 'PERSON', aliases: ['Roe'] },
    { name: 'Acme Corp', type: 'ORGANIZATION', aliases: ['Acme'] },
  ],
  statements: [
    { kind: 'INDIRECT', text: 'the bridge will reopen in May', speaker: null },
    { kind: 'DIRECT_QUOTE', text: 'It is safe,', speaker: 'Jane Roe' },
    { kind: 'DIRECT_QUOTE', text: 'We checked twice.', speaker: 'Jane Roe' },
    { kind: 'DENIAL', text: 'it cut corners', speaker: 'Acme Corp' },
  ],
  images: [],
  contributors: [],
  furniture: [],
};

const entity = (key: string, type: ExtractedEntity['type'], name: string, aliases: string[] = []): ExtractedEntity => ({
  key,
  type,
  name,
  aliases,
  mentions: [],
  confidence: 1,
});

function statement(kind: ExtractedStatement['kind'], needle: string, speaker: string | null): ExtractedStatement {
  return {
    key: needle,
    kind,
    text: needle,
    span: at(needle),
    speaker,
    speakerSpan: null,
    verb: null,
    venue: null,
    addressee: null,
    confidence: 1,
  };
}

function extraction(statements: ExtractedStatement[], entities: ExtractedEntity[]): Extraction {
  return {
    article: { url: 'https://example.com/a', headline: 'x', body: text },
    statements,
    entities,
    images: [],
    contributors: [],
    dropped: [],
  };
}

const people = [entity('p1', 'PERSON', 'Jane Roe', ['Roe']), entity('o1', 'ORGANIZATION', 'Acme')];

describe('validateGold', () => {
  it('names every passage not in the text, every unknown name and every quote that keeps its marks', () => {
    const bad: Gold = {
      ...gold,
      statements: [
        { kind: 'DIRECT_QUOTE', text: '“It is safe,”', speaker: 'Jane Roe' },
        { kind: 'INDIRECT', text: 'the tunnel will reopen', speaker: null },
        { kind: 'DENIAL', text: 'it cut corners', speaker: 'Acme Inc' },
      ],
      furniture: ['Leave a Reply'],
    };
    const problems = validateGold(bad, text);
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toMatch(/statements\[0\]: a direct quote's text must run from an opening mark/);
    expect(problems.join('\n')).toMatch(/statements\[1\]: not found in the text/);
    expect(problems.join('\n')).toMatch(/statements\[2\]\.speaker: "Acme Inc" is not in entities/);
    expect(problems.join('\n')).toMatch(/furniture\[0\]: not found/);
  });

  it('asks for an occurrence when a statement text repeats', () => {
    const twice = 'He said "yes." She said "yes."';
    const repeated: Gold = { ...gold, entities: [], statements: [{ kind: 'DIRECT_QUOTE', text: 'yes.', speaker: null }] };
    expect(validateGold(repeated, twice)).toEqual(['statements[0]: occurs 2 times, give an occurrence: "yes."']);
    expect(
      validateGold({ ...repeated, statements: [{ kind: 'DIRECT_QUOTE', text: 'yes.', occurrence: 1, speaker: null }] }, twice),
    ).toEqual([]);
  });
});

describe('scoreArticle', () => {
  it('gives a perfect extraction 1 everywhere', () => {
    const perfect = extraction(
      [
        statement('INDIRECT', 'the bridge will reopen in May', null),
        statement('DIRECT_QUOTE', 'It is safe,', 'p1'),
        statement('DIRECT_QUOTE', 'We checked twice.', 'p1'),
        statement('DENIAL', 'it cut corners', 'o1'),
      ],
      people,
    );
    const h = headline(scoreArticle(perfect, gold, text));
    expect(h).toMatchObject({ directSpanF1: 1, directAttribution: 1, reportedSpanF1: 1, reportedAttribution: 1, entityF1: 1 });
  });

  it('matches quotes after trimming marks and punctuation, but not a merged quote', () => {
    expect(quoteKey('“It is safe,”')).toBe('It is safe');
    const merged = extraction([statement('DIRECT_QUOTE', 'It is safe,” Jane Roe said. “We checked twice.', 'p1')], people);
    const score = scoreArticle(merged, gold, text);
    expect(score.directSpans).toEqual({ tp: 0, predicted: 1, gold: 2 });
    expect(f1(score.directSpans)).toBe(0);
  });

  it('counts a wrong or missing speaker against attribution, and a null gold speaker must stay null', () => {
    const wrong = extraction(
      [
        statement('INDIRECT', 'the bridge will reopen in May', 'o1'),
        statement('DIRECT_QUOTE', 'It is safe,', 'o1'),
        statement('DIRECT_QUOTE', 'We checked twice.', null),
        statement('DENIAL', 'it cut corners', 'o1'),
      ],
      people,
    );
    const score = scoreArticle(wrong, gold, text);
    expect(score.directSpeaker).toEqual({ correct: 0, total: 2, gold: 2 });
    expect(score.reportedSpeaker).toEqual({ correct: 1, total: 2, gold: 2 });
    expect(score.misses.filter((m) => m.area === 'reported-speaker')).toHaveLength(1);
  });

  it('matches reported speech by overlap ≥ 0.5, whatever its kind, and scores the kind apart', () => {
    expect(spanIoU({ start: 0, end: 10 }, { start: 5, end: 15 })).toBeCloseTo(1 / 3);
    const extraction1 = extraction(
      [
        statement('PARAPHRASE', 'that the bridge will reopen in May.', null), // longer, still overlaps well
        statement('INDIRECT', 'corners', 'o1'), // too short: 7 of 14 characters is exactly 0.5
        statement('INDIRECT', 'cut corners', 'o1'),
      ],
      people,
    );
    const score = scoreArticle(extraction1, gold, text);
    expect(score.reportedSpans).toEqual({ tp: 2, predicted: 3, gold: 2 });
    expect(score.reportedKind).toEqual({ correct: 0, total: 2, gold: 2 });
  });

  it('finds entities by shared name keys and type, one to one', () => {
    const entities = [
      entity('a', 'PERSON', 'Roe'),
      entity('b', 'PERSON', 'Jane Roe'), // a duplicate of the same gold person: a false positive
      entity('c', 'PLACE', 'Acme'), // wrong type
    ];
    const score = scoreArticle(extraction([], entities), gold, text);
    expect(score.entities).toEqual({ tp: 1, predicted: 2, gold: 2 });
    expect(score.places).toEqual({ tp: 0, predicted: 1, gold: 0 });
  });

  it('scores image credits by photographer and the whole agency set', () => {
    const imageText = 'Body text.\n\nA man walks past the ruins. John Doe / AP – Getty Images\n\nMore text.';
    const imageGold: Gold = {
      ...gold,
      statements: [],
      entities: [
        { name: 'John Doe', type: 'PERSON' },
        { name: 'Associated Press', type: 'ORGANIZATION', aliases: ['AP'] },
        { name: 'Getty Images', type: 'ORGANIZATION' },
      ],
      images: [
        {
          caption: 'A man walks past the ruins.',
          creditLine: 'John Doe / AP – Getty Images',
          photographer: 'John Doe',
          agencies: ['Associated Press', 'Getty Images'],
        },
      ],
    };
    const start = imageText.indexOf('A man');
    const end = imageText.indexOf('Images') + 'Images'.length;
    const entities = [entity('jd', 'PERSON', 'John Doe'), entity('ap', 'ORGANIZATION', 'AP'), entity('gi', 'ORGANIZATION', 'Getty Images')];
    const image = (agencies: string[]) => ({
      span: { start, end },
      caption: 'A man walks past the ruins.',
      creditLine: 'John Doe / AP – Getty Images',
      photographer: 'jd',
      agencies,
      depicts: [],
      place: null,
      takenAt: null,
      confidence: 1,
    });
    const withImages = (agencies: string[]): Extraction => ({ ...extraction([], entities), images: [image(agencies)] });
    expect(scoreArticle(withImages(['ap', 'gi']), imageGold, imageText).credits).toEqual({ tp: 1, predicted: 1, gold: 1 });
    const partial = scoreArticle(withImages(['ap']), imageGold, imageText);
    expect(partial.images.tp).toBe(1);
    expect(partial.credits.tp).toBe(0);
  });

  it('reports furniture left in the body', () => {
    const withFurniture: Gold = { ...gold, furniture: ['Acme denied'] };
    expect(scoreArticle(extraction([], []), withFurniture, text).furniture).toEqual({ tp: 0, predicted: 1, gold: 1 });
  });

  it('micro-averages: the sum of counts, not the mean of ratios', () => {
    const a = scoreArticle(extraction([statement('DIRECT_QUOTE', 'It is safe,', 'p1')], people), gold, text);
    const b = scoreArticle(extraction([], people), gold, text);
    const total: Score = sumScores([a, b]);
    expect(total.directSpans).toEqual({ tp: 1, predicted: 1, gold: 4 });
  });
});

// ---------------------------------------------------------------------------
// The real extractor on the whole corpus

describe('the extractor on the corpus', () => {
  it('reaches the floors', () => {
    const scores = corpus.map((a) => scoreArticle(extractArticle(a.text, metaOf(a.gold)), a.gold, a.text));
    const overall = headline(sumScores(scores));
    // One assertion listing every figure under its floor, so a failure shows them all.
    const below = Object.entries(FLOORS)
      .filter(([metric, floor]) => overall[metric as keyof typeof FLOORS] < floor)
      .map(([metric, floor]) => `${metric} ${overall[metric as keyof typeof FLOORS].toFixed(3)} < ${floor}`);
    expect(below).toEqual([]);
  });
});
