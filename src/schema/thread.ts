// Statement.thread: the whole conversation a statement belongs to, as a tree
// in reading order (src/db/thread.ts).
import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../builder.ts';
import { loadThreads, type ThreadEntryRow } from '../db/thread.ts';
import type { Statement as StatementRow } from '../generated/prisma/client.ts';
import { loadBrandedNodes } from './references.ts';
import { Statement } from './statement.ts';

type EntryShape = ThreadEntryRow & { statement: StatementRow };

const ThreadEntry = builder.objectRef<EntryShape>('ThreadEntry').implement({
  description: 'One statement of a conversation, placed in its tree.',
  fields: (t) => ({
    statement: t.field({ type: Statement, description: 'The statement.', resolve: (entry) => entry.statement }),
    depth: t.exposeInt('depth', {
      description: '0 for a statement that responds to nothing in the conversation; its responses 1, and so on.',
    }),
    parentId: t.id({
      nullable: true,
      description: 'Global id of the statement this one hangs under (the one it responds to, contradicts, …); null at the top.',
      resolve: (entry) => (entry.parentId ? encode(entry.parentId) : null),
    }),
    relation: t.string({
      nullable: true,
      description: 'How it relates to its parent: RESPONDS_TO, CONTRADICTS, SUPPORTS, REPEATS or DENIES; null at the top.',
      resolve: (entry) => entry.relation,
    }),
    repeated: t.exposeBoolean('repeated', {
      description:
        'True where a statement relating to several statements appears again, under another of them: its responses are listed at its first place (where this is false) only.',
    }),
  }),
});

const encode = (id: string) => encodeGlobalID('Statement', id);

builder.objectField(Statement, 'thread', (t) =>
  t.loadableList({
    type: ThreadEntry,
    description:
      'The conversation this statement belongs to: everything it responds to and everything that responds to it, transitively, as a tree in depth-first order (children by when they were said). A statement relating to several statements appears under each (`repeated` after the first); a relation that would close a cycle is left out. Just this statement when it relates to nothing.',
    // The threads of every statement asked for in the request, then their statements, in two queries.
    load: async (ids: string[], ctx) => {
      const threads = await loadThreads(ctx.db, ids);
      const nodes = await loadBrandedNodes(
        ctx.db,
        threads.flat().map((entry) => ({ type: 'Statement' as const, id: entry.id })),
      );
      return threads.map((entries) =>
        entries.flatMap((entry) => {
          const row = nodes.get(`Statement:${entry.id}`) as StatementRow | undefined;
          return row ? [{ ...entry, statement: row }] : [];
        }),
      );
    },
    resolve: (statement) => statement.id,
  }),
);
