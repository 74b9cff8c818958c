// The PostgreSQL client prepares Prisma's statements once per connection.
import { expect, it } from 'vitest';
import { migrateDatabase, openDatabase } from '../src/db/client.ts';
import { createEmptyPostgresDatabase } from './helpers/db.ts';
import { describePostgres } from './helpers/server-process.ts';

describePostgres('prepared statements', () => {
  it('names each query text once, and still runs raw SQL holding several commands', async () => {
    const empty = await createEmptyPostgresDatabase();
    // One connection, so that the statements it prepared are the ones listed.
    const database = await openDatabase({ kind: 'postgres', url: empty.url }, { poolSize: 1 });
    try {
      await migrateDatabase(database);
      for (const name of ['Ann', 'Bob', 'Cy']) await database.db.person.findFirst({ where: { name } });
      const prepared = await database.db.$queryRaw<{ name: string; statement: string }[]>`
        SELECT name, statement FROM pg_prepared_statements
        WHERE statement LIKE '%"public"."person"%' AND statement NOT LIKE '%pg_prepared_statements%'`;
      expect(prepared).toHaveLength(1);
      expect(prepared[0]?.name).toMatch(/^ng_[\w-]{27}$/);
      await expect(database.db.$executeRawUnsafe('SELECT 1; SELECT 2')).resolves.toBeTypeOf('number');
    } finally {
      await database.close();
      await empty.drop();
    }
  });
});
