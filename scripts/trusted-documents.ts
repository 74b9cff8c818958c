// `npm run trusted-documents -- [file]`: writes a trusted-documents manifest
// ({"<sha256>": "<document>"}, graphql-codegen's persisted-documents format)
// holding the GraphiQL examples and the operations the command-line tools send
// to a running server (npm run ingest), to `file` (default trusted-documents.json).
// Clients' own manifests come from graphql-codegen's client preset
// (`presetConfig: { persistedDocuments: true }`, the persisted-documents.json it writes).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { exampleOperations } from '../src/examples.ts';
import { documentHash } from '../src/limits/trusted-documents.ts';
import { cliOperations } from './cli-operations.ts';

const file = process.argv[2] ?? 'trusted-documents.json';
const operations = [...exampleOperations, ...cliOperations];
const manifest = Object.fromEntries(operations.map(({ query }) => [documentHash(query), query]));
mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`Wrote ${Object.keys(manifest).length} trusted documents to ${file}`);
for (const { name, query } of operations) console.log(`  ${documentHash(query)}  ${name}`);
