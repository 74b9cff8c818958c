// Prometheus metrics, one registry per app (tests build several apps in one
// process). Operation names come from clients, so they are sanitised and
// capped to keep label cardinality, and memory, bounded. Request latency is
// @graphql-yoga/plugin-prometheus's HTTP histogram under our name and labels;
// the rest needs facts the plugin has no label for (HTTP status of requests
// that never parsed, extensions.code, SQL count), so it is counted here.
import { createHistogram, usePrometheus } from '@graphql-yoga/plugin-prometheus';
import type { Plugin } from 'graphql-yoga';
import type pg from 'pg';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

export type Metrics = {
  registry: Registry;
  /** Yoga's Prometheus plugin, observing newsgraph_graphql_request_duration_seconds on `registry`. */
  plugin: Plugin;
  observeRequest(facts: { operationName?: string; operationType?: string; status: number; sqlCount: number }): void;
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
  // Only the HTTP histogram: the plugin's envelop metrics would label by unbounded operation names and paths.
  const off = Object.fromEntries(
    [
      'graphql_envelop_deprecated_field',
      'graphql_envelop_request',
      'graphql_envelop_request_duration',
      'graphql_envelop_request_time_summary',
      'graphql_envelop_phase_parse',
      'graphql_envelop_phase_validate',
      'graphql_envelop_phase_context',
      'graphql_envelop_error_result',
      'graphql_envelop_phase_execute',
      'graphql_envelop_phase_subscribe',
      'graphql_envelop_schema_change',
    ].map((metric) => [metric, false]),
  );
  const plugin = usePrometheus({
    registry,
    // /metrics is served by useObservability, behind security.metrics.
    endpoint: false,
    metrics: {
      ...off,
      graphql_yoga_http_duration: createHistogram({
        registry,
        histogram: {
          name: 'newsgraph_graphql_request_duration_seconds',
          help: 'GraphQL request latency by operation name (requests whose document parsed).',
          labelNames: ['operation', 'type'],
          buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
        },
        fillLabelsFn: (params) => ({ operation: label(params.operationName), type: params.operationType ?? 'none' }),
      }),
    },
  });
  return {
    registry,
    plugin,
    observeRequest({ operationName, operationType, status, sqlCount }) {
      requests.inc({ operation: label(operationName), type: operationType ?? 'none', status: String(status) });
      sql.observe(sqlCount);
    },
    countError(code) {
      errors.inc({ code: knownCodes.test(code) ? code : 'OTHER' });
    },
  };
}
