// Full dump and restore: the seed graph and a few more articles (nested events,
// relations, images, a merge) dumped from PGlite and restored into an empty
// database (PGlite, or PostgreSQL when DATABASE_URL is set) must give back every
// table row for row; restoring twice changes nothing; a bad line is refused
// with its number and field and its batch is not written; API keys stay out.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../src/auth/keys.ts';
import { type Database, migrateDatabase, openDatabase } from '../src/db/client.ts';
import { updateEvent } from '../src/db/event-tree.ts';
import { mergeEntities } from '../src/db/merge.ts';
import { dumpGraph, dumpRecords } from '../src/dump/dump.ts';
import { DumpError, restoreDump } from '../src/dump/restore.ts';
import { ingestArticle } from '../src/ingest/ingest.ts';
import { seed } from '../src/ingest/seed.ts';
import { createTestDatabase, type TestDatabase } from './helpers/db.ts';

const gid = (type: string, id: string) => encodeGlobalID(type, id);

/** A second article: a sub-sub-event, a statement relation to the seed, an image with agency and depictions, an affiliation. */
async function moreArticles(db: Database['db']) {
  const crisis = await db.event.findFirstOrThrow({ where: { parentId: null, children: { some: {} } } });
  const seedStatement = await db.statement.findFirstOrThrow({ where: { speakerPersonId: { not: null } }, orderBy: { id: 'asc' } });
  const body = 'Olena Hrytsenko, a spokeswoman for the Kyiv Defence Council, said the drills had ended. "We saw them leave," she said.';
  await ingestArticle(db, {
    url: 'https://example.com/news/drills-end',
    headline: 'Drills end near the border',
    body,
    publishedAt: '2022-02-17T09:30:00Z',
    people: [
      {
        key: 'p',
        name: 'Olena Hrytsenko',
        aliases: ['Hrytsenko'],
        externalIds: ['wikidata:Q1'],
        affiliations: [{ organization: 'o', role: 'spokeswoman', validFrom: '2021-01-01' }],
      },
      { key: 'photo', name: 'Ivan Lens' },
    ],
    organizations: [
      { key: 'o', name: 'Kyiv Defence Council', kind: 'GOVERNMENT', parent: 'gov' },
      { key: 'gov', name: 'Government of Ukraine', kind: 'GOVERNMENT' },
      { key: 'wire', name: 'Example Wire', kind: 'NEWS_AGENCY' },
    ],
    places: [
      { key: 'region', name: 'Example Oblast', kind: 'REGION', latitude: 50.1, longitude: 30.5 },
      { key: 'town', name: 'Exampleton', kind: 'CITY', parent: 'region' },
    ],
    events: [
      { key: 'drills', name: 'Border drills', kind: 'MILITARY_EXERCISE', parent: gid('Event', crisis.id), place: 'town' },
      {
        key: 'end',
        name: 'End of the border drills',
        kind: 'ANNOUNCEMENT',
        parent: 'drills',
        participants: [{ entity: 'p', role: 'speaker' }],
      },
    ],
    about: ['end'],
    place: 'town',
    publisher: 'wire',
    contributors: [{ entity: 'photo', role: 'PHOTOGRAPHER' }],
    statements: [
      {
        key: 's1',
        text: 'the drills had ended',
        kind: 'INDIRECT',
        speaker: 'p',
        verb: 'said',
        about: ['end'],
        mentions: ['o'],
        startOffset: 76,
        endOffset: 96,
      },
      {
        key: 's2',
        text: 'We saw them leave',
        kind: 'DIRECT_QUOTE',
        speaker: 'p',
        addressee: 'o',
        confidence: 0.8,
        about: ['drills'],
        startOffset: 99,
        endOffset: 116,
      },
    ],
    relations: [
      { from: 's1', to: gid('Statement', seedStatement.id), kind: 'RESPONDS_TO' },
      { from: 's2', to: 's1', kind: 'SUPPORTS' },
    ],
    images: [
      {
        url: 'https://example.com/img/drills.jpg',
        caption: 'Troops leave Exampleton.',
        creditLine: 'Ivan Lens / Example Wire',
        photographer: 'photo',
        agencies: ['wire'],
        place: 'town',
        depicts: ['p', 'drills'],
      },
      { caption: 'A map of the drills.' },
    ],
  });
  // A parent given after both events exist, so the child's id sorts before its parent's: the dump's parent
  // links must not depend on id order.
  const late = await db.event.create({ data: { name: 'Later umbrella event' } });
  const drills = await db.event.findFirstOrThrow({ where: { name: 'Border drills' } });
  await db.$transaction((tx) => updateEvent(tx, drills.id, { parentId: late.id }));
  // A merge leaves a redirect.
  const duplicate = await db.person.create({ data: { name: 'O. Hrytsenko', normalizedNames: ['o hrytsenko'] } });
  const kept = await db.person.findFirstOrThrow({ where: { name: 'Olena Hrytsenko' } });
  await mergeEntities(db, 'Person', kept.id, duplicate.id);
}

type Snapshot = Record<string, string[]>;

/** Every row of every table as JSON text (derived columns too), sorted; not the migration history nor the write counter (each database counts its own writes). */
async function snapshot(database: Database): Promise<Snapshot> {
  const tables = await database.db.$queryRaw<{ name: string; stamped: boolean }[]>`
    SELECT table_name AS name, EXISTS (SELECT 1 FROM information_schema.columns c
                                        WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name AND c.column_name = 'created_at') AS stamped
      FROM information_schema.tables t
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name NOT IN ('_prisma_migrations', 'write_generation') ORDER BY 1`;
  const result: Snapshot = {};
  for (const { name, stamped } of tables) {
    // Indirect statement links are rebuilt on restore: their creation time is the restore's.
    // The trigger-kept co-occurrence tables have no creation time; their rows must match as they are.
    const createdAt = !stamped ? 'NULL' : name === 'statement_event' ? 'CASE WHEN direct THEN created_at END' : 'created_at';
    const rows = await database.db.$queryRawUnsafe<{ row: string }[]>(
      `SELECT (to_jsonb(t) - 'created_at' || jsonb_build_object('created_at', ${createdAt}))::text AS row FROM "${name}" t`,
    );
    result[name] = rows.map((r) => r.row).sort();
  }
  return result;
}

async function dumpLines(database: Database, pageSize = 3): Promise<string[]> {
  const lines: string[] = [];
  await dumpGraph(database.db, (line) => lines.push(line.trimEnd()), { pageSize });
  return lines;
}

async function* from(lines: string[]) {
  yield* lines;
}

let source: Database;
let target: TestDatabase;
let dump: string[];

beforeAll(async () => {
  // Always dumped from PGlite; restored into DATABASE_URL's engine, so a PostgreSQL run crosses engines.
  source = await openDatabase({ kind: 'pglite', dataDir: null });
  await migrateDatabase(source);
  await seed(source.db);
  await moreArticles(source.db);
  await createApiKey(source.db, { name: 'secret holder', scopes: ['ingest'] });
  dump = await dumpLines(source);
  target = await createTestDatabase();
}, 120_000);

afterAll(async () => {
  await source?.close();
  await target?.drop();
});

describe('dump', () => {
  it('starts with the header and holds every record type, entities before what references them', () => {
    const header = JSON.parse(dump[0] as string);
    expect(header).toMatchObject({ newsgraph: 'dump', version: 1 });
    expect(Number.isNaN(Date.parse(header.createdAt))).toBe(false);
    const types = dump.slice(1).map((line) => JSON.parse(line).type as string);
    const order = [...new Set(types)];
    for (const type of [
      'Place',
      'Organization',
      'Person',
      'Event',
      'Article',
      'Statement',
      'StatementRelation',
      'StatementEvent',
      'StatementMention',
      'ArticleMention',
      'ArticleContributor',
      'ArticleEvent',
      'Affiliation',
      'EventParticipant',
      'Image',
      'ImageAgency',
      'ImageDepiction',
      'EntityRedirect',
      'Event.parent',
      'Place.parent',
      'Organization.parent',
    ]) {
      expect(order).toContain(type);
    }
    // Each type in one run.
    expect(types.filter((type, i) => type !== types[i - 1]).length).toBe(order.length);
    const at = (type: string) => order.indexOf(type);
    expect(at('Person')).toBeLessThan(at('Statement'));
    expect(at('Article')).toBeLessThan(at('Statement'));
    expect(at('Statement')).toBeLessThan(at('StatementRelation'));
    expect(at('Event.parent')).toBeLessThan(at('StatementEvent'));
    expect(at('Image')).toBeLessThan(at('ImageDepiction'));
  });

  it('carries article bodies, statement offsets, kinds and speakers with their ids', async () => {
    const article = await source.db.article.findFirstOrThrow({ where: { url: 'https://example.com/news/drills-end' } });
    const record = dump.map((line) => JSON.parse(line)).find((r) => r.type === 'Article' && r.id === article.id);
    expect(record.body).toBe(article.body);
    expect(record.contentHash).toBe(article.contentHash);
    const quote = dump.map((line) => JSON.parse(line)).find((r) => r.type === 'Statement' && r.text === 'We saw them leave');
    expect(quote).toMatchObject({ kind: 'DIRECT_QUOTE', startOffset: 99, endOffset: 116, confidence: 0.8, articleId: article.id });
    expect(quote.speakerPersonId).toBeTruthy();
  });

  it('leaves out API keys and derived data', () => {
    const text = dump.join('\n');
    expect(text).not.toContain('secret holder');
    expect(text).not.toContain('"ApiKey"');
    const records = dump.slice(1).map((line) => JSON.parse(line));
    expect(records.some((r) => 'normalizedNames' in r || 'ancestorIds' in r || 'searchVector' in r)).toBe(false);
    const links = records.filter((r) => r.type === 'StatementEvent');
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((r) => r.direct === true && !('saidAt' in r))).toBe(true);
    // Self references travel as their own records, after every row of the model.
    expect(records.some((r) => r.type === 'Event' && 'parentId' in r)).toBe(false);
  });
});

describe('restore', () => {
  it('rebuilds the same graph in an empty database, every table row for row', async () => {
    const totals = await restoreDump(target.db, from(dump), { batchSize: 4 });
    expect(totals.Article?.written).toBe(2);
    const [before, after] = [await snapshot(source), await snapshot(target)];
    expect(after.api_key).toEqual([]);
    delete before.api_key;
    delete after.api_key;
    // The source holds rows of every table, so the comparison below compares something everywhere.
    expect(Object.keys(before).filter((table) => !before[table]?.length)).toEqual([]);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const table of Object.keys(before)) expect({ table, rows: after[table] }).toEqual({ table, rows: before[table] });
    // Derived rows are there: indirect links to the ancestors of the events statements are about.
    expect(after.statement_event?.some((row) => JSON.parse(row).direct === false)).toBe(true);
  });

  it('streams: the first records come after one page is read, not the whole graph', async () => {
    target.queries.length = 0;
    const records = dumpRecords(target.db as unknown as Parameters<typeof dumpRecords>[0], { pageSize: 2 });
    const first = [(await records.next()).value, (await records.next()).value, (await records.next()).value];
    expect(first.map((line) => JSON.parse(line as string).type)).toEqual([undefined, 'Organization', 'Organization']);
    const reads = target.queries.filter((sql) => /\bSELECT\b/i.test(sql));
    expect(reads.length).toBe(1);
    expect(reads[0]).toMatch(/LIMIT/i);
    await records.return(undefined);
  });

  it('changes nothing when the same dump is restored again', async () => {
    const before = await snapshot(target);
    const totals = await restoreDump(target.db, from(dump));
    expect(Object.values(totals).every((total) => total.written === 0)).toBe(true);
    expect(await snapshot(target)).toEqual(before);
  });

  it('skips articles the database already holds under another id, and what belongs to them', async () => {
    const other = await createTestDatabase();
    try {
      await seed(other.db);
      const seedStatements = await other.db.statement.count();
      await restoreDump(other.db, from(dump));
      expect(await other.db.article.count()).toBe(2);
      // The seed's statements once (its own), the second article's restored.
      expect(await other.db.statement.count()).toBe(seedStatements + 2);
      const restored = await other.db.statement.findMany({ where: { article: { url: 'https://example.com/news/drills-end' } } });
      expect(restored.map((s) => s.text).sort()).toEqual(['We saw them leave', 'the drills had ended']);
      // The relation to a seed statement of the dump's (skipped) seed article went with it.
      expect(await other.db.statementRelation.count()).toBe(1 + (await source.db.statementRelation.count()) - 2);
    } finally {
      await other.drop();
    }
  });

  it('refuses a corrupt line with its number and field, writing nothing of its batch', async () => {
    const other = await createTestDatabase();
    try {
      const index = dump.findIndex((line) => JSON.parse(line).type === 'Statement') + 1;
      const broken = [...dump];
      broken[index] = broken[index]?.replace(/"kind":"[A-Z_]+"/, '"kind":"SHOUTED"') as string;
      const error = await restoreDump(other.db, from(broken), { batchSize: 1000 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DumpError);
      expect((error as DumpError).line).toBe(index + 1);
      expect((error as DumpError).extensions.code).toBe('DUMP_BAD_RECORD');
      expect((error as DumpError).message).toMatch(/^line \d+: Statement\.kind: /);
      // Everything before the statements was written; none of the statements' batch.
      expect(await other.db.article.count()).toBe(2);
      expect(await other.db.statement.count()).toBe(0);
      // Run again with the line fixed, the restore completes what it had begun.
      await restoreDump(other.db, from(dump));
      const [restored, original] = [await snapshot(other), await snapshot(source)];
      delete original.api_key;
      delete restored.api_key;
      expect(restored).toEqual(original);
    } finally {
      await other.drop();
    }
  });

  it('names the line of a record that refers to nothing, and rolls its batch back', async () => {
    const other = await createTestDatabase();
    try {
      const head = dump.filter((line) => ['Person', 'Organization', 'Place'].includes(JSON.parse(line).type) || line === dump[0]);
      const statement = JSON.parse(dump.find((line) => JSON.parse(line).type === 'Statement') as string);
      const orphan = JSON.stringify({ ...statement, id: 'orphan', articleId: 'no-such-article' });
      const lines = [...head, JSON.stringify({ ...statement, articleId: null }), orphan];
      const error = (await restoreDump(other.db, from(lines)).catch((e: unknown) => e)) as DumpError;
      expect(error).toBeInstanceOf(DumpError);
      expect(error.extensions.code).toBe('DUMP_BROKEN_REFERENCE');
      expect(error.line).toBe(lines.length);
      expect(await other.db.person.count()).toBeGreaterThan(0);
      expect(await other.db.statement.count()).toBe(0);
    } finally {
      await other.drop();
    }
  });

  it('refuses a file without the header, bad JSON and records out of order', async () => {
    const other = await createTestDatabase();
    try {
      const refusal = async (lines: string[]) => (await restoreDump(other.db, from(lines)).catch((e: unknown) => e)) as DumpError;
      const noHeader = await refusal(dump.slice(1));
      expect([noHeader.line, noHeader.extensions.code]).toEqual([1, 'DUMP_BAD_HEADER']);
      const badJson = await refusal([dump[0] as string, '{"type":"Person",']);
      expect([badJson.line, badJson.extensions.code]).toEqual([2, 'DUMP_BAD_JSON']);
      const person = dump.find((line) => JSON.parse(line).type === 'Person') as string;
      const statementFirst = dump.find((line) => JSON.parse(line).type === 'EntityRedirect') as string;
      const late = await refusal([dump[0] as string, statementFirst, person]);
      expect([late.line, late.extensions.code]).toEqual([3, 'DUMP_OUT_OF_ORDER']);
      const unknown = await refusal([dump[0] as string, JSON.stringify({ ...JSON.parse(person), shoeSize: 44 })]);
      expect([unknown.line, unknown.extensions.code]).toEqual([2, 'DUMP_BAD_RECORD']);
      expect(unknown.message).toContain('shoeSize');
      expect(await other.db.person.count()).toBe(0);
    } finally {
      await other.drop();
    }
  });
});
