// The PostgreSQL client prepares Prisma's statements once per connection.
import { expect, it } from 'vitest';
import { migrateDatabase, openDatabase } from '../src/db/client.ts';
import { createEmptyPostgresDatabase } from './helpers/db.ts';
import { describePostgres } from './helpers/server-process.ts';

/** The person lookups prepared on the only connection of a fresh database, after three of them ran. */
async function preparedPersonLookups(preparedStatements?: boolean) {
  const empty = await createEmptyPostgresDatabase();
  // One connection, so that the statements it prepared are the ones listed.
  const database = await openDatabase({ kind: 'postgres', url: empty.url }, { poolSize: 1, preparedStatements });
  try {
    await migrateDatabase(database);
    for (const name of ['Ann', 'Bob', 'Cy']) await database.db.person.findFirst({ where: { name } });
    // Raw SQL holding several commands cannot be prepared; it must still run.
    await expect(database.db.$executeRawUnsafe('SELECT 1; SELECT 2')).resolves.toBeTypeOf('number');
    return await database.db.$queryRaw<{ name: string }[]>`
      SELECT name FROM pg_prepared_statements
       WHERE statement LIKE '%"public"."person"%' AND statement NOT LIKE '%pg_prepared_statements%'`;
  } finally {
    await database.close();
    await empty.drop();
  }
}

describePostgres('prepared statements', () => {
  it('prepares each query text once per connection', async () => {
    const prepared = await preparedPersonLookups();
    expect(prepared).toHaveLength(1);
    expect(prepared[0]?.name).toMatch(/^ng_[\w-]{27}$/);
  });

  it('prepares nothing when turned off (NEWSGRAPH_PREPARED_STATEMENTS=false)', async () => {
    expect(await preparedPersonLookups(false)).toEqual([]);
  });
});
