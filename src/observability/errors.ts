// Recognises "the database is not there right now" among the errors Prisma,
// its driver adapters, node-postgres and PGlite throw, so that clients get
// SERVICE_UNAVAILABLE (retry later) instead of an internal error.

// Node socket errors, PostgreSQL SQLSTATE classes 08 (connection exception)
// and 57P0x (shutdown / cannot connect now), too_many_connections.
const socketCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
const sqlStates = /^(08...|57P0[1-3]|53300)$/;
// Prisma: P1001 can't reach, P1002 timed out, P1008 operation timeout, P1017 server closed the connection, P2024 pool timeout.
const prismaCodes = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
// Driver adapter error kinds (Prisma's DriverAdapterError cause.kind).
const adapterKinds = new Set(['DatabaseNotReachable', 'DatabaseDoesNotExist', 'SocketTimeout', 'ConnectionClosed', 'TooManyConnections']);
const messages =
  /Connection terminated|connection (?:is )?closed|timeout exceeded when trying to connect|PGlite is closed|Can't reach database server|Server has closed the connection|Client has encountered a connection error|terminating connection|ECONNREFUSED|ECONNRESET|Cannot use a pool after calling end|Client was closed/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const e = current as { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; originalCode?: unknown };
    for (const code of [e.code, e.originalCode]) {
      if (typeof code === 'string' && (socketCodes.has(code) || sqlStates.test(code) || prismaCodes.has(code))) return true;
    }
    if (typeof e.kind === 'string' && adapterKinds.has(e.kind)) return true;
    if (typeof e.message === 'string' && messages.test(e.message)) return true;
    current = e.cause;
  }
  return false;
}

// SQLSTATEs that mean the client's value cannot be stored as given.
const clientFaults: Record<string, string> = {
  '22021': 'Text must not contain NUL (\\u0000) characters or invalid UTF-8',
  '22P05': 'Text contains a character the database cannot store',
  '22001': 'A value is too long',
  '22003': 'A number is out of range',
  '54000': 'A value is too large to store or index',
};

/** The message for a database refusal that is the client's fault (bad bytes, oversized values), else null. */
export function databaseClientFault(error: unknown): string | null {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const e = current as { code?: unknown; originalCode?: unknown; message?: unknown; cause?: unknown; meta?: { code?: unknown } };
    for (const code of [
      e.code,
      e.originalCode,
      e.meta?.code,
      typeof e.message === 'string' ? /Code: `(\w{5})`/.exec(e.message)?.[1] : null,
    ]) {
      if (typeof code === 'string' && clientFaults[code]) return clientFaults[code];
    }
    current = e.cause;
  }
  return null;
}
