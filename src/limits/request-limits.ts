// Limits enforced per request, in this order, before any resolver runs:
// body size (while reading the request), credentials that were presented but
// are bad, the cost limit, the client's rate budget; then the deadline around
// execution. Every refusal carries a code; the cost and the remaining budget
// are reported in `extensions`.
import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.ts';
import { AppError } from '../errors.ts';
import { measureCost } from './cost.ts';
import { TimeoutError, withDeadline } from './deadline.ts';
import type { RateLimiter } from './rate-limit.ts';

export type RequestLimits = {
  /** Largest request body in bytes. */
  maxBodyBytes: number;
  /** Largest cost (≈ objects returned, see cost.ts) of one operation. */
  maxCost: number;
  /** Cost units per rate-limit point (GitHub: 100 nodes = 1 point); a request spends at least 1 point. */
  costPerPoint: number;
  /** Deadline of one request's execution, in ms. */
  timeoutMs: number;
};

function tooLarge(max: number): GraphQLError {
  return new AppError(`The request body is larger than ${max} bytes`, 'PAYLOAD_TOO_LARGE', { http: { status: 413 }, limit: max });
}

/** Reads a body of unknown length (chunked), refusing it as soon as it passes `max` bytes. */
async function readCapped(request: Request, max: number): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  if (!reader) return Buffer.alloc(0);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      throw tooLarge(max);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

export function useBodyLimit(maxBytes: number): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      if (request.method !== 'POST' || !requestParser) return;
      const declared = request.headers.get('content-length');
      if (declared !== null) {
        if (Number(declared) > maxBytes) throw tooLarge(maxBytes);
        return;
      }
      setRequestParser(async (incoming) => {
        const body = await readCapped(incoming, maxBytes);
        return requestParser(
          new fetchAPI.Request(incoming.url, { method: 'POST', headers: incoming.headers, body: body as unknown as BodyInit }),
        );
      });
    },
  };
}

type RateReport = { cost: number; remaining: number; resetAt: string };

export function useExecutionLimits(limits: RequestLimits, rateLimiter: RateLimiter | null): Plugin {
  return {
    async onExecute({ args, executeFn, setExecuteFn, setResultAndStopExecution }) {
      const ctx = args.contextValue as unknown as Context;
      const principal = ctx.auth.principal;
      if (principal.kind === 'invalid') {
        setResultAndStopExecution({
          errors: [new AppError(principal.reason, 'UNAUTHENTICATED', { http: { status: 401 } })],
        });
        return;
      }
      let cost: number;
      try {
        cost = measureCost(args.schema, args.document, args.operationName, args.variableValues as Record<string, unknown>, ctx);
      } catch {
        // Variables that do not fit the operation: execution reports them, at no cost.
        cost = 0;
      }
      if (cost > limits.maxCost) {
        setResultAndStopExecution({
          errors: [
            new AppError(
              `The operation could return about ${cost} objects, more than the limit of ${limits.maxCost}; ask for smaller pages (first/last)`,
              'COST_LIMIT_EXCEEDED',
              { http: { status: 400 }, cost, limit: limits.maxCost },
            ),
          ],
        });
        return;
      }
      let rateLimit: RateReport | undefined;
      if (rateLimiter) {
        const points = Math.max(1, Math.ceil(cost / limits.costPerPoint));
        const decision = await rateLimiter.consume(principal.clientId, points);
        rateLimit = { cost: points, remaining: decision.remaining, resetAt: decision.resetAt.toISOString() };
        if (!decision.allowed) {
          const retryAfter = Math.max(1, Math.ceil((decision.resetAt.getTime() - Date.now()) / 1000));
          setResultAndStopExecution({
            errors: [
              new AppError(
                `Rate limit exceeded: this request costs ${points} point(s); the budget resets at ${rateLimit.resetAt}`,
                'RATE_LIMITED',
                {
                  http: { status: 429, headers: { 'retry-after': String(retryAfter) } },
                  rateLimit,
                },
              ),
            ],
            extensions: { cost, rateLimit },
          });
          return;
        }
      }
      setExecuteFn((executeArgs) =>
        withDeadline(
          limits.timeoutMs,
          async () => executeFn(executeArgs),
          () => ({ errors: [new TimeoutError(limits.timeoutMs)] }),
        ),
      );
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result) return;
          setResult({ ...result, extensions: { ...result.extensions, cost, ...(rateLimit ? { rateLimit } : {}) } });
        },
      };
    },
  };
}
