// Clients for live updates: GraphQL over SSE (through yoga.fetch or HTTP) and
// a sample article factory whose statements say things about nested events.
import type { App } from '../../src/server.ts';

export type Stream = {
  /** The next `next` payload; rejects when the stream ends first. */
  next(): Promise<any>;
  close(): void;
};

/** Opens a subscription over GraphQL over SSE (distinct connections mode). */
export async function sse(
  fetcher: App['fetch'] | typeof fetch,
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Stream> {
  const controller = new AbortController();
  const response = await fetcher(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
    body: JSON.stringify({ query, variables }),
    signal: controller.signal,
  });
  if (response.status !== 200 || !response.body) throw new Error(`subscription refused: ${response.status} ${await response.text()}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  return {
    async next() {
      for (;;) {
        const end = buffer.indexOf('\n\n');
        if (end >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(frame)?.[1];
          const data = /^data: (.*)$/m.exec(frame)?.[1];
          if (event === 'next' && data) return JSON.parse(data);
          if (event === 'complete') throw new Error('stream completed');
          continue;
        }
        const { value, done } = await reader.read();
        if (done) throw new Error('stream ended');
        buffer += value;
      }
    },
    close: () => controller.abort(),
  };
}

export const INGEST = `mutation Ingest($input: IngestArticleInput!) {
  ingestArticle(input: $input) { created article { id url } }
}`;

/** An article whose statements are about a sub-event of "Ukraine crisis". */
export function liveArticle(n: number, speaker = 'Sergey Lavrov', extra: Record<string, unknown> = {}) {
  return {
    url: `https://example.com/live/${n}`,
    headline: `Live story ${n}`,
    body: `${speaker} said troops were pulling back. Story ${n}.`,
    publishedAt: '2022-02-16T10:00:00Z',
    people: [{ key: 'speaker', name: speaker }],
    events: [
      { key: 'crisis', name: 'Ukraine crisis' },
      { key: 'pullback', name: 'Announced pull-back of troops', parent: 'crisis' },
    ],
    statements: [{ text: `troops were pulling back (${n})`, kind: 'INDIRECT', speaker: 'speaker', verb: 'said', about: ['pullback'] }],
    ...extra,
  };
}
