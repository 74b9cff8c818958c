-- AlterTable
ALTER TABLE "connection_member" ADD COLUMN     "seen_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "connection_relation" ADD COLUMN     "seen_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "entity_connection" ADD COLUMN     "evidence_ids" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "evidence_seen" TIMESTAMPTZ(3)[] DEFAULT ARRAY[]::TIMESTAMPTZ(3)[],
ADD COLUMN     "last_seen" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "connection_member_kind_member_type_member_id_seen_at_group__idx" ON "connection_member"("kind", "member_type", "member_id", "seen_at" DESC NULLS LAST, "group_id" DESC);

-- CreateIndex
CREATE INDEX "connection_relation_from_id_to_id_idx" ON "connection_relation"("from_id", "to_id");

-- Hand-written below: last seen and the newest evidence ids, kept by the
-- triggers of 20261202021239_entity_connection in the same statements that
-- keep the counts, and reproduced by the rebuild.
--
-- Evidence is ordered newest first: dated before undated, then by id,
-- descending (connection_evidence_newer). Each unit of evidence the triggers
-- apply now carries its id and date (the group of CO_MENTIONED and
-- DEPICTED_TOGETHER, the statement of SPOKE_ABOUT, the relation of
-- RESPONDED_TO and CONTRADICTED). Nothing is read again on the way in: new
-- units are merged into the stored three by their dates (evidence_seen), and
-- in ingestion order a new unit is usually the newest, a concatenation. Only
-- when a removed unit is one of the stored three does the pair read its
-- newest evidence again, all such pairs of a trigger firing in one statement
-- (entity_connection_refresh_evidence), each as a newest-first index range
-- that stops at three.

CREATE FUNCTION connection_evidence_newer(a_seen timestamptz, a_id text, b_seen timestamptz, b_id text) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN a_seen IS NOT DISTINCT FROM b_seen THEN a_id > b_id
              WHEN a_seen IS NULL THEN false WHEN b_seen IS NULL THEN true ELSE a_seen > b_seen END $$;

-- The newest three of two newest-first lists of (id, date).
CREATE FUNCTION connection_evidence_merge(a_ids text[], a_seen timestamptz[], b_ids text[], b_seen timestamptz[],
                                          OUT ids text[], OUT seen timestamptz[])
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  IF coalesce(cardinality(b_ids), 0) = 0 THEN ids := coalesce(a_ids, '{}'); seen := coalesce(a_seen, '{}'); RETURN; END IF;
  IF coalesce(cardinality(a_ids), 0) = 0
     OR connection_evidence_newer(b_seen[cardinality(b_seen)], b_ids[cardinality(b_ids)], a_seen[1], a_ids[1]) THEN
    ids := (b_ids || a_ids)[1:3]; seen := (b_seen || a_seen)[1:3]; RETURN;
  END IF;
  SELECT array_agg(x.id ORDER BY x.o), array_agg(x.s ORDER BY x.o) INTO ids, seen
    FROM (SELECT u.id, u.s, row_number() OVER (ORDER BY u.s DESC NULLS LAST, u.id DESC) AS o
            FROM (SELECT * FROM unnest(a_ids, a_seen) UNION ALL SELECT * FROM unnest(b_ids, b_seen)) u(id, s)) x
   WHERE x.o <= 3;
END $$;

-- connection_deltas with each unit's evidence id and date: per key, the
-- newest three units added and the ids of the units removed.
CREATE FUNCTION connection_evidence_deltas(st text[], si text[], k text[], tt text[], ti text[], n integer[], slots integer[],
                                           ids text[], seen timestamptz[])
RETURNS TABLE (source_type text, source_id text, kind text, target_type text, target_id text, n integer, relation_counts integer[],
               added_ids text[], added_seen timestamptz[], removed_ids text[])
LANGUAGE sql IMMUTABLE AS $$
  SELECT d.st, d.si, d.k, d.tt, d.ti, sum(d.n)::int,
         CASE WHEN d.k IN ('RESPONDED_TO', 'CONTRADICTED') THEN
           ARRAY[coalesce(sum(d.n) FILTER (WHERE d.slot = 1), 0), coalesce(sum(d.n) FILTER (WHERE d.slot = 2), 0),
                 coalesce(sum(d.n) FILTER (WHERE d.slot = 3), 0), coalesce(sum(d.n) FILTER (WHERE d.slot = 4), 0),
                 coalesce(sum(d.n) FILTER (WHERE d.slot = 5), 0)]::int[] END,
         coalesce((array_agg(d.id ORDER BY d.seen DESC NULLS LAST, d.id DESC) FILTER (WHERE d.n > 0))[1:3], '{}'),
         coalesce((array_agg(d.seen ORDER BY d.seen DESC NULLS LAST, d.id DESC) FILTER (WHERE d.n > 0))[1:3], '{}'),
         coalesce(array_agg(d.id) FILTER (WHERE d.n < 0), '{}')
    FROM unnest(st, si, k, tt, ti, n, slots, ids, seen) AS d(st, si, k, tt, ti, n, slot, id, seen)
   GROUP BY 1, 2, 3, 4, 5 $$;

-- Reads the newest evidence of each given pair again, from the post-write
-- source rows: a member's groups newest first (connection_member's member
-- index) with the other member in them; a speaker's statements newest first
-- (statement's speaker indexes) about the event, sub-events included; the
-- relations between the two speakers (connection_relation's (from, to) index).
-- The rows are locked first, in key order, and read in the next statement:
-- under READ COMMITTED its fresh snapshot then holds every write that
-- committed to them before, and a writer still to come waits for the lock
-- and merges its evidence into what is written here.
CREATE FUNCTION entity_connection_refresh_evidence(st text[], si text[], k text[], tt text[], ti text[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM entity_connection c JOIN unnest(st, si, k, tt, ti) AS s(st, si, k, tt, ti)
      ON (c.source_type, c.source_id, c.kind, c.target_type, c.target_id) = (s.st, s.si, s.k, s.tt, s.ti)
   ORDER BY c.source_type, c.source_id, c.kind, c.target_type, c.target_id FOR UPDATE OF c;
  UPDATE entity_connection c
     SET evidence_ids = coalesce(e.ids, '{}'), evidence_seen = coalesce(e.seen, '{}'), last_seen = e.seen[1]
    -- A pair's groups are walked from the member with fewer neighbours of the
    -- kind (entity_connection_total), so a hub's groups are read only for a
    -- pair of hubs, whose three are near the top of either walk.
    FROM (SELECT DISTINCT u.*, coalesce((SELECT x.edges FROM entity_connection_total x WHERE (x.source_type, x.source_id, x.kind) = (u.st, u.si, u.k)), 0)
                               > coalesce((SELECT x.edges FROM entity_connection_total x WHERE (x.source_type, x.source_id, x.kind) = (u.tt, u.ti, u.k)), 0)
            FROM unnest(st, si, k, tt, ti) AS u(st, si, k, tt, ti)) AS s(st, si, k, tt, ti, from_target)
    CROSS JOIN LATERAL (
      SELECT array_agg(x.id ORDER BY x.o) AS ids, array_agg(x.seen ORDER BY x.o) AS seen
        FROM (SELECT y.id, y.seen, row_number() OVER (ORDER BY y.seen DESC NULLS LAST, y.id DESC) AS o
                FROM ((SELECT a.group_id, a.seen_at FROM connection_member a
                        WHERE s.k IN ('CO_MENTIONED', 'DEPICTED_TOGETHER') AND NOT s.from_target
                          AND a.kind = s.k AND a.member_type = s.st AND a.member_id = s.si
                          AND EXISTS (SELECT 1 FROM connection_member b
                                       WHERE b.kind = s.k AND b.group_id = a.group_id AND b.member_type = s.tt AND b.member_id = s.ti)
                        ORDER BY a.seen_at DESC NULLS LAST, a.group_id DESC LIMIT 3)
                      UNION ALL
                      (SELECT a.group_id, a.seen_at FROM connection_member a
                        WHERE s.k IN ('CO_MENTIONED', 'DEPICTED_TOGETHER') AND s.from_target
                          AND a.kind = s.k AND a.member_type = s.tt AND a.member_id = s.ti
                          AND EXISTS (SELECT 1 FROM connection_member b
                                       WHERE b.kind = s.k AND b.group_id = a.group_id AND b.member_type = s.st AND b.member_id = s.si)
                        ORDER BY a.seen_at DESC NULLS LAST, a.group_id DESC LIMIT 3)
                      UNION ALL
                      (SELECT t.id, t.said_at FROM statement t
                        WHERE s.k = 'SPOKE_ABOUT' AND 'Person' IN (s.st, s.tt)
                          AND t.speaker_person_id = CASE WHEN s.st = 'Event' THEN s.ti ELSE s.si END
                          AND EXISTS (SELECT 1 FROM statement_event se
                                       WHERE se.statement_id = t.id AND se.event_id = CASE WHEN s.st = 'Event' THEN s.si ELSE s.ti END)
                        ORDER BY t.said_at DESC NULLS LAST, t.id DESC LIMIT 3)
                      UNION ALL
                      (SELECT t.id, t.said_at FROM statement t
                        WHERE s.k = 'SPOKE_ABOUT' AND 'Organization' IN (s.st, s.tt)
                          AND t.speaker_organization_id = CASE WHEN s.st = 'Event' THEN s.ti ELSE s.si END
                          AND EXISTS (SELECT 1 FROM statement_event se
                                       WHERE se.statement_id = t.id AND se.event_id = CASE WHEN s.st = 'Event' THEN s.si ELSE s.ti END)
                        ORDER BY t.said_at DESC NULLS LAST, t.id DESC LIMIT 3)
                      UNION ALL
                      (SELECT r.relation_id, r.seen_at FROM connection_relation r
                        WHERE s.k IN ('RESPONDED_TO', 'CONTRADICTED') AND connection_relation_connection(r.relation_kind) = s.k
                          AND ((r.from_id = s.si AND r.to_id = s.ti AND r.from_type = s.st AND r.to_type = s.tt)
                               OR (r.from_id = s.ti AND r.to_id = s.si AND r.from_type = s.tt AND r.to_type = s.st))
                        ORDER BY r.seen_at DESC NULLS LAST, r.relation_id DESC LIMIT 3)) y(id, seen)) x
       WHERE x.o <= 3) e
   WHERE (c.source_type, c.source_id, c.kind, c.target_type, c.target_id) = (s.st, s.si, s.k, s.tt, s.ti);
END $$;

-- entity_connection_add with evidence ids and dates (one per unit).
CREATE FUNCTION entity_connection_add(st text[], si text[], k text[], tt text[], ti text[], n integer[], slots integer[],
                                      ids text[], seen timestamptz[])
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF cardinality(st) IS NULL THEN RETURN; END IF;
  -- Key order, so that two writers touching the same pairs lock them in the same order.
  INSERT INTO entity_connection AS c (source_type, source_id, kind, target_type, target_id, evidence_count, weight, relation_counts, reason,
                                      last_seen, evidence_ids, evidence_seen)
  SELECT d.source_type, d.source_id, d.kind, d.target_type, d.target_id, d.n, d.n * connection_weight(d.kind),
         d.relation_counts, CASE WHEN d.relation_counts IS NOT NULL THEN connection_relation_reason(d.relation_counts) END,
         d.added_seen[1], d.added_ids, d.added_seen
    FROM connection_evidence_deltas(st, si, k, tt, ti, n, slots, ids, seen) d WHERE d.n > 0
   ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT (source_type, source_id, kind, target_type, target_id) DO UPDATE
     SET evidence_count = c.evidence_count + excluded.evidence_count,
         weight = (c.evidence_count + excluded.evidence_count) * connection_weight(c.kind),
         relation_counts = CASE WHEN excluded.relation_counts IS NULL THEN c.relation_counts
                                ELSE connection_add_counts(c.relation_counts, excluded.relation_counts) END,
         reason = CASE WHEN excluded.relation_counts IS NULL THEN c.reason
                       ELSE connection_relation_reason(connection_add_counts(c.relation_counts, excluded.relation_counts)) END,
         (evidence_ids, evidence_seen, last_seen) =
           (SELECT m.ids, m.seen, m.seen[1] FROM connection_evidence_merge(c.evidence_ids, c.evidence_seen, excluded.evidence_ids, excluded.evidence_seen) m);
  IF NOT EXISTS (SELECT 1 FROM unnest(n) AS x(n) WHERE x.n <= 0) THEN RETURN; END IF;
  UPDATE entity_connection c
     SET evidence_count = c.evidence_count + d.n, weight = (c.evidence_count + d.n) * connection_weight(c.kind),
         relation_counts = CASE WHEN d.relation_counts IS NULL THEN c.relation_counts
                                ELSE connection_add_counts(c.relation_counts, d.relation_counts) END,
         reason = CASE WHEN d.relation_counts IS NULL THEN c.reason
                       ELSE connection_relation_reason(connection_add_counts(c.relation_counts, d.relation_counts)) END,
         (evidence_ids, evidence_seen, last_seen) =
           (SELECT m.ids, m.seen, m.seen[1] FROM connection_evidence_merge(c.evidence_ids, c.evidence_seen, d.added_ids, d.added_seen) m)
    FROM connection_evidence_deltas(st, si, k, tt, ti, n, slots, ids, seen) d
   WHERE d.n <= 0 AND (c.source_type, c.source_id, c.kind, c.target_type, c.target_id) = (d.source_type, d.source_id, d.kind, d.target_type, d.target_id);
  DELETE FROM entity_connection c USING connection_evidence_deltas(st, si, k, tt, ti, n, slots, ids, seen) d
   WHERE d.n < 0 AND c.evidence_count <= 0
     AND (c.source_type, c.source_id, c.kind, c.target_type, c.target_id) = (d.source_type, d.source_id, d.kind, d.target_type, d.target_id);
  -- A removed unit still among the kept three. When the rest of the three is
  -- all the evidence the pair has left (most pairs have three pieces or
  -- fewer), dropping it is enough; otherwise the merge above cannot know what
  -- comes after the three, so those pairs read theirs again.
  UPDATE entity_connection c SET evidence_ids = t.ids, evidence_seen = t.seen, last_seen = t.seen[1]
    FROM (SELECT r.source_type, r.source_id, r.kind, r.target_type, r.target_id, kept.ids, kept.seen
            FROM entity_connection r JOIN connection_evidence_deltas(st, si, k, tt, ti, n, slots, ids, seen) d
              ON (r.source_type, r.source_id, r.kind, r.target_type, r.target_id) = (d.source_type, d.source_id, d.kind, d.target_type, d.target_id)
            CROSS JOIN LATERAL (SELECT coalesce(array_agg(x.id ORDER BY x.o), '{}') AS ids, coalesce(array_agg(x.s ORDER BY x.o), '{}') AS seen
                                  FROM unnest(r.evidence_ids, r.evidence_seen) WITH ORDINALITY AS x(id, s, o)
                                 WHERE x.id <> ALL (d.removed_ids)) kept
           WHERE d.removed_ids && r.evidence_ids AND cardinality(kept.ids) >= r.evidence_count) t
   WHERE (c.source_type, c.source_id, c.kind, c.target_type, c.target_id) = (t.source_type, t.source_id, t.kind, t.target_type, t.target_id);
  PERFORM entity_connection_refresh_evidence(array_agg(c.source_type), array_agg(c.source_id), array_agg(c.kind),
                                             array_agg(c.target_type), array_agg(c.target_id))
     FROM entity_connection c JOIN connection_evidence_deltas(st, si, k, tt, ti, n, slots, ids, seen) d
       ON (c.source_type, c.source_id, c.kind, c.target_type, c.target_id) = (d.source_type, d.source_id, d.kind, d.target_type, d.target_id)
    WHERE d.removed_ids && c.evidence_ids
   HAVING count(*) > 0;
END $$;

-- Memberships carry their group's date.
CREATE OR REPLACE FUNCTION connection_member_add(member_kind text, g text[], t text[], i text[], n integer[])
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF cardinality(g) IS NULL THEN RETURN; END IF;
  INSERT INTO connection_member AS m (kind, group_id, member_type, member_id, evidence_rows, seen_at)
  SELECT member_kind, d.g, d.t, d.i, d.n,
         CASE member_kind WHEN 'CO_MENTIONED' THEN (SELECT a.published_at FROM article a WHERE a.id = d.g)
              ELSE (SELECT coalesce(a.published_at, im.taken_at) FROM image im LEFT JOIN article a ON a.id = im.article_id WHERE im.id = d.g) END
    FROM (SELECT d.g, d.t, d.i, sum(d.n)::int AS n FROM unnest(g, t, i, n) AS d(g, t, i, n) GROUP BY 1, 2, 3 HAVING sum(d.n) > 0) d
   ORDER BY 2, 3, 4
  ON CONFLICT (kind, group_id, member_type, member_id) DO UPDATE SET evidence_rows = m.evidence_rows + excluded.evidence_rows;
  IF NOT EXISTS (SELECT 1 FROM unnest(n) AS x(n) WHERE x.n < 0) THEN RETURN; END IF;
  UPDATE connection_member m SET evidence_rows = m.evidence_rows + d.n
    FROM (SELECT d.g, d.t, d.i, sum(d.n)::int AS n FROM unnest(g, t, i, n) AS d(g, t, i, n) GROUP BY 1, 2, 3 HAVING sum(d.n) < 0) d
   WHERE (m.kind, m.group_id, m.member_type, m.member_id) = (member_kind, d.g, d.t, d.i);
  DELETE FROM connection_member m USING unnest(g, t, i) AS d(g, t, i)
   WHERE (m.kind, m.group_id, m.member_type, m.member_id) = (member_kind, d.g, d.t, d.i) AND m.evidence_rows <= 0;
END $$;

CREATE OR REPLACE FUNCTION connection_member_joined() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF connections_paused() THEN RETURN NULL; END IF;
  PERFORM pg_advisory_xact_lock(hashtextextended('connection_member:' || g.kind || ':' || g.group_id, 0))
     FROM (SELECT DISTINCT kind, group_id FROM new_rows ORDER BY 1, 2) g;
  -- Ordered pairs with a new member first, then with an old member first and a new one second.
  PERFORM entity_connection_add(array_agg(p.st), array_agg(p.si), array_agg(p.k), array_agg(p.tt), array_agg(p.ti), array_agg(1), NULL,
                                array_agg(p.g), array_agg(p.seen))
    FROM (SELECT x.member_type, x.member_id, x.kind, y.member_type, y.member_id, x.group_id, x.seen_at
            FROM new_rows x JOIN connection_member y ON y.kind = x.kind AND y.group_id = x.group_id
           WHERE (y.member_type, y.member_id) <> (x.member_type, x.member_id)
          UNION ALL
          SELECT y.member_type, y.member_id, x.kind, x.member_type, x.member_id, x.group_id, x.seen_at
            FROM new_rows x JOIN connection_member y ON y.kind = x.kind AND y.group_id = x.group_id
           WHERE NOT EXISTS (SELECT 1 FROM new_rows z
                              WHERE (z.kind, z.group_id, z.member_type, z.member_id) = (y.kind, y.group_id, y.member_type, y.member_id))) p(st, si, k, tt, ti, g, seen);
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION connection_member_left() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF connections_paused() THEN RETURN NULL; END IF;
  PERFORM pg_advisory_xact_lock(hashtextextended('connection_member:' || g.kind || ':' || g.group_id, 0))
     FROM (SELECT DISTINCT kind, group_id FROM old_rows ORDER BY 1, 2) g;
  -- Ordered pairs with a departed member first (the other among all who were
  -- there), then with a remaining member first.
  PERFORM entity_connection_add(array_agg(p.st), array_agg(p.si), array_agg(p.k), array_agg(p.tt), array_agg(p.ti), array_agg(-1), NULL,
                                array_agg(p.g), array_agg(p.seen))
    FROM (SELECT x.member_type, x.member_id, x.kind, y.member_type, y.member_id, x.group_id, x.seen_at
            FROM old_rows x
            JOIN (SELECT kind, group_id, member_type, member_id FROM connection_member
                   WHERE (kind, group_id) IN (SELECT kind, group_id FROM old_rows)
                  UNION ALL SELECT kind, group_id, member_type, member_id FROM old_rows) y
              ON y.kind = x.kind AND y.group_id = x.group_id
           WHERE (y.member_type, y.member_id) <> (x.member_type, x.member_id)
          UNION ALL
          SELECT y.member_type, y.member_id, x.kind, x.member_type, x.member_id, x.group_id, x.seen_at
            FROM old_rows x JOIN connection_member y ON y.kind = x.kind AND y.group_id = x.group_id) p(st, si, k, tt, ti, g, seen);
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION connection_from_statement_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF connections_paused() THEN RETURN NULL; END IF;
  EXECUTE format($sql$
    WITH c AS (SELECT c.sign, c.event_id, c.direct, c.statement_id, c.said_at,
                      CASE WHEN c.speaker_person_id IS NOT NULL THEN 'Person' ELSE 'Organization' END AS speaker_type,
                      coalesce(c.speaker_person_id, c.speaker_organization_id) AS speaker_id
                 FROM (%s) c WHERE coalesce(c.speaker_person_id, c.speaker_organization_id) IS NOT NULL),
    units AS (SELECT c.speaker_type AS st, c.speaker_id AS si, 'Event' AS tt, c.event_id AS ti, c.sign, c.statement_id, c.said_at FROM c
              UNION ALL SELECT 'Event', c.event_id, c.speaker_type, c.speaker_id, c.sign, c.statement_id, c.said_at FROM c)
    SELECT entity_connection_add(array_agg(u.st), array_agg(u.si), array_agg('SPOKE_ABOUT'::text), array_agg(u.tt), array_agg(u.ti),
                                 array_agg(u.sign), NULL, array_agg(u.statement_id), array_agg(u.said_at))
      FROM units u $sql$, connection_changes(TG_OP));
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION connection_from_relation_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF connections_paused() THEN RETURN NULL; END IF;
  EXECUTE format($sql$
    WITH c AS (SELECT * FROM (%s) c
                WHERE c.from_id IS NOT NULL AND c.to_id IS NOT NULL AND (c.from_type, c.from_id) <> (c.to_type, c.to_id)),
    units AS (SELECT c.from_type AS st, c.from_id AS si, c.to_type AS tt, c.to_id AS ti, c.sign, c.relation_kind, c.relation_id, c.seen_at FROM c
              UNION ALL SELECT c.to_type, c.to_id, c.from_type, c.from_id, c.sign, c.relation_kind, c.relation_id, c.seen_at FROM c)
    SELECT entity_connection_add(array_agg(u.st), array_agg(u.si), array_agg(connection_relation_connection(u.relation_kind)),
                                 array_agg(u.tt), array_agg(u.ti), array_agg(u.sign), array_agg(connection_relation_slot(u.relation_kind)),
                                 array_agg(u.relation_id), array_agg(u.seen_at))
      FROM units u $sql$, connection_changes(TG_OP));
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION connection_relation_copy() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF connections_paused() THEN RETURN NULL; END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    DELETE FROM connection_relation c USING old_rows o WHERE c.relation_id = o.id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    -- A concurrent change of these statements' speakers either commits first
    -- (and is read here) or waits for this transaction (and finds the copy).
    PERFORM 1 FROM statement s WHERE s.id IN (SELECT from_id FROM new_rows UNION SELECT to_id FROM new_rows) ORDER BY s.id FOR SHARE;
    INSERT INTO connection_relation (relation_id, relation_kind, from_type, from_id, to_type, to_id, seen_at)
    SELECT n.id, n.kind,
           CASE WHEN f.speaker_person_id IS NOT NULL THEN 'Person' WHEN f.speaker_organization_id IS NOT NULL THEN 'Organization' END,
           coalesce(f.speaker_person_id, f.speaker_organization_id),
           CASE WHEN t.speaker_person_id IS NOT NULL THEN 'Person' WHEN t.speaker_organization_id IS NOT NULL THEN 'Organization' END,
           coalesce(t.speaker_person_id, t.speaker_organization_id), f.said_at
      FROM new_rows n JOIN statement f ON f.id = n.from_id JOIN statement t ON t.id = n.to_id;
  END IF;
  RETURN NULL;
END $$;

-- A statement's new speaker (an edit, a merge) moves its relations'
-- evidence; a new saidAt of a relation's from statement re-dates it.
CREATE OR REPLACE FUNCTION connection_statement_speaker() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF connections_paused() THEN RETURN NULL; END IF;
  IF NOT EXISTS (SELECT 1 FROM new_rows n JOIN old_rows o ON o.id = n.id
                  WHERE (n.speaker_person_id, n.speaker_organization_id, n.said_at)
                        IS DISTINCT FROM (o.speaker_person_id, o.speaker_organization_id, o.said_at)) THEN
    RETURN NULL;
  END IF;
  UPDATE connection_relation c
     SET from_type = CASE WHEN n.speaker_person_id IS NOT NULL THEN 'Person' WHEN n.speaker_organization_id IS NOT NULL THEN 'Organization' END,
         from_id = coalesce(n.speaker_person_id, n.speaker_organization_id), seen_at = n.said_at
    FROM new_rows n JOIN statement_relation r ON r.from_id = n.id
   WHERE c.relation_id = r.id
     AND (c.from_id, c.seen_at) IS DISTINCT FROM (coalesce(n.speaker_person_id, n.speaker_organization_id), n.said_at);
  UPDATE connection_relation c
     SET to_type = CASE WHEN n.speaker_person_id IS NOT NULL THEN 'Person' WHEN n.speaker_organization_id IS NOT NULL THEN 'Organization' END,
         to_id = coalesce(n.speaker_person_id, n.speaker_organization_id)
    FROM new_rows n JOIN statement_relation r ON r.to_id = n.id
   WHERE c.relation_id = r.id AND (c.to_id IS DISTINCT FROM coalesce(n.speaker_person_id, n.speaker_organization_id));
  RETURN NULL;
END $$;

-- A group's new date (an article's publishedAt; an image's takenAt or
-- article) re-dates its memberships, and every pair in the group reads its
-- newest evidence again. Statement-level with transition tables, which
-- cannot name columns, so the changed rows are found by comparing them.
CREATE FUNCTION connection_group_redated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF connections_paused() THEN RETURN NULL; END IF;
  IF TG_TABLE_NAME = 'article' THEN
    WITH changed AS (SELECT n.id, n.published_at FROM new_rows n JOIN old_rows o ON o.id = n.id
                      WHERE n.published_at IS DISTINCT FROM o.published_at)
    UPDATE connection_member m SET seen_at = g.seen
      FROM (SELECT 'CO_MENTIONED' AS kind, c.id AS group_id, c.published_at AS seen FROM changed c
            UNION ALL
            SELECT 'DEPICTED_TOGETHER', im.id, coalesce(c.published_at, im.taken_at) FROM changed c JOIN image im ON im.article_id = c.id) g
     WHERE m.kind = g.kind AND m.group_id = g.group_id AND m.seen_at IS DISTINCT FROM g.seen;
  ELSE
    UPDATE connection_member m SET seen_at = g.seen
      FROM (SELECT n.id AS group_id, coalesce(a.published_at, n.taken_at) AS seen
              FROM new_rows n JOIN old_rows o ON o.id = n.id LEFT JOIN article a ON a.id = n.article_id
             WHERE (n.taken_at, n.article_id) IS DISTINCT FROM (o.taken_at, o.article_id)) g
     WHERE m.kind = 'DEPICTED_TOGETHER' AND m.group_id = g.group_id AND m.seen_at IS DISTINCT FROM g.seen;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER connection_article_redated AFTER UPDATE ON article
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION connection_group_redated();
CREATE TRIGGER connection_image_redated AFTER UPDATE ON image
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION connection_group_redated();

CREATE FUNCTION connection_member_redated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF connections_paused() THEN RETURN NULL; END IF;
  PERFORM entity_connection_refresh_evidence(array_agg(x.member_type), array_agg(x.member_id), array_agg(x.kind),
                                             array_agg(y.member_type), array_agg(y.member_id))
     FROM (SELECT DISTINCT n.kind, n.group_id, n.member_type, n.member_id FROM new_rows n JOIN old_rows o
             ON (o.kind, o.group_id, o.member_type, o.member_id) = (n.kind, n.group_id, n.member_type, n.member_id)
            WHERE n.seen_at IS DISTINCT FROM o.seen_at) x
     JOIN connection_member y ON y.kind = x.kind AND y.group_id = x.group_id AND (y.member_type, y.member_id) <> (x.member_type, x.member_id)
   HAVING count(*) > 0;
  RETURN NULL;
END $$;

CREATE TRIGGER connection_member_redated AFTER UPDATE ON connection_member
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION connection_member_redated();

DROP FUNCTION entity_connection_add(text[], text[], text[], text[], text[], integer[], integer[]);
DROP FUNCTION connection_deltas(text[], text[], text[], text[], text[], integer[], integer[]);

-- The rebuild: the steps that read evidence now keep its dates and newest
-- ids ('clear', 'totals' and 'indexes' are unchanged and stay where they were
-- defined). Per pair, the newest three are the first three of one ordered
-- aggregate over the pair's units, the same order the triggers keep.
ALTER FUNCTION entity_connection_rebuild(text) RENAME TO entity_connection_rebuild_totals;

CREATE FUNCTION entity_connection_rebuild(step text) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  written bigint;
  paused text := current_setting('newsgraph.connections_paused', true);
BEGIN
  IF step NOT IN ('members:CO_MENTIONED', 'members:DEPICTED_TOGETHER', 'relations', 'CO_MENTIONED', 'DEPICTED_TOGETHER', 'SPOKE_ABOUT',
                  'RESPONDED_TO+CONTRADICTED') THEN
    RETURN entity_connection_rebuild_totals(step);
  END IF;
  PERFORM set_config('newsgraph.connections_paused', 'on', true);
  PERFORM set_config('work_mem', '128MB', true);
  CASE
  WHEN step = 'members:CO_MENTIONED' THEN
    INSERT INTO connection_member (kind, group_id, member_type, member_id, evidence_rows, seen_at)
    SELECT 'CO_MENTIONED', m.article_id, m.member_type, m.member_id, m.n, a.published_at
      FROM (SELECT c.article_id,
                   CASE WHEN c.person_id IS NOT NULL THEN 'Person' WHEN c.organization_id IS NOT NULL THEN 'Organization'
                        WHEN c.place_id IS NOT NULL THEN 'Place' ELSE 'Event' END AS member_type,
                   coalesce(c.person_id, c.organization_id, c.place_id, c.event_id) AS member_id, count(*)::int AS n
              FROM article_mention c GROUP BY 1, 2, 3) m
      JOIN article a ON a.id = m.article_id;
  WHEN step = 'members:DEPICTED_TOGETHER' THEN
    INSERT INTO connection_member (kind, group_id, member_type, member_id, evidence_rows, seen_at)
    SELECT 'DEPICTED_TOGETHER', m.image_id, m.member_type, m.member_id, m.n, coalesce(a.published_at, im.taken_at)
      FROM (SELECT c.image_id,
                   CASE WHEN c.person_id IS NOT NULL THEN 'Person' WHEN c.organization_id IS NOT NULL THEN 'Organization'
                        WHEN c.place_id IS NOT NULL THEN 'Place' ELSE 'Event' END AS member_type,
                   coalesce(c.person_id, c.organization_id, c.place_id, c.event_id) AS member_id, count(*)::int AS n
              FROM image_depiction c GROUP BY 1, 2, 3) m
      JOIN image im ON im.id = m.image_id LEFT JOIN article a ON a.id = im.article_id;
  WHEN step = 'relations' THEN
    INSERT INTO connection_relation (relation_id, relation_kind, from_type, from_id, to_type, to_id, seen_at)
    SELECT r.id, r.kind,
           CASE WHEN f.speaker_person_id IS NOT NULL THEN 'Person' WHEN f.speaker_organization_id IS NOT NULL THEN 'Organization' END,
           coalesce(f.speaker_person_id, f.speaker_organization_id),
           CASE WHEN t.speaker_person_id IS NOT NULL THEN 'Person' WHEN t.speaker_organization_id IS NOT NULL THEN 'Organization' END,
           coalesce(t.speaker_person_id, t.speaker_organization_id), f.said_at
      FROM statement_relation r JOIN statement f ON f.id = r.from_id JOIN statement t ON t.id = r.to_id;
  WHEN step IN ('CO_MENTIONED', 'DEPICTED_TOGETHER') THEN
    -- One sort of the pairs' units, newest first within each pair, aggregated
    -- in that order: with ORDER BY inside the aggregates PostgreSQL sorts each
    -- pair's units again per aggregate (10k articles: 933k pairs, this step
    -- 21 → 42 s). An aggregate takes a sorted subquery's rows in its order
    -- unless the plan splits it into partial aggregates, hence no parallel
    -- workers here.
    PERFORM set_config('max_parallel_workers_per_gather', '0', true);
    INSERT INTO entity_connection (source_type, source_id, kind, target_type, target_id, evidence_count, weight,
                                   last_seen, evidence_ids, evidence_seen)
    SELECT p.st, p.si, step, p.tt, p.ti, p.n, p.n * connection_weight(step), p.seen[1], p.ids[1:3], p.seen[1:3]
      FROM (SELECT u.st, u.si, u.tt, u.ti, count(*)::int AS n, array_agg(u.g) AS ids, array_agg(u.seen) AS seen
              FROM (SELECT a.member_type AS st, a.member_id AS si, b.member_type AS tt, b.member_id AS ti, a.group_id AS g, a.seen_at AS seen
                      FROM connection_member a JOIN connection_member b ON b.kind = a.kind AND b.group_id = a.group_id
                     WHERE a.kind = step AND (b.member_type, b.member_id) <> (a.member_type, a.member_id)
                     ORDER BY 1, 2, 3, 4, 6 DESC NULLS LAST, 5 DESC) u
             GROUP BY 1, 2, 3, 4) p;
  WHEN step = 'SPOKE_ABOUT' THEN
    WITH pairs AS (
      SELECT CASE WHEN se.speaker_person_id IS NOT NULL THEN 'Person' ELSE 'Organization' END AS speaker_type,
             coalesce(se.speaker_person_id, se.speaker_organization_id) AS speaker_id, se.event_id, count(*)::int AS n,
             (array_agg(se.statement_id ORDER BY se.said_at DESC NULLS LAST, se.statement_id DESC))[1:3] AS ids,
             (array_agg(se.said_at ORDER BY se.said_at DESC NULLS LAST, se.statement_id DESC))[1:3] AS seen
        FROM statement_event se WHERE coalesce(se.speaker_person_id, se.speaker_organization_id) IS NOT NULL
       GROUP BY 1, 2, 3)
    INSERT INTO entity_connection (source_type, source_id, kind, target_type, target_id, evidence_count, weight,
                                   last_seen, evidence_ids, evidence_seen)
    SELECT speaker_type, speaker_id, 'SPOKE_ABOUT', 'Event', event_id, n, n * connection_weight('SPOKE_ABOUT'), seen[1], ids, seen FROM pairs
    UNION ALL
    SELECT 'Event', event_id, 'SPOKE_ABOUT', speaker_type, speaker_id, n, n * connection_weight('SPOKE_ABOUT'), seen[1], ids, seen FROM pairs;
  WHEN step = 'RESPONDED_TO+CONTRADICTED' THEN
    WITH units AS (
      SELECT c.from_type AS st, c.from_id AS si, c.to_type AS tt, c.to_id AS ti, c.relation_kind, c.relation_id, c.seen_at FROM connection_relation c
       WHERE c.from_id IS NOT NULL AND c.to_id IS NOT NULL AND (c.from_type, c.from_id) <> (c.to_type, c.to_id)
      UNION ALL
      SELECT c.to_type, c.to_id, c.from_type, c.from_id, c.relation_kind, c.relation_id, c.seen_at FROM connection_relation c
       WHERE c.from_id IS NOT NULL AND c.to_id IS NOT NULL AND (c.from_type, c.from_id) <> (c.to_type, c.to_id)),
    grouped AS (
      SELECT st, si, connection_relation_connection(relation_kind) AS kind, tt, ti, count(*)::int AS n,
             ARRAY[count(*) FILTER (WHERE connection_relation_slot(relation_kind) = 1), count(*) FILTER (WHERE connection_relation_slot(relation_kind) = 2),
                   count(*) FILTER (WHERE connection_relation_slot(relation_kind) = 3), count(*) FILTER (WHERE connection_relation_slot(relation_kind) = 4),
                   count(*) FILTER (WHERE connection_relation_slot(relation_kind) = 5)]::int[] AS relation_counts,
             (array_agg(relation_id ORDER BY seen_at DESC NULLS LAST, relation_id DESC))[1:3] AS ids,
             (array_agg(seen_at ORDER BY seen_at DESC NULLS LAST, relation_id DESC))[1:3] AS seen
        FROM units GROUP BY 1, 2, 3, 4, 5)
    INSERT INTO entity_connection (source_type, source_id, kind, target_type, target_id, evidence_count, weight, relation_counts, reason,
                                   last_seen, evidence_ids, evidence_seen)
    SELECT st, si, kind, tt, ti, n, n * connection_weight(kind), relation_counts, connection_relation_reason(relation_counts), seen[1], ids, seen
      FROM grouped;
  END CASE;
  GET DIAGNOSTICS written = ROW_COUNT;
  PERFORM set_config('newsgraph.connections_paused', coalesce(paused, ''), true);
  RETURN written;
END $$;

-- The stored rows gain their dates and ids the way a rebuild finds them.
DO $$
DECLARE step text;
BEGIN
  FOREACH step IN ARRAY entity_connection_rebuild_steps() LOOP
    PERFORM entity_connection_rebuild(step);
  END LOOP;
END $$;

ANALYZE entity_connection;
ANALYZE entity_connection_total;
ANALYZE connection_member;
ANALYZE connection_relation;
