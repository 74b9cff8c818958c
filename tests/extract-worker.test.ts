// ingestArticleText extracts in a worker thread: a huge page does not hold up
// other requests, and the request deadline cancels the extraction (its worker
// is ended) and answers TIMEOUT, leaving the pool free for the next page.
import { afterAll, describe, expect, it } from 'vitest';
import { createExtractPool } from '../src/ingest/extract-pool.ts';
import { securityDefaults } from '../src/security.ts';
import { createApp } from '../src/server.ts';
import { graphql } from './gql/index.ts';
import { type GqlResult, useHarness } from './helpers/gql.ts';
import { distinctSpeakers } from './helpers/speakers.ts';

// One thread, as on a 2-core machine: a task left running after its deadline would hold the whole pool.
const pool = createExtractPool({ threads: 1 });
const h = useHarness(undefined, { extractPool: pool });
afterAll(() => pool.close());

const INGEST = graphql(`mutation ExtractWorkerIngest($text: String!, $url: String, $dryRun: Boolean) {
  ingestArticleText(text: $text, url: $url, dryRun: $dryRun) { created statementCount }
}`);
const huge = distinctSpeakers(12_000);
const small = '“We will not give up,” said Dmytro Kuleba on Tuesday.';

describe('ingestArticleText in the worker pool', () => {
  it('serves other requests while a huge page is being extracted', async () => {
    const finished: string[] = [];
    const big = h.gql(INGEST, { text: huge, dryRun: true }).then((result) => {
      finished.push('ingestArticleText');
      return result;
    });
    // Until the page is in the pool (or, were it extracted on the event loop, until it is done).
    while (pool.tasks() === 0 && finished.length === 0) await new Promise((resolve) => setImmediate(resolve));
    const typename = await h.gql('{ __typename }');
    finished.push('__typename');
    expect(typename.data).toEqual({ __typename: 'Query' });
    const result = await big;
    expect(result.errors).toBeUndefined();
    expect(result.data?.ingestArticleText.statementCount).toBe(12_000);
    expect(finished).toEqual(['__typename', 'ingestArticleText']);
  });

  it('answers TIMEOUT at the deadline, ends the worker and writes nothing', async () => {
    const defaults = securityDefaults();
    const hurried = createApp({
      db: h.db.db,
      extractPool: pool,
      security: { ...defaults, requests: { ...defaults.requests, timeoutMs: 300 } },
    });
    try {
      let answered = false;
      const request = Promise.resolve(
        hurried.fetch('http://test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
          body: JSON.stringify({ query: String(INGEST), variables: { text: huge, url: 'https://news.example/huge' } }),
        }),
      ).finally(() => {
        answered = true;
      });
      while (pool.tasks() === 0 && !answered) await new Promise((resolve) => setImmediate(resolve));
      // The page went to the pool, and the answer comes while its extraction is still running there.
      expect(pool.tasks()).toBe(1);
      const result = (await (await request).json()) as GqlResult;
      expect(result.errors?.[0]?.extensions?.code).toBe('TIMEOUT');
      expect(result.errors?.[0]?.extensions?.timeoutMs).toBe(300);
      // Cancelled, not left to finish: no task and no busy thread remain.
      expect(pool.tasks()).toBe(0);
      expect(pool.threads()).toBe(0);
    } finally {
      await hurried.dispose();
    }
    expect(await h.db.db.article.count({ where: { url: 'https://news.example/huge' } })).toBe(0);
    // The pool takes the next page at once.
    const { ingestArticleText } = await h.data(INGEST, { text: small, url: 'https://news.example/small' });
    expect(ingestArticleText).toEqual({ created: true, statementCount: 1 });
  });
});
