// What a resolver may know about the request it serves. Batch loaders are
// per request too: plugin-dataloader keeps them on this object.
import type { RequestAuth } from './auth/schema-auth.ts';
import type { Db } from './db/client.ts';
import type { Extractor } from './extract/ingest-text.ts';
import type { Live } from './live/pubsub.ts';

export type Context = {
  db: Db;
  /** Who the request acts as; the schema's authScopes read it. */
  auth: RequestAuth;
  /** Subscriptions and the events writes publish once committed. */
  live: Live;
  /** The HTTP request (for WebSocket operations, the upgrade request with the connection's credentials). */
  request: Request;
  /** The raw-text extractor, run off the event loop and cancelled at the request's deadline. */
  extract: Extractor;
};

export function createContext({ db, auth, live, request, extract }: Context): Context {
  return { db, auth, live, request, extract };
}
