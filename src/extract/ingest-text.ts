// From raw text to the graph: extract, attach the article to an event (an
// existing one when its participants, the entities mentioned in its articles
// and its wording overlap with this article within a time window, else a new
// one named from the lead), then write everything through ingestArticle, the
// same path structured input takes, in its one transaction. The event lookup
// is a read before that transaction; entity resolution (names and aliases) is
// ingestArticle's own.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { nameKeys } from '../db/names.ts';
import { fromIssues, ValidationError } from '../errors.ts';
import { looksLikeHtml } from '../ingest/html.ts';
import { type IngestResult, ingestArticle } from '../ingest/ingest.ts';
import { dateTime, httpUrl, limits, trimmed } from '../ingest/input.ts';
import { extractArticle, MAIN_EVENT } from './index.ts';
import type { Extraction, ExtractMeta } from './types.ts';

/** Runs the extractor: in this thread by default (scripts, the CLI); the server passes its worker pool. */
export type Extractor = (text: string, meta: ExtractMeta) => Extraction | Promise<Extraction>;

export const IngestTextInput = z.object({
  // Not trimmed: offsets point into the text exactly as submitted.
  text: z
    .string()
    .max(limits.body, `must be at most ${limits.body} characters`)
    .refine((text) => text.trim().length > 0, 'must not be empty')
    .refine(
      (text) => !looksLikeHtml(text),
      'is an HTML page, not article text: send it to ingestArticleHtml, which reads the article out of it',
    ),
  url: httpUrl.nullish(),
  headline: trimmed(limits.headline).nullish(),
  publishedAt: dateTime.nullish(),
  publisher: trimmed(limits.name).nullish(),
  /** Bylines the source gives beside the text (a feed item's authors): credited as AUTHOR. */
  authors: z.array(trimmed(limits.name)).max(limits.listItems).nullish(),
});
export type IngestTextRaw = z.input<typeof IngestTextInput>;

/** Days either side of publishedAt in which an existing event can absorb the article. */
export const EVENT_WINDOW_DAYS = 14;

export interface IngestTextResult extends Partial<IngestResult> {
  extraction: Extraction;
  /** The stored event the article was attached to when it matched one; null when a new one was created (or in a dry run). */
  matchedEventId: string | null;
}

const stopwords = new Set(
  'about after again against also among amid been before being between could does from have having into just more most much over said says some such than that their them then there these they this those through under until very were what when where which while will with would year years week weeks month months today tuesday monday wednesday thursday friday saturday sunday people told news'.split(
    ' ',
  ),
);

/** Content words of the headline and lead, for matching events by wording. */
export function keywords(extraction: Extraction): string[] {
  const lead = extraction.article.body.split('\n')[0] ?? '';
  const words = `${extraction.article.headline} ${lead}`.toLowerCase().match(/[\p{L}][\p{L}-]{3,}/gu) ?? [];
  return [...new Set(words.filter((w) => !stopwords.has(w)))].slice(0, 16);
}

/** Validates the input and runs the extractor; no database. */
export async function extractInput(
  raw: unknown,
  prefix = '',
  extract: Extractor = extractArticle,
): Promise<{ extraction: Extraction; input: z.output<typeof IngestTextInput> }> {
  const parsed = IngestTextInput.safeParse(raw);
  if (!parsed.success) throw fromIssues(parsed.error.issues, prefix);
  const input = parsed.data;
  const extraction = await extract(input.text, {
    url: input.url ?? null,
    headline: input.headline ?? null,
    publisher: input.publisher ?? null,
    publishedAt: input.publishedAt ?? null,
  });
  creditAuthors(extraction, input.authors ?? []);
  if (!extraction.article.body.trim()) {
    throw ValidationError.field(
      [prefix, 'text'].filter(Boolean).join('.'),
      'contains no article prose once page furniture, captions and credits are removed',
    );
  }
  return { extraction, input };
}

/**
 * Credits each author given beside the text as AUTHOR: the person or
 * organization the extractor found under that name when there is one (a
 * byline in the text too), else a new person.
 */
function creditAuthors(extraction: Extraction, authors: readonly string[]) {
  if (!authors.length) return;
  const article = extraction.article;
  article.people ??= [];
  article.contributors ??= [];
  const { people, contributors } = article;
  for (const [index, name] of authors.entries()) {
    const keys = new Set(nameKeys([name]));
    const named = [...people, ...(article.organizations ?? [])].find((entity) =>
      nameKeys([entity.name, ...(entity.aliases ?? [])]).some((key) => keys.has(key)),
    );
    const key = named?.key ?? `author:${index + 1}`;
    if (!named) people.push({ key, name });
    if (!contributors.some((c) => c.entity === key && c.role === 'AUTHOR')) contributors.push({ entity: key, role: 'AUTHOR' });
  }
}

/**
 * The stored event this article most likely reports on: within EVENT_WINDOW_DAYS of publication, at least two of its
 * people or organizations take part in the event or are mentioned by its articles published in that window, and at
 * least one headline or lead keyword appears in the event's name or description or in its articles' headlines.
 */
export async function findMatchingEvent(db: Db, extraction: Extraction, publishedAt: Date | null): Promise<string | null> {
  const names = extraction.entities.filter((e) => e.type !== 'PLACE').flatMap((e) => [e.name, ...e.aliases]);
  const keys = nameKeys(names);
  const words = keywords(extraction);
  if (!keys.length || !words.length) return null;
  const at = publishedAt ?? new Date();
  const from = new Date(at.getTime() - EVENT_WINDOW_DAYS * 86_400_000);
  const to = new Date(at.getTime() + EVENT_WINDOW_DAYS * 86_400_000);
  // Driven by the window: the events of articles published in it (or starting in it), and for those only, which of
  // the article's entities take part or are mentioned by their articles in the window. The cost follows how much was
  // published in the window, not how often a frequent speaker was ever seen.
  const rows = await db.$queryRaw<{ id: string; entity_score: number; keyword_score: number }[]>`
    WITH known AS (
      SELECT id FROM person WHERE normalized_names && ${keys}::text[]
      UNION ALL SELECT id FROM organization WHERE normalized_names && ${keys}::text[]
    ), window_articles AS (
      SELECT a.id, ae.event_id FROM article a JOIN article_event ae ON ae.article_id = a.id
       WHERE a.published_at BETWEEN ${from} AND ${to}
    ), recent AS (
      SELECT event_id AS id FROM window_articles
      UNION SELECT id FROM event WHERE start_at BETWEEN ${from} AND ${to}
    ), reached AS (
      SELECT p.event_id, coalesce(p.person_id, p.organization_id) AS entity_id
        FROM recent r JOIN event_participant p ON p.event_id = r.id
      UNION
      SELECT w.event_id, coalesce(m.person_id, m.organization_id)
        FROM window_articles w JOIN article_mention m ON m.article_id = w.id
    ), candidates AS (
      SELECT e.id, e.name, e.description, e.created_at, count(*)::int AS entity_score
        FROM reached x JOIN event e ON e.id = x.event_id
       WHERE x.entity_id IN (SELECT id FROM known)
       GROUP BY e.id HAVING count(*) >= 2
    ), worded AS (
      SELECT c.id, c.created_at, c.entity_score,
             lower(concat_ws(' ', c.name, c.description,
                             (SELECT string_agg(a.headline, ' ') FROM article_event ae JOIN article a ON a.id = ae.article_id
                               WHERE ae.event_id = c.id))) AS words
        FROM candidates c
    ), scored AS MATERIALIZED (
      SELECT w.id, w.created_at, w.entity_score,
             (SELECT count(*) FROM unnest(${words}::text[]) AS k(word) WHERE w.words LIKE '%' || k.word || '%')::int AS keyword_score
        FROM worded w
    )
    SELECT id, entity_score, keyword_score FROM scored
     WHERE keyword_score >= 1
     ORDER BY entity_score + keyword_score DESC, created_at ASC, id ASC
     LIMIT 1`;
  return rows[0]?.id ?? null;
}

/** Extracts `raw.text` and writes it; idempotent like ingestArticle (same URL or same body: nothing changes). */
export async function ingestText(
  db: Db,
  raw: unknown,
  prefix = '',
  extract: Extractor = extractArticle,
): Promise<IngestTextResult & IngestResult> {
  const { extraction, input } = await extractInput(raw, prefix, extract);
  return ingestExtraction(db, extraction, input.publishedAt ?? null, prefix);
}

/** Writes an extraction through ingestArticle, attached to the matching stored event when there is one. */
export async function ingestExtraction(
  db: Db,
  extraction: Extraction,
  publishedAt: Date | null,
  prefix = '',
): Promise<IngestTextResult & IngestResult> {
  const matchedEventId = await attachToStoredEvent(db, extraction, publishedAt);
  const result = await ingestArticle(db, extraction.article, prefix);
  return { ...result, extraction, matchedEventId };
}

/**
 * Points the extraction's main event at the stored event it matches (findMatchingEvent), unless the article is
 * stored already; the id of that event, or null. A read before ingestArticle's transaction (or a batch's).
 */
export async function attachToStoredEvent(db: Db, extraction: Extraction, publishedAt: Date | null): Promise<string | null> {
  const article = extraction.article;
  const existing = await db.article.findFirst({ where: { url: article.url }, select: { id: true } });
  const matchedEventId = existing ? null : await findMatchingEvent(db, extraction, publishedAt);
  if (matchedEventId) {
    article.events = (article.events ?? []).map((event) =>
      event.key === MAIN_EVENT ? { ...event, id: encodeGlobalID('Event', matchedEventId) } : event,
    );
  }
  return matchedEventId;
}
