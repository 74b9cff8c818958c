// The per-request deadline. Execution is raced against a timer, and once the
// deadline has passed the database driver refuses every further statement of
// that request, so a write transaction in flight fails and rolls back instead
// of finishing after the client was told it timed out. The clock is read at
// each statement rather than waiting for the timer, because an embedded PGlite
// never yields to timers while it works. A statement already running is
// cancelled by PostgreSQL's statement_timeout (src/db/client.ts), and work
// handed to a worker thread (extraction) is cancelled through deadlineSignal().
import { AsyncLocalStorage } from 'node:async_hooks';
import type { SqlDriverAdapterFactory, SqlQueryable } from '@prisma/driver-adapter-utils';
import { AppError } from '../errors.ts';

type Deadline = { at: number; ms: number; signal: AbortSignal };

const deadlines = new AsyncLocalStorage<Deadline>();

export class TimeoutError extends AppError {
  constructor(ms: number) {
    // 503 with Retry-After: the server is busy, not the request wrong; proxies and clients retry later.
    super(`The request took longer than ${ms} ms and was cancelled`, 'TIMEOUT', {
      timeoutMs: ms,
      http: { status: 503, headers: { 'retry-after': String(Math.max(1, Math.ceil(ms / 1000))) } },
    });
  }
}

/** Runs `work` under a deadline of `ms`; resolves with `onTimeout()` when the deadline passes first. */
export async function withDeadline<T>(ms: number, work: () => Promise<T>, onTimeout: () => T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const cancel = new AbortController();
  const expired = new Promise<T>((resolve) => {
    timer = setTimeout(() => {
      resolve(onTimeout());
      cancel.abort(new TimeoutError(ms));
    }, ms);
  });
  try {
    return await deadlines.run({ at: Date.now() + ms, ms, signal: cancel.signal }, () => Promise.race([work(), expired]));
  } finally {
    clearTimeout(timer);
  }
}

/** Aborts, with a TimeoutError, when the current request's deadline passes; undefined outside a request. */
export function deadlineSignal(): AbortSignal | undefined {
  return deadlines.getStore()?.signal;
}

/**
 * `factory` with every statement refused once the current request's deadline has passed. Checked in the driver
 * rather than in a Prisma query extension, which would clone each operation's arguments and add a promise to it.
 */
export function refusingAfterDeadline<F extends SqlDriverAdapterFactory>(factory: F): F {
  const check = () => {
    const deadline = deadlines.getStore();
    if (deadline && Date.now() >= deadline.at) throw new TimeoutError(deadline.ms);
  };
  const guarded = <Q extends SqlQueryable>(queryable: Q): Q =>
    new Proxy(queryable, {
      get(target, key) {
        const value: unknown = Reflect.get(target, key, target);
        if (typeof value !== 'function') return value;
        if (key === 'queryRaw' || key === 'executeRaw')
          return async (query: unknown) => {
            check();
            return value.call(target, query);
          };
        // A transaction's statements are the request's too.
        if (key === 'startTransaction') return async (...args: unknown[]) => guarded(await value.apply(target, args));
        return value.bind(target);
      },
    });
  return new Proxy(factory, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key, target);
      if (typeof value !== 'function') return value;
      if (key === 'connect') return async () => guarded(await value.call(target));
      return value.bind(target);
    },
  });
}
