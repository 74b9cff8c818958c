// Every way an operation reaches the server, as one client interface, so a
// test can assert the same refusal on each: HTTP POST and GET, SSE (POST and
// GET) and WebSocket (graphql-ws), against a real listening server.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { attachWebSocket, type WebSocketEndpoint } from '../../src/live/websocket.ts';
import type { App } from '../../src/server.ts';
import { type Stream, sse } from './live.ts';

/** What an operation carries: its text or its trusted-document hash, variables, and a credential. */
export type Operation = { query?: string; hash?: string; variables?: Record<string, unknown>; credential?: string };

/** The first result a transport delivered (for a subscription: its first event, or its refusal). */
export type Outcome = { codes: string[]; data: unknown; status?: number };

export type Transport = {
  name: string;
  /** Queries and mutations run on it; subscriptions on the subscription transports. */
  kind: 'query' | 'subscription';
  send(operation: Operation): Promise<Outcome>;
};

export type Listening = { url: string; close(): Promise<void> };

/** The app on a port of its own, with its WebSocket endpoint, as main.ts serves it. */
export async function listen(app: App): Promise<Listening> {
  const server: Server = createServer(app);
  const endpoint: WebSocketEndpoint = attachWebSocket(server, app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return {
    url,
    async close() {
      await endpoint.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

function bodyOf(operation: Operation) {
  return {
    ...(operation.query !== undefined ? { query: operation.query } : {}),
    variables: operation.variables ?? {},
    ...(operation.hash ? { extensions: { persistedQuery: { version: 1, sha256Hash: operation.hash } } } : {}),
  };
}

function headersOf(operation: Operation): Record<string, string> {
  return operation.credential ? { authorization: `Bearer ${operation.credential}` } : {};
}

function outcomeOf(body: { data?: unknown; errors?: { extensions?: { code?: string } }[] }, status?: number): Outcome {
  return { codes: (body.errors ?? []).map((error) => error.extensions?.code ?? 'NO_CODE'), data: body.data ?? null, status };
}

/** The first `next` event of an SSE response (or its JSON refusal when the server answered before streaming). */
async function firstEvent(response: Response): Promise<Outcome> {
  if (!response.headers.get('content-type')?.includes('text/event-stream')) return outcomeOf(await response.json(), response.status);
  const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader();
  if (!reader) throw new Error('no body');
  let buffer = '';
  try {
    for (;;) {
      const frame = /event: next\ndata: (.*)\n\n/.exec(buffer);
      if (frame?.[1]) return outcomeOf(JSON.parse(frame[1]), response.status);
      if (buffer.includes('event: complete')) return { codes: ['COMPLETED_WITHOUT_EVENT'], data: null };
      const { value, done } = await reader.read();
      if (done) throw new Error(`stream ended: ${buffer}`);
      buffer += value;
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
}

/** Runs `operation` through graphql-ws on a fresh socket and reports its first result; the socket must not be closed on us. */
async function overWebSocket(url: string, operation: Operation): Promise<Outcome> {
  const client = createClient({
    url: url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: operation.credential ? { authorization: `Bearer ${operation.credential}` } : {},
    retryAttempts: 0,
  });
  try {
    const events = client.iterate({ query: operation.query ?? '', ...bodyOf(operation) });
    try {
      const { value } = await events.next();
      return outcomeOf((value ?? {}) as never);
    } catch (error) {
      // graphql-ws rejects with the server's error list for an `error` message, or with the CloseEvent when the socket closed.
      if (Array.isArray(error)) return outcomeOf({ errors: error });
      const close = error as { code?: number; reason?: string };
      return { codes: [`SOCKET_CLOSED_${close.code ?? 'unknown'}`], data: null };
    }
  } finally {
    await client.dispose();
  }
}

/** A subscription to `articleIngested` left open, over SSE (POST) or WebSocket, with a key. */
export async function openStream(url: string, transport: string, key: string): Promise<Stream> {
  const query = 'subscription { articleIngested { headline } }';
  if (transport.startsWith('SSE')) return sse(fetch, url, query, {}, { authorization: `Bearer ${key}` });
  const client = createClient({
    url: url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${key}` },
  });
  const events = client.iterate({ query });
  // Acknowledged once a query on the same socket has come back.
  await client.iterate({ query: '{ __typename }' }).next();
  return {
    async next() {
      const { value, done } = await events.next();
      if (done) throw new Error('stream ended');
      return value;
    },
    close: () => void client.dispose(),
  };
}

export function transports(url: string): Transport[] {
  const post = (accept: string, operation: Operation) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept, ...headersOf(operation) },
      body: JSON.stringify(bodyOf(operation)),
    });
  const get = (accept: string, operation: Operation) => {
    const body = bodyOf(operation);
    const params = new URLSearchParams({
      ...(body.query !== undefined ? { query: body.query } : {}),
      variables: JSON.stringify(body.variables),
      ...(body.extensions ? { extensions: JSON.stringify(body.extensions) } : {}),
    });
    return fetch(`${url}?${params}`, { headers: { accept, 'x-graphql-yoga-csrf': '1', ...headersOf(operation) } });
  };
  return [
    {
      name: 'HTTP POST',
      kind: 'query',
      send: async (operation) => {
        const response = await post('application/graphql-response+json', operation);
        return outcomeOf(await response.json(), response.status);
      },
    },
    {
      name: 'HTTP GET',
      kind: 'query',
      send: async (operation) => {
        const response = await get('application/graphql-response+json', operation);
        return outcomeOf(await response.json(), response.status);
      },
    },
    { name: 'WebSocket query', kind: 'query', send: (operation) => overWebSocket(url, operation) },
    { name: 'SSE POST', kind: 'subscription', send: async (operation) => firstEvent(await post('text/event-stream', operation)) },
    { name: 'SSE GET', kind: 'subscription', send: async (operation) => firstEvent(await get('text/event-stream', operation)) },
    { name: 'WebSocket subscription', kind: 'subscription', send: (operation) => overWebSocket(url, operation) },
  ];
}
