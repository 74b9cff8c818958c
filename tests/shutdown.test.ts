// SIGTERM on the real server process: it stops accepting connections, ends
// live streams, lets an in-flight request finish, closes the database and exits 0.
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { seedArticle } from '../src/ingest/seed-article.ts';
import { createTestDatabase, type TestDatabase } from './helpers/db.ts';
import { sse } from './helpers/live.ts';
import { type ServerProcess, startServer } from './helpers/server-process.ts';

let server: ServerProcess;
let test: TestDatabase | null = null;
const dataDir = mkdtempSync(path.join(tmpdir(), 'newsgraph-shutdown-'));

beforeAll(async () => {
  const postgres = /^postgres/.test(process.env.DATABASE_URL ?? '');
  test = postgres ? await createTestDatabase() : null;
  server = await startServer({
    DATABASE_URL: test ? (test.target as { url: string }).url : `file:${dataDir}`,
    NEWSGRAPH_SHUTDOWN_TIMEOUT_MS: '20000',
    // The seed gives the in-flight request something real to count.
    NEWSGRAPH_SEED: 'true',
  });
});

afterAll(async () => {
  await server?.stop('SIGKILL');
  await test?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('graceful shutdown', () => {
  it('finishes an in-flight request, ends subscriptions, refuses new connections and exits 0', async () => {
    const url = new URL(server.url);
    const body = JSON.stringify({ query: 'query InFlight { people { totalCount } }' });
    // A request whose body arrives slowly: it is in flight when SIGTERM lands.
    let response: Promise<{ status: number; body: string }> | undefined;
    response = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = http.request(
        {
          host: url.hostname,
          port: url.port,
          path: '/graphql',
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk) => {
            text += chunk;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        },
      );
      request.on('error', reject);
      response?.catch(() => {});
      request.write(body.slice(0, 10));
      (globalThis as { finishUpload?: () => void }).finishUpload = () => request.end(body.slice(10));
    });
    const stream = await sse(fetch, server.url, 'subscription { articleIngested { url } }');
    const ws = createClient({ url: server.url.replace('http', 'ws'), webSocketImpl: WebSocket, retryAttempts: 0 });
    const wsClosed = new Promise<number>((resolve) => ws.on('closed', (event) => resolve((event as { code: number }).code)));
    const wsEvents = ws.iterate({ query: 'subscription { articleIngested { url } }' });
    const wsNext = wsEvents.next().catch((error: unknown) => error);
    await ws.iterate({ query: '{ __typename }' }).next();

    const exited = new Promise<number | null>((resolve) => server.child.once('exit', resolve));
    server.child.kill('SIGTERM');
    for (let i = 0; i < 200 && !server.output().includes('SIGTERM, shutting down'); i++) await new Promise((r) => setTimeout(r, 25));

    await expect(stream.next()).rejects.toThrow(/stream (completed|ended)/);
    expect(await wsClosed).toBe(1001);
    expect(await wsNext).toMatchObject({ code: 1001 });
    // A new connection is refused: the listening socket is closed.
    const connected = await new Promise<boolean>((resolve) => {
      const socket = net.connect(Number(url.port), url.hostname);
      socket.once('connect', () => resolve(true));
      socket.once('error', () => resolve(false));
    });
    expect(connected).toBe(false);

    (globalThis as { finishUpload?: () => void }).finishUpload?.();
    const answer = await response;
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body).data.people.totalCount).toBe(seedArticle().people?.length);
    expect(await exited).toBe(0);
  });
});
