// Trusted documents: when a manifest is configured, only the operations in it
// run, named by the SHA-256 of their text. The manifest is graphql-codegen's
// client-preset persisted-documents format, {"<sha256>": "query …"}, and
// `npm run trusted-documents` writes one for the GraphiQL examples.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { Plugin } from 'graphql-yoga';

export type TrustedDocuments = Record<string, string>;

export function documentHash(query: string): string {
  return createHash('sha256').update(query, 'utf8').digest('hex');
}

export function loadTrustedDocuments(file: string): TrustedDocuments {
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`NEWSGRAPH_TRUSTED_DOCUMENTS: cannot read ${file}: ${(error as Error).message}`);
  }
  if (!manifest || typeof manifest !== 'object' || Array.isArray(manifest))
    throw new Error(`NEWSGRAPH_TRUSTED_DOCUMENTS: ${file} must be a JSON object of {"<sha256>": "<document>"}`);
  for (const [hash, query] of Object.entries(manifest)) {
    if (typeof query !== 'string') throw new Error(`NEWSGRAPH_TRUSTED_DOCUMENTS: the entry ${hash} in ${file} is not a document string`);
  }
  return manifest as TrustedDocuments;
}

function refusal(message: string, code: string) {
  return { message, extensions: { code, http: { status: 400 } } };
}

export function useTrustedDocuments(documents: TrustedDocuments): Plugin {
  return usePersistedOperations({
    getPersistedOperation: (id) => documents[id] ?? null,
    // Apollo's extensions.persistedQuery.sha256Hash, or the GraphQL-over-HTTP `documentId`.
    extractPersistedOperationId: (params) => {
      const extensions = params.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined;
      const hash = extensions?.persistedQuery?.sha256Hash ?? (params as { documentId?: unknown }).documentId;
      return typeof hash === 'string' ? hash.replace(/^sha256:/, '') : null;
    },
    customErrors: {
      persistedQueryOnly: refusal(
        'This server runs trusted documents only: send the document hash (extensions.persistedQuery.sha256Hash or documentId), not a query',
        'TRUSTED_DOCUMENT_REQUIRED',
      ),
      keyNotFound: refusal(
        'No document hash in the request (extensions.persistedQuery.sha256Hash or documentId)',
        'TRUSTED_DOCUMENT_REQUIRED',
      ),
      notFound: refusal('No trusted document has this hash', 'TRUSTED_DOCUMENT_NOT_FOUND'),
    },
  }) as Plugin;
}
