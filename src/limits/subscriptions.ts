// What keeps live subscriptions bounded: how many one client may hold open at
// once (SSE and WebSocket together, on this instance), and a stream wrapper
// that re-checks the subscriber's credential before each event, so a revoked
// key or an expired token stops receiving.
import type { ExecutionResult, GraphQLError } from 'graphql';

export type SubscriptionCounter = {
  readonly max: number;
  /** Takes a slot for the client; returns its release (idempotent), or null when the client is at the limit. */
  reserve(clientId: string): (() => void) | null;
  /** Open subscriptions of a client. */
  count(clientId: string): number;
};

export function createSubscriptionCounter(max: number): SubscriptionCounter {
  const open = new Map<string, number>();
  return {
    max,
    reserve(clientId) {
      const current = open.get(clientId) ?? 0;
      if (current >= max) return null;
      open.set(clientId, current + 1);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        const left = (open.get(clientId) ?? 1) - 1;
        if (left > 0) open.set(clientId, left);
        else open.delete(clientId);
      };
    },
    count: (clientId) => open.get(clientId) ?? 0,
  };
}

/**
 * The subscription's events, each delivered only after `check` passes; when it
 * fails, its error is the last event. `release` runs once the stream ends, by
 * either side, started or not.
 */
export function guardedStream(
  source: AsyncIterable<ExecutionResult>,
  check: () => Promise<GraphQLError | null>,
  release: () => void,
): AsyncIterableIterator<ExecutionResult> {
  const iterator = source[Symbol.asyncIterator]();
  let ended = false;
  const end = async () => {
    if (ended) return;
    ended = true;
    release();
    await iterator.return?.();
  };
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next() {
      if (ended) return { done: true, value: undefined };
      const step = await iterator.next();
      if (step.done) {
        await end();
        return step;
      }
      const refusal = await check();
      if (!refusal) return step;
      await end();
      return { done: false, value: { errors: [refusal] } };
    },
    async return() {
      await end();
      return { done: true, value: undefined };
    },
    async throw(error: unknown) {
      await end();
      throw error;
    },
  };
}
