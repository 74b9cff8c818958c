// What a news page says about itself, in the order publishers' own markup is
// trusted: JSON-LD (NewsArticle and its kin, also inside @graph arrays, with
// @id references resolved), then OpenGraph and `article:*` meta tags, then
// <meta name=author>, <time datetime> and <html lang>. Values are trimmed to
// the lengths ingestion accepts; anything unreadable is left out, not refused.
import type { parseHTML } from 'linkedom';
import { bcp47, limits } from './input.ts';

type Doc = ReturnType<typeof parseHTML>['document'];
type Json = Record<string, unknown>;

export interface PageMetadata {
  /** The page's canonical http(s) URL, when it declares one. */
  canonicalUrl: string | null;
  headline: string | null;
  /** ISO 8601. */
  publishedAt: string | null;
  modifiedAt: string | null;
  authors: { name: string; organization: boolean }[];
  publisher: string | null;
  section: string | null;
  /** BCP 47. */
  language: string | null;
}

const articleTypes = new Set([
  'Article',
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'BackgroundNewsArticle',
  'OpinionNewsArticle',
  'ReviewNewsArticle',
  'BlogPosting',
  'LiveBlogPosting',
  'Report',
]);
const organizationTypes = new Set(['Organization', 'NewsMediaOrganization', 'Corporation', 'NGO', 'GovernmentOrganization']);

export function pageMetadata(document: Doc, pageUrl: string | null): PageMetadata {
  const nodes = jsonLdNodes(document);
  const byId = new Map(nodes.flatMap((node) => (typeof node['@id'] === 'string' ? [[node['@id'], node] as const] : [])));
  const resolve = (value: unknown): unknown => {
    const id = isObject(value) ? value['@id'] : undefined;
    return typeof id === 'string' && Object.keys(value as Json).length === 1 ? (byId.get(id) ?? value) : value;
  };
  const ld = nodes.find((node) => typesOf(node).some((type) => articleTypes.has(type))) ?? {};
  const meta = (...names: string[]) => {
    for (const name of names) {
      const content = document
        .querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`)
        ?.getAttribute('content');
      if (content?.trim()) return content.trim();
    }
    return null;
  };
  const time = document.querySelector('time[itemprop="datePublished"], time[pubdate], article time[datetime], time[datetime]');
  return {
    canonicalUrl:
      absoluteUrl(document.querySelector('link[rel="canonical"]')?.getAttribute('href'), pageUrl) ??
      absoluteUrl(meta('og:url'), pageUrl) ??
      absoluteUrl(text(ld.url), pageUrl),
    headline: short(
      text(ld.headline) ?? meta('og:title', 'twitter:title') ?? text(document.querySelector('h1')?.textContent),
      limits.headline,
    ),
    publishedAt:
      isoDate(text(ld.datePublished)) ??
      isoDate(meta('article:published_time', 'datePublished')) ??
      isoDate(time?.getAttribute('datetime')),
    modifiedAt: isoDate(text(ld.dateModified)) ?? isoDate(meta('article:modified_time', 'og:updated_time', 'dateModified')),
    authors: ldAuthors(ld.author, resolve) ?? metaAuthors(document),
    publisher: short(nameOf(resolve(ld.publisher)) ?? meta('og:site_name'), limits.name),
    section: short(text(ld.articleSection) ?? meta('article:section'), limits.name),
    language:
      languageOf(text(ld.inLanguage)) ?? languageOf(document.documentElement?.getAttribute('lang')) ?? languageOf(meta('og:locale')),
  };
}

/** Every object in the page's JSON-LD blocks: top-level values, array items and @graph members. Unparsable blocks are skipped. */
function jsonLdNodes(document: Doc): Json[] {
  const out: Json[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isObject(value)) {
      out.push(value);
      if (Array.isArray(value['@graph'])) value['@graph'].forEach(visit);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A broken block is the publisher's mistake; the page's other metadata still counts.
    }
  }
  return out;
}

function ldAuthors(value: unknown, resolve: (value: unknown) => unknown): PageMetadata['authors'] | null {
  const list = (Array.isArray(value) ? value : value == null ? [] : [value]).map(resolve);
  const authors = list.flatMap((author) => {
    const name = short(nameOf(author), limits.name);
    return name ? [{ name, organization: isObject(author) && typesOf(author).some((type) => organizationTypes.has(type)) }] : [];
  });
  return authors.length ? dedupe(authors) : null;
}

/** <meta name=author>, else `article:author` when it is a name rather than a profile URL; "A, B and C" is three. */
function metaAuthors(document: Doc): PageMetadata['authors'] {
  const values = [...document.querySelectorAll('meta[name="author"], meta[property="article:author"]')]
    .map((element) => element.getAttribute('content')?.trim() ?? '')
    .filter((value) => value && !/^https?:/i.test(value));
  const names = values.flatMap((value) => value.split(/\s*(?:,|\band\b|&)\s*/i)).flatMap((name) => short(name, limits.name) ?? []);
  return dedupe(names.map((name) => ({ name, organization: false })));
}

function dedupe(authors: PageMetadata['authors']): PageMetadata['authors'] {
  const seen = new Set<string>();
  return authors.filter((author) => !seen.has(author.name.toLowerCase()) && seen.add(author.name.toLowerCase()));
}

const isObject = (value: unknown): value is Json => !!value && typeof value === 'object' && !Array.isArray(value);

function typesOf(node: Json): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/:#]/, ''));
}

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return text(value);
  return isObject(value) ? text(value.name) : null;
}

/** A string, or the first string of an array, trimmed; null when empty. */
function text(value: unknown): string | null {
  const first = Array.isArray(value) ? value.find((item) => typeof item === 'string') : value;
  if (typeof first !== 'string') return null;
  return first.replace(/\s+/g, ' ').trim() || null;
}

const short = (value: string | null | undefined, max: number) => (value?.trim() ? value.trim().slice(0, max) : null);

function isoDate(value: string | null | undefined): string | null {
  if (!value?.trim()) return null;
  const date = new Date(value.trim());
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** "en_US" (OpenGraph's form) → "en-US"; null unless a BCP 47 tag. */
function languageOf(value: string | null | undefined): string | null {
  const tag = value?.trim().replace(/_/g, '-');
  return tag && bcp47.test(tag) ? tag : null;
}

/** `href` as an absolute http(s) URL resolved against `base`, or null (data: and javascript: URLs, relative ones without a base). */
export function absoluteUrl(href: string | null | undefined, base: string | null): string | null {
  if (!href?.trim()) return null;
  try {
    const url = new URL(href.trim(), base ?? undefined);
    return /^https?:$/.test(url.protocol) && url.href.length <= limits.url ? url.href : null;
  } catch {
    return null;
  }
}
