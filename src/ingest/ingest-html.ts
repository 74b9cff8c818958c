// From a web page to the graph: the page is measured and refused past its
// limits, read (html.ts), its article text handed to the extractor as
// ingestArticleText's text is, and the page's own facts (language, authors,
// figures with their credits) added to the extraction before it is written
// through the same path, ingestArticle in its one transaction.
import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { fromIssues, ValidationError } from '../errors.ts';
import { extractArticle } from '../extract/index.ts';
import { type Extractor, type IngestTextResult, ingestExtraction } from '../extract/ingest-text.ts';
import type { Extraction } from '../extract/types.ts';
import { checkPageShape, type Page, readPage } from './html.ts';
import type { IngestResult } from './ingest.ts';
import { httpUrl, type IngestArticleRaw, limits } from './input.ts';

export const IngestHtmlInput = z.object({
  // Its size is checked by checkPageShape, with the other limits on the page.
  html: z.string().refine((html) => html.trim().length > 0, 'must not be empty'),
  url: httpUrl.nullish(),
});

export interface HtmlExtraction {
  extraction: Extraction;
  page: Page;
  /** The article text the extractor read; extraction offsets point into it. */
  text: string;
}

/** Validates and reads the page, and runs the extractor over its article text; no database. */
export async function extractHtml(raw: unknown, prefix = '', extract: Extractor = extractArticle): Promise<HtmlExtraction> {
  const parsed = IngestHtmlInput.safeParse(raw);
  if (!parsed.success) throw fromIssues(parsed.error.issues, prefix);
  const field = [prefix, 'html'].filter(Boolean).join('.');
  const { html, url } = parsed.data;
  checkPageShape(html, field);
  const page = readPage(html, url ?? null);
  if (!page.text) throw ValidationError.field(field, 'holds no article text that could be read out of the page');
  if (page.text.length > limits.body) {
    throw ValidationError.field(field, `holds more than ${limits.body} characters of article text`);
  }
  const extraction = await extract(page.text, {
    url: url ?? page.canonicalUrl,
    headline: page.headline,
    publisher: page.publisher,
    publishedAt: page.publishedAt,
  });
  if (!extraction.article.body.trim()) {
    throw ValidationError.field(field, 'contains no article prose once page furniture, captions and credits are removed');
  }
  addPageFacts(extraction.article, page);
  return { extraction, page, text: page.text };
}

/** Reads the page and writes the article; idempotent like ingestArticleText (same URL or same body: nothing changes). */
export async function ingestHtml(
  db: Db,
  raw: unknown,
  prefix = '',
  extract: Extractor = extractArticle,
): Promise<HtmlExtraction & IngestTextResult & IngestResult> {
  const read = await extractHtml(raw, prefix, extract);
  await forgetStoredImageUrls(db, read.extraction.article);
  const result = await ingestExtraction(db, read.extraction, read.page.publishedAt ? new Date(read.page.publishedAt) : null, prefix);
  return { ...read, ...result };
}

/**
 * An image URL is stored once: a wire photo on many pages keeps it on the first article (and a photo shown twice
 * on one page, on its first figure); the others store their caption and credit without it instead of being refused.
 */
export async function forgetStoredImageUrls(db: Db, article: IngestArticleRaw): Promise<void> {
  const urls = (article.images ?? []).flatMap((image) => image.url ?? []);
  if (!urls.length) return;
  const taken = new Set((await db.image.findMany({ where: { url: { in: urls } }, select: { url: true } })).map((image) => image.url));
  article.images = article.images?.map((image) => {
    if (!image.url) return image;
    if (taken.has(image.url)) return { ...image, url: null };
    taken.add(image.url);
    return image;
  });
}

/** The page's language, its authors as contributors, and its figures, added to what the extractor read from the text. */
function addPageFacts(article: IngestArticleRaw, page: Page): void {
  article.language = page.language ?? article.language;
  const people = article.people ?? [];
  const organizations = article.organizations ?? [];
  article.people = people;
  article.organizations = organizations;
  const same = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;
  const entityFor = (name: string, organization: boolean): string => {
    const list = organization ? organizations : people;
    const found = list.find((e) => same(e.name, name) || (e.aliases ?? []).some((alias) => same(alias, name)));
    if (found) return found.key;
    const key = `page:${organization ? 'org' : 'person'}-${list.length + 1}`;
    if (organization) organizations.push({ key, name });
    else people.push({ key, name });
    return key;
  };
  // The page's byline first, in its order; then the credits the extractor read from the text.
  const credits: NonNullable<IngestArticleRaw['contributors']> = page.authors.map((author) => ({
    entity: entityFor(author.name, author.organization),
    role: 'AUTHOR',
  }));
  // "Reis reported from Porto." gives the extractor a one-word "Reis": the byline's "Tomás Reis" is credited already.
  const surnames = page.authors.map((author) => author.name.split(/\s+/).at(-1) ?? '');
  const nameOf = (key: string) => [...people, ...organizations].find((e) => e.key === key)?.name ?? '';
  const dropped: string[] = [];
  for (const credit of article.contributors ?? []) {
    if (credits.some((c) => c.entity === credit.entity && c.role === credit.role)) continue;
    if (surnames.some((surname) => same(surname, nameOf(credit.entity)))) {
      dropped.push(credit.entity);
      continue;
    }
    credits.push(credit);
  }
  article.contributors = credits;
  const figures = page.images.map((image) => ({
    url: image.url,
    caption: image.caption,
    creditLine: image.creditLine,
    photographer: image.photographer ? entityFor(image.photographer, false) : null,
    agencies: [...new Set(image.agencies.map((agency) => entityFor(agency, true)))],
  }));
  article.images = [...figures, ...(article.images ?? [])];
  for (const key of dropped) dropUnreferenced(article, key);
}

/** Removes the entity `key` when nothing else in the article refers to it (a reference is the key as a JSON string). */
function dropUnreferenced(article: IngestArticleRaw, key: string): void {
  const people = article.people?.filter((e) => e.key !== key);
  const organizations = article.organizations?.filter((e) => e.key !== key);
  if (JSON.stringify({ ...article, people, organizations }).includes(JSON.stringify(key))) return;
  article.people = people;
  article.organizations = organizations;
}
