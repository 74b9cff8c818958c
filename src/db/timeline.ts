// How the talk about an event grew over time, and what chosen speakers said
// about it: grouped in SQL over the event and all its sub-events.

import type { Db } from './client.ts';

export const granularities = { DAY: 'day', WEEK: 'week', MONTH: 'month' } as const;
export type Granularity = keyof typeof granularities;

export type SpeakerRef = { type: 'Person' | 'Organization'; id: string };
export type TimelineBucketRow = {
  start: Date;
  statementCount: number;
  articleCount: number;
  topSpeakers: { type: 'Person' | 'Organization'; id: string; count: number }[];
};

export const topSpeakersPerBucket = 3;

/**
 * Buckets (UTC) for each event of `eventIds`: statements by when they were
 * said, articles by when they were published, about the event or any
 * sub-event; the `topSpeakersPerBucket` most frequent speakers of each bucket.
 */
export async function loadTimelines(db: Pick<Db, '$queryRaw'>, eventIds: readonly string[], granularity: Granularity) {
  const unit = granularities[granularity];
  const rows = await db.$queryRaw<
    { event_id: string; bucket: Date; statements: number; articles: number; top: TimelineBucketRow['topSpeakers'] | null }[]
  >`
    WITH statements AS (
      SELECT se.event_id, date_trunc(${unit}, s.said_at, 'UTC') AS bucket, s.id,
             CASE WHEN s.speaker_person_id IS NOT NULL THEN 'Person' WHEN s.speaker_organization_id IS NOT NULL THEN 'Organization' END AS speaker_type,
             coalesce(s.speaker_person_id, s.speaker_organization_id) AS speaker_id
        FROM statement_event se JOIN statement s ON s.id = se.statement_id
       WHERE se.event_id = ANY(${[...eventIds]}::text[]) AND s.said_at IS NOT NULL),
    articles AS (
      SELECT DISTINCT root.id AS event_id, date_trunc(${unit}, a.published_at, 'UTC') AS bucket, a.id
        FROM unnest(${[...eventIds]}::text[]) root(id)
        JOIN event e ON e.id = root.id OR root.id = ANY(e.ancestor_ids)
        JOIN article_event ae ON ae.event_id = e.id
        JOIN article a ON a.id = ae.article_id
       WHERE a.published_at IS NOT NULL),
    speakers AS (
      SELECT event_id, bucket, speaker_type, speaker_id, count(*)::int AS n,
             row_number() OVER (PARTITION BY event_id, bucket ORDER BY count(*) DESC, speaker_id) AS position
        FROM statements WHERE speaker_id IS NOT NULL GROUP BY 1, 2, 3, 4),
    buckets AS (
      SELECT event_id, bucket FROM statements UNION SELECT event_id, bucket FROM articles)
    SELECT b.event_id, b.bucket,
           (SELECT count(*)::int FROM statements s WHERE s.event_id = b.event_id AND s.bucket = b.bucket) AS statements,
           (SELECT count(*)::int FROM articles a WHERE a.event_id = b.event_id AND a.bucket = b.bucket) AS articles,
           (SELECT json_agg(json_build_object('type', sp.speaker_type, 'id', sp.speaker_id, 'count', sp.n) ORDER BY sp.position)
              FROM speakers sp WHERE sp.event_id = b.event_id AND sp.bucket = b.bucket AND sp.position <= ${topSpeakersPerBucket}) AS top
      FROM buckets b
     ORDER BY b.event_id, b.bucket`;
  return eventIds.map((eventId) =>
    rows
      .filter((row) => row.event_id === eventId)
      .map(
        (row): TimelineBucketRow => ({
          start: row.bucket,
          statementCount: row.statements,
          articleCount: row.articles,
          topSpeakers: row.top ?? [],
        }),
      ),
  );
}

export type ComparedStatementRow = { speakerType: 'Person' | 'Organization'; speakerId: string; statementId: string };

/** Statements by each of `speakers` about the event or its sub-events, earliest first (unknown times last). */
export async function compareSpeakers(db: Pick<Db, '$queryRaw'>, eventId: string, speakers: readonly SpeakerRef[]) {
  const people = speakers.filter((s) => s.type === 'Person').map((s) => s.id);
  const organizations = speakers.filter((s) => s.type === 'Organization').map((s) => s.id);
  const rows = await db.$queryRaw<{ speaker_id: string; statement_id: string }[]>`
    SELECT coalesce(s.speaker_person_id, s.speaker_organization_id) AS speaker_id, s.id AS statement_id
      FROM statement_event se JOIN statement s ON s.id = se.statement_id
     WHERE se.event_id = ${eventId}
       AND (s.speaker_person_id = ANY(${people}::text[]) OR s.speaker_organization_id = ANY(${organizations}::text[]))
     ORDER BY s.said_at NULLS LAST, s.article_id, s.position, s.id`;
  return speakers.map((speaker) => rows.filter((row) => row.speaker_id === speaker.id).map((row) => row.statement_id));
}
