// What a resolver may know about the request it serves: the database and
// per-request batch loaders (never shared between requests).
import DataLoader from 'dataloader';
import type { RequestAuth } from './auth/schema-auth.ts';
import type { Db } from './db/client.ts';
import { type EventSpeakerRow, loadEventSpeakers } from './db/event-speakers.ts';

export type Loaders = {
  eventSpeakers(includeSubEvents: boolean): DataLoader<string, EventSpeakerRow[]>;
};

export type Context = {
  db: Db;
  loaders: Loaders;
  /** Who the request acts as; the schema's authScopes read it. */
  auth: RequestAuth;
};

export function createContext({ db, auth }: { db: Db; auth: RequestAuth }): Context {
  const speakers = new Map<boolean, DataLoader<string, EventSpeakerRow[]>>();
  return {
    db,
    auth,
    loaders: {
      eventSpeakers(includeSubEvents) {
        let loader = speakers.get(includeSubEvents);
        if (!loader) {
          loader = new DataLoader((ids) => loadEventSpeakers(db, ids, includeSubEvents));
          speakers.set(includeSubEvents, loader);
        }
        return loader;
      },
    },
  };
}
