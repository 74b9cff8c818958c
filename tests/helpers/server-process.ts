// The real server (src/main.ts) as a child process on a free port.
import { type ChildProcess, spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { usingPostgres } from './db.ts';

export type ServerProcess = { child: ChildProcess; url: string; output(): string; stop(signal?: NodeJS.Signals): Promise<number | null> };

export async function startServer(env: Record<string, string | undefined>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', NEWSGRAPH_SEED: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 90_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/serving (http:\/\/\S+)/);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1].replace('localhost', '127.0.0.1'));
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return {
    child,
    url,
    output: () => output,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill(signal);
      return exited;
    },
  };
}

/**
 * Tests that need a PostgreSQL server (several processes on one database, a
 * TCP proxy in front of it). Without DATABASE_URL the describe block says so
 * in its name, and its one test checks that the PGlite run is what is active;
 * CI's second pass (DATABASE_URL set) runs the real tests.
 */
export function describePostgres(name: string, body: () => void) {
  if (usingPostgres) describe(`${name} [PostgreSQL]`, body);
  else
    describe(`${name} [needs PostgreSQL: not run on PGlite, runs in the DATABASE_URL pass]`, () => {
      it('is left to the PostgreSQL pass', () => expect(usingPostgres).toBe(false));
    });
}

/**
 * Tests whose processes open an embedded (PGlite) data directory of their own
 * whatever DATABASE_URL says: every pass would run the same code, so the
 * PostgreSQL passes leave them to the PGlite pass on the same Node, and the
 * describe block says so in its name.
 */
export function describeEmbedded(name: string, body: () => void) {
  if (!usingPostgres) describe(name, body);
  else
    describe(`${name} [on its own PGlite data directory: runs in the PGlite pass]`, () => {
      it('is left to the PGlite pass', () => expect(usingPostgres).toBe(true));
    });
}

export type ScriptRun = { status: number | null; stdout: string; stderr: string };

/** A script under tsx on the PGlite directory `dataDir`, as `npm run <script>` runs it; asynchronous, so that a server started by this process keeps serving. */
export function runScript(script: string, args: string[], dataDir: string, env: Record<string, string> = {}): Promise<ScriptRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    env: { ...process.env, DATABASE_URL: `file:${dataDir}`, NEWSGRAPH_API_KEY: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
}
