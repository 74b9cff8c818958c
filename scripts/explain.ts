// `npm run explain`: EXPLAIN (ANALYZE, BUFFERS) of the SQL behind search,
// resolveEntity, connections and path, with parameters picked from the
// database DATABASE_URL names (PostgreSQL, or PGlite as `npm start` opens it),
// and which indexes each plan uses. Read-only.

import { readConfig } from '../src/config.ts';
import { allConnectionKinds, type ConnectionKind, connectionsSql } from '../src/db/connections.ts';
import { findPaths, pathBounds, pathHopSql } from '../src/db/path.ts';
import { resolveSql } from '../src/db/resolve.ts';
import { searchableTypes, searchSql } from '../src/db/search.ts';
import type { Prisma } from '../src/generated/prisma/client.ts';
import { openDatabaseOrExit } from './open-database.ts';

const database = await openDatabaseOrExit(readConfig().database);
const { db } = database;

type Plan = { 'QUERY PLAN': string };

/** Index names and sequentially scanned tables in a text plan. */
function indexUse(lines: string[]) {
  const indexes = new Set<string>();
  const seqScans = new Set<string>();
  for (const line of lines) {
    for (const match of line.matchAll(/(?:Index(?: Only)? Scan(?: Backward)? using|Bitmap Index Scan on) ("?[\w.]+"?)/g))
      indexes.add(match[1] as string);
    for (const match of line.matchAll(/Seq Scan on ("?[\w.]+"?)/g)) seqScans.add(match[1] as string);
  }
  return { indexes: [...indexes].sort(), seqScans: [...seqScans].sort() };
}

async function explain(title: string, sql: Prisma.Sql | null): Promise<void> {
  console.log(`\n=== ${title} ===`);
  if (!sql) {
    console.log('(nothing to run)');
    return;
  }
  const rows = await db.$queryRawUnsafe<Plan[]>(`EXPLAIN (ANALYZE, BUFFERS) ${sql.text}`, ...sql.values);
  const lines = rows.map((row) => row['QUERY PLAN']);
  console.log(lines.join('\n'));
  const { indexes, seqScans } = indexUse(lines);
  const time = lines.find((line) => line.startsWith('Execution Time'));
  console.log(`--> ${time ?? ''}`);
  console.log(`--> indexes used: ${indexes.length ? indexes.join(', ') : 'NONE'}`);
  console.log(`--> sequential scans: ${seqScans.length ? seqScans.join(', ') : 'none'}`);
}

/** A plausible typo: the name with one inner letter dropped. */
function typo(name: string): string {
  const at = Math.max(1, Math.floor(name.length / 2));
  return name.slice(0, at) + name.slice(at + 1);
}

try {
  const [counts] = await db.$queryRaw<{ articles: number; statements: number; people: number }[]>`
    SELECT (SELECT count(*)::int FROM article) AS articles, (SELECT count(*)::int FROM statement) AS statements,
           (SELECT count(*)::int FROM person) AS people`;
  console.log(`${database.label}: ${counts?.articles} articles, ${counts?.statements} statements, ${counts?.people} people`);
  // Planner statistics as a fresh import would have after autovacuum.
  await db.$executeRawUnsafe('ANALYZE');

  const speakers = await db.$queryRaw<{ id: string; name: string; n: number }[]>`
    SELECT p.id, p.name, count(*)::int AS n FROM statement s JOIN person p ON p.id = s.speaker_person_id
     GROUP BY 1, 2 ORDER BY 3 DESC, 1 LIMIT 2`;
  const [top, second] = speakers;
  if (!top) throw new Error('The database has no statements with a speaker; load a corpus first');
  const [article] = await db.$queryRaw<
    { headline: string }[]
  >`SELECT headline FROM article ORDER BY published_at DESC NULLS LAST, id LIMIT 1`;
  const words = (article?.headline ?? top.name).split(/\s+/).filter((w) => /^\p{L}{4,}$/u.test(w));
  const surname = top.name.split(' ').at(-1) ?? top.name;
  console.log(
    `parameters: top speaker ${top.name} (${top.n} statements), second ${second?.name ?? '-'}, headline words ${words.slice(0, 3).join(' ')}`,
  );

  const typed = words.length >= 2 ? `${words[0]} ${(words[1] as string).slice(0, 3)}` : surname.slice(0, 4);
  await explain(`search "${typed}" (prefix), all types, first 20`, searchSql(typed, searchableTypes, 21, 0)?.page ?? null);
  if (words.length >= 2) {
    const phrase = `"${words[0]} ${words[1]}"`;
    await explain(`search ${phrase} (phrase), ARTICLE+STATEMENT`, searchSql(phrase, ['Article', 'Statement'], 21, 0)?.page ?? null);
  }
  await explain(`search "${typo(surname)}" (typo), PERSON`, searchSql(`${typo(surname)} `, ['Person'], 21, 0)?.page ?? null);
  await explain(`resolveEntity "${typo(top.name)}"`, resolveSql(typo(top.name), ['Person', 'Organization', 'Place', 'Event'], 10));
  await explain(
    `connections of ${top.name}, all kinds, first 20`,
    connectionsSql('Person', [top.id], allConnectionKinds as ConnectionKind[], 21, 0)?.page ?? null,
  );
  // And between two speakers under the fan-out bound, whose hops are not narrowed.
  const modest = await db.$queryRaw<{ id: string; name: string }[]>`
    SELECT p.id, p.name FROM statement s JOIN person p ON p.id = s.speaker_person_id
     GROUP BY 1, 2 HAVING count(*) <= ${pathBounds.fanOut}::int ORDER BY count(*) DESC, 1 LIMIT 2`;
  for (const [from, to] of [
    [top, second],
    [modest[0], modest[1]],
  ]) {
    if (!from || !to) continue;
    const start = { type: 'Person' as const, id: from.id };
    const end = { type: 'Person' as const, id: to.id };
    const outcome = await findPaths(db, start, end, { maxLength: 4 }).then(
      (paths) => `${paths.length} path(s) of ${paths[0]?.hops.length ?? '-'} hops`,
      (error: Error & { extensions?: { code?: string } }) => `${error.extensions?.code ?? 'error'}: ${error.message}`,
    );
    const hop = pathHopSql(start);
    if (hop) await explain(`path ${from.name} -> ${to.name}, maxLength 4 (${outcome}): its first hop`, hop);
  }
} finally {
  await database.close();
}
