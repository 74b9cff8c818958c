// GraphQL over WebSocket (the graphql-ws protocol) on the HTTP server's
// /graphql path, running every operation through the same yoga instance (its
// schema, context, plugins and error masking) as HTTP requests.
import type { IncomingMessage, Server } from 'node:http';
import type { ExecutionArgs } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { App } from '../server.ts';

type Enveloped = ReturnType<App['getEnveloped']>;

export type WebSocketEndpoint = { close(): Promise<void> };

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

export function attachWebSocket(server: Server, app: App): WebSocketEndpoint {
  const wss = new WebSocketServer({ server, path: app.graphqlEndpoint, maxPayload: 1024 * 1024 });
  const cleanup = useServer<Record<string, unknown>, { enveloped?: Enveloped }>(
    {
      execute: (args) => (args.rootValue as { execute: Enveloped['execute'] }).execute(args as ExecutionArgs),
      subscribe: (args) => (args.rootValue as { subscribe: Enveloped['subscribe'] }).subscribe(args as ExecutionArgs),
      onSubscribe: async (ctx, _id, params) => {
        const { schema, execute, subscribe, contextFactory, parse, validate } = app.getEnveloped({
          ...ctx,
          request: upgradeRequest(ctx.extra.request, ctx.connectionParams),
          req: ctx.extra.request,
          socket: ctx.extra.socket,
          params,
        });
        const args = {
          schema,
          operationName: params.operationName,
          document: parse(params.query),
          variableValues: params.variables,
          contextValue: await contextFactory(),
          rootValue: { execute, subscribe },
        };
        const errors = validate(args.schema, args.document);
        if (errors.length) return errors;
        return args;
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
