// Runs an export's GraphQL operation as the caller: a POST to the GraphQL
// endpoint carrying the caller's headers (credential, forwarded address,
// origin), handled by yoga with the caller's server context (its socket), so
// the principal, trusted documents, shape and cost limits, the rate budget
// and the deadline are exactly those of a GraphQL request from that client.
import { documentHash } from '../limits/trusted-documents.ts';

export type GraphQLErrorShape = { message: string; extensions?: { code?: string; [key: string]: unknown } };

/** A refusal or failure of an export, as the route answers it. */
export class ExportError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status: number,
    readonly details: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export type RunOperation = <T>(query: string, variables: Record<string, unknown>) => Promise<T>;

// biome-ignore lint/suspicious/noExplicitAny: yoga's handler takes its own server context type, passed through untouched
type Handler = (request: Request, serverContext: any) => Response | Promise<Response>;

/** Headers that describe the export request's own body, not the caller. */
const bodyHeaders = ['content-type', 'content-length', 'content-encoding', 'transfer-encoding', 'accept', 'accept-encoding'];

/** Response headers of a refusal that the export passes on (a rate limit's retry time). */
const passedHeaders = ['retry-after'];

/** HTTP status of a refusal whose GraphQL response said 200 (errors raised while executing, e.g. scope checks). */
const statusOfCode: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, RATE_LIMITED: 429, NOT_FOUND: 404 };

export function operationRunner(options: {
  handler: Handler;
  request: Request;
  serverContext: unknown;
  endpoint: string;
  byHash: boolean;
}): RunOperation {
  const { handler, request, serverContext, endpoint, byHash } = options;
  const url = new URL(endpoint, request.url).toString();
  const headers = new Headers(request.headers);
  for (const name of bodyHeaders) headers.delete(name);
  headers.set('content-type', 'application/json');
  headers.set('accept', 'application/graphql-response+json');
  return async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const document = byHash ? { extensions: { persistedQuery: { version: 1, sha256Hash: documentHash(query) } } } : { query };
    const response = await handler(
      new Request(url, { method: 'POST', headers, body: JSON.stringify({ ...document, variables }), signal: request.signal }),
      serverContext,
    );
    const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: GraphQLErrorShape[] };
    const [error] = body.errors ?? [];
    if (!error) {
      if (response.ok && body.data) return body.data;
      throw new ExportError(`The GraphQL operation failed with HTTP ${response.status}`, 'INTERNAL_SERVER_ERROR', 500);
    }
    const code = error.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
    const status = response.status !== 200 ? response.status : (statusOfCode[code] ?? (code === 'INTERNAL_SERVER_ERROR' ? 500 : 400));
    const { code: _code, http: _http, ...details } = error.extensions ?? {};
    const kept = Object.fromEntries(
      passedHeaders.flatMap((name) => (response.headers.has(name) ? [[name, response.headers.get(name) as string]] : [])),
    );
    throw new ExportError(error.message, code, status, details, kept);
  };
}
