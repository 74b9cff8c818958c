// Live updates: what subscriptions listen to. In-process by default; through
// Redis (REDIS_URL) when several instances must see each other's writes.
// Events are published only after the transaction that wrote them commits.
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub, filter, pipe, Repeater, SlidingBuffer } from 'graphql-yoga';
import { Redis } from 'ioredis';
import type { Db } from '../db/client.ts';
import { inReadingOrder } from '../db/statement-order.ts';

/** A statement became visible: its speaker and every event it is about, sub-event scope included. */
export type StatementAddedEvent = {
  statementId: string;
  articleId: string | null;
  speakerId: string | null;
  eventIds: string[];
};

export type ArticleIngestedEvent = { articleId: string };

export type Live = {
  statementAdded(accept?: (event: StatementAddedEvent) => boolean): AsyncIterable<StatementAddedEvent>;
  articleIngested(): AsyncIterable<ArticleIngestedEvent>;
  /** Publishes an article and each of its statements; call after the ingestion committed. */
  publishArticle(db: Db, articleId: string): Promise<void>;
  /** Publishes statements; call after their transaction committed. */
  publishStatements(db: Db, statementIds: string[]): Promise<void>;
  /** Ends every open subscription stream (clients see the stream complete). */
  endStreams(): Promise<void>;
  /** Ends the streams and closes the Redis connections; publishing afterwards is a logged no-op. */
  close(): Promise<void>;
};

export type LiveOptions = {
  /** redis://… to share events between instances; in-process when unset. */
  redisUrl?: string;
  /** Prefix of the Redis channels, so that deployments (or test runs) sharing a Redis stay apart. */
  channelPrefix?: string;
  /** Where publishing failures go; a failed publish never fails the write that caused it. */
  onError?: (error: unknown) => void;
};

type Topics = Record<string, [unknown]>;

export function createLive({ redisUrl, channelPrefix = 'newsgraph', onError = () => {} }: LiveOptions = {}): Live {
  // The subscriber skips ioredis's ready check: its INFO command is refused once the connection is in subscriber mode.
  const clients = redisUrl ? [new Redis(redisUrl), new Redis(redisUrl, { enableReadyCheck: false })] : [];
  for (const client of clients) client.on('error', onError);
  const [publishClient, subscribeClient] = clients.map((client) => guarded(client, onError));
  const pubsub = createPubSub<Topics>(
    publishClient && subscribeClient ? { eventTarget: createRedisEventTarget({ publishClient, subscribeClient }) } : {},
  );
  const topic = (name: string) => `${channelPrefix}:${name}`;
  const open = new Set<{ stop(): Promise<unknown> }>();

  // Each stream can be ended from outside (shutdown), which also unsubscribes it from the pubsub.
  function stream<T>(name: string): AsyncIterable<T> {
    return new Repeater<T>(async (push, stop) => {
      const source = pubsub.subscribe(topic(name)) as AsyncIterableIterator<T>;
      let unsubscribed: Promise<unknown> | undefined;
      const handle = {
        stop: () => {
          stop();
          return stop.then(() => unsubscribed);
        },
      };
      open.add(handle);
      stop.then(() => {
        open.delete(handle);
        unsubscribed = Promise.resolve(source.return?.()).catch(onError);
      });
      for await (const event of source) await push(event);
      stop();
      // A subscriber slower than the stream loses the oldest events instead of growing memory.
    }, new SlidingBuffer(1000));
  }

  async function endStreams() {
    await Promise.all([...open].map((handle) => handle.stop()));
  }

  async function publishStatements(db: Db, statementIds: string[]) {
    if (!statementIds.length) return;
    try {
      const rows = await db.statement.findMany({
        where: { id: { in: statementIds } },
        select: { id: true, articleId: true, speakerPersonId: true, speakerOrganizationId: true, about: { select: { eventId: true } } },
        orderBy: [...inReadingOrder, { id: 'asc' }],
      });
      for (const row of rows) {
        pubsub.publish(topic('statementAdded'), {
          statementId: row.id,
          articleId: row.articleId,
          speakerId: row.speakerPersonId ?? row.speakerOrganizationId,
          eventIds: row.about.map((link) => link.eventId),
        } satisfies StatementAddedEvent);
      }
    } catch (error) {
      onError(error);
    }
  }

  return {
    statementAdded(accept) {
      const events = stream<StatementAddedEvent>('statementAdded');
      return accept ? pipe(events, filter(accept)) : events;
    },
    articleIngested: () => stream<ArticleIngestedEvent>('articleIngested'),
    async publishArticle(db, articleId) {
      try {
        pubsub.publish(topic('articleIngested'), { articleId } satisfies ArticleIngestedEvent);
        const statements = await db.statement.findMany({ where: { articleId }, select: { id: true } });
        await publishStatements(
          db,
          statements.map((s) => s.id),
        );
      } catch (error) {
        onError(error);
      }
    },
    publishStatements,
    endStreams,
    async close() {
      // Unsubscribe before the Redis connections go, or the unsubscribe fails on a closed connection.
      await endStreams();
      await Promise.all(clients.map((client) => client.quit().catch(() => client.disconnect())));
    },
  };
}

/**
 * The Redis event target fires publish/subscribe/unsubscribe without handling
 * their promises; with Redis down that would be an unhandled rejection, which
 * ends the process. Route those failures to `onError` instead.
 */
function guarded(client: Redis, onError: (error: unknown) => void): Redis {
  const commands = new Set<PropertyKey>(['publish', 'subscribe', 'unsubscribe']);
  return new Proxy(client, {
    get(target, property) {
      const value = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      if (!commands.has(property)) return value.bind(target);
      return (...args: unknown[]) => (value.apply(target, args) as Promise<unknown>).catch(onError);
    },
  });
}
