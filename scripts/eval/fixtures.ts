// Scores an Extraction against a hand-labelled gold file (tests/fixtures/extract/).
// Everything here is a pure function of (extraction, gold, text) except
// loadCorpus, so the scorer itself can be unit-tested with hand-made extractions.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nameKeys } from '../../src/db/names.ts';
import type { ExtractedEntityType, ExtractedStatementKind, Extraction, ExtractMeta, Span } from '../../src/extract/types.ts';

export interface GoldEntity {
  name: string;
  type: ExtractedEntityType;
  aliases?: string[];
}

export interface GoldStatement {
  kind: ExtractedStatementKind;
  text: string;
  /** 0-based index of the occurrence of `text` in the article when it occurs more than once. */
  occurrence?: number;
  /** Name of a gold entity, or null when the text names no speaker. */
  speaker: string | null;
  addressee?: string;
  verb?: string;
}

export interface GoldImage {
  caption: string;
  creditLine: string | null;
  photographer: string | null;
  agencies: string[];
}

export interface GoldContributor {
  name: string;
  role: 'AUTHOR' | 'CONTRIBUTOR' | 'PHOTOGRAPHER' | 'EDITOR';
}

export interface Gold {
  meta: { url?: string; headline?: string; publisher?: string; publishedAt?: string; style: string; notes?: string };
  entities: GoldEntity[];
  statements: GoldStatement[];
  images: GoldImage[];
  contributors: GoldContributor[];
  /** Passages of the text that are page furniture and must not reach the body. */
  furniture: string[];
}

export interface CorpusArticle {
  slug: string;
  text: string;
  gold: Gold;
}

/** Reads every `<slug>.txt` with its `<slug>.gold.json` from `dir`, sorted by slug. */
export function loadCorpus(dir: string): CorpusArticle[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const slug = file.slice(0, -'.txt'.length);
      const text = readFileSync(join(dir, file), 'utf8');
      const gold = JSON.parse(readFileSync(join(dir, `${slug}.gold.json`), 'utf8')) as Gold;
      return { slug, text, gold };
    });
}

/** What a caller would know besides the text: the gold file's meta. */
export function metaOf(gold: Gold): ExtractMeta {
  const { url, headline, publisher, publishedAt } = gold.meta;
  return { url: url ?? null, headline: headline ?? null, publisher: publisher ?? null, publishedAt: publishedAt ?? null };
}

// ---------------------------------------------------------------------------
// Gold validation

const KINDS = new Set(['DIRECT_QUOTE', 'INDIRECT', 'PARAPHRASE', 'DENIAL']);
const TYPES = new Set(['PERSON', 'ORGANIZATION', 'PLACE']);
const ROLES = new Set(['AUTHOR', 'CONTRIBUTOR', 'PHOTOGRAPHER', 'EDITOR']);

/** Offsets of the `occurrence`-th appearance of `needle` in `text`, or null. */
export function locate(text: string, needle: string, occurrence = 0): Span | null {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) {
    start = text.indexOf(needle, start + 1);
    if (start === -1) return null;
  }
  return { start, end: start + needle.length };
}

/** The occurrence of `needle` closest to `position` (credit lines such as "Image source, Getty Images" repeat). */
export function nearest(text: string, needle: string, position: number): Span | null {
  let best: Span | null = null;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    if (!best || Math.abs(at - position) < Math.abs(best.start - position)) best = { start: at, end: at + needle.length };
  }
  return best;
}

function countOccurrences(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) count++;
  return count;
}

/** Everything wrong with a gold file, as readable sentences; empty when it is sound. */
export function validateGold(gold: Gold, text: string): string[] {
  const problems: string[] = [];
  const isString = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
  if (!gold.meta || !isString(gold.meta.style)) problems.push('meta.style is missing');
  for (const key of ['entities', 'statements', 'images', 'contributors', 'furniture'] as const) {
    if (!Array.isArray(gold[key])) problems.push(`${key} must be an array`);
  }
  if (problems.length) return problems;

  const byName = new Map<string, GoldEntity>();
  gold.entities.forEach((entity, i) => {
    if (!isString(entity.name)) problems.push(`entities[${i}].name is missing`);
    if (!TYPES.has(entity.type)) problems.push(`entities[${i}] (${entity.name}): bad type ${entity.type}`);
    if (entity.aliases !== undefined && !(Array.isArray(entity.aliases) && entity.aliases.every(isString))) {
      problems.push(`entities[${i}] (${entity.name}): aliases must be non-empty strings`);
    }
    if (![entity.name, ...(entity.aliases ?? [])].some((name) => isString(name) && text.includes(name))) {
      problems.push(`entities[${i}] (${entity.name}): neither the name nor an alias is in the text`);
    }
    if (byName.has(entity.name)) problems.push(`entities: ${entity.name} is listed twice`);
    byName.set(entity.name, entity);
  });
  const resolves = (where: string, name: string | null | undefined, type?: ExtractedEntityType) => {
    if (name == null) return;
    const entity = byName.get(name);
    if (!entity) problems.push(`${where}: ${JSON.stringify(name)} is not in entities`);
    else if (type && entity.type !== type) problems.push(`${where}: ${name} must be a ${type}`);
  };
  const inText = (where: string, needle: string, occurrence?: number, mayRepeat = false) => {
    if (!isString(needle)) return void problems.push(`${where} is missing`);
    const count = countOccurrences(text, needle);
    if (count === 0) problems.push(`${where}: not found in the text: ${JSON.stringify(needle)}`);
    else if (occurrence === undefined && count > 1 && !mayRepeat)
      problems.push(`${where}: occurs ${count} times, give an occurrence: ${JSON.stringify(needle)}`);
    else if (occurrence !== undefined && occurrence >= count)
      problems.push(`${where}: occurrence ${occurrence} of ${count}: ${JSON.stringify(needle)}`);
  };

  gold.statements.forEach((statement, i) => {
    const where = `statements[${i}]`;
    if (!KINDS.has(statement.kind)) problems.push(`${where}: bad kind ${statement.kind}`);
    inText(where, statement.text, statement.occurrence);
    if (statement.speaker === undefined) problems.push(`${where}: speaker must be a name or null`);
    resolves(`${where}.speaker`, statement.speaker);
    resolves(`${where}.addressee`, statement.addressee);
    const span = locate(text, statement.text, statement.occurrence ?? 0);
    if (statement.kind === 'DIRECT_QUOTE' && span) {
      // Exactly the characters between the marks; a paragraph of a multi-paragraph quote ends at the line end.
      const before = text[span.start - 1] ?? '';
      const after = text[span.end] ?? '\n';
      if (!/["“'‘]/.test(before) || !/["”'’\n]/.test(after)) {
        problems.push(
          `${where}: a direct quote's text must run from an opening mark to a closing mark or paragraph end: ${JSON.stringify(statement.text)}`,
        );
      }
    }
  });
  gold.images.forEach((image, i) => {
    const where = `images[${i}]`;
    inText(`${where}.caption`, image.caption);
    if (image.creditLine !== null) inText(`${where}.creditLine`, image.creditLine, undefined, true);
    resolves(`${where}.photographer`, image.photographer, 'PERSON');
    if (!Array.isArray(image.agencies)) problems.push(`${where}.agencies must be an array`);
    else image.agencies.forEach((agency, j) => resolves(`${where}.agencies[${j}]`, agency, 'ORGANIZATION'));
  });
  gold.contributors.forEach((contributor, i) => {
    resolves(`contributors[${i}]`, contributor.name);
    if (!ROLES.has(contributor.role)) problems.push(`contributors[${i}]: bad role ${contributor.role}`);
  });
  // Furniture such as "Advertisement" may repeat; every copy must go.
  gold.furniture.forEach((passage, i) => inText(`furniture[${i}]`, passage, undefined, true));
  return problems;
}

// ---------------------------------------------------------------------------
// Counting

export interface Counts {
  /** Matches (or correct items). */
  tp: number;
  /** Predicted items. */
  predicted: number;
  /** Gold items. */
  gold: number;
}

export interface Accuracy {
  correct: number;
  /** Items judged (matched pairs). */
  total: number;
  /** Gold items, for end-to-end accuracy (correct / gold). */
  gold: number;
}

export const ratio = (numerator: number, denominator: number): number => (denominator === 0 ? 1 : numerator / denominator);
export const precision = (c: Counts) => ratio(c.tp, c.predicted);
export const recall = (c: Counts) => ratio(c.tp, c.gold);
export const f1 = (c: Counts) => {
  const p = precision(c);
  const r = recall(c);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
};
export const accuracy = (a: Accuracy) => ratio(a.correct, a.total);
export const endToEnd = (a: Accuracy) => ratio(a.correct, a.gold);

export interface Miss {
  area:
    | 'direct'
    | 'reported'
    | 'direct-speaker'
    | 'reported-speaker'
    | 'kind'
    | 'entity'
    | 'place'
    | 'image'
    | 'credit'
    | 'contributor'
    | 'furniture';
  expected: string | null;
  got: string | null;
}

export interface Score {
  directSpans: Counts;
  reportedSpans: Counts;
  reportedKind: Accuracy;
  directSpeaker: Accuracy;
  reportedSpeaker: Accuracy;
  entities: Counts;
  places: Counts;
  images: Counts;
  credits: Counts;
  contributors: Counts;
  /** Gold furniture passages kept out of the body (tp) of all gold passages. */
  furniture: Counts;
  misses: Miss[];
}

// ---------------------------------------------------------------------------
// Matching helpers

const TRIM = /^[\s"“”„‟'‘’‚‛«»‹›,.;:!?—–]+|[\s"“”„‟'‘’‚‛«»‹›,.;:!?—–]+$/g;

/** A direct quote's text for comparison: whitespace, quotation marks and ,.;:!?—– trimmed at both ends. */
export function quoteKey(text: string): string {
  return text.replace(TRIM, '').replace(/\s+/g, ' ');
}

/** Character overlap / union of two spans. */
export function spanIoU(a: Span, b: Span): number {
  const overlap = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return union <= 0 ? 0 : overlap / union;
}

/** One-to-one matching by descending score; pairs scoring below `threshold` never match. */
function greedyMatch<G, P>(golds: G[], preds: P[], score: (g: G, p: P) => number, threshold: number): Map<number, number> {
  const pairs: [number, number, number][] = [];
  golds.forEach((g, gi) =>
    preds.forEach((p, pi) => {
      const s = score(g, p);
      if (s >= threshold) pairs.push([s, gi, pi]);
    }),
  );
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const matched = new Map<number, number>();
  const usedPreds = new Set<number>();
  for (const [, gi, pi] of pairs) {
    if (matched.has(gi) || usedPreds.has(pi)) continue;
    matched.set(gi, pi);
    usedPreds.add(pi);
  }
  return matched;
}

const overlaps = (a: readonly string[], b: readonly string[]) => {
  const set = new Set(a);
  return b.some((key) => set.has(key));
};

// ---------------------------------------------------------------------------
// Scoring one article

export function scoreArticle(extraction: Extraction, gold: Gold, text: string): Score {
  const misses: Miss[] = [];
  const predEntity = new Map(extraction.entities.map((entity) => [entity.key, entity]));
  const goldEntity = new Map(gold.entities.map((entity) => [entity.name, entity]));
  const predKeys = (key: string | null | undefined): string[] => {
    const entity = key == null ? undefined : predEntity.get(key);
    return entity ? nameKeys([entity.name, ...entity.aliases]) : [];
  };
  const goldKeys = (name: string | null | undefined): string[] => {
    const entity = name == null ? undefined : goldEntity.get(name);
    return entity ? nameKeys([entity.name, ...(entity.aliases ?? [])]) : name ? nameKeys([name]) : [];
  };
  const predName = (key: string | null | undefined) => (key == null ? null : (predEntity.get(key)?.name ?? `?${key}`));
  const sameSpeaker = (goldName: string | null, predKey: string | null) =>
    goldName === null ? predKey === null : predKey !== null && overlaps(goldKeys(goldName), predKeys(predKey));

  const withSpan = gold.statements.map((statement) => ({
    ...statement,
    span: locate(text, statement.text, statement.occurrence ?? 0) ?? { start: -1, end: -1 },
  }));

  // Direct quotes: equal after trimming; among equal texts the nearer span wins.
  const goldDirect = withSpan.filter((s) => s.kind === 'DIRECT_QUOTE');
  const predDirect = extraction.statements.filter((s) => s.kind === 'DIRECT_QUOTE');
  const directMatch = greedyMatch(
    goldDirect,
    predDirect,
    (g, p) => (quoteKey(g.text) === quoteKey(p.text) ? 1 + spanIoU(g.span, p.span) : 0),
    1,
  );
  const directSpeaker: Accuracy = { correct: 0, total: directMatch.size, gold: goldDirect.length };
  goldDirect.forEach((g, gi) => {
    const pi = directMatch.get(gi);
    if (pi === undefined) return void misses.push({ area: 'direct', expected: g.text, got: null });
    const p = predDirect[pi] as (typeof predDirect)[number];
    if (sameSpeaker(g.speaker, p.speaker)) directSpeaker.correct++;
    else
      misses.push({
        area: 'direct-speaker',
        expected: `${g.speaker ?? NO_SPEAKER} ← ${clip(g.text)}`,
        got: predName(p.speaker) ?? NO_SPEAKER,
      });
  });
  const directUsed = new Set(directMatch.values());
  predDirect.forEach((p, pi) => {
    if (!directUsed.has(pi)) misses.push({ area: 'direct', expected: null, got: p.text });
  });

  // Reported speech: kind-agnostic, overlap / union ≥ 0.5.
  const goldReported = withSpan.filter((s) => s.kind !== 'DIRECT_QUOTE');
  const predReported = extraction.statements.filter((s) => s.kind !== 'DIRECT_QUOTE');
  const reportedMatch = greedyMatch(goldReported, predReported, (g, p) => spanIoU(g.span, p.span), 0.5);
  const reportedSpeaker: Accuracy = { correct: 0, total: reportedMatch.size, gold: goldReported.length };
  const reportedKind: Accuracy = { correct: 0, total: reportedMatch.size, gold: goldReported.length };
  goldReported.forEach((g, gi) => {
    const pi = reportedMatch.get(gi);
    if (pi === undefined) return void misses.push({ area: 'reported', expected: g.text, got: null });
    const p = predReported[pi] as (typeof predReported)[number];
    if (sameSpeaker(g.speaker, p.speaker)) reportedSpeaker.correct++;
    else
      misses.push({
        area: 'reported-speaker',
        expected: `${g.speaker ?? NO_SPEAKER} ← ${clip(g.text)}`,
        got: predName(p.speaker) ?? NO_SPEAKER,
      });
    if (g.kind === p.kind) reportedKind.correct++;
    else misses.push({ area: 'kind', expected: `${g.kind} ← ${clip(g.text)}`, got: p.kind });
  });
  const reportedUsed = new Set(reportedMatch.values());
  predReported.forEach((p, pi) => {
    if (!reportedUsed.has(pi)) misses.push({ area: 'reported', expected: null, got: p.text });
  });

  // Entities: same type and a shared name key; people and organizations pooled, places apart.
  const scoreEntities = (types: ExtractedEntityType[], area: 'entity' | 'place'): Counts => {
    const golds = gold.entities.filter((e) => types.includes(e.type));
    const preds = extraction.entities.filter((e) => types.includes(e.type));
    const goldKeyLists = golds.map((e) => nameKeys([e.name, ...(e.aliases ?? [])]));
    const predKeyLists = preds.map((e) => nameKeys([e.name, ...e.aliases]));
    const match = greedyMatch(
      golds.map((_, i) => i),
      preds.map((_, i) => i),
      (gi, pi) => {
        const g = golds[gi] as GoldEntity;
        const p = preds[pi] as (typeof preds)[number];
        if (g.type !== p.type || !overlaps(goldKeyLists[gi] as string[], predKeyLists[pi] as string[])) return 0;
        // Prefer the pair whose canonical names agree, so "Russia" the place and the government pair correctly.
        return normalizeEq(g.name, p.name) ? 2 : 1;
      },
      1,
    );
    golds.forEach((g, gi) => {
      if (!match.has(gi)) misses.push({ area, expected: `${g.type} ${g.name}`, got: null });
    });
    const used = new Set(match.values());
    preds.forEach((p, pi) => {
      if (!used.has(pi)) misses.push({ area, expected: null, got: `${p.type} ${p.name}` });
    });
    return { tp: match.size, predicted: preds.length, gold: golds.length };
  };
  const entities = scoreEntities(['PERSON', 'ORGANIZATION'], 'entity');
  const places = scoreEntities(['PLACE'], 'place');

  // Images: matched by the overlap of their captions (where the predicted
  // caption is found near the predicted span); the credit is right when the
  // photographer and the set of agencies both agree.
  const goldCaptions = gold.images.map((image) => locate(text, image.caption) ?? { start: -1, end: -1 });
  const predCaptions = extraction.images.map(
    (image) => (image.caption ? nearest(text, image.caption, image.span.start) : null) ?? image.span,
  );
  const imageMatch = greedyMatch(goldCaptions, predCaptions, (g, p) => spanIoU(g, p), 0.5);
  let creditsRight = 0;
  gold.images.forEach((g, gi) => {
    const pi = imageMatch.get(gi);
    if (pi === undefined) return void misses.push({ area: 'image', expected: clip(g.caption), got: null });
    const p = extraction.images[pi] as (typeof extraction.images)[number];
    const photographerRight =
      g.photographer === null
        ? p.photographer === null
        : p.photographer !== null && overlaps(goldKeys(g.photographer), predKeys(p.photographer));
    const agencyMatch = greedyMatch(g.agencies, p.agencies, (ga, pa) => (overlaps(goldKeys(ga), predKeys(pa)) ? 1 : 0), 1);
    const agenciesRight = agencyMatch.size === g.agencies.length && agencyMatch.size === p.agencies.length;
    if (photographerRight && agenciesRight) creditsRight++;
    else {
      misses.push({
        area: 'credit',
        expected: `${g.photographer ?? '-'} / ${g.agencies.join(', ') || '-'}  (${g.creditLine})`,
        got: `${predName(p.photographer) ?? '-'} / ${p.agencies.map(predName).join(', ') || '-'}`,
      });
    }
  });
  const imageUsed = new Set(imageMatch.values());
  extraction.images.forEach((p, pi) => {
    if (!imageUsed.has(pi)) misses.push({ area: 'image', expected: null, got: clip(p.caption) });
  });

  // Contributors: name and role.
  const contributorMatch = greedyMatch(
    gold.contributors,
    extraction.contributors,
    (g, p) => (g.role === p.role && overlaps(goldKeys(g.name), predKeys(p.entity)) ? 1 : 0),
    1,
  );
  gold.contributors.forEach((g, gi) => {
    if (!contributorMatch.has(gi)) misses.push({ area: 'contributor', expected: `${g.role} ${g.name}`, got: null });
  });
  const contributorUsed = new Set(contributorMatch.values());
  extraction.contributors.forEach((p, pi) => {
    if (!contributorUsed.has(pi)) misses.push({ area: 'contributor', expected: null, got: `${p.role} ${predName(p.entity)}` });
  });

  // Furniture: every gold passage must be absent from the body.
  const body = extraction.article.body ?? '';
  let kept = 0;
  for (const passage of gold.furniture) {
    if (body.includes(passage.trim())) misses.push({ area: 'furniture', expected: `dropped: ${clip(passage)}`, got: 'left in the body' });
    else kept++;
  }

  return {
    directSpans: { tp: directMatch.size, predicted: predDirect.length, gold: goldDirect.length },
    reportedSpans: { tp: reportedMatch.size, predicted: predReported.length, gold: goldReported.length },
    reportedKind,
    directSpeaker,
    reportedSpeaker,
    entities,
    places,
    images: { tp: imageMatch.size, predicted: extraction.images.length, gold: gold.images.length },
    credits: { tp: creditsRight, predicted: extraction.images.length, gold: gold.images.length },
    contributors: { tp: contributorMatch.size, predicted: extraction.contributors.length, gold: gold.contributors.length },
    furniture: { tp: kept, predicted: gold.furniture.length, gold: gold.furniture.length },
    misses,
  };
}

const NO_SPEAKER = '(no speaker)';

function normalizeEq(a: string, b: string): boolean {
  const [ka] = nameKeys([a]);
  const [kb] = nameKeys([b]);
  return ka !== undefined && ka === kb;
}

function clip(text: string, max = 70): string {
  const line = text.replace(/\n/g, '⏎');
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

// ---------------------------------------------------------------------------
// Aggregation and the summary the floors are checked against

const addCounts = (a: Counts, b: Counts): Counts => ({ tp: a.tp + b.tp, predicted: a.predicted + b.predicted, gold: a.gold + b.gold });
const addAccuracy = (a: Accuracy, b: Accuracy): Accuracy => ({
  correct: a.correct + b.correct,
  total: a.total + b.total,
  gold: a.gold + b.gold,
});

/** Micro-average: the counts of every article summed. */
export function sumScores(scores: Score[]): Score {
  const zero: Counts = { tp: 0, predicted: 0, gold: 0 };
  const zeroAcc: Accuracy = { correct: 0, total: 0, gold: 0 };
  return scores.reduce<Score>(
    (total, s) => ({
      directSpans: addCounts(total.directSpans, s.directSpans),
      reportedSpans: addCounts(total.reportedSpans, s.reportedSpans),
      reportedKind: addAccuracy(total.reportedKind, s.reportedKind),
      directSpeaker: addAccuracy(total.directSpeaker, s.directSpeaker),
      reportedSpeaker: addAccuracy(total.reportedSpeaker, s.reportedSpeaker),
      entities: addCounts(total.entities, s.entities),
      places: addCounts(total.places, s.places),
      images: addCounts(total.images, s.images),
      credits: addCounts(total.credits, s.credits),
      contributors: addCounts(total.contributors, s.contributors),
      furniture: addCounts(total.furniture, s.furniture),
      misses: [],
    }),
    {
      directSpans: zero,
      reportedSpans: zero,
      reportedKind: zeroAcc,
      directSpeaker: zeroAcc,
      reportedSpeaker: zeroAcc,
      entities: zero,
      places: zero,
      images: zero,
      credits: zero,
      contributors: zero,
      furniture: zero,
      misses: [],
    },
  );
}

/** The headline figures, the ones the issue sets targets for. */
export interface Headline {
  directSpanF1: number;
  directAttribution: number;
  reportedSpanF1: number;
  reportedAttribution: number;
  entityF1: number;
  placeF1: number;
  creditF1: number;
  contributorF1: number;
}

export function headline(score: Score): Headline {
  return {
    directSpanF1: f1(score.directSpans),
    directAttribution: accuracy(score.directSpeaker),
    reportedSpanF1: f1(score.reportedSpans),
    reportedAttribution: accuracy(score.reportedSpeaker),
    entityF1: f1(score.entities),
    placeF1: f1(score.places),
    creditF1: f1(score.credits),
    contributorF1: f1(score.contributors),
  };
}

// ---------------------------------------------------------------------------
// Printing

const fmt = (n: number) => n.toFixed(2);

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((w, i) => (i === 0 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

/** One row per article with the headline figures, as a Markdown table. */
export function formatArticleTable(rows: { slug: string; score: Score }[]): string {
  return table(
    ['article', 'direct F1', 'd.attr', 'reported F1', 'r.attr', 'kind', 'per/org F1', 'place F1', 'credit F1', 'contrib F1', 'furniture'],
    rows.map(({ slug, score }) => [
      slug,
      fmt(f1(score.directSpans)),
      fmt(accuracy(score.directSpeaker)),
      fmt(f1(score.reportedSpans)),
      fmt(accuracy(score.reportedSpeaker)),
      fmt(accuracy(score.reportedKind)),
      fmt(f1(score.entities)),
      fmt(f1(score.places)),
      fmt(f1(score.credits)),
      fmt(f1(score.contributors)),
      fmt(recall(score.furniture)),
    ]),
  );
}

/** The micro-averaged overall figures with their counts, as a Markdown table. */
export function formatOverallTable(score: Score): string {
  const counts = (name: string, c: Counts) => [
    name,
    String(c.tp),
    String(c.predicted),
    String(c.gold),
    fmt(precision(c)),
    fmt(recall(c)),
    fmt(f1(c)),
  ];
  const acc = (name: string, a: Accuracy) => [
    name,
    String(a.correct),
    String(a.total),
    String(a.gold),
    '',
    '',
    '',
    fmt(accuracy(a)),
    fmt(endToEnd(a)),
  ];
  return table(
    ['metric', 'tp/correct', 'predicted/judged', 'gold', 'P', 'R', 'F1', 'accuracy', 'end-to-end'],
    [
      counts('direct-quote spans', score.directSpans),
      acc('direct attribution', score.directSpeaker),
      counts('reported-speech spans', score.reportedSpans),
      acc('reported attribution', score.reportedSpeaker),
      acc('reported kind', score.reportedKind),
      counts('person/org entities', score.entities),
      counts('place entities', score.places),
      counts('image captions', score.images),
      counts('image credits', score.credits),
      counts('contributors', score.contributors),
      counts('furniture dropped', score.furniture),
    ].map((row) => [...row, ...Array(9 - row.length).fill('')]),
  );
}

/** Every miss of one article, grouped by area: expected vs got. */
export function formatMisses(score: Score): string {
  if (score.misses.length === 0) return 'no misses';
  const order: Miss['area'][] = [
    'direct',
    'direct-speaker',
    'reported',
    'reported-speaker',
    'kind',
    'entity',
    'place',
    'image',
    'credit',
    'contributor',
    'furniture',
  ];
  const sorted = [...score.misses].sort((a, b) => order.indexOf(a.area) - order.indexOf(b.area));
  const lines: string[] = [];
  let area = '';
  for (const miss of sorted) {
    if (miss.area !== area) {
      area = miss.area;
      lines.push('', `## ${area}`);
    }
    lines.push(`- expected: ${miss.expected ?? '(nothing)'}`, `  got:      ${miss.got ?? '(nothing)'}`);
  }
  return lines.join('\n').trimStart();
}
