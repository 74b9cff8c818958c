// The checks every operation passes before it runs, whichever way it came in
// (HTTP GET or POST, SSE, WebSocket): a presented credential must be good, its
// cost must be measurable and under the limit, and the client's rate budget
// must cover it. They hang on envelop's parse, validate, execute and subscribe
// hooks, which HTTP and WebSocket requests both go through (src/live/websocket.ts
// runs yoga's enveloped pipeline), so no transport can skip them. Requests
// that fail to parse or validate, or carry a bad credential, spend a point too.
import type { DocumentNode, ExecutionArgs, ExecutionResult, GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.ts';
import { AppError } from '../errors.ts';
import { measureCost } from './cost.ts';
import { TimeoutError, withDeadline } from './deadline.ts';
import type { RateLimiter } from './rate-limit.ts';
import type { RequestLimits } from './request-limits.ts';
import { guardedStream, type SubscriptionCounter } from './subscriptions.ts';

export type AdmissionOptions = {
  limits: RequestLimits;
  rateLimiter: RateLimiter | null;
  /** The rate-limit client of a request that did not get as far as its context (parse and validation failures). */
  clientIdOf(initialContext: unknown): Promise<string>;
  /** Live subscriptions per client, across transports. */
  subscriptions: SubscriptionCounter;
  /** Whether a subscriber's credential still holds (checked before each event is delivered). */
  stillValid(context: Context): Promise<boolean>;
};

type RateReport = { cost: number; remaining: number; resetAt: string };

type Admitted = { cost: number; rateLimit?: RateReport };

function refused(error: GraphQLError, extensions?: Record<string, unknown>): ExecutionResult {
  return { errors: [error], ...(extensions ? { extensions } : {}) };
}

export function useAdmission(options: AdmissionOptions): Plugin {
  const { limits, rateLimiter } = options;

  async function spend(clientId: string, points: number): Promise<{ report: RateReport; refusal?: ExecutionResult } | null> {
    if (!rateLimiter) return null;
    const decision = await rateLimiter.consume(clientId, points);
    const report = { cost: points, remaining: decision.remaining, resetAt: decision.resetAt.toISOString() };
    if (decision.allowed) return { report };
    const retryAfter = Math.max(1, Math.ceil((decision.resetAt.getTime() - Date.now()) / 1000));
    const error = new AppError(
      `Rate limit exceeded: this request costs ${points} point(s); the budget resets at ${report.resetAt}`,
      'RATE_LIMITED',
      { http: { status: 429, headers: { 'retry-after': String(retryAfter) } }, rateLimit: report },
    );
    return { report, refusal: refused(error, { rateLimit: report }) };
  }

  // Charges of refused requests still being written: every admission waits for them, so a client's
  // next request is judged with its failures counted, however slow the key lookup behind them.
  const pendingCharges = new Set<Promise<unknown>>();

  /** A request refused before its context existed (parse and validation hooks cannot wait) still costs its client a point. */
  function chargeFailure(initialContext: unknown): void {
    if (!rateLimiter) return;
    const charge = options
      .clientIdOf(initialContext)
      .then((clientId) => rateLimiter.consume(clientId, 1))
      .catch(() => {})
      .finally(() => pendingCharges.delete(charge));
    pendingCharges.add(charge);
  }

  async function admit(args: ExecutionArgs): Promise<Admitted | { refusal: ExecutionResult }> {
    if (pendingCharges.size) await Promise.all(pendingCharges);
    const ctx = args.contextValue as Context;
    const principal = ctx.auth.principal;
    if (principal.kind === 'invalid') {
      await spend(principal.clientId, 1);
      return { refusal: refused(new AppError(principal.reason, 'UNAUTHENTICATED', { http: { status: 401 } })) };
    }
    let cost: number;
    try {
      cost = measureCost(
        args.schema,
        args.document as DocumentNode,
        args.operationName,
        args.variableValues as Record<string, unknown>,
        ctx,
      );
    } catch (error) {
      // A cost that cannot be measured (a malformed id, variables that do not fit) is never waved through.
      await spend(principal.clientId, 1);
      return { refusal: refused(unmeasurable(error)) };
    }
    if (cost > limits.maxCost) {
      await spend(principal.clientId, 1);
      const error = new AppError(
        `The operation could return about ${cost} objects, more than the limit of ${limits.maxCost}; ask for smaller pages (first/last)`,
        'COST_LIMIT_EXCEEDED',
        { http: { status: 400 }, cost, limit: limits.maxCost },
      );
      return { refusal: refused(error) };
    }
    const spent = await spend(principal.clientId, Math.max(1, Math.ceil(cost / limits.costPerPoint)));
    if (spent?.refusal) return { refusal: { ...spent.refusal, extensions: { cost, ...spent.refusal.extensions } } };
    return { cost, ...(spent ? { rateLimit: spent.report } : {}) };
  }

  const report = (admitted: Admitted) => ({ cost: admitted.cost, ...(admitted.rateLimit ? { rateLimit: admitted.rateLimit } : {}) });

  return {
    onParse({ context }) {
      return ({ result }) => {
        if (result instanceof Error) chargeFailure(context);
      };
    },
    onValidate({ context }) {
      return ({ valid }) => {
        if (!valid) chargeFailure(context);
      };
    },
    async onExecute({ args, executeFn, setExecuteFn, setResultAndStopExecution }) {
      const admitted = await admit(args);
      if ('refusal' in admitted) return setResultAndStopExecution(admitted.refusal);
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
          setResult({ ...result, extensions: { ...result.extensions, ...report(admitted) } });
        },
      };
    },
    async onSubscribe({ args, setResultAndStopExecution }) {
      const admitted = await admit(args);
      if ('refusal' in admitted) return setResultAndStopExecution(admitted.refusal);
      const ctx = args.contextValue as unknown as Context;
      const release = options.subscriptions.reserve(ctx.auth.principal.clientId);
      if (!release) {
        const error = new AppError(
          `This client already has ${options.subscriptions.max} open subscriptions; close one first`,
          'TOO_MANY_SUBSCRIPTIONS',
          { http: { status: 429 }, limit: options.subscriptions.max },
        );
        return setResultAndStopExecution(refused(error));
      }
      return {
        onSubscribeResult({ result, setResult }) {
          if (!(Symbol.asyncIterator in result)) return release();
          const revoked = new AppError('The credential of this subscription is no longer valid', 'UNAUTHENTICATED');
          setResult(guardedStream(result, async () => ((await options.stillValid(ctx)) ? null : revoked), release));
        },
      };
    },
  };
}

/** Why a cost could not be measured, as the client's error: the argument or variable at fault, with a code. */
function unmeasurable(error: unknown): GraphQLError {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
  return new AppError(`The operation cannot be run: ${message}`, typeof code === 'string' ? code : 'BAD_USER_INPUT', {
    http: { status: 400 },
  });
}
