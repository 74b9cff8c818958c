// `npm run soak -- --minutes N [--interval S] [--concurrency C]`: sustained
// mixed read/write load on the real server (src/main.ts as a child process on
// loopback), printing throughput, latency percentiles and the server's RSS
// (read from its own /metrics) every interval, and a verdict on RSS growth.
// The database is a PGlite directory in a temporary folder, or a fresh
// database on DATABASE_URL's PostgreSQL server (dropped afterwards).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { withDatabase } from '../tests/helpers/db.ts';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '1' },
    interval: { type: 'string', default: '10' },
    concurrency: { type: 'string', default: '8' },
  },
});
const minutes = Number(values.minutes);
const intervalMs = Number(values.interval) * 1000;
const concurrency = Number(values.concurrency);

const dataDir = mkdtempSync(path.join(tmpdir(), 'newsgraph-soak-'));
const serverUrl = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '') ? (process.env.DATABASE_URL as string) : null;
const soakDb = `newsgraph_soak_${randomBytes(6).toString('hex')}`;
async function admin(sql: string) {
  const client = new pg.Client({ connectionString: serverUrl as string });
  await client.connect();
  await client.query(sql);
  await client.end();
}
if (serverUrl) await admin(`CREATE DATABASE ${soakDb}`);
const server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
  env: {
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    DATABASE_URL: serverUrl ? withDatabase(serverUrl, soakDb) : `file:${dataDir}`,
  },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const url = await new Promise<string>((resolve, reject) => {
  let output = '';
  server.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    const match = /serving (http:\/\/\S+)/.exec(output);
    if (match?.[1]) resolve(match[1].replace('localhost', '127.0.0.1'));
  });
  server.once('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
});
const base = url.replace(/\/graphql$/, '');

const reads = [
  '{ statements(filter: { speakerName: "Kuleba" }) { nodes { text speaker { ... on Person { name } } } } }',
  '{ events(first: 10) { nodes { name statements(first: 10) { nodes { statement { text } } } } } }',
  '{ people(first: 20) { totalCount nodes { name statements(first: 5) { totalCount } } } }',
  '{ articles(first: 5) { nodes { headline images { nodes { caption } } } } }',
];
const INGEST = 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }';
let written = 0;
const article = () => {
  const n = written++;
  return {
    url: `https://example.com/soak/${process.pid}/${n}`,
    headline: `Soak story ${n}`,
    body: `Sergey Lavrov and Dmytro Kuleba spoke about the talks. Soak story ${n}.`,
    people: [
      { key: 'a', name: 'Sergey Lavrov' },
      { key: 'b', name: 'Dmytro Kuleba' },
    ],
    events: [{ key: 'talks', name: 'Soak talks' }],
    statements: [
      { text: `statement one of ${n}`, kind: 'INDIRECT', speaker: 'a', about: ['talks'] },
      { text: `statement two of ${n}`, kind: 'DIRECT_QUOTE', speaker: 'b', about: ['talks'] },
    ],
  };
};

let latencies: number[] = [];
let errors = 0;
let stopping = false;
async function worker() {
  while (!stopping) {
    const write = Math.random() < 0.2;
    const body = write ? { query: INGEST, variables: { input: article() } } : { query: reads[Math.floor(Math.random() * reads.length)] };
    const started = performance.now();
    try {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      const result = (await response.json()) as { errors?: unknown[] };
      if (!response.ok || result.errors) errors += 1;
    } catch {
      errors += 1;
    }
    latencies.push(performance.now() - started);
  }
}

async function rssBytes(): Promise<number> {
  const text = await (await fetch(`${base}/metrics`)).text();
  return Number(/^newsgraph_process_resident_memory_bytes (\S+)$/m.exec(text)?.[1] ?? Number.NaN);
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);

console.log(
  `soak: ${minutes} min, ${concurrency} clients, 80% reads / 20% ingestions, against ${base} (${serverUrl ? `PostgreSQL database ${soakDb}` : 'PGlite on disk'})`,
);
console.log('elapsed_s  req/s  p50_ms  p99_ms  errors  server_rss_mb');
const workers = Array.from({ length: concurrency }, worker);
const samples: number[] = [];
const started = Date.now();
while (Date.now() - started < minutes * 60_000) {
  await new Promise((resolve) => setTimeout(resolve, intervalMs));
  // Take this interval's figures before awaiting anything: the workers keep pushing.
  const sorted = latencies.sort((a, b) => a - b);
  const failed = errors;
  latencies = [];
  errors = 0;
  const rss = await rssBytes();
  samples.push(rss);
  console.log(
    [
      ((Date.now() - started) / 1000).toFixed(0).padStart(9),
      (sorted.length / (intervalMs / 1000)).toFixed(0).padStart(6),
      percentile(sorted, 50).toFixed(1).padStart(7),
      percentile(sorted, 99).toFixed(1).padStart(7),
      String(failed).padStart(7),
      mb(rss).padStart(14),
    ].join(''),
  );
}
stopping = true;
await Promise.all(workers);

// The first interval is warm-up (JIT, caches, pool); compare the next third with the last third.
const steady = samples.slice(1);
const third = Math.max(1, Math.floor(steady.length / 3));
const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? Number.NaN;
const early = median(steady.slice(0, third));
const late = median(steady.slice(-third));
const growth = late - early;
console.log(`articles written: ${written}`);
console.log(`RSS early ${mb(early)} MB, late ${mb(late)} MB, growth ${mb(growth)} MB (${((growth / early) * 100).toFixed(1)}%)`);
console.log(
  steady.length < 3
    ? 'verdict: too short to judge RSS growth; run at least 4 intervals'
    : growth < Math.max(32 * 2 ** 20, early * 0.1)
      ? 'verdict: RSS flat (no sign of a leak)'
      : 'verdict: RSS GREW — investigate (heap snapshot with --inspect)',
);
server.kill('SIGTERM');
await new Promise((resolve) => server.once('exit', resolve));
rmSync(dataDir, { recursive: true, force: true });
if (serverUrl) await admin(`DROP DATABASE IF EXISTS ${soakDb} WITH (FORCE)`);
