// Trusted documents: when a manifest is configured, only the operations in it
// run, named by the SHA-256 of their text. The manifest is graphql-codegen's
// client-preset persisted-documents format, {"<sha256>": "query …"}, and
// `npm run trusted-documents` writes one for the GraphiQL examples.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { Plugin } from 'graphql-yoga';
import { AppError } from '../errors.ts';

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

const messages = {
  required:
    'This server runs trusted documents only: send the document hash (extensions.persistedQuery.sha256Hash or documentId), not a query',
  noHash: 'No document hash in the request (extensions.persistedQuery.sha256Hash or documentId)',
  notFound: 'No trusted document has this hash',
};

function refusal(message: string, code: string) {
  return { message, extensions: { code, http: { status: 400 } } };
}

type Params = { query?: unknown; extensions?: unknown; documentId?: unknown };

/** The document hash a request names: Apollo's extensions.persistedQuery.sha256Hash, or the GraphQL-over-HTTP `documentId`. */
function documentIdOf(params: Params): string | null {
  const extensions = params.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined;
  const hash = extensions?.persistedQuery?.sha256Hash ?? params.documentId;
  return typeof hash === 'string' ? hash.replace(/^sha256:/, '') : null;
}

/**
 * The document a request may run in trusted-documents mode, for transports
 * that do not pass through yoga's request handling (WebSocket); refuses with
 * the same codes as HTTP.
 */
export function trustedDocumentFor(documents: TrustedDocuments, params: Params): string {
  const id = documentIdOf(params);
  if (id === null) {
    const code = 'TRUSTED_DOCUMENT_REQUIRED';
    throw new AppError(typeof params.query === 'string' && params.query.trim() ? messages.required : messages.noHash, code);
  }
  const document = documents[id];
  if (document === undefined) throw new AppError(messages.notFound, 'TRUSTED_DOCUMENT_NOT_FOUND');
  return document;
}

export function useTrustedDocuments(documents: TrustedDocuments): Plugin[] {
  const texts = new Set(Object.values(documents));
  return [
    usePersistedOperations({
      getPersistedOperation: (id) => documents[id] ?? null,
      extractPersistedOperationId: (params) => documentIdOf(params as Params),
      customErrors: {
        persistedQueryOnly: refusal(messages.required, 'TRUSTED_DOCUMENT_REQUIRED'),
        keyNotFound: refusal(messages.noHash, 'TRUSTED_DOCUMENT_REQUIRED'),
        notFound: refusal(messages.notFound, 'TRUSTED_DOCUMENT_NOT_FOUND'),
      },
    }) as Plugin,
    {
      // Whatever the transport: nothing but a manifest document is ever parsed, so none other can run.
      onParse({ params }) {
        const source = typeof params.source === 'string' ? params.source : params.source.body;
        if (!texts.has(source)) throw new AppError(messages.required, 'TRUSTED_DOCUMENT_REQUIRED', { http: { status: 400 } });
      },
    },
  ];
}
