// What a resolver may know about the request it serves: the database and
// per-request batch loaders (never shared between requests).
import DataLoader from 'dataloader';
import type { Db } from './db/client.ts';
import { type EventSpeakerRow, loadEventSpeakers } from './db/event-speakers.ts';
import type { Live } from './live/pubsub.ts';

export type Loaders = {
  eventSpeakers(includeSubEvents: boolean): DataLoader<string, EventSpeakerRow[]>;
};

export type Context = {
  db: Db;
  loaders: Loaders;
  /** Subscriptions and the events writes publish once committed. */
  live: Live;
};

export function createContext({ db, live }: { db: Db; live: Live }): Context {
  const speakers = new Map<boolean, DataLoader<string, EventSpeakerRow[]>>();
  return {
    db,
    live,
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
