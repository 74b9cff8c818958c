// Who said what about an event, over time: Event.timeline, statement counts
// by kind for each speaker, and compare() side by side (src/db/timeline.ts).
import { z } from 'zod';
import { builder } from '../builder.ts';
import { refKey } from '../db/nodes.ts';
import { loadStatementCountsByKind } from '../db/statement-counts.ts';
import {
  compareSpeakers,
  type Granularity,
  granularities,
  loadTimelines,
  type TimelineBucketRow,
  topSpeakersPerBucket,
} from '../db/timeline.ts';
import { ValidationError } from '../errors.ts';
import type { Statement as StatementRow } from '../generated/prisma/client.ts';
import { type StatementKind, StatementKind as StatementKindValues } from '../generated/prisma/enums.ts';
import { StatementKindEnum } from './common.ts';
import { Event, EventSpeaker } from './event.ts';
import { Organization } from './organization.ts';
import { Person } from './person.ts';
import { loadBrandedNodes, Speaker } from './references.ts';
import { Statement } from './statement.ts';

const GranularityEnum = builder.enumType('TimelineGranularity', {
  description: 'Bucket size of a timeline (UTC; weeks start on Monday).',
  values: Object.fromEntries(Object.keys(granularities).map((g) => [g, { value: g }])) as { [K in Granularity]: { value: K } },
});

const StatementKindCount = builder.objectRef<{ kind: StatementKind; count: number }>('StatementKindCount').implement({
  description: 'How many statements of one kind.',
  fields: (t) => ({
    kind: t.field({ type: StatementKindEnum, description: 'The kind.', resolve: (row) => row.kind }),
    count: t.exposeInt('count', { description: 'How many.' }),
  }),
});

builder.objectField(EventSpeaker, 'countsByKind', (t) =>
  t.field({
    type: [StatementKindCount],
    description: 'Their statements about the event by kind (direct quote, indirect, paraphrase, denial), every kind listed.',
    resolve: (row) => row.countsByKind,
  }),
);

for (const [type, ref] of [
  ['Person', Person],
  ['Organization', Organization],
  ['Event', Event],
] as const) {
  builder.objectField(ref, 'statementCountsByKind', (t) =>
    t.loadableList({
      type: StatementKindCount,
      description:
        type === 'Event'
          ? 'Statements about this event and its sub-events, by kind; every kind listed.'
          : 'Statements made by them, by kind; every kind listed.',
      load: (ids: string[], ctx) => loadStatementCountsByKind(ctx.db, type, ids),
      resolve: (parent) => (parent as { id: string }).id,
    }),
  );
}

type SpeakerCount = { speaker: object; count: number };
type BucketShape = Omit<TimelineBucketRow, 'topSpeakers'> & { topSpeakers: SpeakerCount[] };

const SpeakerCountRef = builder.objectRef<SpeakerCount>('SpeakerCount').implement({
  description: 'A speaker and how many statements they made.',
  fields: (t) => ({
    speaker: t.field({ type: Speaker, description: 'The person or organization.', resolve: (row) => row.speaker as never }),
    count: t.exposeInt('count', { description: 'Statements.' }),
  }),
});

const TimelineBucket = builder.objectRef<BucketShape>('TimelineBucket').implement({
  description: 'One bucket of an event timeline.',
  fields: (t) => ({
    start: t.expose('start', { type: 'DateTime', description: 'Start of the bucket (UTC).' }),
    statementCount: t.exposeInt('statementCount', { description: 'Statements said in the bucket about the event or its sub-events.' }),
    articleCount: t.exposeInt('articleCount', { description: 'Articles published in the bucket about the event or its sub-events.' }),
    topSpeakers: t.field({
      type: [SpeakerCountRef],
      description: `The ${topSpeakersPerBucket} speakers with most statements in the bucket, most first.`,
      resolve: (row) => row.topSpeakers,
    }),
  }),
});

builder.objectField(Event, 'timeline', (t) =>
  t.loadableList({
    type: TimelineBucket,
    description:
      'Statement and article counts per time bucket for this event and its sub-events, earliest first, for drawing a chart; buckets with nothing are left out. Undated statements and articles are not counted.',
    args: { granularity: t.arg({ type: GranularityEnum, defaultValue: 'DAY', description: 'Bucket size (default DAY).' }) },
    // byPath: one loader per place in the query, so its granularity holds for every event it loads.
    byPath: true,
    // The buckets of every event at this place in the query, then all their top speakers, in two queries.
    load: async (ids: string[], ctx, args) => {
      const timelines = await loadTimelines(ctx.db, ids, args.granularity ?? 'DAY');
      const speakers = await loadBrandedNodes(
        ctx.db,
        timelines.flat().flatMap((bucket) => bucket.topSpeakers),
      );
      return timelines.map((buckets) =>
        buckets.map((bucket) => ({
          ...bucket,
          topSpeakers: bucket.topSpeakers.flatMap((s) => {
            const speaker = speakers.get(refKey(s));
            return speaker ? [{ speaker, count: s.count }] : [];
          }),
        })),
      );
    },
    resolve: (event) => event.id,
  }),
);

type ColumnShape = { speaker: object; statements: StatementRow[] };

const ComparisonColumn = builder.objectRef<ColumnShape>('ComparisonColumn').implement({
  description: "One speaker's side of a comparison.",
  fields: (t) => ({
    speaker: t.field({ type: Speaker, description: 'The person or organization.', resolve: (col) => col.speaker as never }),
    statementCount: t.int({ description: 'Their statements about the event and its sub-events.', resolve: (col) => col.statements.length }),
    countsByKind: t.field({
      type: [StatementKindCount],
      description: 'Those statements by kind, every kind listed.',
      resolve: (col) =>
        Object.values(StatementKindValues).map((kind) => ({ kind, count: col.statements.filter((s) => s.kind === kind).length })),
    }),
    statements: t.field({
      type: [Statement],
      description: 'What they said, earliest first (undated last).',
      resolve: (col) => col.statements,
    }),
  }),
});

const Comparison = builder.objectRef<{ event: object; columns: ColumnShape[] }>('Comparison').implement({
  description: 'What several speakers said about one event, side by side.',
  fields: (t) => ({
    event: t.field({ type: Event, description: 'The event compared on.', resolve: (c) => c.event as never }),
    columns: t.field({ type: [ComparisonColumn], description: 'One column per speaker, in the order asked.', resolve: (c) => c.columns }),
  }),
});

builder.queryFields((t) => ({
  compare: t.field({
    type: Comparison,
    nullable: true,
    description:
      'What each speaker said about an event and its sub-events, side by side, each column in time order; null when the event does not exist.',
    args: {
      eventId: t.arg.globalID({ for: [Event], required: true, description: 'The event.' }),
      speakerIds: t.arg.globalIDList({
        required: true,
        description: 'People and organizations to compare (1–10).',
        validate: z.array(z.any()).min(1, 'must name at least one speaker').max(10),
      }),
    },
    resolve: async (_root, args, ctx) => {
      const speakers = args.speakerIds.map((id, i) => {
        if (id.typename !== 'Person' && id.typename !== 'Organization') {
          throw ValidationError.field(`speakerIds.${i}`, `must be a Person or Organization id; got a ${id.typename} id`);
        }
        return { type: id.typename, id: id.id } as { type: 'Person' | 'Organization'; id: string };
      });
      const event = await ctx.db.event.findUnique({ where: { id: args.eventId.id } });
      if (!event) return null;
      const columns = await compareSpeakers(ctx.db, event.id, speakers);
      const nodes = await loadBrandedNodes(ctx.db, [...speakers, ...columns.flat().map((id) => ({ type: 'Statement' as const, id }))]);
      return {
        event,
        columns: speakers.flatMap((speaker, i) => {
          const row = nodes.get(refKey(speaker));
          if (!row) return [];
          const statements = (columns[i] ?? []).map((id) => nodes.get(`Statement:${id}`) as StatementRow);
          return [{ speaker: row, statements }];
        }),
      };
    },
  }),
}));
