// Writes schema.graphql, the API's contract, from the code-first schema.
// `npm run schema:print`; a test fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { printedSchema, schemaFile } from '../src/schema/print.ts';

writeFileSync(schemaFile, printedSchema());
console.log(`Wrote ${schemaFile}`);
