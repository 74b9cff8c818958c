// `npm run connections:rebuild`: recomputes the co-occurrence table behind
// `connections` (entity_connection) from the source tables of the database
// DATABASE_URL names (PostgreSQL, or PGlite as `npm start` opens it), in one
// transaction. The triggers keep it current on every write; this is for a
// bulk load that bypassed them, or to check them.
import { readConfig } from '../src/config.ts';
import { rebuildConnectionTable } from '../src/db/connection-table.ts';
import { openDatabaseOrExit } from './open-database.ts';

// No statement timeout: the rebuild's vacuum of a large table takes longer than a request may.
const database = await openDatabaseOrExit(readConfig().database, { statementTimeoutMs: 0 });
const started = performance.now();
console.log(`connections:rebuild: ${database.label}`);
try {
  const steps = await rebuildConnectionTable(database.db, ({ step, rows, seconds }) =>
    console.log(`connections:rebuild:   ${step.padEnd(32)} ${String(rows).padStart(10)} rows  ${seconds.toFixed(1)} s`),
  );
  const [counted] = await database.db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM entity_connection`;
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `connections:rebuild: ${counted?.n ?? 0} connection rows (both directions) in ${steps.length} steps, ${seconds.toFixed(1)} s`,
  );
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await database.close();
}
