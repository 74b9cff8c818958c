// The server process: read config, open the database, migrate, seed an empty
// graph, listen, and shut down cleanly on SIGTERM/SIGINT.
import { createServer } from 'node:http';
import { createBenchProbe } from './bench-probe.ts';
import { readConfig } from './config.ts';
import { migrateDatabase, openDatabase } from './db/client.ts';
import { seedIfEmpty } from './ingest/seed.ts';
import { createApp } from './server.ts';

async function main() {
  const config = readConfig();
  const probe = config.benchProbe ? createBenchProbe() : null;
  const database = await openDatabase(config.database, probe ? { onQuery: probe.onQuery } : {});
  console.log(`newsgraph: database ${database.label}`);
  if (config.autoMigrate) {
    const { applied } = await migrateDatabase(database, (line) => console.log(`newsgraph: ${line}`));
    console.log(`newsgraph: ${applied.length ? `applied ${applied.length} migration(s)` : 'schema up to date'}`);
  }
  if (config.seed) {
    const seeded = await seedIfEmpty(database.db);
    if (seeded) console.log(`newsgraph: loaded the seed article "${seeded.article.headline}"`);
  }
  const app = createApp({ db: database.db });
  const server = createServer(probe ? (request, response) => probe.handle(request, response) || app(request, response) : app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  console.log(`newsgraph: GraphiQL at http://localhost:${port}/graphql`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`newsgraph: ${signal}, shutting down`);
    const forced = setTimeout(() => process.exit(1), 10_000).unref();
    server.close();
    server.closeIdleConnections();
    await database.close();
    clearTimeout(forced);
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
