// Fetching a list of article or feed URLs politely: one request per host at a
// time, `hostIntervalMs` apart (hosts in parallel), a timeout on
// each request, a cap on the bytes read, and a User-Agent that names
// newsgraph, so that a site can tell who is asking and how to reach them.
import { readFileSync } from 'node:fs';

export type FetchOptions = {
  /** Time allowed for one request, headers and body. */
  timeoutMs: number;
  /** Least time between one request to a host ending and the next one to it starting. */
  hostIntervalMs: number;
  /** A response larger than this is refused (by Content-Length, or while reading). */
  maxBytes: number;
  /** Hosts fetched at once. */
  hosts: number;
};

export const defaultFetchOptions: FetchOptions = { timeoutMs: 30_000, hostIntervalMs: 1_000, maxBytes: 10_000_000, hosts: 4 };

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
export const USER_AGENT = `newsgraph/${version} (news knowledge graph; fetches the articles and feeds its operator lists)`;

export type Fetched = { url: string; contentType: string; text: string };
export type FetchOutcome = { url: string; fetched: Fetched } | { url: string; error: string };

/** Fetches every URL (in list order in the result); a failure is that URL's outcome, not an exception. */
export async function fetchAll(urls: readonly string[], options: FetchOptions = defaultFetchOptions): Promise<FetchOutcome[]> {
  const outcomes = new Array<FetchOutcome>(urls.length);
  const byHost = new Map<string, number[]>();
  urls.forEach((url, index) => {
    const host = new URL(url).host;
    byHost.set(host, [...(byHost.get(host) ?? []), index]);
  });
  const queues = [...byHost.values()];
  const worker = async () => {
    for (let queue = queues.shift(); queue; queue = queues.shift()) {
      let last = Number.NEGATIVE_INFINITY;
      for (const index of queue) {
        const wait = last + options.hostIntervalMs - Date.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        const url = urls[index] as string;
        outcomes[index] = await fetchOne(url, options).then(
          (fetched) => ({ url, fetched }),
          (error: unknown) => ({ url, error: describeFetchError(error, options) }),
        );
        // Counted from the end of a request, so a slow host is never asked more often than the interval allows.
        last = Date.now();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.hosts, queues.length)) }, worker));
  return outcomes;
}

class TooLargeError extends Error {}

async function fetchOne(url: string, options: FetchOptions): Promise<Fetched> {
  const response = await fetch(url, {
    headers: {
      'user-agent': USER_AGENT,
      accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.1',
    },
    redirect: 'follow',
    signal: AbortSignal.timeout(options.timeoutMs),
  });
  if (!response.ok) {
    await response.body?.cancel();
    throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
  }
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > options.maxBytes) {
    await response.body?.cancel();
    throw new TooLargeError();
  }
  const bytes = await readCapped(response, options.maxBytes);
  const contentType = response.headers.get('content-type') ?? '';
  return { url: response.url || url, contentType, text: decode(bytes, contentType) };
}

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new TooLargeError();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** The charset the Content-Type names, else the XML declaration's encoding, else UTF-8. */
function decode(bytes: Uint8Array, contentType: string): string {
  const head = Buffer.from(bytes.subarray(0, 200)).toString('latin1');
  const charset = /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ?? /^<\?xml[^>]*encoding=["']([\w-]+)/i.exec(head)?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function describeFetchError(error: unknown, options: FetchOptions): string {
  if (error instanceof TooLargeError) return `is larger than ${options.maxBytes} bytes`;
  const name = (error as Error).name;
  if (name === 'TimeoutError' || name === 'AbortError') return `no answer within ${options.timeoutMs / 1000} s`;
  const cause = (error as Error).cause as Error | undefined;
  return cause?.message ?? (error as Error).message;
}

/** The URLs of a list file: one per line; blank lines and lines starting with # are skipped; a line that is no http(s) URL is an error. */
export function readUrlList(text: string): { urls: { line: number; url: string }[]; errors: { line: number; message: string }[] } {
  const urls: { line: number; url: string }[] = [];
  const errors: { line: number; message: string }[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const url = URL.canParse(line) ? new URL(line) : null;
    if (url && (url.protocol === 'http:' || url.protocol === 'https:')) urls.push({ line: index + 1, url: url.toString() });
    else errors.push({ line: index + 1, message: `"${line.slice(0, 200)}" is not an absolute http(s) URL` });
  });
  return { urls, errors };
}
