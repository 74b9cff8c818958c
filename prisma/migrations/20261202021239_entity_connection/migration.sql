-- CreateTable
CREATE TABLE "entity_connection" (
    "source_type" TEXT NOT NULL,
    "source_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "target_type" TEXT NOT NULL,
    "target_id" TEXT NOT NULL,
    "evidence_count" INTEGER NOT NULL,
    "weight" INTEGER NOT NULL,
    "relation_counts" INTEGER[],
    "reason" TEXT,

    CONSTRAINT "entity_connection_pkey" PRIMARY KEY ("source_type","source_id","kind","target_type","target_id")
);

-- CreateTable
CREATE TABLE "connection_member" (
    "kind" TEXT NOT NULL,
    "group_id" TEXT NOT NULL,
    "member_type" TEXT NOT NULL,
    "member_id" TEXT NOT NULL,
    "evidence_rows" INTEGER NOT NULL,

    CONSTRAINT "connection_member_pkey" PRIMARY KEY ("kind","group_id","member_type","member_id")
);

-- CreateTable
CREATE TABLE "connection_relation" (
    "relation_id" TEXT NOT NULL,
    "relation_kind" "StatementRelationKind" NOT NULL,
    "from_type" TEXT,
    "from_id" TEXT,
    "to_type" TEXT,
    "to_id" TEXT,

    CONSTRAINT "connection_relation_pkey" PRIMARY KEY ("relation_id")
);

-- CreateIndex
CREATE INDEX "entity_connection_source_type_source_id_weight_kind_target__idx" ON "entity_connection"("source_type", "source_id", "weight" DESC, "kind", "target_type", "target_id");

-- Hand-written below: the functions and triggers that keep the three tables
-- above current in the transaction of every write (Prisma's diff ignores
-- functions and triggers). Statement-level triggers with transition tables,
-- so a batch insert (an article's mentions, a COPY) costs one pass, not one
-- per row. The evidence of each stored kind:
--   CO_MENTIONED / DEPICTED_TOGETHER: distinct articles / images two
--     entities share. article_mention and image_depiction rows count into
--     connection_member per (group, member); a member joining or leaving
--     a group adds or removes one unit for each ordered pair it forms with the
--     group's other members.
--   SPOKE_ABOUT: statements (rows of statement_event, direct or about a
--     sub-event) per speaker and event, one unit per row.
--   RESPONDED_TO / CONTRADICTED: statement relations between two speakers'
--     statements, via connection_relation (each relation with its speakers),
--     one unit per relation, counted per relation kind for the reason.
-- Both directions of every pair are stored. Rows reaching 0 are deleted.
-- Setting newsgraph.connections_paused = 'on' (a bulk load, the rebuild)
-- skips all of it; entity_connection_rebuild() then recomputes the tables.

CREATE FUNCTION connection_weight(kind text) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE kind WHEN 'CO_MENTIONED' THEN 1 WHEN 'DEPICTED_TOGETHER' THEN 2 WHEN 'SPOKE_ABOUT_SAME_EVENT' THEN 1
                   WHEN 'SPOKE_ABOUT' THEN 2 WHEN 'RESPONDED_TO' THEN 3 WHEN 'CONTRADICTED' THEN 3 END $$;

-- Slots of relation_counts, in the order of their labels, so the reason lists
-- the relation kinds alphabetically.
CREATE FUNCTION connection_relation_slot(kind "StatementRelationKind") RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE kind WHEN 'CONTRADICTS' THEN 1 WHEN 'DENIES' THEN 2 WHEN 'REPEATS' THEN 3 WHEN 'RESPONDS_TO' THEN 4 WHEN 'SUPPORTS' THEN 5 END $$;

CREATE FUNCTION connection_relation_connection(kind "StatementRelationKind") RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN kind IN ('CONTRADICTS', 'DENIES') THEN 'CONTRADICTED' ELSE 'RESPONDED_TO' END $$;

CREATE FUNCTION connection_relation_reason(counts integer[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT nullif(array_to_string(ARRAY(
    SELECT x.label FROM unnest(ARRAY['contradicts', 'denies', 'repeats', 'responds to', 'supports'], counts) WITH ORDINALITY AS x(label, n, i)
     WHERE x.n > 0 ORDER BY x.i), ', '), '') $$;

CREATE FUNCTION connection_add_counts(a integer[], b integer[]) RETURNS integer[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN a IS NULL THEN b WHEN b IS NULL THEN a
              ELSE ARRAY(SELECT coalesce(x.p, 0) + coalesce(x.q, 0) FROM unnest(a, b) WITH ORDINALITY AS x(p, q, i) ORDER BY x.i) END $$;

CREATE FUNCTION connections_paused() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT coalesce(current_setting('newsgraph.connections_paused', true), '') = 'on' $$;

-- The rows a statement changed, signed: +1 for NEW, -1 for OLD (SQL text for
-- EXECUTE, since a trigger for INSERT has no OLD TABLE and one for DELETE no NEW).
CREATE FUNCTION connection_changes(op text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE op WHEN 'INSERT' THEN 'SELECT 1 AS sign, n.* FROM new_rows n'
                 WHEN 'DELETE' THEN 'SELECT -1 AS sign, o.* FROM old_rows o'
                 ELSE 'SELECT 1 AS sign, n.* FROM new_rows n UNION ALL SELECT -1 AS sign, o.* FROM old_rows o' END $$;

-- Signed evidence for entity_connection, one element per (source, kind,
-- target) unit, summed per key; `slots` gives each RESPONDED_TO/CONTRADICTED
-- unit's relation kind (connection_relation_slot).
CREATE FUNCTION connection_deltas(st text[], si text[], k text[], tt text[], ti text[], n integer[], slots integer[])
RETURNS TABLE (source_type text, source_id text, kind text, target_type text, target_id text, n integer, relation_counts integer[])
LANGUAGE sql IMMUTABLE AS $$
  SELECT d.st, d.si, d.k, d.tt, d.ti, sum(d.n)::int,
         CASE WHEN d.k IN ('RESPONDED_TO', 'CONTRADICTED') THEN
           ARRAY[coalesce(sum(d.n) FILTER (WHERE d.slot = 1), 0), coalesce(sum(d.n) FILTER (WHERE d.slot = 2), 0),
                 coalesce(sum(d.n) FILTER (WHERE d.slot = 3), 0), coalesce(sum(d.n) FILTER (WHERE d.slot = 4), 0),
                 coalesce(sum(d.n) FILTER (WHERE d.slot = 5), 0)]::int[] END
    FROM unnest(st, si, k, tt, ti, n, slots) AS d(st, si, k, tt, ti, n, slot)
   GROUP BY 1, 2, 3, 4, 5
  HAVING sum(d.n) <> 0 OR bool_or(d.slot IS NOT NULL) $$;

-- Applies signed evidence (arguments as connection_deltas): adds to existing
-- rows, creates rows that gain evidence, deletes rows left with none.
CREATE FUNCTION entity_connection_add(st text[], si text[], k text[], tt text[], ti text[], n integer[], slots integer[])
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF cardinality(st) IS NULL THEN RETURN; END IF;
  -- Key order, so that two writers touching the same pairs lock them in the same order.
  INSERT INTO entity_connection AS c (source_type, source_id, kind, target_type, target_id, evidence_count, weight, relation_counts, reason)
  -- The relation-count functions are not inlined (they hold subqueries), so
  -- the rows of the other kinds, nearly all of them, skip the calls.
  SELECT d.source_type, d.source_id, d.kind, d.target_type, d.target_id, d.n, d.n * connection_weight(d.kind),
         d.relation_counts, CASE WHEN d.relation_counts IS NOT NULL THEN connection_relation_reason(d.relation_counts) END
    FROM connection_deltas(st, si, k, tt, ti, n, slots) d WHERE d.n > 0
   ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT (source_type, source_id, kind, target_type, target_id) DO UPDATE
     SET evidence_count = c.evidence_count + excluded.evidence_count,
         weight = (c.evidence_count + excluded.evidence_count) * connection_weight(c.kind),
         relation_counts = CASE WHEN excluded.relation_counts IS NULL THEN c.relation_counts
                                ELSE connection_add_counts(c.relation_counts, excluded.relation_counts) END,
         reason = CASE WHEN excluded.relation_counts IS NULL THEN c.reason
                       ELSE connection_relation_reason(connection_add_counts(c.relation_counts, excluded.relation_counts)) END;
  IF NOT EXISTS (SELECT 1 FROM unnest(n) AS x(n) WHERE x.n <= 0) THEN RETURN; END IF;
  UPDATE entity_connection c
     SET evidence_count = c.evidence_count + d.n, weight = (c.evidence_count + d.n) * connection_weight(c.kind),
         relation_counts = CASE WHEN d.relation_counts IS NULL THEN c.relation_counts
                                ELSE connection_add_counts(c.relation_counts, d.relation_counts) END,
         reason = CASE WHEN d.relation_counts IS NULL THEN c.reason
                       ELSE connection_relation_reason(connection_add_counts(c.relation_counts, d.relation_counts)) END
    FROM connection_deltas(st, si, k, tt, ti, n, slots) d
   WHERE d.n <= 0 AND (c.source_type, c.source_id, c.kind, c.target_type, c.target_id) = (d.source_type, d.source_id, d.kind, d.target_type, d.target_id);
  DELETE FROM entity_connection c USING connection_deltas(st, si, k, tt, ti, n, slots) d
   WHERE d.n < 0 AND c.evidence_count <= 0
     AND (c.source_type, c.source_id, c.kind, c.target_type, c.target_id) = (d.source_type, d.source_id, d.kind, d.target_type, d.target_id);
END $$;

-- Adds signed source rows to group memberships (one element per row); a
-- membership is created at its first row and deleted with its last, which
-- fires the pair triggers below.
CREATE FUNCTION connection_member_add(member_kind text, g text[], t text[], i text[], n integer[])
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF cardinality(g) IS NULL THEN RETURN; END IF;
  INSERT INTO connection_member AS m (kind, group_id, member_type, member_id, evidence_rows)
  SELECT member_kind, d.g, d.t, d.i, sum(d.n)::int FROM unnest(g, t, i, n) AS d(g, t, i, n)
   GROUP BY 2, 3, 4 HAVING sum(d.n) > 0 ORDER BY 2, 3, 4
  ON CONFLICT (kind, group_id, member_type, member_id) DO UPDATE SET evidence_rows = m.evidence_rows + excluded.evidence_rows;
  IF NOT EXISTS (SELECT 1 FROM unnest(n) AS x(n) WHERE x.n < 0) THEN RETURN; END IF;
  UPDATE connection_member m SET evidence_rows = m.evidence_rows + d.n
    FROM (SELECT d.g, d.t, d.i, sum(d.n)::int AS n FROM unnest(g, t, i, n) AS d(g, t, i, n) GROUP BY 1, 2, 3 HAVING sum(d.n) < 0) d
   WHERE (m.kind, m.group_id, m.member_type, m.member_id) = (member_kind, d.g, d.t, d.i);
  DELETE FROM connection_member m USING unnest(g, t, i) AS d(g, t, i)
   WHERE (m.kind, m.group_id, m.member_type, m.member_id) = (member_kind, d.g, d.t, d.i) AND m.evidence_rows <= 0;
END $$;

-- Pair maintenance reads a group's other members after its own change. Two
-- transactions changing one group at once would each miss the other's
-- uncommitted member, so they take turns per group (an advisory lock held to
-- commit; the reads that follow it take a fresh snapshot).
CREATE FUNCTION connection_member_joined() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF connections_paused() THEN RETURN NULL; END IF;
  PERFORM pg_advisory_xact_lock(hashtextextended('connection_member:' || g.kind || ':' || g.group_id, 0))
     FROM (SELECT DISTINCT kind, group_id FROM new_rows ORDER BY 1, 2) g;
  -- Ordered pairs with a new member first, then with an old member first and a new one second.
  PERFORM entity_connection_add(array_agg(p.st), array_agg(p.si), array_agg(p.k), array_agg(p.tt), array_agg(p.ti), array_agg(1), NULL)
    FROM (SELECT x.member_type, x.member_id, x.kind, y.member_type, y.member_id
            FROM new_rows x JOIN connection_member y ON y.kind = x.kind AND y.group_id = x.group_id
           WHERE (y.member_type, y.member_id) <> (x.member_type, x.member_id)
          UNION ALL
          SELECT y.member_type, y.member_id, x.kind, x.member_type, x.member_id
            FROM new_rows x JOIN connection_member y ON y.kind = x.kind AND y.group_id = x.group_id
           WHERE NOT EXISTS (SELECT 1 FROM new_rows z
                              WHERE (z.kind, z.group_id, z.member_type, z.member_id) = (y.kind, y.group_id, y.member_type, y.member_id))) p(st, si, k, tt, ti);
  RETURN NULL;
END $$;

CREATE FUNCTION connection_member_left() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF connections_paused() THEN RETURN NULL; END IF;
  PERFORM pg_advisory_xact_lock(hashtextextended('connection_member:' || g.kind || ':' || g.group_id, 0))
     FROM (SELECT DISTINCT kind, group_id FROM old_rows ORDER BY 1, 2) g;
  -- Ordered pairs with a departed member first (the other among all who were
  -- there), then with a remaining member first.
  PERFORM entity_connection_add(array_agg(p.st), array_agg(p.si), array_agg(p.k), array_agg(p.tt), array_agg(p.ti), array_agg(-1), NULL)
    FROM (SELECT x.member_type, x.member_id, x.kind, y.member_type, y.member_id
            FROM old_rows x
            JOIN (SELECT kind, group_id, member_type, member_id FROM connection_member
                   WHERE (kind, group_id) IN (SELECT kind, group_id FROM old_rows)
                  UNION ALL SELECT kind, group_id, member_type, member_id FROM old_rows) y
              ON y.kind = x.kind AND y.group_id = x.group_id
           WHERE (y.member_type, y.member_id) <> (x.member_type, x.member_id)
          UNION ALL
          SELECT y.member_type, y.member_id, x.kind, x.member_type, x.member_id
            FROM old_rows x JOIN connection_member y ON y.kind = x.kind AND y.group_id = x.group_id) p(st, si, k, tt, ti);
  RETURN NULL;
END $$;

CREATE TRIGGER connection_member_joined AFTER INSERT ON connection_member
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION connection_member_joined();
CREATE TRIGGER connection_member_left AFTER DELETE ON connection_member
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION connection_member_left();

-- article_mention and image_depiction: one membership row per source row.
CREATE FUNCTION connection_from_group_rows() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  member_kind text := CASE TG_TABLE_NAME WHEN 'article_mention' THEN 'CO_MENTIONED' ELSE 'DEPICTED_TOGETHER' END;
  group_column text := CASE TG_TABLE_NAME WHEN 'article_mention' THEN 'article_id' ELSE 'image_id' END;
BEGIN
  IF connections_paused() THEN RETURN NULL; END IF;
  EXECUTE format($sql$
    SELECT connection_member_add(%L, array_agg(c.%I), array_agg(
             CASE WHEN c.person_id IS NOT NULL THEN 'Person' WHEN c.organization_id IS NOT NULL THEN 'Organization'
                  WHEN c.place_id IS NOT NULL THEN 'Place' ELSE 'Event' END),
           array_agg(coalesce(c.person_id, c.organization_id, c.place_id, c.event_id)), array_agg(c.sign))
      FROM (%s) c $sql$, member_kind, group_column, connection_changes(TG_OP));
  RETURN NULL;
END $$;

CREATE TRIGGER connection_article_mention_insert AFTER INSERT ON article_mention
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION connection_from_group_rows();
CREATE TRIGGER connection_article_mention_update AFTER UPDATE ON article_mention
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION connection_from_group_rows();
CREATE TRIGGER connection_article_mention_delete AFTER DELETE ON article_mention
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION connection_from_group_rows();
CREATE TRIGGER connection_image_depiction_insert AFTER INSERT ON image_depiction
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION connection_from_group_rows();
CREATE TRIGGER connection_image_depiction_update AFTER UPDATE ON image_depiction
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION connection_from_group_rows();
CREATE TRIGGER connection_image_depiction_delete AFTER DELETE ON image_depiction
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION connection_from_group_rows();

-- statement_event (whose speaker columns the statement's triggers keep
-- current): every row with a speaker is a statement about the event for
-- SPOKE_ABOUT (sub-events included, as the indirect rows are).
-- SPOKE_ABOUT_SAME_EVENT is not kept: every pair of an event's speakers would
-- be a row (quadratic in speakers; 85% of the rows at 10k articles), so
-- src/db/connections.ts computes it from a window at read time.
CREATE FUNCTION connection_from_statement_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF connections_paused() THEN RETURN NULL; END IF;
  EXECUTE format($sql$
    WITH c AS (SELECT c.sign, c.event_id, c.direct,
                      CASE WHEN c.speaker_person_id IS NOT NULL THEN 'Person' ELSE 'Organization' END AS speaker_type,
                      coalesce(c.speaker_person_id, c.speaker_organization_id) AS speaker_id
                 FROM (%s) c WHERE coalesce(c.speaker_person_id, c.speaker_organization_id) IS NOT NULL),
    units AS (SELECT c.speaker_type AS st, c.speaker_id AS si, 'Event' AS tt, c.event_id AS ti, c.sign FROM c
              UNION ALL SELECT 'Event', c.event_id, c.speaker_type, c.speaker_id, c.sign FROM c)
    SELECT entity_connection_add(array_agg(u.st), array_agg(u.si), array_agg('SPOKE_ABOUT'::text), array_agg(u.tt), array_agg(u.ti),
                                 array_agg(u.sign), NULL)
      FROM units u $sql$, connection_changes(TG_OP));
  RETURN NULL;
END $$;

CREATE TRIGGER connection_statement_event_insert AFTER INSERT ON statement_event
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION connection_from_statement_event();
CREATE TRIGGER connection_statement_event_update AFTER UPDATE ON statement_event
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION connection_from_statement_event();
CREATE TRIGGER connection_statement_event_delete AFTER DELETE ON statement_event
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION connection_from_statement_event();

-- Statement relations: connection_relation holds each relation with its two
-- speakers; its changes are the evidence. A statement's deletion deletes its
-- relations, and by then the statement's speaker can no longer be read; the
-- copy here still has it.
CREATE FUNCTION connection_from_relation_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF connections_paused() THEN RETURN NULL; END IF;
  EXECUTE format($sql$
    WITH c AS (SELECT * FROM (%s) c
                WHERE c.from_id IS NOT NULL AND c.to_id IS NOT NULL AND (c.from_type, c.from_id) <> (c.to_type, c.to_id)),
    units AS (SELECT c.from_type AS st, c.from_id AS si, c.to_type AS tt, c.to_id AS ti, c.sign, c.relation_kind FROM c
              UNION ALL SELECT c.to_type, c.to_id, c.from_type, c.from_id, c.sign, c.relation_kind FROM c)
    SELECT entity_connection_add(array_agg(u.st), array_agg(u.si), array_agg(connection_relation_connection(u.relation_kind)),
                                 array_agg(u.tt), array_agg(u.ti), array_agg(u.sign), array_agg(connection_relation_slot(u.relation_kind)))
      FROM units u $sql$, connection_changes(TG_OP));
  RETURN NULL;
END $$;

CREATE TRIGGER connection_relation_insert AFTER INSERT ON connection_relation
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION connection_from_relation_rows();
CREATE TRIGGER connection_relation_update AFTER UPDATE ON connection_relation
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION connection_from_relation_rows();
CREATE TRIGGER connection_relation_delete AFTER DELETE ON connection_relation
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION connection_from_relation_rows();

CREATE FUNCTION connection_relation_copy() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF connections_paused() THEN RETURN NULL; END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    DELETE FROM connection_relation c USING old_rows o WHERE c.relation_id = o.id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    -- A concurrent change of these statements' speakers either commits first
    -- (and is read here) or waits for this transaction (and finds the copy).
    PERFORM 1 FROM statement s WHERE s.id IN (SELECT from_id FROM new_rows UNION SELECT to_id FROM new_rows) ORDER BY s.id FOR SHARE;
    INSERT INTO connection_relation (relation_id, relation_kind, from_type, from_id, to_type, to_id)
    SELECT n.id, n.kind,
           CASE WHEN f.speaker_person_id IS NOT NULL THEN 'Person' WHEN f.speaker_organization_id IS NOT NULL THEN 'Organization' END,
           coalesce(f.speaker_person_id, f.speaker_organization_id),
           CASE WHEN t.speaker_person_id IS NOT NULL THEN 'Person' WHEN t.speaker_organization_id IS NOT NULL THEN 'Organization' END,
           coalesce(t.speaker_person_id, t.speaker_organization_id)
      FROM new_rows n JOIN statement f ON f.id = n.from_id JOIN statement t ON t.id = n.to_id;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER connection_statement_relation_insert AFTER INSERT ON statement_relation
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION connection_relation_copy();
CREATE TRIGGER connection_statement_relation_update AFTER UPDATE ON statement_relation
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION connection_relation_copy();
CREATE TRIGGER connection_statement_relation_delete AFTER DELETE ON statement_relation
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION connection_relation_copy();

-- A statement's new speaker (an edit, a merge) moves its relations' evidence.
CREATE FUNCTION connection_statement_speaker() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF connections_paused() THEN RETURN NULL; END IF;
  IF NOT EXISTS (SELECT 1 FROM new_rows n JOIN old_rows o ON o.id = n.id
                  WHERE (n.speaker_person_id, n.speaker_organization_id) IS DISTINCT FROM (o.speaker_person_id, o.speaker_organization_id)) THEN
    RETURN NULL;
  END IF;
  UPDATE connection_relation c
     SET from_type = CASE WHEN n.speaker_person_id IS NOT NULL THEN 'Person' WHEN n.speaker_organization_id IS NOT NULL THEN 'Organization' END,
         from_id = coalesce(n.speaker_person_id, n.speaker_organization_id)
    FROM new_rows n JOIN statement_relation r ON r.from_id = n.id
   WHERE c.relation_id = r.id AND (c.from_id IS DISTINCT FROM coalesce(n.speaker_person_id, n.speaker_organization_id));
  UPDATE connection_relation c
     SET to_type = CASE WHEN n.speaker_person_id IS NOT NULL THEN 'Person' WHEN n.speaker_organization_id IS NOT NULL THEN 'Organization' END,
         to_id = coalesce(n.speaker_person_id, n.speaker_organization_id)
    FROM new_rows n JOIN statement_relation r ON r.to_id = n.id
   WHERE c.relation_id = r.id AND (c.to_id IS DISTINCT FROM coalesce(n.speaker_person_id, n.speaker_organization_id));
  RETURN NULL;
END $$;

CREATE TRIGGER connection_statement_speaker AFTER UPDATE ON statement
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION connection_statement_speaker();

-- The rebuild, one set-based step at a time (npm run connections:rebuild runs
-- them in one transaction with progress output; this migration runs them for
-- the rows already stored). Returns the rows the step wrote.
CREATE FUNCTION entity_connection_rebuild_steps() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
  SELECT ARRAY['clear', 'members:CO_MENTIONED', 'members:DEPICTED_TOGETHER', 'relations',
               'CO_MENTIONED', 'DEPICTED_TOGETHER', 'SPOKE_ABOUT', 'RESPONDED_TO+CONTRADICTED', 'indexes'] $$;

CREATE FUNCTION entity_connection_rebuild(step text) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  written bigint;
  paused text := current_setting('newsgraph.connections_paused', true);
BEGIN
  PERFORM set_config('newsgraph.connections_paused', 'on', true);
  -- Whole-archive joins and sorts; the defaults would spill them to disk.
  PERFORM set_config('work_mem', '128MB', true);
  PERFORM set_config('maintenance_work_mem', '256MB', true);
  CASE
  WHEN step = 'clear' THEN
    -- Loading without the indexes and building them once at the end ('indexes')
    -- is three times faster than inserting millions of rows into them.
    TRUNCATE entity_connection, connection_member, connection_relation;
    ALTER TABLE entity_connection DROP CONSTRAINT entity_connection_pkey;
    DROP INDEX entity_connection_source_type_source_id_weight_kind_target__idx;
    ALTER TABLE connection_member DROP CONSTRAINT connection_member_pkey;
  WHEN step = 'indexes' THEN
    ALTER TABLE connection_member ADD CONSTRAINT connection_member_pkey PRIMARY KEY (kind, group_id, member_type, member_id);
    ALTER TABLE entity_connection ADD CONSTRAINT entity_connection_pkey PRIMARY KEY (source_type, source_id, kind, target_type, target_id);
    CREATE INDEX entity_connection_source_type_source_id_weight_kind_target__idx
      ON entity_connection (source_type, source_id, weight DESC, kind, target_type, target_id);
    SELECT count(*) INTO written FROM entity_connection;
    PERFORM set_config('newsgraph.connections_paused', coalesce(paused, ''), true);
    RETURN written;
  WHEN step IN ('members:CO_MENTIONED', 'members:DEPICTED_TOGETHER') THEN
    EXECUTE format($sql$
      INSERT INTO connection_member (kind, group_id, member_type, member_id, evidence_rows)
      SELECT %L, c.%I,
             CASE WHEN c.person_id IS NOT NULL THEN 'Person' WHEN c.organization_id IS NOT NULL THEN 'Organization'
                  WHEN c.place_id IS NOT NULL THEN 'Place' ELSE 'Event' END,
             coalesce(c.person_id, c.organization_id, c.place_id, c.event_id), count(*)
        FROM %I c GROUP BY 2, 3, 4 $sql$,
      substr(step, 9), CASE step WHEN 'members:CO_MENTIONED' THEN 'article_id' ELSE 'image_id' END,
      CASE step WHEN 'members:CO_MENTIONED' THEN 'article_mention' ELSE 'image_depiction' END);
  WHEN step = 'relations' THEN
    INSERT INTO connection_relation (relation_id, relation_kind, from_type, from_id, to_type, to_id)
    SELECT r.id, r.kind,
           CASE WHEN f.speaker_person_id IS NOT NULL THEN 'Person' WHEN f.speaker_organization_id IS NOT NULL THEN 'Organization' END,
           coalesce(f.speaker_person_id, f.speaker_organization_id),
           CASE WHEN t.speaker_person_id IS NOT NULL THEN 'Person' WHEN t.speaker_organization_id IS NOT NULL THEN 'Organization' END,
           coalesce(t.speaker_person_id, t.speaker_organization_id)
      FROM statement_relation r JOIN statement f ON f.id = r.from_id JOIN statement t ON t.id = r.to_id;
  WHEN step IN ('CO_MENTIONED', 'DEPICTED_TOGETHER') THEN
    INSERT INTO entity_connection (source_type, source_id, kind, target_type, target_id, evidence_count, weight)
    SELECT a.member_type, a.member_id, step, b.member_type, b.member_id, count(*), count(*) * connection_weight(step)
      FROM connection_member a JOIN connection_member b ON b.kind = a.kind AND b.group_id = a.group_id
     WHERE a.kind = step AND (b.member_type, b.member_id) <> (a.member_type, a.member_id)
     GROUP BY 1, 2, 4, 5;
  WHEN step = 'SPOKE_ABOUT' THEN
    WITH pairs AS (
      SELECT CASE WHEN se.speaker_person_id IS NOT NULL THEN 'Person' ELSE 'Organization' END AS speaker_type,
             coalesce(se.speaker_person_id, se.speaker_organization_id) AS speaker_id, se.event_id, count(*)::int AS n
        FROM statement_event se WHERE coalesce(se.speaker_person_id, se.speaker_organization_id) IS NOT NULL
       GROUP BY 1, 2, 3)
    INSERT INTO entity_connection (source_type, source_id, kind, target_type, target_id, evidence_count, weight)
    SELECT speaker_type, speaker_id, 'SPOKE_ABOUT', 'Event', event_id, n, n * connection_weight('SPOKE_ABOUT') FROM pairs
    UNION ALL
    SELECT 'Event', event_id, 'SPOKE_ABOUT', speaker_type, speaker_id, n, n * connection_weight('SPOKE_ABOUT') FROM pairs;
  WHEN step = 'RESPONDED_TO+CONTRADICTED' THEN
    WITH units AS (
      SELECT c.from_type AS st, c.from_id AS si, c.to_type AS tt, c.to_id AS ti, c.relation_kind FROM connection_relation c
       WHERE c.from_id IS NOT NULL AND c.to_id IS NOT NULL AND (c.from_type, c.from_id) <> (c.to_type, c.to_id)
      UNION ALL
      SELECT c.to_type, c.to_id, c.from_type, c.from_id, c.relation_kind FROM connection_relation c
       WHERE c.from_id IS NOT NULL AND c.to_id IS NOT NULL AND (c.from_type, c.from_id) <> (c.to_type, c.to_id)),
    grouped AS (
      SELECT st, si, connection_relation_connection(relation_kind) AS kind, tt, ti, count(*)::int AS n,
             ARRAY[count(*) FILTER (WHERE connection_relation_slot(relation_kind) = 1), count(*) FILTER (WHERE connection_relation_slot(relation_kind) = 2),
                   count(*) FILTER (WHERE connection_relation_slot(relation_kind) = 3), count(*) FILTER (WHERE connection_relation_slot(relation_kind) = 4),
                   count(*) FILTER (WHERE connection_relation_slot(relation_kind) = 5)]::int[] AS relation_counts
        FROM units GROUP BY 1, 2, 3, 4, 5)
    INSERT INTO entity_connection (source_type, source_id, kind, target_type, target_id, evidence_count, weight, relation_counts, reason)
    SELECT st, si, kind, tt, ti, n, n * connection_weight(kind), relation_counts, connection_relation_reason(relation_counts) FROM grouped;
  END CASE;
  GET DIAGNOSTICS written = ROW_COUNT;
  PERFORM set_config('newsgraph.connections_paused', coalesce(paused, ''), true);
  RETURN written;
END $$;

DO $$
DECLARE step text;
BEGIN
  FOREACH step IN ARRAY entity_connection_rebuild_steps() LOOP
    PERFORM entity_connection_rebuild(step);
  END LOOP;
END $$;

-- Fresh statistics, or the first plans take the new tables for empty.
ANALYZE entity_connection;
ANALYZE connection_member;
ANALYZE connection_relation;
