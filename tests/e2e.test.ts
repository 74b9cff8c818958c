// The real server process on a free port, queried over HTTP by a real
// GraphQL client library.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GraphQLClient } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyPostgresDatabase, usingPostgres } from './helpers/db.ts';

let server: ChildProcess;
let url = '';
let output = '';
const dataDir = mkdtempSync(path.join(tmpdir(), 'newsgraph-e2e-'));
// On PostgreSQL the server gets an empty database of its own and migrates it, as on a first start.
let postgres: Awaited<ReturnType<typeof createEmptyPostgresDatabase>> | null = null;

beforeAll(async () => {
  postgres = usingPostgres ? await createEmptyPostgresDatabase() : null;
  server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', NEWSGRAPH_DATA_DIR: dataDir, DATABASE_URL: postgres?.url ?? '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 90_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/serving (http:\/\/\S+)/);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    server.stdout?.on('data', read);
    server.stderr?.on('data', read);
    server.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
});

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
  await postgres?.drop();
});

describe('the server', () => {
  it('serves the seed graph to a GraphQL client', async () => {
    const client = new GraphQLClient(url);
    const data = await client.request<{ statements: { nodes: { text: string; speaker: { name: string } | null }[] } }>(
      `query { statements(filter: { speakerName: "Kuleba" }) { nodes { text speaker { ... on Person { name } } } } }`,
    );
    expect(data.statements.nodes.map((s) => s.speaker?.name)).toEqual(['Dmytro Kuleba', 'Dmytro Kuleba']);
  });

  it('serves GraphiQL to a browser', async () => {
    const response = await fetch(url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('WhoSaidWhatAboutThePullBack');
  });

  it('shuts down cleanly on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
