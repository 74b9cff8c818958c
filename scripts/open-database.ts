// The database a command-line script works on. One that cannot be opened (a
// PGlite data directory another process holds, an unreachable server, a
// malformed DATABASE_URL) ends the script with the reason in one line and exit
// code 1, as `npm start` reports it, instead of a stack trace.
import { type Database, DatabaseConfigError, type DatabaseTarget, type OpenOptions, openDatabase } from '../src/db/client.ts';

export async function openDatabaseOrExit(target: DatabaseTarget, options?: OpenOptions): Promise<Database> {
  try {
    return await openDatabase(target, options);
  } catch (error) {
    if (!(error instanceof DatabaseConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
