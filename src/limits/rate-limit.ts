// Per-client points per window, GitHub style: each request spends points in
// proportion to its cost. In memory by default; in Redis (REDIS_URL) so that
// several instances share one budget per client.
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

export type RateLimitOptions = {
  /** Points each client may spend per window; 0 turns rate limiting off. */
  points: number;
  windowSeconds: number;
  /** Share budgets through Redis; null keeps them in this process. */
  redisUrl: string | null;
  /** Prefix of the Redis keys (tests use one per run). */
  keyPrefix: string;
};

export type RateDecision = { allowed: boolean; spent: number; remaining: number; resetAt: Date };

export type RateLimiter = {
  consume(clientId: string, points: number): Promise<RateDecision>;
  close(): Promise<void>;
};

export function createRateLimiter(options: RateLimitOptions): RateLimiter {
  const shape = { points: options.points, duration: options.windowSeconds, keyPrefix: options.keyPrefix };
  const memory = new RateLimiterMemory(shape);
  // While Redis is unreachable a command gives up after a second and the
  // in-memory limiter stands in: budgets are then per instance, not lost.
  const redis = options.redisUrl ? new Redis(options.redisUrl, { commandTimeout: 1_000, maxRetriesPerRequest: 1 }) : null;
  redis?.on('error', () => {});
  const limiter = redis ? new RateLimiterRedis({ ...shape, storeClient: redis, insuranceLimiter: memory }) : memory;
  const decision = (result: RateLimiterRes, allowed: boolean): RateDecision => ({
    allowed,
    spent: result.consumedPoints,
    remaining: Math.max(0, result.remainingPoints),
    resetAt: new Date(Date.now() + result.msBeforeNext),
  });
  return {
    async consume(clientId, points) {
      try {
        return decision(await limiter.consume(clientId, points), true);
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) return decision(rejection, false);
        throw rejection;
      }
    },
    async close() {
      redis?.disconnect();
    },
  };
}
