// Feeds and URL lists for `npm run ingest`: each becomes jobs shaped like the
// ones scripts/ingest.ts makes of .txt and .jsonl files, one per article.
//   *.rss, *.atom, *.xml   an RSS 2.0 or Atom feed; one article per item
//   --urls list.txt        one URL per line; each is fetched (politely, see
//                          src/ingest/fetch-urls.ts) and read as a feed or a page
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { type FeedItem, looksLikeFeed, NotAFeedError, readFeed } from '../src/ingest/feed.ts';
import { defaultFetchOptions, type FetchOptions, fetchAll, readUrlList } from '../src/ingest/fetch-urls.ts';

type Job = { source: string; load: () => Record<string, unknown> };
type Failure = { source: string; message: string };

export const feedExtensions = ['.rss', '.atom', '.xml'];

/** Whether a file found in a folder is a feed: .rss and .atom are; .xml is when it opens like one. */
export function isFeedFile(path: string): boolean {
  const extension = extname(path);
  if (extension !== '.xml') return feedExtensions.includes(extension);
  const head = Buffer.alloc(2_000);
  const fd = openSync(path, 'r');
  try {
    return looksLikeFeed(head.subarray(0, readSync(fd, head, 0, head.length, 0)).toString('utf8'));
  } finally {
    closeSync(fd);
  }
}

/** One job per item of the feed in `text`; a feed that cannot be read at all is one failure for `source`. */
export function feedJobs(source: string, text: string, jobs: Job[], failures: Failure[]): void {
  let items: FeedItem[];
  try {
    items = readFeed(text);
  } catch (error) {
    if (!(error instanceof NotAFeedError)) throw error;
    failures.push({ source, message: error.message });
    return;
  }
  for (const item of items) {
    jobs.push({
      source: `${source} item ${item.index + 1}`,
      load: () => {
        if ('error' in item) throw new Error(item.error);
        return item.input;
      },
    });
  }
}

export function feedFileJobs(path: string, jobs: Job[], failures: Failure[]): void {
  feedJobs(path, readFileSync(path, 'utf8'), jobs, failures);
}

/** The options of `--urls`, with their defaults; parsed with node:util parseArgs. */
export const urlListFlags = {
  urls: { type: 'string' },
  'host-interval': { type: 'string', default: String(defaultFetchOptions.hostIntervalMs / 1000) },
  timeout: { type: 'string', default: String(defaultFetchOptions.timeoutMs / 1000) },
  'max-bytes': { type: 'string', default: String(defaultFetchOptions.maxBytes) },
} as const;

type UrlListValues = { urls?: string; 'host-interval': string; timeout: string; 'max-bytes': string };

/** Fetch options from the flags; throws, naming the flag, on a value that is no positive number. */
export function fetchOptionsFrom(values: UrlListValues): FetchOptions {
  const number = (flag: keyof UrlListValues, min: number) => {
    const value = Number(values[flag]);
    if (!Number.isFinite(value) || value < min) throw new Error(`--${flag} must be a number of at least ${min}, got "${values[flag]}"`);
    return value;
  };
  return {
    ...defaultFetchOptions,
    hostIntervalMs: number('host-interval', 0) * 1000,
    timeoutMs: number('timeout', 0.001) * 1000,
    maxBytes: number('max-bytes', 1),
  };
}

/** Fetches the URLs of the list file; feeds become one job per item, HTML pages one job each. */
export async function urlJobs(listPath: string, options: FetchOptions, jobs: Job[], failures: Failure[]): Promise<void> {
  if (!existsSync(listPath) || statSync(listPath).isDirectory()) {
    failures.push({ source: listPath, message: 'no such URL list file' });
    return;
  }
  const { urls, errors } = readUrlList(readFileSync(listPath, 'utf8'));
  for (const error of errors) failures.push({ source: `${listPath}:${error.line}`, message: error.message });
  console.log(`Fetching ${urls.length} URLs from ${listPath} (at most one request per host every ${options.hostIntervalMs / 1000} s)`);
  const outcomes = await fetchAll(
    urls.map((entry) => entry.url),
    options,
  );
  for (const outcome of outcomes) {
    if ('error' in outcome) {
      failures.push({ source: outcome.url, message: outcome.error });
      continue;
    }
    const { url, contentType, text } = outcome.fetched;
    if (/(rss|atom)\+xml|\bxml\b/i.test(contentType) || looksLikeFeed(text)) feedJobs(url, text, jobs, failures);
    else if (/html/i.test(contentType) || /^\s*(<!doctype html|<html)/i.test(text))
      // A page is read as ingestArticleHtml reads it (src/ingest/html.ts).
      jobs.push({ source: url, load: () => ({ html: text, url }) });
    else failures.push({ source: url, message: `is ${contentType || 'of no declared type'}: neither a feed nor an HTML page` });
  }
}
