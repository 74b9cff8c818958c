// The server process: read config, open the database, migrate, seed an empty
// graph, listen, and shut down cleanly on SIGTERM/SIGINT.
import { createServer } from 'node:http';
import { createBenchProbe } from './bench-probe.ts';
import { readConfig } from './config.ts';
import { migrateDatabase, openDatabase } from './db/client.ts';
import { seedIfEmpty } from './ingest/seed.ts';
import { createLive } from './live/pubsub.ts';
import { attachWebSocket } from './live/websocket.ts';
import { createLogger } from './observability/logger.ts';
import { shutdown } from './observability/shutdown.ts';
import { createApp } from './server.ts';

async function main() {
  const config = readConfig();
  const probe = config.benchProbe ? createBenchProbe() : null;
  const database = await openDatabase(config.database, {
    statementTimeoutMs: config.security.requests.timeoutMs,
    connectTimeoutMs: config.security.dbConnectTimeoutMs,
    preparedStatements: config.preparedStatements,
    ...(probe ? { onQuery: probe.onQuery } : {}),
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
  const logger = createLogger({ level: config.ops.logLevel });
  const live = createLive({
    redisUrl: config.ops.redisUrl,
    channelPrefix: config.ops.redisPrefix,
    onError: (error) => logger.warn({ err: error }, 'live updates: publish failed'),
  });
  const app = createApp({ db: database.db, security: config.security, logger, live, pool: database.pool });
  if (config.security.auth.localAccess)
    console.warn('newsgraph: development mode: requests from this machine without an API key get every scope (NEWSGRAPH_LOCAL_ACCESS)');
  const server = createServer(probe ? (request, response) => probe.handle(request, response) || app(request, response) : app);
  const webSocket = attachWebSocket(server, app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
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

main().catch((error: unknown) => {
  // Configuration and connection problems are one line, not a stack trace.
  const known = error instanceof Error && ['DatabaseConfigError', 'MigrationError'].includes(error.name);
  console.error(`newsgraph: ${known || !(error instanceof Error) ? String((error as Error).message ?? error) : error.stack}`);
  process.exit(1);
});
