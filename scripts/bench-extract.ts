// `npm run bench:extract`: articles per second for extraction alone and for
// extraction plus ingestion (in-memory PGlite, or DATABASE_URL when it names
// PostgreSQL), on the evaluation corpus and the seed article, repeated; then
// the time to extract one page of 1,000 to 12,000 distinct speakers, and one
// page of 1,000, 4,000 and 8,000 repeats of each adversarial shape
// (tests/helpers/adversarial.ts), which should all grow linearly. A script
// that prints numbers, not a test: timings depend on the machine.
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../src/config.ts';
import { migrateDatabase, openDatabase, parseDatabaseUrl } from '../src/db/client.ts';
import { extractArticle } from '../src/extract/index.ts';
import { ingestText } from '../src/extract/ingest-text.ts';
import { warmUp } from '../src/extract/nlp.ts';
import { shapes } from '../tests/helpers/adversarial.ts';
import { distinctSpeakers } from '../tests/helpers/speakers.ts';

const fixtures = 'tests/fixtures/extract';
const texts = [
  readFileSync('corpus/seed-article.txt', 'utf8'),
  ...readdirSync(fixtures)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => readFileSync(join(fixtures, file), 'utf8')),
];
const words = texts.map((text) => text.split(/\s+/).filter(Boolean).length);
const meanWords = words.reduce((a, b) => a + b, 0) / words.length;

console.log(`machine: ${cpus()[0]?.model ?? 'unknown'}, ${cpus().length} cores, Node ${process.version}`);
console.log(`corpus: ${texts.length} articles, ${Math.round(meanWords)} words on average`);

let started = performance.now();
warmUp();
console.log(`model load: ${(performance.now() - started).toFixed(0)} ms`);

// Extraction alone, single-threaded, for at least 5 seconds after a warm-up round.
for (const text of texts) extractArticle(text);
let articles = 0;
let wordCount = 0;
started = performance.now();
while (performance.now() - started < 5_000) {
  for (const [i, text] of texts.entries()) {
    extractArticle(text, { publishedAt: '2025-01-01' });
    articles++;
    wordCount += words[i] ?? 0;
  }
}
let seconds = (performance.now() - started) / 1000;
const perSecond = articles / seconds;
console.log(
  `extraction: ${perSecond.toFixed(1)} articles/s (${Math.round(wordCount / seconds)} words/s; ${(wordCount / seconds / 800).toFixed(1)} 800-word articles/s), ${articles} articles in ${seconds.toFixed(1)} s`,
);

// One page of many short quotes and reported statements, each by a different person (the shape that used to be quadratic).
for (const speakers of [1_000, 4_000, 8_000, 12_000]) {
  const page = distinctSpeakers(speakers);
  started = performance.now();
  const extraction = extractArticle(page);
  console.log(
    `${speakers} distinct speakers (${Math.round(page.length / 1000)}k characters, ${extraction.statements.length} statements): ${(performance.now() - started).toFixed(0)} ms`,
  );
}

// Pages built to make one rule do more than linear work (tests/extract-scaling.test.ts counts that work).
const sizes = [1_000, 4_000, 8_000];
console.log(`adversarial pages, ms to extract at ${sizes.map((n) => `${n / 1000}k`).join(' / ')} repeats (×8k/1k; linear is about 8):`);
for (const [shape, make] of Object.entries(shapes)) {
  const times = sizes.map((n) => {
    const page = make(n);
    const at = performance.now();
    extractArticle(page);
    return performance.now() - at;
  });
  const growth = (times[2] as number) / Math.max(1, times[0] as number);
  console.log(`  ${shape.padEnd(36)} ${times.map((ms) => ms.toFixed(0).padStart(6)).join(' ')}   ×${growth.toFixed(1)}`);
}

// Extraction plus ingestion: every copy gets its own URL and a distinct body, so each one is written.
const configured = readConfig().database;
const target = configured.kind === 'postgres' ? configured : parseDatabaseUrl('memory://');
const database = await openDatabase(target);
try {
  await migrateDatabase(database);
  const rounds = 3;
  let written = 0;
  started = performance.now();
  for (let round = 0; round < rounds; round++) {
    for (const [i, text] of texts.entries()) {
      const result = await ingestText(database.db, {
        text: `Bench copy ${round}-${i}.\n\n${text}`,
        url: `https://bench.example/articles/${round}-${i}`,
        publishedAt: '2025-01-01',
      });
      if (result.created) written++;
    }
  }
  seconds = (performance.now() - started) / 1000;
  console.log(
    `extraction + ingestion (${database.label}): ${(written / seconds).toFixed(1)} articles/s, ${written} articles in ${seconds.toFixed(1)} s`,
  );
} finally {
  await database.close();
}
