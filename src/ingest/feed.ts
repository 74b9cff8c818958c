// RSS 2.0 and Atom feeds in: one article per item, as the input that raw-text
// ingestion takes (ingestText in src/extract/ingest-text.ts). The feed is
// parsed by feedsmith (which leaves DOCTYPE entities unexpanded, so an
// entity bomb stays a few bytes); item bodies, which are HTML, become plain
// paragraphs through htmlToParagraphs below. An item that cannot become an
// article is reported by its index, and the others go on.

import { type AtomFeed, parseFeed, type RssFeed } from 'feedsmith';
import { parseHTML } from 'linkedom';
import { limits } from './input.ts';

/** What one feed item becomes: the input of ingestText, or why it cannot be one. */
export type FeedItem = { index: number; input: FeedArticle } | { index: number; error: string };

/** The fields ingestText takes (src/extract/ingest-text.ts), as read from one item. */
export type FeedArticle = {
  text: string;
  url?: string;
  headline?: string;
  publishedAt?: string;
  publisher?: string;
  authors?: string[];
};

/** The file or response is not an RSS or Atom feed, or not well-formed enough to read. */
export class NotAFeedError extends Error {}

/** A feed larger than this is refused whole: a feed is a list of summaries, not an archive. */
export const MAX_FEED_CHARS = 50_000_000;

/** True when `text` looks like an RSS, RDF or Atom document (cheap; for telling feeds from pages and other XML). */
export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 2_000).replace(/<!--[\s\S]*?-->/g, '');
  return /<(rss|feed|rdf:RDF)[\s>]/i.test(head);
}

/** Every item of an RSS 2.0 or Atom feed, each an article input or an error; throws NotAFeedError for anything else. */
export function readFeed(xml: string): FeedItem[] {
  if (xml.length > MAX_FEED_CHARS) throw new NotAFeedError(`is ${xml.length} characters long; feeds over ${MAX_FEED_CHARS} are refused`);
  let parsed: ReturnType<typeof parseFeed<string>>;
  try {
    parsed = parseFeed<string>(xml);
  } catch (error) {
    throw new NotAFeedError(`is not a readable RSS or Atom feed (${(error as Error).message})`);
  }
  if (parsed.format === 'rss') return (parsed.feed.items ?? []).map((item, index) => settle(index, () => rssItem(item, parsed.feed)));
  if (parsed.format === 'atom')
    return (parsed.feed.entries ?? []).map((entry, index) => settle(index, () => atomEntry(entry, parsed.feed)));
  throw new NotAFeedError(`is a ${parsed.format.toUpperCase()} feed; RSS 2.0 and Atom are read`);
}

class ItemError extends Error {}

function settle(index: number, read: () => FeedArticle): FeedItem {
  try {
    return { index, input: read() };
  } catch (error) {
    if (error instanceof ItemError || error instanceof HtmlLimitError) return { index, error: error.message };
    throw error;
  }
}

function rssItem(item: RssFeed.Item<string>, feed: RssFeed.Feed<string>): FeedArticle {
  const permalink = item.guid && item.guid.isPermaLink !== false ? item.guid.value : undefined;
  return article({
    // Both are HTML in RSS 2.0 (entity-escaped or CDATA).
    body: item.content?.encoded ?? item.description,
    html: true,
    bodyField: 'content:encoded or description',
    link: absolute(item.link ?? permalink, feed.link),
    title: item.title,
    date: [
      ['pubDate', item.pubDate],
      ['dc:date', item.dc?.dates?.[0]],
    ],
    authors: [...(item.authors ?? []).map((person) => person.name), ...(item.dc?.creators ?? [])],
    publisher: item.dc?.publishers?.[0] ?? feed.dc?.publishers?.[0],
  });
}

function atomEntry(entry: AtomFeed.Entry<string>, feed: AtomFeed.Feed<string>): FeedArticle {
  const alternate = (links: AtomFeed.Link<string>[] | undefined) =>
    (links ?? []).find((link) => !link.rel || link.rel === 'alternate')?.href;
  // Out-of-line content (src=…) is not fetched; the summary stands in for it.
  const content = entry.content?.value ? entry.content : entry.summary;
  return article({
    body: content?.value,
    // Atom's default type is text; only html and xhtml carry markup.
    html: content?.type === 'html' || content?.type === 'xhtml',
    bodyField: 'content or summary',
    link: absolute(alternate(entry.links), alternate(feed.links)),
    title: entry.title && (entry.title.type === 'html' || entry.title.type === 'xhtml' ? htmlToText(entry.title.value) : entry.title.value),
    date: [
      ['published', entry.published],
      ['updated', entry.updated],
    ],
    authors: [...(entry.authors ?? []), ...(entry.authors?.length ? [] : (feed.authors ?? []))].map((person) => person.name),
    publisher: entry.dc?.publishers?.[0] ?? feed.dc?.publishers?.[0],
  });
}

type ItemFields = {
  body: string | undefined;
  html: boolean;
  bodyField: string;
  link: string | undefined;
  title: string | undefined;
  date: [field: string, value: string | undefined][];
  authors: (string | undefined)[];
  publisher: string | undefined;
};

function article(item: ItemFields): FeedArticle {
  if (!item.link) throw new ItemError('has no link: an article needs its URL');
  if (!item.body?.trim()) throw new ItemError(`has no body (${item.bodyField})`);
  if (item.body.length > 2 * limits.body) throw new ItemError(`body is ${item.body.length} characters long, over ${2 * limits.body}`);
  const text = item.html ? bodyParagraphs(item.body, item.bodyField) : plainParagraphs(item.body);
  if (!text) throw new ItemError(`body (${item.bodyField}) holds no text`);
  const headline = item.title?.replace(/\s+/g, ' ').trim();
  const authors = [...new Set(item.authors.flatMap((name) => splitNames(name ?? '')))];
  return {
    text,
    url: item.link,
    ...(headline ? { headline } : {}),
    ...publication(item.date),
    ...(item.publisher?.trim() ? { publisher: item.publisher.trim() } : {}),
    ...(authors.length ? { authors } : {}),
  };
}

function bodyParagraphs(html: string, field: string): string {
  try {
    return htmlToParagraphs(html);
  } catch (error) {
    if (error instanceof HtmlLimitError) throw new ItemError(`body (${field}) ${error.message}`);
    throw error;
  }
}

/** The first date given, as ISO 8601; an unreadable date is the item's error, naming its element. */
function publication(dates: ItemFields['date']): { publishedAt?: string } {
  const [field, raw] = dates.find(([, value]) => value?.trim()) ?? [];
  if (!field || !raw) return {};
  const at = new Date(raw.trim());
  if (Number.isNaN(at.getTime())) throw new ItemError(`${field} "${raw.trim()}" is not a date`);
  return { publishedAt: at.toISOString() };
}

function absolute(link: string | undefined, base: string | undefined): string | undefined {
  const trimmed = link?.trim();
  if (!trimmed) return undefined;
  try {
    return new URL(trimmed, base?.trim() || undefined).toString();
  } catch {
    return trimmed; // ingestion's own check then names the bad url
  }
}

/** "By Jane Doe and John Roe", "Jane Doe; John Roe" → each name; an email address alone is no name. */
export function splitNames(byline: string): string[] {
  const names = byline
    .replace(/^\s*by\s+/i, '')
    .split(/\s*(?:;|\||\s&\s|\sand\s)\s*/i)
    // "Jane Doe, John Roe" is two names; "Doe, Jane" is one.
    .flatMap((part) => (part.split(',').every((piece) => piece.trim().includes(' ')) ? part.split(',') : [part]));
  return names.map((name) => name.replace(/\s+/g, ' ').trim()).filter((name) => name && !/^\S+@\S+$/.test(name));
}

// -- HTML to text ------------------------------------------------------------
// A stand-in for the HTML reader (src/ingest/html.ts, on its way): item bodies
// are fragments, not pages, so no Readability pass is needed, only paragraphs.

const dropped = new Set(
  'script style noscript template iframe object embed svg math canvas video audio picture form button select textarea head'.split(' '),
);
const blocks = new Set(
  'address article aside blockquote br dd details div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tr ul'.split(
    ' ',
  ),
);

type DomNode = { nodeType: number; nodeName: string; textContent: string | null; firstChild: DomNode | null; nextSibling: DomNode | null };

/** Deeper than this, a fragment is refused: linkedom's parse time grows with the square of the depth. */
export const MAX_HTML_DEPTH = 512;

/** HTML that is refused before it is parsed. */
export class HtmlLimitError extends Error {}

// Void elements and those the parser closes implicitly (<p>, <li>, cells) do not deepen the tree as written.
const flat = new Set('area base br col embed hr img input link meta param source track wbr p li dt dd td th tr option'.split(' '));

/** How deep the elements of `html` nest, counting as far as `limit` + 1 (a tag scan, not a parse). */
function nestingDepth(html: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  for (const [, closing, name, selfClosing] of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)(?:\s[^>]*?)?(\/?)>/g)) {
    if (flat.has((name as string).toLowerCase()) || selfClosing) continue;
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    deepest = Math.max(deepest, depth);
    if (deepest > limit) break;
  }
  return deepest;
}

/** Throws HtmlLimitError for HTML nested deeper than MAX_HTML_DEPTH; call it before parsing a page. */
export function assertShallow(html: string): void {
  if (nestingDepth(html, MAX_HTML_DEPTH) > MAX_HTML_DEPTH) throw new HtmlLimitError(`nests elements more than ${MAX_HTML_DEPTH} deep`);
}

/**
 * An HTML fragment as plain paragraphs separated by blank lines: block elements break, scripts and media drop out.
 * Throws HtmlLimitError for a fragment nested deeper than MAX_HTML_DEPTH.
 */
export function htmlToParagraphs(html: string): string {
  if (!/<[a-z!/]/i.test(html)) return plainParagraphs(html);
  assertShallow(html);
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) paragraphs.push(text);
    current = '';
  };
  // An explicit stack, not recursion: a deeply nested fragment cannot overflow the call stack.
  const stack: (DomNode | 'end-block')[] = [document.body as unknown as DomNode];
  while (stack.length) {
    const node = stack.pop() as DomNode | 'end-block';
    if (node === 'end-block') {
      flush();
      continue;
    }
    if (node.nodeType === 3) current += node.textContent ?? '';
    if (node.nodeType !== 1) continue;
    const name = node.nodeName.toLowerCase();
    if (dropped.has(name)) continue;
    if (name === 'td' || name === 'th') current += ' ';
    const block = blocks.has(name);
    if (block) {
      flush();
      stack.push('end-block');
    }
    // Siblings, not childNodes: linkedom computes childNodes by scanning the subtree, which a deep fragment makes quadratic.
    const children: DomNode[] = [];
    for (let child = node.firstChild; child; child = child.nextSibling) children.push(child);
    stack.push(...children.reverse());
  }
  flush();
  return paragraphs.join('\n\n');
}

/** Text of an HTML fragment on one line (titles). */
function htmlToText(html: string): string {
  return htmlToParagraphs(html).replace(/\s+/g, ' ').trim();
}

/** Plain text: paragraphs at blank lines, other whitespace collapsed. */
function plainParagraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}
