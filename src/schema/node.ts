// node(id:) and nodes(ids:): any object by its global id. The ids of merged
// entities answer their survivors (entity_redirect, src/db/merge.ts); the
// relay plugin's resolveNodes loads each type's rows in one batch.
import { resolveNodes } from '@pothos/plugin-relay';
import { builder } from '../builder.ts';
import { survivingIds } from '../db/merge.ts';

builder.queryFields((t) => ({
  node: t.field({
    type: builder.nodeInterfaceRef(),
    nullable: true,
    description: 'Fetches any object by its global id; null when it does not exist. The id of a merged entity answers the survivor.',
    args: { id: t.arg.globalID({ required: true }) },
    resolve: async (_root, { id }, ctx, info) => {
      const [found] = await resolveNodes(builder, ctx, info, [id]);
      if (found) return found;
      // Only a miss can be a merged id: the common case costs no redirect lookup.
      const [survivor] = await survivingIds(ctx.db, [id]);
      return survivor && survivor !== id ? ((await resolveNodes(builder, ctx, info, [survivor]))[0] ?? null) : null;
    },
  }),
  nodes: t.field({
    type: [builder.nodeInterfaceRef()],
    nullable: { list: false, items: true },
    description:
      'Fetches objects by their global ids, in order; null for each that does not exist. The id of a merged entity answers the survivor.',
    args: { ids: t.arg.globalIDList({ required: true }) },
    resolve: async (_root, { ids }, ctx, info) => resolveNodes(builder, ctx, info, await survivingIds(ctx.db, ids)),
  }),
}));
