// GraphQL over WebSocket (the graphql-ws protocol) on the HTTP server's
// /graphql path, running every operation through the same yoga instance (its
// schema, context, plugins and error masking) as HTTP requests: parse,
// validate, execute and subscribe are yoga's enveloped ones, so the document
// limits, trusted documents, access control, cost and rate limits
// (src/limits/) hold here as they do over HTTP. What yoga does before GraphQL
// (body size, trusted-document lookup) is done here for each message.
import type { IncomingMessage, Server } from 'node:http';
import { createRequire } from 'node:module';
import type { ExecutionArgs, GraphQLError } from 'graphql';
import type { Context as SocketContext } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { trustedDocumentFor } from '../limits/trusted-documents.ts';
import type { Logger } from '../observability/logger.ts';
import { type App, transportSettingsOf } from '../server.ts';

type Enveloped = ReturnType<App['getEnveloped']>;

// graphql-ws sends only errors that are `instanceof` the GraphQLError of the
// graphql-js that Node resolves for it (the CommonJS build: the package has no
// exports map); a test runner may give this module the ESM build instead.
const { GraphQLError: SocketError } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

export type WebSocketEndpoint = { close(): Promise<void> };

type Extra = { request: IncomingMessage; socket: unknown; upgrade?: Request };

/**
 * The upgrade request as a Fetch Request, as HTTP operations see it, so that
 * access control reads credentials the same way. Browsers cannot set headers
 * on a WebSocket, so `authorization` and `x-api-key` may also come as
 * connection params.
 */
function upgradeRequest(incoming: IncomingMessage, connectionParams: Readonly<Record<string, unknown>> | undefined): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) headers.set(name, value.join(', '));
  }
  for (const name of ['authorization', 'x-api-key']) {
    const value = connectionParams?.[name];
    if (typeof value === 'string') headers.set(name, value);
  }
  return new Request(`http://${incoming.headers.host ?? 'localhost'}${incoming.url ?? '/graphql'}`, { headers });
}

/**
 * graphql-ws sends errors it is handed as GraphQLErrors of its own graphql-js
 * copy; anything else thrown closes the socket with 4500. Yoga's and the
 * limits' errors become this module's GraphQLErrors, keeping message and code.
 */
function asClientError(error: unknown, logger: Logger): GraphQLError {
  if (error instanceof Error && error.name === 'GraphQLError') {
    const { extensions } = error as GraphQLError;
    const { http: _http, ...rest } = extensions ?? {};
    return new SocketError(error.message, { extensions: { ...rest, code: rest.code ?? 'BAD_REQUEST' } });
  }
  logger.error({ err: error }, 'websocket: unexpected error (masked)');
  return new SocketError('Unexpected error.', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}

export function attachWebSocket(server: Server, app: App): WebSocketEndpoint {
  // The app's own settings, so that a socket cannot be attached with laxer ones.
  const options = transportSettingsOf(app);
  const wss = new WebSocketServer({ server, path: app.graphqlEndpoint, maxPayload: options.maxBodyBytes });
  const cleanup = useServer<Record<string, unknown>, Extra>(
    {
      execute: (args) => (args.rootValue as { execute: Enveloped['execute'] }).execute(args as ExecutionArgs),
      subscribe: (args) => (args.rootValue as { subscribe: Enveloped['subscribe'] }).subscribe(args as ExecutionArgs),
      onConnect: (ctx: SocketContext<Record<string, unknown>, Extra>) => {
        // One request per connection: its credentials are the connection's.
        ctx.extra.upgrade = upgradeRequest(ctx.extra.request, ctx.connectionParams);
        return true;
      },
      onSubscribe: async (ctx, _id, params) => {
        try {
          const query = options.trustedDocuments ? trustedDocumentFor(options.trustedDocuments, params) : params.query;
          const request = ctx.extra.upgrade ?? upgradeRequest(ctx.extra.request, ctx.connectionParams);
          const { schema, execute, subscribe, contextFactory, parse, validate } = app.getEnveloped({
            ...ctx,
            request,
            req: ctx.extra.request,
            socket: ctx.extra.socket,
            params: { ...params, query },
          });
          const document = parse(query);
          const errors = validate(schema, document);
          if (errors.length) return errors.map((error: GraphQLError) => asClientError(error, options.logger));
          return {
            schema,
            operationName: params.operationName,
            document,
            variableValues: params.variables,
            contextValue: await contextFactory(),
            rootValue: { execute, subscribe },
          };
        } catch (error) {
          return [asClientError(error, options.logger)];
        }
      },
    },
    wss,
  );
  return {
    async close() {
      // Closes every socket with 1001 (going away) so clients reconnect elsewhere.
      await cleanup.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
