// The Redis client of the request path (the response cache's answers, the
// replicas' last write times): a short command timeout and a single retry, so
// that an unreachable Redis costs a request a second at most and the request
// goes on without it. Every request would report the failure while Redis is
// down, so it is logged once a minute at most. (Subscriptions' pub/sub clients
// are in pubsub.ts: they wait for Redis instead.)
import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from '../observability/logger.ts';

export type RequestRedis = {
  redis: Redis;
  /** Logs `error` with what the request does without Redis, unless that was said within the last minute. */
  failed(error: unknown): void;
};

export function requestRedis(
  url: string,
  { logger, withoutRedis, ...options }: Pick<RedisOptions, 'keyPrefix'> & { logger?: Logger | undefined; withoutRedis: string },
): RequestRedis {
  const redis = new Redis(url, { commandTimeout: 1_000, maxRetriesPerRequest: 1, ...options });
  // Reported by the commands that fail (failed()), not by the connection.
  redis.on('error', () => {});
  let warned = 0;
  return {
    redis,
    failed(error) {
      if (Date.now() - warned < 60_000) return;
      warned = Date.now();
      logger?.warn({ err: error }, withoutRedis);
    },
  };
}
