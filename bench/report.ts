// The benchmark result as a Markdown table, with the ratios the targets are
// stated in: newsgraph/PostGraphile throughput and p99, newsgraph/SQL-floor p50.

export type Measurement = {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
  graphqlErrors: number;
  sqlPerRequest?: number;
  /** newsgraph with `--cache on`: the share of answers that came from the response cache. */
  cacheHitRate?: number;
  /** Server CPU time (user + system) per request: less sensitive to a busy machine than latency. */
  cpuMsPerRequest?: number;
  /** CPU time of the PostgreSQL backends serving the server, per request (PostgreSQL on this host only). */
  databaseCpuMsPerRequest?: number;
  rssMB?: number;
};

export type QueryResult = {
  key: string;
  title: string;
  newsgraph: Measurement;
  postgraphile?: Measurement;
  floor?: Measurement;
};

export type BenchResult = {
  startedAt: string;
  machine: { cpu: string; cores: number; memoryGB: number; os: string; node: string };
  corpus: { articles: number; seed: number; database: string; loadSeconds: number | null; rows: Record<string, number> };
  settings: { duration: number; connections: number; cache?: 'on' | 'off'; mix?: 'uniform' | 'zipf' };
  queries: QueryResult[];
  rss: { newsgraphMB: number; postgraphileMB: number | null };
};

const ratio = (a: number | undefined, b: number | undefined) => (a !== undefined && b ? `${(a / b).toFixed(2)}×` : '–');
const ms = (value: number | undefined) => (value === undefined ? '–' : value.toFixed(1));

export function markdownTable(result: BenchResult): string {
  const { machine, corpus, settings } = result;
  const lines = [
    `newsgraph bench, ${corpus.articles} articles (seed ${corpus.seed}, ${corpus.rows.statement ?? '?'} statements) on ${corpus.database},` +
      ` ${settings.connections} connections, ${settings.duration} s per query; ${machine.cpu}, ${machine.cores} cores, both servers on Node ${machine.node}, ${result.startedAt}`,
    '',
    '| query | rps | p50 ms | p95 ms | p99 ms | SQL/req | CPU ms/req | DB CPU ms/req | errors | PostGraphile rps | PG p99 ms | PG CPU ms/req | PG DB CPU ms/req | PG errors | rps ratio | p99 ratio | floor p50 ms | p50/floor |',
    `|${' --- |'}${' ---: |'.repeat(17)}`,
  ];
  for (const q of result.queries) {
    const n = q.newsgraph;
    const p = q.postgraphile;
    const f = q.floor;
    lines.push(
      `| ${q.title} | ${n.rps} | ${ms(n.p50)} | ${ms(n.p95)} | ${ms(n.p99)} | ${n.sqlPerRequest ?? '–'} | ${ms(n.cpuMsPerRequest)} | ${ms(n.databaseCpuMsPerRequest)} | ${failures(n)}` +
        ` | ${p?.rps ?? '–'} | ${ms(p?.p99)} | ${ms(p?.cpuMsPerRequest)} | ${ms(p?.databaseCpuMsPerRequest)} | ${p ? failures(p) : '–'} | ${ratio(n.rps, p?.rps)} | ${ratio(n.p99, p?.p99)}` +
        ` | ${ms(f?.p50)} | ${ratio(n.p50, f?.p50)} |`,
    );
  }
  lines.push('');
  lines.push(
    `Server RSS at peak under load: newsgraph ${result.rss.newsgraphMB} MB` +
      (result.rss.postgraphileMB === null ? '' : `, PostGraphile ${result.rss.postgraphileMB} MB`) +
      (corpus.loadSeconds === null ? '' : `. Corpus generated and loaded in ${corpus.loadSeconds.toFixed(1)} s.`),
  );
  return `${lines.join('\n')}\n`;
}

function failures(m: Measurement): number {
  return m.errors + m.non2xx + m.graphqlErrors;
}
