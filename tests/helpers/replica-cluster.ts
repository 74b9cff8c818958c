// A throwaway PostgreSQL primary and a streaming replica of it (pg_basebackup),
// on free loopback ports in a fresh temporary directory, for tests/replica.test.ts.
// As root the server programs run as the `postgres` user (PostgreSQL refuses root).
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

export type ReplicaCluster = {
  primaryUrl: string;
  replicaUrl: string;
  /** SQL on the replica itself (pg_wal_replay_pause(), …). */
  onReplica(sql: string): Promise<unknown[]>;
  stopReplica(): void;
  remove(): void;
};

/** Where initdb, pg_ctl and pg_basebackup are: pg_config's bindir, else the newest /usr/lib/postgresql/<n>/bin. */
export function postgresBinDir(): string {
  const fromConfig = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  const candidates = [fromConfig.status === 0 ? fromConfig.stdout.trim() : ''];
  if (existsSync('/usr/lib/postgresql'))
    for (const version of readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a)))
      candidates.push(`/usr/lib/postgresql/${version}/bin`);
  const found = candidates.find((dir) => dir && existsSync(path.join(dir, 'pg_basebackup')) && existsSync(path.join(dir, 'initdb')));
  if (!found)
    throw new Error('The replica test needs the PostgreSQL server programs (initdb, pg_ctl, pg_basebackup): apt-get install postgresql');
  return found;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startReplicaCluster(): Promise<ReplicaCluster> {
  const bin = postgresBinDir();
  const asRoot = process.getuid?.() === 0;
  const run = (program: string, args: string[]) =>
    execFileSync(asRoot ? 'runuser' : path.join(bin, program), asRoot ? ['-u', 'postgres', '--', path.join(bin, program), ...args] : args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 60_000,
    });
  const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-replica-'));
  chmodSync(dir, 0o777);
  const primaryDir = path.join(dir, 'primary');
  const replicaDir = path.join(dir, 'replica');
  const started: string[] = [];
  const stop = (dataDir: string) => {
    if (!started.includes(dataDir)) return;
    spawnSync(
      asRoot ? 'runuser' : path.join(bin, 'pg_ctl'),
      [...(asRoot ? ['-u', 'postgres', '--', path.join(bin, 'pg_ctl')] : []), '-D', dataDir, '-m', 'immediate', '-w', 'stop'],
      {
        stdio: 'ignore',
        timeout: 30_000,
      },
    );
    started.splice(started.indexOf(dataDir), 1);
  };
  const remove = () => {
    for (const dataDir of [...started]) stop(dataDir);
    rmSync(dir, { recursive: true, force: true });
  };
  const [primaryPort, replicaPort] = [await freePort(), await freePort()];
  try {
    run('initdb', ['-D', primaryDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync', '--no-instructions']);
    // Durability off: a throwaway cluster, and the test is about routing, not crash safety.
    const common = `listen_addresses = '127.0.0.1'\nunix_socket_directories = '${dir}'\nfsync = off\nsynchronous_commit = off\nfull_page_writes = off\n`;
    appendFileSync(path.join(primaryDir, 'postgresql.conf'), `${common}port = ${primaryPort}\nwal_level = replica\nmax_wal_senders = 4\n`);
    appendFileSync(path.join(primaryDir, 'pg_hba.conf'), 'host replication all 127.0.0.1/32 trust\n');
    run('pg_ctl', ['-D', primaryDir, '-l', path.join(dir, 'primary.log'), '-w', 'start']);
    started.push(primaryDir);
    run('pg_basebackup', [
      '-h',
      '127.0.0.1',
      '-p',
      String(primaryPort),
      '-U',
      'postgres',
      '-D',
      replicaDir,
      '-R',
      '-X',
      'stream',
      '-c',
      'fast',
      '--no-sync',
    ]);
    // The base backup copied the primary's settings; the replica only needs its own port.
    appendFileSync(path.join(replicaDir, 'postgresql.conf'), `port = ${replicaPort}\nhot_standby = on\n`);
    writeFileSync(path.join(dir, 'replica.log'), '');
    chmodSync(path.join(dir, 'replica.log'), 0o666);
    run('pg_ctl', ['-D', replicaDir, '-l', path.join(dir, 'replica.log'), '-w', 'start']);
    started.push(replicaDir);
  } catch (error) {
    remove();
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
    throw new Error(`Could not start the throwaway primary and replica: ${(error as Error).message}\n${stderr}`);
  }
  return {
    primaryUrl: `postgres://postgres@127.0.0.1:${primaryPort}/postgres`,
    replicaUrl: `postgres://postgres@127.0.0.1:${replicaPort}/postgres`,
    async onReplica(sql) {
      const client = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${replicaPort}/postgres` });
      await client.connect();
      try {
        return (await client.query(sql)).rows;
      } finally {
        await client.end();
      }
    },
    stopReplica: () => stop(replicaDir),
    remove,
  };
}
