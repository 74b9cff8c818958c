// npm run bench -- [--articles N] [--seed S] [--corpus-database NAME] [--duration s] [--connections c] [--database URL] [--only q1,q4] [--cpu-prof DIR] [--node 20|22|24]
// Prepares (or reuses) a corpus, starts newsgraph as a child process, drives
// each query over HTTP with autocannon, does the same against PostGraphile v5
// on the same PostgreSQL database (queries 1–4) under the same Node, times the hand-written SQL
// floor (queries 1–3), and writes bench/results/<timestamp>.json and .md.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { nodeBinary, serverNodeOptions } from '../scripts/node-runtime.ts';
import { createApiKey } from '../src/auth/keys.ts';
import { migrateDatabase, openDatabase, parseDatabaseUrl } from '../src/db/client.ts';
import { readSettings } from '../src/settings.ts';
import { loadCorpus } from './corpus/load.ts';
import { Random, ZipfRandom } from './corpus/random.ts';
import { type BenchQuery, benchArticlePrefix, benchQueries, type Optional, type Samples } from './queries.ts';
import { type BenchResult, type Measurement, markdownTable, type QueryResult } from './report.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    database: { type: 'string' },
    port: { type: 'string', default: '4200' },
    only: { type: 'string' },
    // Writes a V8 CPU profile of the newsgraph server into this folder (open it in Chrome DevTools).
    'cpu-prof': { type: 'string' },
    // newsgraph's response cache (NEWSGRAPH_RESPONSE_CACHE) on or off.
    cache: { type: 'string', default: 'off' },
    // How ids are drawn: uniformly over the corpus, or by popularity (Zipf), as a real archive is read.
    mix: { type: 'string', default: 'uniform' },
    'skip-postgraphile': { type: 'boolean', default: false },
    'skip-floor': { type: 'boolean', default: false },
    // Both servers run under this Node line (fetched through npm when it is not this one's).
    node: { type: 'string', default: '24' },
    out: { type: 'string', default: path.join(root, 'bench', 'results') },
    // PostgreSQL: the corpus database's name instead of newsgraph_bench_<articles>_s<seed> (a copy to try a migration on).
    'corpus-database': { type: 'string' },
  },
});
if (values.cache !== 'on' && values.cache !== 'off') throw new Error(`--cache must be on or off (got ${values.cache})`);
if (values.mix !== 'uniform' && values.mix !== 'zipf') throw new Error(`--mix must be uniform or zipf (got ${values.mix})`);
const cache = values.cache;
const mix = values.mix;
/** The id drawer of a run: the same seed either way, so on/off runs ask the same sequence. */
const drawer = () => (mix === 'zipf' ? new ZipfRandom(7) : new Random(7));
const articles = Number(values.articles);
const seed = Number(values.seed);
const duration = Number(values.duration);
const connections = Number(values.connections);
const basePort = Number(values.port);
const log = (line: string) => console.error(`bench: ${line}`);
const node = nodeBinary(Number(values.node));
const nodeVersion = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
// PostGraphile v5 needs Node >= 22.
const postgraphileRuns = Number(values.node) >= 22 && !values['skip-postgraphile'];

const base = parseDatabaseUrl(values.database ?? readSettings().DATABASE_URL ?? undefined, path.join(root, 'data', 'bench'));
const corpusKey = `${articles}_s${seed}`;
const marker = `newsgraph corpus v1 articles=${articles} seed=${seed}`;

// The corpus lives in its own database (PostgreSQL) or data directory (PGlite), named by size and seed.
let databaseUrl: string;
let loadSeconds: number | null = null;
if (base.kind === 'postgres') {
  const serverUrl = new URL(base.url);
  const name = values['corpus-database'] ?? `newsgraph_bench_${corpusKey}`;
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`--corpus-database must be a plain lower-case name (got ${name})`);
  databaseUrl = Object.assign(new URL(base.url), { pathname: `/${name}` }).toString();
  const admin = new pg.Client({ connectionString: serverUrl.toString() });
  await admin.connect();
  const found = await admin.query('SELECT shobj_description(oid, $2) AS comment FROM pg_database WHERE datname = $1', [
    name,
    'pg_database',
  ]);
  if (found.rows[0]?.comment !== marker) {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
    loadSeconds = await generate(databaseUrl);
    await admin.query(`COMMENT ON DATABASE ${name} IS '${marker}'`);
  } else log(`reusing database ${name}`);
  await admin.end();
} else {
  const dir = path.join(base.dataDir ?? path.join(root, 'data', 'bench'), `pglite_${corpusKey}`);
  databaseUrl = `file:${dir}`;
  const markerFile = path.join(dir, 'newsgraph-corpus.txt');
  if (!existsSync(markerFile) || readFileSync(markerFile, 'utf8') !== marker) {
    if (existsSync(dir)) throw new Error(`${dir} exists but holds no complete corpus; remove it`);
    loadSeconds = await generate(databaseUrl);
    writeFileSync(markerFile, marker);
  } else log(`reusing ${dir}`);
}

async function generate(url: string): Promise<number> {
  const database = await openDatabase(parseDatabaseUrl(url), { poolSize: 3 });
  try {
    const { seconds } = await loadCorpus(database, { articles, seed, log: (line) => log(`corpus: ${line}`) });
    return seconds;
  } finally {
    await database.close();
  }
}

// Variables are drawn from ids sampled from the corpus (PGlite is single-process: sample before the server opens it).
const { samples, rows, ingestKey } = await sampleCorpus(databaseUrl);

async function sampleCorpus(url: string): Promise<{ samples: Samples; rows: Record<string, number>; ingestKey: string }> {
  const database = await openDatabase(parseDatabaseUrl(url), { poolSize: 2 });
  // Migrating here rather than in the server keeps a long migration of a large corpus out of the start-up wait.
  await migrateDatabase(database, (line) => log(line));
  const query = async (sql: string) =>
    database.pool ? (await database.pool.query(sql)).rows : ((await database.pglite?.query(sql))?.rows as Record<string, unknown>[]);
  try {
    await query('SELECT setseed(0.42)');
    const ids = async (sql: string) => (await query(sql)).map((row) => Object.values(row)[0] as string);
    const samples: Samples = {
      events: await ids('SELECT id FROM event ORDER BY id LIMIT 1000'),
      people: await ids('SELECT DISTINCT speaker_person_id FROM statement WHERE speaker_person_id IS NOT NULL ORDER BY 1 LIMIT 2000'),
      statements: await ids('SELECT id FROM statement TABLESAMPLE BERNOULLI (5) REPEATABLE (42) LIMIT 5000'),
      eventKinds: await ids('SELECT DISTINCT kind::text FROM event ORDER BY 1'),
      personNames: await ids('SELECT name FROM person ORDER BY id LIMIT 1000'),
      frequentSpeakers: await ids(
        'SELECT speaker_person_id FROM statement WHERE speaker_person_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 20',
      ),
      eventMoments: await ids(
        `SELECT moment FROM (
           (SELECT event_id || ' ' || (extract(epoch FROM said_at) * 1000)::bigint AS moment, 0 AS pass
              FROM statement_event TABLESAMPLE BERNOULLI (1) REPEATABLE (42) WHERE said_at IS NOT NULL LIMIT 1000)
           UNION ALL
           -- A corpus too small for a 1% sample to hold anything.
           (SELECT event_id || ' ' || (extract(epoch FROM said_at) * 1000)::bigint, 1 FROM statement_event WHERE said_at IS NOT NULL LIMIT 100)
         ) moments ORDER BY pass LIMIT 1000`,
      ),
      rareSpeakers: await ids(
        'SELECT speaker_person_id FROM statement WHERE speaker_person_id IS NOT NULL GROUP BY 1 ORDER BY count(*), 1 LIMIT 200',
      ),
    };
    const counts: Record<string, number> = {};
    for (const table of ['article', 'statement', 'statement_event', 'person', 'organization', 'event', 'image']) {
      counts[table] = Number((await query(`SELECT count(*)::int AS n FROM ${table}`))[0]?.n);
    }
    // The server runs as in production, where writes need a key with the ingest scope.
    const { key: ingestKey } = await createApiKey(database.db, { name: `bench-${Date.now()}`, scopes: 'ingest' });
    return { samples, rows: counts, ingestKey };
  } finally {
    await database.close();
  }
}

type Server = { url: string; child: ChildProcess; application: string; peakRss: number; stop(): Promise<void> };

/** Tags a server's database connections so that their backends' CPU time can be told apart. */
function withApplication(url: string, name: string): string {
  if (!url.startsWith('postgres')) return url;
  const parsed = new URL(url);
  parsed.searchParams.set('application_name', name);
  return parsed.toString();
}

/** CPU time of the PostgreSQL backends serving `application`, per backend pid (same host only). */
async function backendCpu(admin: pg.Pool | null, application: string): Promise<Map<number, number>> {
  if (!admin) return new Map();
  const { rows } = await admin.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE application_name = $1', [application]);
  return new Map(rows.map((row) => [row.pid, cpuOf(row.pid)]));
}

async function startServer(name: string, command: string, args: string[], env: Record<string, string>, port: number): Promise<Server> {
  const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited:\n${output}`);
    if (Date.now() > deadline) throw new Error(`${name} did not start:\n${output}`);
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{__typename}"}',
      });
      if (response.ok) break;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const server: Server = {
    url,
    child,
    application: new URL(env.DATABASE_URL ?? 'x:/').searchParams.get('application_name') ?? '',
    peakRss: 0,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
  return server;
}

function rssOf(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

/** User + system CPU time of a process in ms (Linux clock ticks are 10 ms). */
function cpuOf(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

async function probe(server: Server): Promise<{ sqlStatements: number; rss: number } | null> {
  try {
    const response = await fetch(server.url.replace('/graphql', '/__bench'));
    return response.ok ? ((await response.json()) as { sqlStatements: number; rss: number }) : null;
  } catch {
    return null;
  }
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

/** Drives one operation at fixed concurrency; latencies are per request, in ms. */
async function drive(
  server: Server,
  operation: NonNullable<BenchQuery['postgraphile']>,
  plan: { seconds: number } | { amount: number },
  measure: boolean,
): Promise<Measurement> {
  const started = performance.now();
  const random = drawer();
  const latencies: number[] = [];
  let graphqlErrors = 0;
  const cached = { hits: 0, misses: 0 };
  let firstError: string | null = null;
  const before = measure ? await probe(server) : null;
  const cpuBefore = cpuOf(server.child.pid);
  const backendsBefore = await backendCpu(admin, server.application);
  const backendsSeen = new Map(backendsBefore);
  const sampler = setInterval(() => {
    server.peakRss = Math.max(server.peakRss, rssOf(server.child.pid));
    void backendCpu(admin, server.application).then((now) => {
      for (const [pid, cpu] of now) if (cpu) backendsSeen.set(pid, cpu);
    });
  }, 250);
  let finish: (result: autocannon.Result) => void = () => {};
  let fail: (error: unknown) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const instance = autocannon(
    {
      url: server.url,
      connections,
      ...('amount' in plan ? { amount: plan.amount } : { duration: plan.seconds }),
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ingestKey}` },
      requests: [
        {
          setupRequest: (request) => ({
            ...request,
            body: JSON.stringify({ query: operation.query, variables: operation.variables(random) }),
          }),
          onResponse: (_status, body) => {
            if (body.includes('"responseCache":{"hit":true}')) cached.hits++;
            else if (body.includes('"responseCache":{"hit":false}')) cached.misses++;
            if (body.includes('"errors"')) {
              graphqlErrors++;
              firstError ??= body.slice(0, 500);
            }
          },
        },
      ],
    },
    (error, result) => (error ? fail(error) : finish(result)),
  );
  instance.on('response', (_client, _status, _bytes, responseTime) => {
    latencies.push(responseTime);
  });
  const result = await done;
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  if (firstError) log(`GraphQL error: ${firstError}`);
  const cpu = cpuOf(server.child.pid) - cpuBefore;
  for (const [pid, cpu] of await backendCpu(admin, server.application)) if (cpu) backendsSeen.set(pid, cpu);
  let databaseCpu = 0;
  for (const [pid, cpu] of backendsSeen) databaseCpu += cpu - (backendsBefore.get(pid) ?? 0);
  const after = measure ? await probe(server) : null;
  latencies.sort((a, b) => a - b);
  const requests = latencies.length;
  return {
    requests,
    rps: Math.round((requests / seconds) * 10) / 10,
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    graphqlErrors,
    cpuMsPerRequest: requests ? round(cpu / requests) : 0,
    ...(admin && requests ? { databaseCpuMsPerRequest: round(databaseCpu / requests) } : {}),
    ...(before && after && requests ? { sqlPerRequest: round((after.sqlStatements - before.sqlStatements) / requests) } : {}),
    ...(cached.hits + cached.misses ? { cacheHitRate: round(cached.hits / (cached.hits + cached.misses)) } : {}),
    rssMB: Math.round(rssOf(server.child.pid) / 1e6),
  };
}

const round = (value: number) => Math.round(value * 100) / 100;

/** A timed run; a query too slow to answer `connections` times in it gets a fixed number of requests instead. */
async function measure(server: Server, operation: NonNullable<BenchQuery['postgraphile']>, probeSql: boolean): Promise<Measurement> {
  const timed = await drive(server, operation, { seconds: duration }, probeSql);
  return timed.requests >= connections ? timed : drive(server, operation, { amount: connections * 2 }, probeSql);
}

/** The floor: the hand-written SQL at the same concurrency, straight from a pool. */
async function driveFloor(floor: NonNullable<BenchQuery['floor']>, seconds: number): Promise<Measurement> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: connections });
  const random = drawer();
  const latencies: number[] = [];
  let errors = 0;
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        const started = performance.now();
        try {
          await pool.query({ text: floor.sql, values: floor.params(random) });
          latencies.push(performance.now() - started);
        } catch {
          errors++;
        }
      }
    }),
  );
  await pool.end();
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    rps: Math.round((latencies.length / seconds) * 10) / 10,
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    errors,
    non2xx: 0,
    graphqlErrors: 0,
  };
}

/** Optional parts of the query set, present when the newsgraph schema has them. */
async function optionalSelections(server: Server): Promise<Optional> {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `{ person: __type(name: "Person") { fields { name } } query: __type(name: "Query") { fields { name args { name type { kind name ofType { kind name } } } } } }`,
    }),
  });
  const { data } = (await response.json()) as {
    data: {
      person: { fields: { name: string }[] };
      query: {
        fields: {
          name: string;
          args: { name: string; type: { kind: string; name: string | null; ofType: { name: string | null } | null } }[];
        }[];
      };
    };
  };
  const optional: Optional = {};
  if (data.person.fields.some((field) => field.name === 'connections')) {
    optional.personConnections = 'connections(first: 5) { totalCount edges { kind weight evidenceCount node { __typename } } }';
  }
  const search = data.query.fields.find((field) => field.name === 'search');
  // The required String argument is the search text (`after` is a String too).
  const textArg = search?.args.find((arg) => arg.type.kind === 'NON_NULL' && arg.type.ofType?.name === 'String');
  if (search && textArg)
    optional.search = { field: 'search', arg: textArg.name, selection: '{ edges { score snippet node { __typename } } }' };
  return optional;
}

const startedAt = new Date();
const cpus = os.cpus();
const result: BenchResult = {
  startedAt: startedAt.toISOString(),
  machine: {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGB: Math.round(os.totalmem() / 1e9),
    os: `${os.type()} ${os.release()}`,
    node: nodeVersion,
  },
  corpus: { articles, seed, database: base.kind, loadSeconds, rows },
  settings: { duration, connections, cache, mix },
  queries: [],
  rss: { newsgraphMB: 0, postgraphileMB: null },
};

const warmup = duration >= 5 ? Math.round(duration / 5) : 0;
log(
  `${base.kind}, ${articles} articles, ${connections} connections, ${duration} s per query and server, both servers on Node ${nodeVersion}, response cache ${cache}, ids drawn ${mix}`,
);
log(`newsgraph's NODE_OPTIONS: ${process.env.NODE_OPTIONS || serverNodeOptions}`);
if (base.kind === 'postgres' && !postgraphileRuns && !values['skip-postgraphile']) log('PostGraphile v5 needs Node >= 22: newsgraph alone');
// Both servers run side by side and take turns query by query, so that each
// pair of figures comes from the same minute of a shared machine.
const servers: Server[] = [];
const admin = base.kind === 'postgres' ? new pg.Pool({ connectionString: databaseUrl, max: 2 }) : null;
try {
  // The server as `npm start` runs it: the bundle of src/.
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  const newsgraph = await startServer(
    'newsgraph',
    node,
    [...(values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(values['cpu-prof'])}`] : []), 'dist/main.js'],
    {
      DATABASE_URL: databaseUrl,
      // The heap settings `npm start` gives it, unless the bench was given others.
      NODE_OPTIONS: process.env.NODE_OPTIONS || serverNodeOptions,
      NEWSGRAPH_SEED: 'false',
      NEWSGRAPH_AUTO_MIGRATE: 'false',
      NEWSGRAPH_BENCH_PROBE: 'true',
      NEWSGRAPH_RESPONSE_CACHE: cache === 'on' ? 'true' : 'false',
      NODE_ENV: 'production',
      // One load generator is one client: a per-client budget would only measure the refusals.
      NEWSGRAPH_RATE_LIMIT_POINTS: '0',
      // The bench asks the schema which optional queries it can run.
      NEWSGRAPH_INTROSPECTION: 'true',
      // PostGraphile does not log each request either.
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
    },
    basePort,
  );
  servers.push(newsgraph);
  let postgraphile: Server | null = null;
  if (base.kind === 'postgres' && postgraphileRuns) {
    postgraphile = await startServer(
      'PostGraphile',
      node,
      [path.join(root, 'bench', 'postgraphile', 'server.mjs')],
      { DATABASE_URL: withApplication(databaseUrl, 'bench-postgraphile'), GRAPHILE_ENV: 'production', NODE_ENV: 'production' },
      basePort + 1,
    );
    servers.push(postgraphile);
  }
  const queries = benchQueries(samples, await optionalSelections(newsgraph)).filter(
    (q) => !values.only || values.only.split(',').some((k) => q.key.startsWith(k)),
  );
  for (const query of queries) {
    log(`${query.key}: newsgraph`);
    if (!query.write && warmup) await drive(newsgraph, query.newsgraph, { seconds: warmup }, false);
    const entry: QueryResult = { key: query.key, title: query.title, newsgraph: await measure(newsgraph, query.newsgraph, true) };
    if (entry.newsgraph.cacheHitRate !== undefined)
      log(`${query.key}: response cache hit rate ${Math.round(entry.newsgraph.cacheHitRate * 100)}%`);
    result.queries.push(entry);
    if (postgraphile && query.postgraphile) {
      log(`${query.key}: PostGraphile`);
      if (warmup) await drive(postgraphile, query.postgraphile, { seconds: warmup }, false);
      entry.postgraphile = await measure(postgraphile, query.postgraphile, false);
    }
    if (base.kind === 'postgres' && query.floor && !values['skip-floor']) {
      log(`${query.key}: SQL floor`);
      if (warmup) await driveFloor(query.floor, warmup);
      entry.floor = await driveFloor(query.floor, duration);
    }
  }
  result.rss.newsgraphMB = Math.round(newsgraph.peakRss / 1e6);
  if (postgraphile) result.rss.postgraphileMB = Math.round(postgraphile.peakRss / 1e6);
} finally {
  for (const server of servers) await server.stop();
  await admin?.end();
}
await cleanUp();

async function cleanUp() {
  const database = await openDatabase(parseDatabaseUrl(databaseUrl), { poolSize: 1 });
  try {
    const sql = `DELETE FROM article WHERE url LIKE '${benchArticlePrefix}%'`;
    if (database.pool) await database.pool.query(sql);
    else await database.pglite?.query(sql);
  } finally {
    await database.close();
  }
}

mkdirSync(values.out, { recursive: true });
const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
const table = markdownTable(result);
writeFileSync(path.join(values.out, `${stamp}.json`), `${JSON.stringify(result, null, 2)}\n`);
writeFileSync(path.join(values.out, `${stamp}.md`), table);
console.log(table);
log(`wrote ${path.join(values.out, `${stamp}.json`)}`);
