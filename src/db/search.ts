// Full-text and name search over every searchable table, ranked in one SQL
// statement. Text matches use the weighted `search_vector` columns the
// database keeps current (see the search migration); names also match by
// trigram word similarity over their folded spellings, so "Zelenskiy",
// "Shoygu" or a half-typed "Konash" still find the entity.
import { Prisma } from '../generated/prisma/client.ts';
import type { Db } from './client.ts';
import { nameKeys, normalizeName } from './names.ts';

export const searchableTypes = ['Article', 'Statement', 'Person', 'Organization', 'Event', 'Place', 'Image'] as const;
export type SearchableType = (typeof searchableTypes)[number];

export const searchLimits = { queryLength: 200 } as const;

export type SearchHit = { type: SearchableType; id: string; score: number; snippet: string };

// ts_headline marks matches with these two private-use characters, which are
// first removed from the text itself; the snippet is then HTML-escaped and they
// become <mark> and </mark>, so no text from an article can open a tag.
const markStart = '\uE000';
const markStop = '\uE001';
const headlineOptions = `StartSel=${markStart}, StopSel=${markStop}, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

/** A snippet as the API gives it: HTML-escaped text with <mark>…</mark> around the matches. */
export function snippetHtml(marked: string): string {
  return marked
    .replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
    .replaceAll(markStart, '<mark>')
    .replaceAll(markStop, '</mark>');
}

export type ParsedQuery = {
  /** websearch_to_tsquery syntax: words, "quoted phrases", OR, -negation; without the prefix term. */
  text: string;
  /** The last unquoted word, to be matched as a prefix (search-as-you-type); '' when none. */
  prefix: string;
  /** Folded name keys for trigram matching. */
  nameKeys: string[];
};

/**
 * Splits a query into its full-text part and a trailing prefix term. The last
 * word counts as a prefix unless it closes a quoted phrase or the query ends
 * in a space (the user finished typing it).
 */
export function parseSearchQuery(raw: string): ParsedQuery {
  const query = raw.replace(/\s+/g, ' ');
  const quotes = (query.match(/"/g) ?? []).length;
  let text = query.trim();
  let prefix = '';
  const last = /(?:^|\s)([^\s"-][^\s"]*)$/.exec(text);
  if (!query.endsWith(' ') && quotes % 2 === 0 && last?.[1] && !/^or$/i.test(last[1])) {
    const word = normalizeName(last[1]).replace(/\s+/g, '');
    if (word) {
      prefix = word;
      text = text.slice(0, text.length - last[1].length).trim();
    }
  }
  const bare = query.replace(/"/g, ' ').replace(/(^|\s)-/g, '$1');
  return { text, prefix, nameKeys: nameKeys([bare]).filter((key) => key.length >= 2) };
}

/** The tsquery of a parsed query as SQL: the websearch part AND the prefix term. */
function tsquerySql(parsed: ParsedQuery): Prisma.Sql {
  const text = Prisma.sql`websearch_to_tsquery('english', newsgraph_fold(${parsed.text}))`;
  if (!parsed.prefix) return text;
  return Prisma.sql`(${text} && to_tsquery('english', ${`${parsed.prefix}:*`}))`;
}

/** The statement searchGraph runs (exported for scripts/explain.ts); null when no type is searched. */
export function searchSql(query: string, types: readonly SearchableType[], limit: number, offset: number) {
  const parsed = parseSearchQuery(query);
  const want = (type: SearchableType) => types.includes(type);
  const tsq = tsquerySql(parsed);
  const keys = parsed.nameKeys;
  const headline = (doc: Prisma.Sql) =>
    Prisma.sql`ts_headline('english', translate(${doc}, ${markStart + markStop}, ''), q.tsq, ${headlineOptions})`;
  const textBranch = (type: SearchableType, table: string) =>
    Prisma.sql`SELECT ${type}::text AS type, t.id, ts_rank(t.search_vector, q.tsq)::float8 AS score
                 FROM ${Prisma.raw(`"${table}"`)} t, q WHERE t.search_vector @@ q.tsq`;
  const nameBranch = (type: SearchableType, table: string, names: Prisma.Sql) =>
    Prisma.sql`SELECT ${type}::text AS type, t.id,
                      greatest(CASE WHEN t.search_vector @@ q.tsq THEN ts_rank(t.search_vector, q.tsq) ELSE 0 END,
                               (SELECT max((word_similarity(k, ${names}) + similarity(k, ${names})) / 2) FROM unnest(q.keys) k))::float8 AS score
                 FROM ${Prisma.raw(`"${table}"`)} t, q
                WHERE t.search_vector @@ q.tsq OR ${names} %> ANY(q.keys)`;
  const joined = Prisma.sql`newsgraph_join(t.normalized_names)`;
  const branches = [
    want('Article') && textBranch('Article', 'article'),
    want('Statement') && textBranch('Statement', 'statement'),
    want('Image') && textBranch('Image', 'image'),
    want('Person') && nameBranch('Person', 'person', joined),
    want('Organization') && nameBranch('Organization', 'organization', joined),
    want('Place') && nameBranch('Place', 'place', joined),
    want('Event') && nameBranch('Event', 'event', Prisma.sql`newsgraph_fold(t.name)`),
  ].filter((branch): branch is Prisma.Sql => Boolean(branch));
  if (!branches.length) return null;
  const hits = Prisma.sql`WITH q AS (SELECT ${tsq} AS tsq, ${keys}::text[] AS keys), hits AS (${Prisma.join(branches, ' UNION ALL ')})`;
  const page = Prisma.sql`
    ${hits},
    page AS (
      SELECT type, id, score, count(*) OVER ()::int AS total
        FROM hits
       ORDER BY score DESC, type, id
       LIMIT ${limit}::int OFFSET ${offset}::int)
    SELECT page.type, page.id, page.score, page.total,
           coalesce(
             CASE page.type
               WHEN 'Article' THEN ${headline(Prisma.sql`a.headline || ' — ' || a.body`)}
               WHEN 'Statement' THEN ${headline(Prisma.sql`s.text`)}
               WHEN 'Image' THEN ${headline(Prisma.sql`i.caption`)}
             END,
             CASE WHEN NOT coalesce(p.search_vector @@ q.tsq OR o.search_vector @@ q.tsq OR pl.search_vector @@ q.tsq OR e.search_vector @@ q.tsq, false)
                  THEN ${markStart} || translate(coalesce(p.name, o.name, pl.name, e.name), ${markStart + markStop}, '') || ${markStop} END,
             ${headline(Prisma.sql`concat_ws(' · ', coalesce(p.name, o.name, pl.name, e.name), newsgraph_join(coalesce(p.aliases, o.aliases, pl.aliases)), coalesce(p.description, o.description, e.description))`)}
           ) AS snippet
      FROM page CROSS JOIN q
      LEFT JOIN article a ON page.type = 'Article' AND a.id = page.id
      LEFT JOIN statement s ON page.type = 'Statement' AND s.id = page.id
      LEFT JOIN image i ON page.type = 'Image' AND i.id = page.id
      LEFT JOIN person p ON page.type = 'Person' AND p.id = page.id
      LEFT JOIN organization o ON page.type = 'Organization' AND o.id = page.id
      LEFT JOIN place pl ON page.type = 'Place' AND pl.id = page.id
      LEFT JOIN event e ON page.type = 'Event' AND e.id = page.id
     ORDER BY page.score DESC, page.type, page.id`;
  return { page, count: Prisma.sql`${hits} SELECT count(*)::int AS total FROM hits` };
}

/**
 * Ranked hits for `query` among `types`: `limit` of them after `offset`, and
 * the total. Scores: ts_rank of the weighted vector for text, and for names
 * the mean of trigram word similarity and similarity of the folded spellings
 * (so "Kuleba" ranks the person "Dmytro Kuleba" above the event "Kuleba news
 * conference"), whichever is higher.
 */
export async function searchGraph(
  db: Db,
  query: string,
  types: readonly SearchableType[],
  limit: number,
  offset: number,
): Promise<{ hits: SearchHit[]; totalCount: number }> {
  const sql = searchSql(query, types, limit, offset);
  if (!sql) return { hits: [], totalCount: 0 };
  type Row = { type: SearchableType; id: string; score: number; snippet: string; total: number };
  const rows = await db.$queryRaw<Row[]>(sql.page);
  let totalCount = rows[0]?.total ?? 0;
  // Past the last page the window count is not there to read.
  if (!rows.length && offset > 0) totalCount = (await db.$queryRaw<{ total: number }[]>(sql.count))[0]?.total ?? 0;
  return { hits: rows.map(({ total: _total, snippet, ...hit }) => ({ ...hit, snippet: snippetHtml(snippet) })), totalCount };
}
