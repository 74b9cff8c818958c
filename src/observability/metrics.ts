// Prometheus metrics, one registry per app (tests build several apps in one
// process). Operation names come from clients, so they are sanitised and
// capped to keep label cardinality, and memory, bounded.
import type pg from 'pg';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

export type Metrics = {
  registry: Registry;
  observeRequest(facts: { operationName?: string; operationType?: string; status: number; seconds: number; sqlCount: number }): void;
  countError(code: string): void;
};

const maxOperationNames = 200;
const validName = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;
const knownCodes = /^[A-Z][A-Z0-9_]{0,63}$/;

export function createMetrics({ pool }: { pool?: pg.Pool } = {}): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'newsgraph_' });
  const requests = new Counter({
    name: 'newsgraph_graphql_requests_total',
    help: 'GraphQL requests by operation name, operation type and HTTP status.',
    labelNames: ['operation', 'type', 'status'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'newsgraph_graphql_request_duration_seconds',
    help: 'GraphQL request latency by operation name.',
    labelNames: ['operation', 'type'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const sql = new Histogram({
    name: 'newsgraph_sql_statements_per_request',
    help: 'SQL statements sent per GraphQL request.',
    buckets: [0, 1, 2, 5, 10, 20, 50, 100, 250],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'newsgraph_graphql_errors_total',
    help: 'Errors returned to clients, by extensions.code.',
    labelNames: ['code'],
    registers: [registry],
  });
  if (pool) {
    new Gauge({
      name: 'newsgraph_db_pool_connections',
      help: 'PostgreSQL pool connections: total open, idle, and requests waiting for one.',
      labelNames: ['state'],
      registers: [registry],
      collect() {
        this.set({ state: 'total' }, pool.totalCount);
        this.set({ state: 'idle' }, pool.idleCount);
        this.set({ state: 'waiting' }, pool.waitingCount);
      },
    });
  }
  const names = new Set<string>();
  const label = (name: string | undefined) => {
    if (!name) return 'anonymous';
    if (!validName.test(name)) return 'invalid';
    if (names.has(name)) return name;
    if (names.size >= maxOperationNames) return 'other';
    names.add(name);
    return name;
  };
  return {
    registry,
    observeRequest({ operationName, operationType, status, seconds, sqlCount }) {
      const operation = label(operationName);
      const type = operationType ?? 'none';
      requests.inc({ operation, type, status: String(status) });
      duration.observe({ operation, type }, seconds);
      sql.observe(sqlCount);
    },
    countError(code) {
      errors.inc({ code: knownCodes.test(code) ? code : 'OTHER' });
    },
  };
}
