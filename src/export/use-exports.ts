// The export routes, as a yoga plugin beside the web pages:
//   GET /export/statements.csv   statements for a filter, as CSV
//   GET /export/graph.graphml    a neighbourhood, as GraphML
//   GET /ld/<global id>          one object, as schema.org JSON-LD
// Each reads the graph only through GraphQL operations run as the caller
// (run-operation.ts), so it is refused wherever GraphQL would refuse the
// same client. The routes need no CSRF header: they only read, credentials
// are headers a link or form on another site cannot send, and CORS (applied
// to these responses as to GraphQL's) keeps other sites from reading them.
import type { Plugin } from 'graphql-yoga';
import { currentRequest } from '../observability/request-context.ts';
import { neighbourhood, readGraphQuery, toGraphml } from './graph.ts';
import { ldPath } from './jsonld.ts';
import { ldDocument } from './ld.ts';
import { ExportError, operationRunner, type RunOperation } from './run-operation.ts';
import { exportStatements, readStatementsQuery } from './statements.ts';

export type ExportsOptions = {
  endpoint: string;
  /** Trusted-documents mode: operations are sent by hash (src/security.ts adds them to the manifest). */
  byHash: boolean;
  /** Where an unexpected failure goes, with the request id the client is given (createApp's logError). */
  logError(error: unknown, requestId?: string): void;
};

export const exportPaths = { statements: '/export/statements.csv', graph: '/export/graph.graphml', ld: ldPath } as const;

type Route = (run: RunOperation, url: URL) => Promise<{ body: string; type: string; filename?: string }>;

const routes: { matches(path: string): boolean; handle: Route }[] = [
  {
    matches: (path) => path === exportPaths.statements,
    handle: async (run, url) => {
      const { csv } = await exportStatements(run, readStatementsQuery(url.searchParams));
      return { body: csv, type: 'text/csv; charset=utf-8', filename: 'statements.csv' };
    },
  },
  {
    matches: (path) => path === exportPaths.graph,
    handle: async (run, url) => {
      const query = readGraphQuery(url.searchParams);
      const graph = await neighbourhood(run, query);
      return { body: toGraphml(graph, query.around), type: 'application/graphml+xml; charset=utf-8', filename: 'graph.graphml' };
    },
  },
  {
    matches: (path) => path.startsWith(exportPaths.ld) && path.length > exportPaths.ld.length,
    handle: async (run, url) => {
      const id = decodeURIComponent(url.pathname.slice(exportPaths.ld.length));
      const document = await ldDocument(run, url.origin, id);
      return { body: JSON.stringify(document, null, 2), type: 'application/ld+json' };
    },
  },
];

function errorResponse(ResponseClass: typeof Response, error: ExportError): Response {
  const body = { errors: [{ message: error.message, extensions: { code: error.code, ...error.details } }] };
  return new ResponseClass(JSON.stringify(body), {
    status: error.status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...error.headers },
  });
}

export function useExports({ endpoint, byHash, logError }: ExportsOptions): Plugin {
  return {
    async onRequest({ request, url, fetchAPI, endResponse, requestHandler, serverContext }) {
      const route = routes.find((candidate) => candidate.matches(url.pathname));
      if (!route) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        const refusal = new ExportError(`${url.pathname} answers GET only`, 'METHOD_NOT_ALLOWED', 405, {}, { allow: 'GET, HEAD' });
        return endResponse(errorResponse(fetchAPI.Response, refusal));
      }
      const run = operationRunner({ handler: requestHandler, request, serverContext, endpoint, byHash });
      try {
        const { body, type, filename } = await route.handle(run, url);
        const headers: Record<string, string> = { 'content-type': type };
        if (filename) headers['content-disposition'] = `attachment; filename="${filename}"`;
        endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : body, { status: 200, headers }));
      } catch (error) {
        if (error instanceof ExportError) return endResponse(errorResponse(fetchAPI.Response, error));
        // Masked as GraphQL masks what it did not expect: logged with the request id, which the client gets.
        const requestId = currentRequest()?.requestId;
        logError(error, requestId);
        const failure = new ExportError('Unexpected error exporting', 'INTERNAL_SERVER_ERROR', 500, requestId ? { requestId } : {});
        endResponse(errorResponse(fetchAPI.Response, failure));
      }
    },
  };
}
