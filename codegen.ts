// graphql-codegen: the explorer's typed operations from schema.graphql (the
// committed contract, so no server needs to run). The client preset writes
// src/web/explore/gql/: the types, the documents as plain strings (no
// graphql-js in the browser bundle) each with its SHA-256, and
// persisted-documents.json, the explorer's trusted-documents manifest in the
// format NEWSGRAPH_TRUSTED_DOCUMENTS reads ({"<sha256>": "<document>"}).
// The second output, tests/gql/, types the test documents the same way: each
// `graphql(\`query Name …\`)` in tests/ gets its result and variables types, so
// the harness (tests/helpers/gql.ts) returns typed data instead of `any`.
// `npm run codegen` regenerates both; tests/explore-codegen.test.ts checks they are current.
import { createHash } from 'node:crypto';
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  ignoreNoDocuments: false,
  generates: {
    'src/web/explore/gql/': {
      documents: ['src/web/explore/**/*.{ts,tsx}', '!src/web/explore/gql/**'],
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        // Bare hex, as the server's manifests are keyed (src/limits/trusted-documents.ts).
        persistedDocuments: { hashAlgorithm: (document: string) => createHash('sha256').update(document, 'utf8').digest('hex') },
      },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string', JSON: 'unknown' },
      },
    },
    'tests/gql/': {
      documents: ['tests/**/*.ts', '!tests/gql/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        // The server's tsconfig resolves NodeNext: relative imports name their file.
        importExtension: '.ts',
        scalars: { DateTime: 'string', JSON: 'unknown' },
      },
    },
  },
};

export default config;
