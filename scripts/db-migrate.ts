// `npm run db:migrate`: applies pending migrations to the configured database
// (DATABASE_URL as `npm start` reads it: PostgreSQL, or the embedded PGlite,
// opened under its data-directory lock) with the same migrator the server runs
// on start.
import { readConfig } from '../src/config.ts';
import { migrateDatabase } from '../src/db/client.ts';
import { MigrationError } from '../src/db/migrator.ts';
import { openDatabaseOrExit } from './open-database.ts';

const database = await openDatabaseOrExit(readConfig().database);
try {
  console.log(`Migrating ${database.label}`);
  await migrateDatabase(database, (line) => console.log(line));
} catch (error) {
  if (error instanceof MigrationError) {
    console.error(`${error.code}: ${error.message}`);
  } else {
    console.error(error instanceof Error ? error.message : error);
  }
  process.exitCode = 1;
} finally {
  await database.close();
}
