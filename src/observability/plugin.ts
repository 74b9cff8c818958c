// The yoga plugin that makes a request observable: a request id (taken from
// x-request-id when sane, echoed back), one JSON log line per request,
// Prometheus metrics, a code on every error, and /metrics; /ready is yoga's
// readiness check (useReady) and /health yoga's own.
import { getOperationAST } from 'graphql';
import { type Plugin, useReadinessCheck } from 'graphql-yoga';
import { clientAddress } from '../auth/credentials.ts';
import type { Principal } from '../auth/scopes.ts';
import type { Context } from '../context.ts';
import type { Db } from '../db/client.ts';
import { readMigrations } from '../db/migrator.ts';
import type { Logger } from './logger.ts';
import type { Metrics } from './metrics.ts';
import { currentRequest, type RequestFacts, requestIdFrom, runWithRequest } from './request-context.ts';

export type ObservabilityOptions = {
  logger: Logger;
  metrics: Metrics;
  /** Who may read /metrics on this port: anyone, a credential with the `metrics` (or `admin`) scope, or nobody. */
  metricsAccess: 'public' | 'key' | 'off';
  principalOf(request: Request, serverContext: unknown): Promise<Principal>;
};

export function useObservability({ logger, metrics, metricsAccess, principalOf }: ObservabilityOptions): Plugin<Record<string, unknown>> {
  return {
    instrumentation: {
      request({ request }, wrapped) {
        const facts: RequestFacts = {
          requestId: requestIdFrom(request.headers.get('x-request-id')),
          startedAt: performance.now(),
          sqlCount: 0,
          clientId: 'unknown',
          errorCodes: [],
        };
        return runWithRequest(facts, wrapped);
      },
    },
    async onRequest({ url, request, endResponse, fetchAPI, serverContext }) {
      const facts = currentRequest();
      const peer = clientAddress(request, serverContext, null);
      if (facts && peer) facts.clientId = peer;
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      if (url.pathname === '/metrics' && metricsAccess !== 'off') {
        const refusal = metricsAccess === 'key' ? metricsRefusal(await principalOf(request, serverContext)) : null;
        if (refusal)
          return endResponse(
            json(fetchAPI, refusal.status, { errors: [{ message: refusal.message, extensions: { code: refusal.code } }] }),
          );
        endResponse(await metricsResponse(metrics, fetchAPI.Response));
      }
    },
    onParams({ params }) {
      const facts = currentRequest();
      if (facts && typeof params.operationName === 'string') facts.operationName = params.operationName;
    },
    onExecute({ args }) {
      noteOperation(args.document, args.operationName, args.contextValue);
    },
    onSubscribe({ args }) {
      noteOperation(args.document, args.operationName, args.contextValue);
    },
    onResultProcess({ result }) {
      const facts = currentRequest();
      for (const single of Array.isArray(result) ? result : [result]) {
        const { errors, data, extensions } = single as {
          errors?: { extensions?: Record<string, unknown> }[];
          data?: Record<string, unknown> | null;
          extensions?: { cost?: unknown };
        };
        // The cost limit reports what it measured in the result's extensions.
        if (facts && typeof extensions?.cost === 'number') facts.cost = extensions.cost;
        if (!errors) continue;
        // Some fields answered: a partial success stays 200 even if others found the database gone.
        const partial = !!data && Object.values(data).some((value) => value !== null);
        for (const error of errors) {
          // Yoga's own refusals (bad JSON, wrong method, missing query) carry only an HTTP status.
          const extensions = error.extensions as Record<string, unknown> & { http?: { status?: number } };
          if (typeof extensions.code !== 'string') extensions.code = codeForStatus(extensions.http?.status);
          if (partial && extensions.code === 'SERVICE_UNAVAILABLE') delete extensions.http;
          facts?.errorCodes.push(extensions.code as string);
        }
      }
    },
    onResponse({ response, request }) {
      const facts = currentRequest();
      if (!facts) return;
      response.headers.set('x-request-id', facts.requestId);
      const path = new URL(request.url).pathname;
      if (path === '/metrics' || path === '/health' || path === '/ready') return;
      const ms = performance.now() - facts.startedAt;
      for (const code of facts.errorCodes) metrics.countError(code);
      metrics.observeRequest({ ...facts, status: response.status });
      const line = {
        requestId: facts.requestId,
        method: request.method,
        path,
        operationName: facts.operationName,
        operationType: facts.operationType,
        status: response.status,
        durationMs: Math.round(ms * 10) / 10,
        sqlCount: facts.sqlCount,
        ...(facts.cost !== undefined ? { cost: facts.cost } : {}),
        clientId: facts.clientId,
        ...(facts.errorCodes.length ? { errorCodes: [...new Set(facts.errorCodes)] } : {}),
      };
      if (response.status >= 500) logger.error(line, 'request failed');
      else logger.info(line, 'request');
    },
  };
}

/** /ready through yoga's readiness check: 200 when the database answers with every migration applied, else 503 saying why. */
export function useReady(db: Db): Plugin {
  return useReadinessCheck({
    check: async ({ fetchAPI }) => {
      const problem = await readinessProblem(db);
      return problem ? json(fetchAPI, 503, { status: 'unavailable', reason: problem }) : json(fetchAPI, 200, { status: 'ready' });
    },
  });
}

const json = (fetchAPI: { Response: typeof Response }, status: number, body: unknown) =>
  new fetchAPI.Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function noteOperation(document: Parameters<typeof getOperationAST>[0], operationName: string | null | undefined, context: unknown) {
  const facts = currentRequest();
  if (!facts) return;
  const operation = getOperationAST(document, operationName);
  if (operation?.name?.value) facts.operationName = operation.name.value;
  if (operation) facts.operationType = operation.operation;
  // Access control names the client (key:<id>, sub:<subject> or ip:<address>); prefer that to the peer address.
  const clientId = (context as Partial<Context> | undefined)?.auth?.principal.clientId;
  if (clientId) facts.clientId = clientId;
}

/** Prometheus text of a registry, as a response; also what a separate metrics port serves. */
export async function metricsResponse(metrics: Metrics, ResponseClass: typeof Response = Response): Promise<Response> {
  return new ResponseClass(await metrics.registry.metrics(), { headers: { 'content-type': metrics.registry.contentType } });
}

function metricsRefusal(principal: Principal): { status: number; code: string; message: string } | null {
  if (principal.scopes.has('metrics') || principal.scopes.has('admin')) return null;
  if (principal.kind === 'anonymous')
    return {
      status: 401,
      code: 'UNAUTHENTICATED',
      message: '/metrics needs an API key with the "metrics" scope (Authorization: Bearer <key>)',
    };
  if (principal.kind === 'invalid') return { status: 401, code: 'UNAUTHENTICATED', message: principal.reason };
  return { status: 403, code: 'FORBIDDEN', message: '/metrics needs the "metrics" scope, which this credential does not have' };
}

function codeForStatus(status: number | undefined): string {
  switch (status) {
    case 405:
      return 'METHOD_NOT_ALLOWED';
    case 406:
      return 'NOT_ACCEPTABLE';
    case 413:
      return 'PAYLOAD_TOO_LARGE';
    case 415:
      return 'UNSUPPORTED_MEDIA_TYPE';
    case 503:
      return 'SERVICE_UNAVAILABLE';
    default:
      return status && status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST';
  }
}

let migrationNames: Promise<string[]> | undefined;

/** Null when the database answers and every migration in the folder is applied; else why not. */
export async function readinessProblem(db: Db, timeoutMs = 3000): Promise<string | null> {
  migrationNames ??= readMigrations().then((files) => files.map((file) => file.name));
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`the database did not answer within ${timeoutMs} ms`), timeoutMs);
  });
  const check = (async () => {
    try {
      const rows = await db.$queryRawUnsafe<{ migration_name: string }[]>(
        'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
      );
      const applied = new Set(rows.map((row) => row.migration_name));
      const pending = (await (migrationNames as Promise<string[]>)).filter((name) => !applied.has(name));
      return pending.length ? `${pending.length} migration(s) not applied: ${pending.join(', ')}` : null;
    } catch {
      // The cause stays out of the public answer; the failing requests log it.
      return 'the database is unreachable';
    }
  })();
  try {
    return await Promise.race([check, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
