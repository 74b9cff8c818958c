// `npm run export`: on a PGlite data directory it opens itself, and through
// the server that holds the directory (under that server's access rules:
// reads need a key there). PGlite only: a data directory is what can be held.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MultiUndirectedGraph } from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../src/auth/keys.ts';
import { migrateDatabase, openDatabase } from '../src/db/client.ts';
import { csvColumns } from '../src/export/csv.ts';
import { seed } from '../src/ingest/seed.ts';
import { csvObjects, parseCsv } from './helpers/csv.ts';
import { describeEmbedded, runScript, type ServerProcess, startServer } from './helpers/server-process.ts';

const root = mkdtempSync(path.join(tmpdir(), 'newsgraph-export-'));
const dataDir = path.join(root, 'pglite');
afterAll(() => rmSync(root, { recursive: true, force: true }));

let reader: string;
let kuleba: string;
let statements: number;

describeEmbedded('npm run export', () => {
  beforeAll(async () => {
    const database = await openDatabase({ kind: 'pglite', dataDir });
    try {
      await migrateDatabase(database);
      await seed(database.db);
      reader = (await createApiKey(database.db, { name: 'export-cli', scopes: 'read' })).key;
      const person = await database.db.person.findFirstOrThrow({ where: { name: 'Dmytro Kuleba' } });
      kuleba = Buffer.from(`Person:${person.id}`).toString('base64');
      statements = await database.db.statement.count();
    } finally {
      await database.close();
    }
  }, 120_000);

  const runExport = (args: string[], env: Record<string, string> = {}) => runScript('scripts/export.ts', args, dataDir, env);

  describe('npm run export on a database it opens', () => {
    it('writes the statements CSV to stdout', async () => {
      const run = await runExport(['--format', 'csv']);
      expect(run.status, run.stderr).toBe(0);
      expect(parseCsv(run.stdout)[0]).toEqual(csvColumns);
      expect(csvObjects(run.stdout)).toHaveLength(statements);
    }, 60_000);

    it('writes a filtered CSV to --out, and nothing beside it', async () => {
      const out = path.join(root, 'kuleba.csv');
      const run = await runExport(['--format', 'csv', '--speaker', kuleba, '--out', out]);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toBe('');
      const rows = csvObjects(readFileSync(out, 'utf8'));
      expect(rows.length).toBeGreaterThan(0);
      expect(new Set(rows.map((row) => row.speaker_name))).toEqual(new Set(['Dmytro Kuleba']));
      expect(readdirSync(root).filter((name) => name.includes('.partial'))).toEqual([]);
    }, 60_000);

    it('writes GraphML and JSON-LD', async () => {
      const graphml = await runExport(['--format', 'graphml', '--around', kuleba, '--depth', '2']);
      expect(graphml.status, graphml.stderr).toBe(0);
      expect(parseGraphml(MultiUndirectedGraph, graphml.stdout).getNodeAttribute(kuleba, 'label')).toBe('Dmytro Kuleba');
      const jsonld = await runExport(['--format', 'jsonld', '--id', kuleba]);
      expect(jsonld.status, jsonld.stderr).toBe(0);
      expect(JSON.parse(jsonld.stdout)).toMatchObject({ '@type': 'Person', name: 'Dmytro Kuleba' });
    }, 90_000);

    it('refuses an unknown format (a full dump is another format) and a bad filter, naming them', async () => {
      const unknown = await runExport(['--format', 'jsonl']);
      expect(unknown.status).toBe(2);
      expect(unknown.stderr).toContain('Unknown format "jsonl": known formats are csv, graphml, jsonld');
      const bad = await runExport(['--format', 'csv', '--from', 'yesterday', '--out', path.join(root, 'bad.csv')]);
      expect(bad.status).toBe(1);
      expect(bad.stderr).toContain('Parameter "from"');
      expect(bad.stderr).toContain('INVALID_PARAMETER');
      expect(readdirSync(root)).not.toContain('bad.csv');
    }, 60_000);
  });

  describe('npm run export while a server holds the data directory', () => {
    let server: ServerProcess;
    beforeAll(async () => {
      server = await startServer({
        DATABASE_URL: `file:${dataDir}`,
        NEWSGRAPH_LOCAL_ACCESS: 'false',
        NEWSGRAPH_REQUIRE_KEY_FOR_READS: 'true',
      });
    }, 120_000);
    afterAll(async () => {
      await server?.stop();
    });

    it('is refused as that server refuses a read without a key, and served with NEWSGRAPH_API_KEY', async () => {
      const refused = await runExport(['--format', 'csv', '--limit', '2']);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain('is held by the newsgraph server');
      expect(refused.stderr).toContain('HTTP 401');
      expect(refused.stderr).toContain('UNAUTHENTICATED');
      const served = await runExport(['--format', 'csv', '--limit', '2'], { NEWSGRAPH_API_KEY: reader });
      expect(served.status, served.stderr).toBe(0);
      expect(csvObjects(served.stdout)).toHaveLength(2);
    }, 90_000);
  });
});
