// `npm run docs:settings`: rewrites the settings tables in the README and
// docs/ from src/settings.ts. tests/settings.test.ts fails when they differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { settingsDocs, withSettingsTables } from '../src/settings-docs.ts';

for (const name of settingsDocs) {
  const file = new URL(`../${name}`, import.meta.url);
  const before = readFileSync(file, 'utf8');
  const after = withSettingsTables(before);
  if (after !== before) writeFileSync(file, after);
  console.log(`${name}: ${after === before ? 'settings tables are current' : 'settings tables rewritten'}`);
}
