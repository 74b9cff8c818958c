// The real server process on a free port, as `npm start` runs it (seed
// included), queried over HTTP by a real GraphQL client library.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GraphQLClient } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyPostgresDatabase, usingPostgres } from './helpers/db.ts';
import { type ServerProcess, startServer } from './helpers/server-process.ts';

let server: ServerProcess;
const dataDir = mkdtempSync(path.join(tmpdir(), 'newsgraph-e2e-'));
// On PostgreSQL the server gets an empty database of its own and migrates it, as on a first start.
let postgres: Awaited<ReturnType<typeof createEmptyPostgresDatabase>> | null = null;

beforeAll(async () => {
  postgres = usingPostgres ? await createEmptyPostgresDatabase() : null;
  server = await startServer({ NEWSGRAPH_SEED: 'true', NEWSGRAPH_DATA_DIR: dataDir, DATABASE_URL: postgres?.url ?? '' });
});

afterAll(async () => {
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
  await postgres?.drop();
});

describe('the server', () => {
  it('serves the seed graph to a GraphQL client', async () => {
    const client = new GraphQLClient(server.url);
    const data = await client.request<{ statements: { nodes: { text: string; speaker: { name: string } | null }[] } }>(
      `query { statements(filter: { speakerName: "Kuleba" }) { nodes { text speaker { ... on Person { name } } } } }`,
    );
    expect(data.statements.nodes.map((s) => s.speaker?.name)).toEqual(['Dmytro Kuleba', 'Dmytro Kuleba']);
  });

  it('serves GraphiQL to a browser', async () => {
    const response = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('WhoSaidWhatAboutThePullBack');
  });

  it('shuts down cleanly on SIGTERM', async () => {
    expect(await server.stop('SIGTERM')).toBe(0);
  });
});
