// The HTTP server the app is served on, with limits on how long a client may
// take and how many may be connected, so slow or greedy clients cannot hold
// the process: a request must arrive in time, a connection that neither sends
// nor reads is closed, and connections past the cap are refused. SSE streams
// and WebSockets stay open: yoga and graphql-ws ping them every 12 s.
import { createServer, type RequestListener, type Server } from 'node:http';
import type { HttpLimits } from './config.ts';

export function createHttpServer(handler: RequestListener, limits: HttpLimits): Server {
  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: Math.max(limits.requestTimeoutMs, limits.headersTimeoutMs),
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      // Node looks for overdue requests this often (30 s by default, which would stretch a 10 s headers timeout to 40).
      connectionsCheckingInterval: Math.max(100, Math.min(1_000, Math.floor(limits.headersTimeoutMs / 2))),
    },
    handler,
  );
  // With no 'timeout' listener Node destroys the socket: a client that stopped reading loses its response.
  server.setTimeout(limits.idleTimeoutMs);
  server.maxConnections = limits.maxConnections;
  return server;
}
