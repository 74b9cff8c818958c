// What a resolver may know about the request it serves: the database and
// per-request batch loaders (never shared between requests).
import DataLoader from 'dataloader';
import type { RequestAuth } from './auth/schema-auth.ts';
import type { Db } from './db/client.ts';
import type { Extractor } from './extract/ingest-text.ts';
import type { Live } from './live/pubsub.ts';

export type Loaders = {
  /** A request-wide loader per `key` (which encodes the field's arguments), created on first use. */
  batch<K, V>(key: string, load: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V>;
};

export type Context = {
  db: Db;
  loaders: Loaders;
  /** Who the request acts as; the schema's authScopes read it. */
  auth: RequestAuth;
  /** Subscriptions and the events writes publish once committed. */
  live: Live;
  /** The HTTP request (for WebSocket operations, the upgrade request with the connection's credentials). */
  request: Request;
  /** The raw-text extractor, run off the event loop and cancelled at the request's deadline. */
  extract: Extractor;
};

type ContextParts = Pick<Context, 'db' | 'auth' | 'live' | 'request' | 'extract'>;

export function createContext({ db, auth, live, request, extract }: ContextParts): Context {
  const batches = new Map<string, DataLoader<unknown, unknown>>();
  return {
    db,
    auth,
    live,
    request,
    extract,
    loaders: {
      batch<K, V>(key: string, load: (keys: readonly K[]) => Promise<V[]>) {
        let loader = batches.get(key);
        if (!loader) {
          loader = new DataLoader(load as (keys: readonly unknown[]) => Promise<unknown[]>);
          batches.set(key, loader);
        }
        return loader as DataLoader<K, V>;
      },
    },
  };
}
