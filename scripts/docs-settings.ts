// `npm run docs:settings`: rewrites the README's settings tables from
// src/settings.ts, between the `<!-- settings:<group> -->` markers.
// tests/settings.test.ts fails when the README and the definitions differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { withSettingsTables } from '../src/settings-docs.ts';

const file = new URL('../README.md', import.meta.url);
const before = readFileSync(file, 'utf8');
const after = withSettingsTables(before);
if (after !== before) writeFileSync(file, after);
console.log(after === before ? 'README settings tables are current' : 'README settings tables rewritten');
