// Graceful shutdown: stop accepting connections, end live streams, let
// in-flight requests finish within a deadline, then close the database.
import type { Server } from 'node:http';
import type { Logger } from './logger.ts';

export type ShutdownParts = {
  server: Server;
  logger: Logger;
  timeoutMs: number;
  /** Closed first, so that long-lived streams do not hold the deadline. */
  closeStreams: () => Promise<void>;
  /** Closed last, once no request can use them (database, Redis). */
  closeResources: () => Promise<void>;
};

/** Resolves true when every request finished in time, false when the deadline cut some off. */
export async function shutdown({ server, logger, timeoutMs, closeStreams, closeResources }: ShutdownParts): Promise<boolean> {
  const started = Date.now();
  const drained = new Promise<void>((resolve) => server.close(() => resolve()));
  // Keep-alive connections with no request in flight would otherwise hold close() open.
  server.closeIdleConnections();
  const idle = setInterval(() => server.closeIdleConnections(), 100);
  await closeStreams().catch((error: unknown) => logger.warn({ err: error }, 'closing live streams failed'));
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), Math.max(0, timeoutMs - (Date.now() - started)));
  });
  const inTime = await Promise.race([drained.then(() => true as const), deadline]);
  clearTimeout(timer);
  clearInterval(idle);
  if (!inTime) {
    logger.warn({ timeoutMs }, 'shutdown deadline reached; closing remaining connections');
    server.closeAllConnections();
  }
  await closeResources();
  logger.info({ ms: Date.now() - started, inTime }, 'shut down');
  return inTime;
}
