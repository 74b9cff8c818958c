// `npm run db:seed`: ingests the seed article into the configured database
// (migrating it first). Idempotent: a second run changes nothing.
import { readConfig } from '../src/config.ts';
import { migrateDatabase } from '../src/db/client.ts';
import { seed } from '../src/ingest/seed.ts';
import { openDatabaseOrExit } from './open-database.ts';

const database = await openDatabaseOrExit(readConfig().database);
try {
  await migrateDatabase(database, (line) => console.log(line));
  const result = await seed(database.db);
  console.log(result.created ? `Seeded "${result.article.headline}" into ${database.label}` : `Seed article already in ${database.label}`);
} finally {
  await database.close();
}
