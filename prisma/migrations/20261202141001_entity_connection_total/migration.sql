-- CreateTable
CREATE TABLE "entity_connection_total" (
    "source_type" TEXT NOT NULL,
    "source_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "edges" INTEGER NOT NULL,

    CONSTRAINT "entity_connection_total_pkey" PRIMARY KEY ("source_type","source_id","kind")
);

-- Hand-written below. entity_connection_total holds, per source and kind, how
-- many entity_connection rows there are, so the total of a `connections` page
-- is a few rows instead of a count over a hub's whole index range (40,000
-- edges for the top speaker at 100k articles). Statement-level triggers on
-- entity_connection keep it: rows are only ever inserted and deleted with
-- their source and kind (an update changes counts only). Both adjust the
-- totals with one upsert in key order, so two writers lock shared totals in
-- the same order; the delete then drops totals that reached 0.
CREATE FUNCTION entity_connection_total_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF connections_paused() THEN RETURN NULL; END IF;
  EXECUTE format($sql$
    INSERT INTO entity_connection_total AS t (source_type, source_id, kind, edges)
    SELECT r.source_type, r.source_id, r.kind, %s * count(*)::int FROM %I r GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (source_type, source_id, kind) DO UPDATE SET edges = t.edges + excluded.edges $sql$,
    CASE TG_OP WHEN 'INSERT' THEN '1' ELSE '-1' END, CASE TG_OP WHEN 'INSERT' THEN 'new_rows' ELSE 'old_rows' END);
  IF TG_OP = 'DELETE' THEN
    DELETE FROM entity_connection_total t USING (SELECT DISTINCT source_type, source_id, kind FROM old_rows) o
     WHERE t.edges <= 0 AND (t.source_type, t.source_id, t.kind) = (o.source_type, o.source_id, o.kind);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER entity_connection_total_insert AFTER INSERT ON entity_connection
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION entity_connection_total_changed();
CREATE TRIGGER entity_connection_total_delete AFTER DELETE ON entity_connection
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION entity_connection_total_changed();

-- The rebuild gains a step, 'totals', counted from the rebuilt rows before
-- their indexes are built (one sequential pass and a hash: at 100k articles,
-- 14.6M rows, counting after the index build took 99 s). The rebuild runs
-- paused, so the triggers above skip its inserts. The other steps are
-- unchanged and stay in the function they were defined in.
ALTER FUNCTION entity_connection_rebuild(text) RENAME TO entity_connection_rebuild_edges;

CREATE OR REPLACE FUNCTION entity_connection_rebuild_steps() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
  SELECT ARRAY['clear', 'members:CO_MENTIONED', 'members:DEPICTED_TOGETHER', 'relations',
               'CO_MENTIONED', 'DEPICTED_TOGETHER', 'SPOKE_ABOUT', 'RESPONDED_TO+CONTRADICTED', 'totals', 'indexes'] $$;

CREATE FUNCTION entity_connection_rebuild(step text) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  written bigint;
BEGIN
  IF step <> 'totals' THEN RETURN entity_connection_rebuild_edges(step); END IF;
  TRUNCATE entity_connection_total;
  INSERT INTO entity_connection_total (source_type, source_id, kind, edges)
  SELECT source_type, source_id, kind, count(*) FROM entity_connection GROUP BY 1, 2, 3;
  GET DIAGNOSTICS written = ROW_COUNT;
  RETURN written;
END $$;

INSERT INTO entity_connection_total (source_type, source_id, kind, edges)
SELECT source_type, source_id, kind, count(*) FROM entity_connection GROUP BY 1, 2, 3;
ANALYZE entity_connection_total;
