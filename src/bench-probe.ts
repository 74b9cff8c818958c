// A counter of SQL statements and the process's memory, served at /__bench for
// `npm run bench` when NEWSGRAPH_BENCH_PROBE=true. Off by default: production
// servers neither count nor expose anything.
import type { IncomingMessage, ServerResponse } from 'node:http';

export type BenchProbe = {
  onQuery(): void;
  /** Answers /__bench and returns true; false for every other request. */
  handle(request: IncomingMessage, response: ServerResponse): boolean;
};

export function createBenchProbe(): BenchProbe {
  let statements = 0;
  return {
    onQuery() {
      statements++;
    },
    handle(request, response) {
      if (request.url !== '/__bench') return false;
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ sqlStatements: statements, ...process.memoryUsage() }));
      return true;
    },
  };
}
