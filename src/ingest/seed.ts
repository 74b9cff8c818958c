// The sample graph: the seed article, ingested through the same path as any
// client's article.
import type { Db } from '../db/client.ts';
import { type IngestResult, ingestArticle } from './ingest.ts';
import { seedArticle } from './seed-article.ts';

export function seed(db: Db): Promise<IngestResult> {
  return ingestArticle(db, seedArticle());
}

/** Seeds only a database without articles, so a user's own graph is never touched. */
export async function seedIfEmpty(db: Db): Promise<IngestResult | null> {
  if (await db.article.count({ take: 1 })) return null;
  return seed(db);
}
