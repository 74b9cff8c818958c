// Reads BRAT standoff attribution files (PolNeAR's `.ann` format): `T` lines
// are spans, possibly discontinuous ("12 40;55 70"), `E` lines tie a cue, its
// content and (usually) its source into one attribution. A span's text may
// hold a newline, so its second line starts with neither T nor E: such lines
// and the annotators' notes (`#`) are skipped.
import type { Span } from '../../src/extract/types.ts';

export interface Attribution {
  /** The E line's id within its file ("E3"). */
  id: string;
  annotator: string;
  /** The content pieces in text order (Content and Content2 roles together). */
  content: Span[];
  cue: Span[];
  /** Empty for PolNeAR's "Attribution-no-source". */
  source: Span[];
}

const spanLine = /^(T\d+)\t(\S+) ([\d ;]+)\t/;
const eventLine = /^(E\d+)\t(.*)$/;

function pieces(offsets: string): Span[] {
  return offsets
    .split(';')
    .map((piece) => piece.trim().split(/\s+/).map(Number))
    .filter((pair): pair is [number, number] => pair.length === 2 && pair.every(Number.isFinite))
    .map(([start, end]) => ({ start, end }))
    .filter((span) => span.end > span.start)
    .sort((a, b) => a.start - b.start);
}

/** The attributions of one `.ann` file; those without a content span are left out (nothing to find). */
export function parseBrat(ann: string, annotator = ''): Attribution[] {
  const spans = new Map<string, Span[]>();
  const events: { id: string; roles: [string, string][] }[] = [];
  for (const line of ann.split(/\r?\n/)) {
    const span = spanLine.exec(line);
    if (span) {
      spans.set(span[1] as string, pieces(span[3] as string));
      continue;
    }
    const event = eventLine.exec(line);
    if (event) {
      const roles = (event[2] as string)
        .trim()
        .split(/\s+/)
        .map((pair) => pair.split(':') as [string, string]);
      events.push({ id: event[1] as string, roles });
    }
  }
  const attributions: Attribution[] = [];
  for (const { id, roles } of events) {
    const of = (role: RegExp) =>
      roles
        .filter(([name]) => role.test(name))
        .flatMap(([, ref]) => spans.get(ref) ?? [])
        .sort((a, b) => a.start - b.start);
    const content = of(/^Content\d*$/);
    if (content.length === 0) continue;
    attributions.push({ id, annotator, content, cue: of(/^Cue\d*$/), source: of(/^Source\d*$/) });
  }
  return attributions;
}

/** Characters covered by `spans`, each counted once. */
export function coveredLength(spans: readonly Span[]): number {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let total = 0;
  let reach = -1;
  for (const { start, end } of sorted) {
    const from = Math.max(start, reach);
    if (end > from) total += end - from;
    reach = Math.max(reach, end);
  }
  return total;
}

/** Characters of `target` that fall inside the union of `cover`. */
export function overlapLength(target: readonly Span[], cover: readonly Span[]): number {
  let total = 0;
  for (const piece of target) {
    const inside = cover
      .filter((c) => c.end > piece.start && c.start < piece.end)
      .map((c) => ({ start: Math.max(c.start, piece.start), end: Math.min(c.end, piece.end) }));
    total += coveredLength(inside);
  }
  return total;
}

/**
 * Several annotators' attributions of one article, as one gold set: the
 * first annotator's (in sorted order), then each other annotator's that no
 * kept attribution already covers (content overlapping by at least half of
 * either span). The union rewards extractions any annotator agreed with;
 * without the de-duplication a quote six annotators marked would count six
 * times.
 */
export function unionOfAnnotators(byAnnotator: ReadonlyMap<string, readonly Attribution[]>): Attribution[] {
  const kept: Attribution[] = [];
  for (const annotator of [...byAnnotator.keys()].sort()) {
    // Only other annotators' attributions make one a duplicate: one annotator's nested ones ("A said B told him C") all stay.
    const earlier = [...kept];
    for (const attribution of byAnnotator.get(annotator) ?? []) {
      const length = coveredLength(attribution.content);
      const duplicate = earlier.some((other) => {
        const shared = overlapLength(attribution.content, other.content);
        return shared * 2 >= length || shared * 2 >= coveredLength(other.content);
      });
      if (!duplicate) kept.push(attribution);
    }
  }
  return kept.sort((a, b) => (a.content[0]?.start ?? 0) - (b.content[0]?.start ?? 0));
}
