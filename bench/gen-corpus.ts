// npm run gen:corpus -- --articles N --seed S [--database URL]
// Loads a deterministic synthetic archive into the database (DATABASE_URL, or
// --database, or the default PGlite data directory), migrating it first.
import { parseArgs } from 'node:util';
import pg from 'pg';
import { readConfig } from '../src/config.ts';
import { openDatabase, parseDatabaseUrl } from '../src/db/client.ts';
import { loadCorpus } from './corpus/load.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    database: { type: 'string' },
    chunk: { type: 'string', default: '500' },
  },
});
const articles = Number(values.articles);
const seed = Number(values.seed);
if (!Number.isInteger(articles) || articles < 1) throw new Error('--articles must be a positive integer');
if (!Number.isInteger(seed) || seed < 0) throw new Error('--seed must be a non-negative integer');

const target = values.database ? parseDatabaseUrl(values.database) : readConfig().database;
if (target.kind === 'postgres') await createIfMissing(target.url);
const database = await openDatabase(target, { poolSize: 3 });
console.log(`gen:corpus: ${articles} articles, seed ${seed}, into ${database.label}`);
try {
  const result = await loadCorpus(database, {
    articles,
    seed,
    chunk: Number(values.chunk),
    log: (line) => console.log(`gen:corpus: ${line}`),
  });
  for (const [table, rows] of Object.entries(result.rows)) console.log(`gen:corpus:   ${table.padEnd(20)} ${rows}`);
} catch (error) {
  const duplicate = (error as { code?: string }).code === '23505';
  console.error(duplicate ? `gen:corpus: this corpus (seed ${seed}) is already in ${database.label}` : error);
  process.exitCode = 1;
} finally {
  await database.close();
}

/** Creates the database the URL names, through the server's `postgres` database, unless it exists. */
async function createIfMissing(url: string) {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!name) return;
  const admin = new pg.Client({ connectionString: Object.assign(new URL(url), { pathname: '/postgres' }).toString() });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await admin.end();
  }
}
