// Facts about the request being served, reachable from anywhere below it
// (the Prisma query hook, maskError) without threading them through calls.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

export type RequestFacts = {
  requestId: string;
  startedAt: number;
  /** SQL statements sent on behalf of this request. */
  sqlCount: number;
  operationName?: string;
  operationType?: string;
  /** Who is asking: the authenticated client when known, else the peer address. */
  clientId: string;
  /** The query's cost, when a cost limit computed one (set by the limits layer through currentRequest()). */
  cost?: number;
  errorCodes: string[];
};

const store = new AsyncLocalStorage<RequestFacts>();

export function runWithRequest<T>(facts: RequestFacts, fn: () => T): T {
  return store.run(facts, fn);
}

export function currentRequest(): RequestFacts | undefined {
  return store.getStore();
}

/** Called for every SQL statement the Prisma client sends. */
export function countQuery(): void {
  const facts = store.getStore();
  if (facts) facts.sqlCount += 1;
}

// Accepted from a proxy or client only when it cannot smuggle anything into logs or headers.
const saneRequestId = /^[A-Za-z0-9._:-]{1,128}$/;

export function requestIdFrom(header: string | null): string {
  return header && saneRequestId.test(header) ? header : randomUUID();
}
