// `npm run keys -- create --name <name> --scopes ingest,edit` prints a new API
// key once; `npm run keys -- list`; `npm run keys -- revoke <id>`. Works on
// the configured database (DATABASE_URL), migrating it first.
import { parseArgs } from 'node:util';
import { createApiKey, listApiKeys, revokeApiKey } from '../src/auth/keys.ts';
import { scopeNames } from '../src/auth/scopes.ts';
import { readConfig } from '../src/config.ts';
import { migrateDatabase } from '../src/db/client.ts';
import { openDatabaseOrExit } from './open-database.ts';

const usage = `usage:
  npm run keys -- create --name <name> --scopes <${scopeNames.join('|')},…>
  npm run keys -- list
  npm run keys -- revoke <id>`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { name: { type: 'string' }, scopes: { type: 'string' } },
});
const [command, id] = positionals;
if (!command || !['create', 'list', 'revoke'].includes(command) || (command === 'revoke' && !id)) {
  console.error(usage);
  process.exit(2);
}

const database = await openDatabaseOrExit(readConfig().database);
try {
  await migrateDatabase(database);
  if (command === 'create') {
    const created = await createApiKey(database.db, { name: values.name ?? '', scopes: values.scopes ?? '' });
    console.log(`Created key ${created.id} "${created.name}" with scopes ${created.scopes.join(', ')} in ${database.label}.`);
    console.log('The key is shown only now; store it as a secret:');
    console.log(created.key);
  } else if (command === 'list') {
    const keys = await listApiKeys(database.db);
    if (!keys.length) console.log(`No API keys in ${database.label}.`);
    for (const key of keys) {
      const state = key.revokedAt ? `revoked ${key.revokedAt.toISOString()}` : 'active';
      const used = key.lastUsedAt ? `last used ${key.lastUsedAt.toISOString()}` : 'never used';
      console.log(`${key.id}  ${key.prefix}…  ${key.name}  [${key.scopes.join(',')}]  ${state}, ${used}`);
    }
  } else if (id) {
    if (!(await revokeApiKey(database.db, id))) {
      console.error(`No API key ${id} in ${database.label}`);
      process.exitCode = 1;
    } else console.log(`Revoked ${id}; requests with it now get UNAUTHENTICATED.`);
  }
} catch (error) {
  console.error(`keys: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await database.close();
}
