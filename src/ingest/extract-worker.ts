// The worker side of extract-pool.ts: one extraction per task. The wink model
// loads on the first task a worker runs and stays while the worker lives.
import { extractArticle } from '../extract/index.ts';
import type { Extraction, ExtractMeta } from '../extract/types.ts';

export type ExtractTask = { text: string; meta: ExtractMeta };

export default function extract({ text, meta }: ExtractTask): Extraction {
  return extractArticle(text, meta);
}
