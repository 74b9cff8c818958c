// The contract between the extractor (src/extract/), its evaluation
// (scripts/eval-extract.ts, tests/fixtures/extract/) and its callers (the
// ingestArticleText mutation, `npm run ingest`). Every offset is a UTF-16
// index into the original text the caller passed in, end exclusive.
import type { IngestArticleRaw } from '../ingest/input.ts';

export interface Span {
  start: number;
  end: number;
}

/** What the caller knows about the text beyond the text itself. */
export interface ExtractMeta {
  url?: string | null;
  headline?: string | null;
  publisher?: string | null;
  publishedAt?: Date | string | null;
}

export type ExtractedEntityType = 'PERSON' | 'ORGANIZATION' | 'PLACE';

export interface ExtractedEntity {
  /** Key used for this entity inside `article` (people/organizations/places). */
  key: string;
  type: ExtractedEntityType;
  /** Fullest form of the name found in the text. */
  name: string;
  aliases: string[];
  /** Every place in the original text the entity is named (not pronouns). */
  mentions: Span[];
  confidence: number;
}

export type ExtractedStatementKind = 'DIRECT_QUOTE' | 'INDIRECT' | 'PARAPHRASE' | 'DENIAL';

export interface ExtractedStatement {
  key: string;
  kind: ExtractedStatementKind;
  /**
   * The words said. For a direct quote, the text between the quotation marks
   * without the marks; one statement per quoted segment, so "A," he said. "B."
   * gives two. For reported speech, the reported clause ("X said that <clause>").
   */
  text: string;
  span: Span;
  /** Key of an ExtractedEntity, or null when no speaker could be attributed. */
  speaker: string | null;
  /** Where the attribution was read from: the name, pronoun or description. */
  speakerSpan: Span | null;
  verb: string | null;
  venue: string | null;
  /** Key of an ExtractedEntity the words were addressed to ("X told Y"). */
  addressee: string | null;
  confidence: number;
}

export interface ExtractedImage {
  /** The caption paragraph and credit line as printed. */
  span: Span;
  caption: string;
  creditLine: string | null;
  /** Key of a PERSON entity. */
  photographer: string | null;
  /** Keys of ORGANIZATION entities. */
  agencies: string[];
  /** Keys of entities the caption says are shown. */
  depicts: string[];
  place: string | null;
  takenAt: string | null;
  confidence: number;
}

export interface ExtractedContributor {
  /** Key of an ExtractedEntity. */
  entity: string;
  role: 'AUTHOR' | 'CONTRIBUTOR' | 'PHOTOGRAPHER' | 'EDITOR';
  span: Span;
}

export interface Extraction {
  /** Ready for ingestArticle: body is the prose without furniture, captions or bylines. */
  article: IngestArticleRaw;
  statements: ExtractedStatement[];
  entities: ExtractedEntity[];
  images: ExtractedImage[];
  contributors: ExtractedContributor[];
  /** Spans of the original text dropped as page furniture, with the reason. */
  dropped: (Span & { reason: string })[];
}
