// Runs the extractor over PolNeAR articles (Newell, Margolin, Ruths, LREC
// 2018; networkdynamics/PolNeAR v1.0.0) and scores it with polnear-score.ts.
// The articles are read from their folder at run time and never copied into
// this repository. Only train and dev are read: the test split is held out.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Extraction, Span } from '../../src/extract/types.ts';
import { type Attribution, parseBrat, unionOfAnnotators } from './brat.ts';
import { judgeGold, type PolnearMiss, type PolnearScore, polnearHeadline, scorePolnearArticle, sumPolnear } from './polnear-score.ts';

export type PolnearSplit = 'dev' | 'train';

export interface PolnearArticle {
  name: string;
  publisher: string;
  text: string;
  /** Annotators whose files were read, sorted; their attributions are merged by unionOfAnnotators. */
  annotators: string[];
  attributions: Attribution[];
}

/** Publisher by article name, from metadata.tsv (compartment, filename, …, publisher, …). */
function readPublishers(dir: string): Map<string, string> {
  const file = join(dir, 'metadata.tsv');
  const publishers = new Map<string, string>();
  if (!existsSync(file)) return publishers;
  const [header = '', ...rows] = readFileSync(file, 'utf8').split('\n');
  const columns = header.split('\t');
  const name = columns.indexOf('filename');
  const publisher = columns.indexOf('publisher');
  for (const row of rows) {
    const cells = row.split('\t');
    if (cells[name] && cells[publisher]) publishers.set(cells[name], cells[publisher]);
  }
  return publishers;
}

/** The articles of one split, sorted by name; `limit` keeps the first N. */
export function loadPolnear(dir: string, split: PolnearSplit, limit = Number.POSITIVE_INFINITY): PolnearArticle[] {
  if (split !== 'dev' && split !== 'train') throw new Error(`--split must be dev or train (the test split is held out), not ${split}`);
  const textDir = join(dir, split, 'text');
  const annDir = join(dir, split, 'attributions');
  if (!existsSync(textDir) || !existsSync(annDir)) throw new Error(`${dir} has no ${split}/text and ${split}/attributions`);
  const publishers = readPublishers(dir);
  const annFiles = new Map<string, string[]>();
  for (const file of readdirSync(annDir).filter((f) => f.endsWith('.ann'))) {
    const article = file.replace(/_[^_]+\.ann$/, '');
    annFiles.set(article, [...(annFiles.get(article) ?? []), file]);
  }
  return readdirSync(textDir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .slice(0, limit)
    .map((file) => {
      const name = file.slice(0, -'.txt'.length);
      const byAnnotator = new Map<string, Attribution[]>();
      for (const ann of annFiles.get(name) ?? []) {
        const annotator = ann.slice(name.length + 1, -'.ann'.length);
        byAnnotator.set(annotator, parseBrat(readFileSync(join(annDir, ann), 'utf8'), annotator));
      }
      return {
        name,
        publisher: publishers.get(name) ?? name.split('_')[0] ?? 'unknown',
        text: readFileSync(join(textDir, file), 'utf8'),
        annotators: [...byAnnotator.keys()].sort(),
        attributions: unionOfAnnotators(byAnnotator),
      };
    });
}

export interface PolnearRow {
  article: PolnearArticle;
  score: PolnearScore;
}

export interface PolnearEvaluation {
  rows: PolnearRow[];
  overall: PolnearScore;
  /** Sorted by publisher. */
  publishers: { publisher: string; score: PolnearScore }[];
}

export function evaluatePolnear(articles: readonly PolnearArticle[], extract: (text: string) => Extraction): PolnearEvaluation {
  const rows = articles.map((article) => ({
    article,
    score: scorePolnearArticle(article.text, judgeGold(article.text, article.attributions), extract(article.text)),
  }));
  const names = [...new Set(rows.map((row) => row.article.publisher))].sort();
  return {
    rows,
    overall: sumPolnear(rows.map((row) => row.score)),
    publishers: names.map((publisher) => ({
      publisher,
      score: sumPolnear(rows.filter((row) => row.article.publisher === publisher).map((row) => row.score)),
    })),
  };
}

// ---------------------------------------------------------------------------
// Printing

const pct = (x: number) => (100 * x).toFixed(1);

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  return [
    line(header),
    `| ${widths.map((w, i) => (i === 0 ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`)).join(' | ')} |`,
    ...rows.map(line),
  ].join('\n');
}

/** The headline figures with the counts behind them, in percent. */
export function formatPolnearOverall(score: PolnearScore): string {
  const h = polnearHeadline(score);
  const row = (metric: string, n: number, d: number, value: number): string[] => [metric, String(n), String(d), pct(value)];
  const named = {
    correct: score.speakerDirect.correct + score.speakerReported.correct,
    judged: score.speakerDirect.judged + score.speakerReported.judged,
  };
  return table(
    ['metric', 'hit', 'of', '%'],
    [
      row(
        'speech content precision (statements inside gold content)',
        score.statements.correct,
        score.statements.judged,
        h.speechPrecision,
      ),
      row('speech content recall (gold speech spans found)', score.speech.found, score.speech.gold, h.speechRecall),
      ['speech content F1', '', '', pct(h.speechF1)],
      row('direct quotes found', score.direct.found, score.direct.gold, h.directFound),
      row('reported speech found', score.reported.found, score.reported.gold, h.reportedFound),
      row('all attributions found (thoughts, intentions too)', score.all.found, score.all.gold, h.allRecall),
      row('speaker, gold source names someone', named.correct, named.judged, h.speaker),
      row('speaker, direct', score.speakerDirect.correct, score.speakerDirect.judged, h.speakerDirect),
      row('speaker, reported', score.speakerReported.correct, score.speakerReported.judged, h.speakerReported),
      row('speaker, "he"/"she" source (last named source)', score.speakerPronoun.correct, score.speakerPronoun.judged, h.speakerPronoun),
      row('cue precision (verb text in the gold cue)', score.cuePrecision.correct, score.cuePrecision.judged, h.cuePrecision),
      row('cue recall (verb text in the gold cue)', score.cueRecall.found, score.cueRecall.gold, h.cueRecall),
      ['cue F1 (verb text in the gold cue)', '', '', pct(h.cueF1)],
    ],
  );
}

export function formatPolnearPublishers(evaluation: PolnearEvaluation): string {
  const rows = [...evaluation.publishers, { publisher: 'all', score: evaluation.overall }].map(({ publisher, score }) => {
    const h = polnearHeadline(score);
    return [
      publisher,
      String(score.articles),
      String(score.speech.gold),
      ...[
        h.speechPrecision,
        h.speechRecall,
        h.speechF1,
        h.directFound,
        h.reportedFound,
        h.speakerDirect,
        h.speakerReported,
        h.cueF1,
        h.allRecall,
      ].map(pct),
    ];
  });
  return table(['publisher', 'articles', 'speech', 'P', 'R', 'F1', 'direct', 'reported', 'spk dir', 'spk rep', 'cue F1', 'all R'], rows);
}

const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ⏎ ');

/** The passage with 40 characters either side, the passage itself in ⟦ ⟧ and cut to 160 characters. */
export function inContext(text: string, span: Span): string {
  const passage = text.slice(span.start, span.end);
  const shown = passage.length > 160 ? `${passage.slice(0, 110)} … ${passage.slice(-45)}` : passage;
  return oneLine(`${text.slice(Math.max(0, span.start - 40), span.start)}⟦${shown}⟧${text.slice(span.end, span.end + 40)}`);
}

function formatMiss(text: string, miss: PolnearMiss): string {
  const where = inContext(text, miss.span);
  if (miss.kind === 'not-found') return `- [${miss.direct ? 'direct' : 'reported'}] source ${miss.expected ?? '(none)'}: ${where}`;
  if (miss.kind === 'wrong-speaker')
    return `- [${miss.direct ? 'direct' : 'reported'}] expected ${miss.expected}, got ${miss.got ?? '(none)'}: ${where}`;
  return `- [${miss.direct ? 'quote' : 'reported'}] speaker ${miss.got ?? '(none)'}: ${where}`;
}

/** Per article: speech spans not found, wrong speakers, false positives. */
export function formatPolnearMisses(evaluation: PolnearEvaluation): string {
  const sections: string[] = [];
  const titles: [PolnearMiss['kind'], string][] = [
    ['not-found', 'speech not found'],
    ['wrong-speaker', 'wrong speaker'],
    ['false-positive', 'false positives'],
  ];
  for (const { article, score } of evaluation.rows) {
    if (score.misses.length === 0) continue;
    const lines = [`## ${article.name} (${article.publisher}; annotators ${article.annotators.join(', ')})`];
    for (const [kind, title] of titles) {
      const misses = score.misses.filter((miss) => miss.kind === kind).sort((a, b) => a.span.start - b.span.start);
      if (misses.length) lines.push(`### ${title}`, ...misses.map((miss) => formatMiss(article.text, miss)));
    }
    sections.push(lines.join('\n'));
  }
  return sections.join('\n\n');
}

/** The figures as plain data for --json: headline fractions and counts, overall, per publisher and per article. */
export function polnearJson(evaluation: PolnearEvaluation, split: PolnearSplit) {
  const figures = (score: PolnearScore) => ({ headline: polnearHeadline(score), ...score, misses: undefined });
  return {
    corpus: 'PolNeAR v1.0.0 (Newell, Margolin, Ruths, LREC 2018)',
    split,
    overall: figures(evaluation.overall),
    publishers: Object.fromEntries(evaluation.publishers.map(({ publisher, score }) => [publisher, figures(score)])),
    articles: evaluation.rows.map(({ article, score }) => ({ article: article.name, publisher: article.publisher, ...figures(score) })),
  };
}
