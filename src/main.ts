// The server process: read config, open the database, migrate, seed an empty
// graph, listen, and shut down cleanly on SIGTERM/SIGINT.
import type { RequestListener, Server } from 'node:http';
import { createBenchProbe } from './bench-probe.ts';
import { generationSourceOf } from './cache/generation.ts';
import { readConfig } from './config.ts';
import { migrateDatabase, openDatabase } from './db/client.ts';
import { createHttpServer } from './http-server.ts';
import { seedIfEmpty } from './ingest/seed.ts';
import { createLive } from './live/pubsub.ts';
import { attachWebSocket } from './live/websocket.ts';
import { createLogger } from './observability/logger.ts';
import { createMetrics, type Metrics } from './observability/metrics.ts';
import { metricsResponse } from './observability/plugin.ts';
import { shutdown } from './observability/shutdown.ts';
import { createApp } from './server.ts';

async function main() {
  const config = readConfig();
  const logger = createLogger({ level: config.ops.logLevel });
  const probe = config.benchProbe ? createBenchProbe() : null;
  const database = await openDatabase(config.database, {
    statementTimeoutMs: config.security.requests.timeoutMs,
    connectTimeoutMs: config.security.dbConnectTimeoutMs,
    preparedStatements: config.preparedStatements,
    ...(probe ? { onQuery: probe.onQuery } : {}),
    ...(config.replicas
      ? {
          replicas: {
            urls: config.replicas.urls,
            maxLagMs: config.replicas.maxLagMs,
            checkIntervalMs: config.replicas.checkIntervalMs,
            log: (level: 'warn' | 'info', message: string, facts: Record<string, unknown>) => logger[level](facts, message),
          },
        }
      : {}),
  });
  console.log(`newsgraph: database ${database.label}`);
  if (config.autoMigrate) {
    // The migrator reports each migration and the total itself.
    await migrateDatabase(database, (line) => console.log(`newsgraph: ${line}`));
  }
  if (config.seed) {
    const seeded = await seedIfEmpty(database.db);
    if (seeded) console.log(`newsgraph: loaded the seed article "${seeded.article.headline}"`);
  }
  const live = createLive({
    redisUrl: config.ops.redisUrl,
    channelPrefix: config.ops.redisPrefix,
    onError: (error) => logger.warn({ err: error }, 'live updates: publish failed'),
  });
  const metrics = createMetrics({ pool: database.pool });
  const app = createApp({
    db: database.db,
    security: config.security,
    logger,
    live,
    pool: database.pool,
    metrics,
    extractThreads: config.extractThreads,
    responseCache: config.responseCache && { ...config.responseCache, generation: generationSourceOf(database) },
    ...(database.replicas && config.replicas
      ? {
          readReplicas: {
            replicas: database.replicas,
            primaryReadsMs: config.replicas.primaryReadsMs,
            redisUrl: config.ops.redisUrl ?? null,
            keyPrefix: config.ops.redisPrefix,
          },
        }
      : {}),
  });
  if (config.security.auth.localAccess)
    console.warn('newsgraph: development mode: requests from this machine without an API key get every scope (NEWSGRAPH_LOCAL_ACCESS)');
  const server = createHttpServer(
    probe ? (request, response) => probe.handle(request, response) || app(request, response) : app,
    config.http,
  );
  const webSocket = attachWebSocket(server, app);
  await listen(server, config.port, config.host);
  // A port of its own for Prometheus, to keep it off the public one (firewall it, or bind HOST to a private address).
  const metricsServer = config.metricsPort === null ? null : createHttpServer(metricsHandler(metrics), config.http);
  if (metricsServer) {
    await listen(metricsServer, config.metricsPort as number, config.host);
    console.log(`newsgraph: metrics at http://${config.host}:${config.metricsPort}/metrics`);
  }
  const address = server.address();
  database.announce(address);
  const port = typeof address === 'object' && address ? address.port : config.port;
  console.log(`newsgraph: serving http://localhost:${port}/graphql${config.security.graphiql ? ' (GraphiQL in the browser)' : ''}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`newsgraph: ${signal}, shutting down`);
    // The last resort if closing itself hangs.
    setTimeout(() => process.exit(1), config.ops.shutdownTimeoutMs + 5000).unref();
    const inTime = await shutdown({
      server,
      logger,
      timeoutMs: config.ops.shutdownTimeoutMs,
      closeStreams: async () => {
        await live.endStreams();
        await webSocket.close();
      },
      closeResources: async () => {
        metricsServer?.close();
        await app.dispose();
        await live.close();
        await database.close();
      },
    });
    if (!inTime) console.log('newsgraph: shutdown deadline reached, some requests were cut off');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
}

function metricsHandler(metrics: Metrics): RequestListener {
  return (request, response) => {
    if (request.method !== 'GET' || !request.url?.startsWith('/metrics')) {
      response.writeHead(404).end();
      return;
    }
    metricsResponse(metrics)
      .then(async (answer) =>
        response.writeHead(200, { 'content-type': answer.headers.get('content-type') ?? 'text/plain' }).end(await answer.text()),
      )
      .catch(() => response.writeHead(500).end());
  };
}

main().catch((error: unknown) => {
  // Configuration and connection problems are one line, not a stack trace.
  const known = error instanceof Error && ['DatabaseConfigError', 'MigrationError', 'SettingsError'].includes(error.name);
  console.error(`newsgraph: ${known || !(error instanceof Error) ? String((error as Error).message ?? error) : error.stack}`);
  process.exit(1);
});
