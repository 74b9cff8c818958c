// One process per PGlite data directory. PGlite is PostgreSQL in single-user
// mode inside WebAssembly: it writes postmaster.pid, but with the same fake pid
// (-42) in every process, so each opener takes the file for its own and none
// is refused; two processes on one directory then each see only their own
// writes and corrupt it. This lock is newsgraph's own: <dataDir>/newsgraph.lock,
// one JSON line naming the holder (pid, host, command line, and its GraphQL
// URL once a server listens), so that a refused opener can say who holds it and
// `npm run ingest` can send its work to that server instead.
//
// Taking it: the file is written under a private name and hard-linked to
// newsgraph.lock. link() fails when the name exists, so of two racing openers
// exactly one wins, and no reader ever sees a half-written lock.
//
// A holder that died (kill -9, a crash) leaves its lock behind; it is taken
// over at once, not after a timeout, because its pid no longer runs on this
// host (or runs a later process: on Linux the lock records the holder's start
// time in /proc, so a reused pid is not mistaken for it). Two openers that both
// find the dead lock must not both remove it, or the slower would remove the
// winner's new one; so removing it is claimed with a second link, to
// newsgraph.lock.<digest of the dead lock>.<n>.takeover, and only the claimant
// removes it, after checking it is still that dead lock.
import { createHash, randomBytes } from 'node:crypto';
import { linkSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { hostname } from 'node:os';
import path from 'node:path';

export const lockFileName = 'newsgraph.lock';

export type LockHolder = {
  pid: number;
  hostname: string;
  /** Its command line, to tell the user which process it is. */
  command: string;
  startedAt: string;
  /** Linux: the process's start time in /proc/<pid>/stat, so that a later process reusing the pid is not taken for it. */
  processStart: string | null;
  /** Its GraphQL endpoint, once the holder is a server that listens. */
  url: string | null;
};

export type DataDirLock = {
  file: string;
  /** Records that this process serves GraphQL at `url`, for openers it refuses (`npm run ingest` sends its work there). */
  announce(url: string): void;
  /** Removes the lock; closing the database does this, and so does the process exiting. */
  release(): void;
};

type Entry = { raw: string; holder: LockHolder | null };

const registryKey = Symbol.for('newsgraph.pglite-locks');

// Shared by every copy of this module in the process, so a second copy (a bundle beside the sources) still sees what the first holds.
const registries = globalThis as { [registryKey]?: Map<string, { raw: string }> };
registries[registryKey] ??= createRegistry();
const held = registries[registryKey];

function createRegistry(): Map<string, { raw: string }> {
  const registry = new Map<string, { raw: string }>();
  // A CLI that exits without closing the database, or a server's process.exit, still leaves no lock behind.
  process.once('exit', () => {
    for (const [file, mine] of registry) {
      try {
        removeIfOurs(file, mine.raw);
      } catch {
        // A directory gone or unreadable by now: nothing is left to release, and the next opener copes with a dead lock.
      }
    }
  });
  return registry;
}

/** Takes the lock of `dataDir` (an existing directory), or says who holds it. */
export function lockDataDir(dataDir: string): { lock: DataDirLock } | { holder: LockHolder; file: string } {
  const file = path.join(dataDir, lockFileName);
  const own = held.get(file);
  if (own) return { holder: parse(own.raw) as LockHolder, file };
  const holder: LockHolder = {
    pid: process.pid,
    hostname: hostname(),
    command: process.argv.slice(1).join(' ').slice(0, 300),
    startedAt: new Date().toISOString(),
    processStart: processStart(process.pid),
    url: null,
  };
  const nonce = randomBytes(8).toString('hex');
  const raw = `${JSON.stringify({ ...holder, nonce })}\n`;
  // Each round wins, finds a live holder, or removes a dead one; a round is lost only to another opener's progress.
  for (let round = 0; round < 1000; round++) {
    if (publish(file, raw)) {
      const mine = { raw };
      held.set(file, mine);
      return { lock: handle(file, mine, nonce) };
    }
    const current = read(file);
    if (!current) continue;
    if (isAlive(current)) return { holder: current.holder, file };
    const rival = takeOver(file, current, raw);
    if (!rival) continue;
    // Another opener is taking the dead lock over, which takes microseconds: wait, so as to name whoever then holds it.
    if (round >= 100) return { holder: rival, file };
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
  }
  throw new Error(`Could not take ${file}: other processes keep taking and releasing it`);
}

/** The URL a client on this machine reaches a server at, listening on `address`. */
export function graphqlUrl(address: AddressInfo): string {
  const host = address.address === '0.0.0.0' ? '127.0.0.1' : address.address === '::' ? '::1' : address.address;
  return `http://${host.includes(':') ? `[${host}]` : host}:${address.port}/graphql`;
}

/** Who holds a lock, in words: "the newsgraph server with pid 12 at http://…", "process 12 (scripts/ingest.ts …)". */
export function describeHolder(holder: LockHolder): string {
  const where = holder.hostname === hostname() ? '' : ` on host ${holder.hostname}`;
  if (holder.pid === process.pid && !where) return `this process (pid ${holder.pid})`;
  if (holder.url) return `the newsgraph server with pid ${holder.pid}${where} at ${holder.url}`;
  return `process ${holder.pid}${where} (${holder.command || 'command line unknown'}, since ${holder.startedAt})`;
}

function handle(file: string, mine: { raw: string }, nonce: string): DataDirLock {
  return {
    file,
    announce(url) {
      const holder = parse(mine.raw);
      if (!held.has(file) || !holder) return;
      const raw = `${JSON.stringify({ ...holder, url, nonce })}\n`;
      // rename() replaces the file in one step: a reader sees the old lock or the new one, never neither.
      const draft = draftName(file);
      writeFileSync(draft, raw, { flag: 'wx' });
      renameSync(draft, file);
      mine.raw = raw;
    },
    release() {
      if (held.get(file) !== mine) return;
      held.delete(file);
      removeIfOurs(file, mine.raw);
    },
  };
}

/** Creates `target` holding `raw`, unless it exists. */
function publish(target: string, raw: string): boolean {
  const draft = draftName(target);
  writeFileSync(draft, raw, { flag: 'wx' });
  try {
    linkSync(draft, target);
    return true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  } finally {
    unlinkSync(draft);
  }
}

/**
 * Removes a dead holder's lock unless another live opener has claimed that: the first to link claim <n> may remove
 * it, and claim <n + 1> is open only once claim <n>'s opener has died too. Returns that other opener, or null.
 */
function takeOver(file: string, dead: Entry, raw: string): LockHolder | null {
  const prefix = `${file}.${createHash('sha256').update(dead.raw).digest('hex').slice(0, 16)}.`;
  for (let n = 1; !publish(`${prefix}${n}.takeover`, raw); n++) {
    const rival = read(`${prefix}${n}.takeover`);
    // Gone: that takeover finished and cleaned up; the caller looks at the lock again.
    if (!rival) return null;
    if (isAlive(rival)) return rival.holder;
  }
  // Only a claimant removes this lock, and its holder is dead, so it cannot change between this read and the unlink.
  if (read(file)?.raw === dead.raw) unlinkSync(file);
  const dir = path.dirname(file);
  for (const name of readdirSync(dir)) {
    const claim = path.join(dir, name);
    if (claim.startsWith(prefix) && claim.endsWith('.takeover')) removeQuietly(claim);
  }
  return null;
}

function isAlive(entry: Entry): entry is { raw: string; holder: LockHolder } {
  const { raw, holder } = entry;
  if (!holder) return false;
  // A pid on another host cannot be checked from here.
  if (holder.hostname !== hostname()) return true;
  if (!Number.isInteger(holder.pid) || holder.pid <= 0) return false;
  // Our pid but not our lock: an earlier process with the same pid (a restarted container's pid 1).
  if (holder.pid === process.pid) return [...held.values()].some((mine) => mine.raw === raw);
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    // EPERM: it runs, as another user.
    if (errorCode(error) !== 'EPERM') return false;
  }
  const now = processStart(holder.pid);
  // A zombie (killed, not yet reaped) is dead; a different start time is a later process that reuses the pid.
  return now !== 'zombie' && (holder.processStart === null || now === null || now === holder.processStart);
}

/** Linux: field 22 of /proc/<pid>/stat (start time in clock ticks after boot), or 'zombie'; null elsewhere. */
function processStart(pid: number): string | null {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // The command name (field 2) is in parentheses and may hold spaces; fields 3 onwards follow the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return fields[0] === 'Z' ? 'zombie' : (fields[19] ?? null);
}

function read(file: string): Entry | null {
  try {
    const raw = readFileSync(file, 'utf8');
    return { raw, holder: parse(raw) };
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
}

/** The holder a lock names; null for a file that is no lock of ours (taken over like a dead one). */
function parse(raw: string): LockHolder | null {
  try {
    const value = JSON.parse(raw) as Partial<LockHolder>;
    if (typeof value.pid !== 'number' || typeof value.hostname !== 'string') return null;
    return {
      pid: value.pid,
      hostname: value.hostname,
      command: String(value.command ?? ''),
      startedAt: String(value.startedAt ?? ''),
      processStart: typeof value.processStart === 'string' ? value.processStart : null,
      url: typeof value.url === 'string' ? value.url : null,
    };
  } catch {
    return null;
  }
}

function removeIfOurs(file: string, raw: string): void {
  // Nobody takes over a live holder's lock, so it cannot change between this read and the unlink.
  if (read(file)?.raw === raw) removeQuietly(file);
}

function removeQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
}

/** A private name beside `target` (on its file system, as link() and rename() need), under no claim's prefix. */
function draftName(target: string): string {
  return path.join(path.dirname(target), `${lockFileName}.draft.${process.pid}.${randomBytes(4).toString('hex')}`);
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException).code;
}
