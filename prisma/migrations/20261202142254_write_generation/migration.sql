-- CreateTable
CREATE TABLE "write_generation" (
    "id" INTEGER NOT NULL,
    "value" BIGINT NOT NULL,

    CONSTRAINT "write_generation_pkey" PRIMARY KEY ("id")
);

-- The write generation (src/cache/generation.ts): raised once per committed
-- transaction that wrote any graph table, so that a cache keyed by it never
-- serves an answer older than the data. The row triggers are deferred
-- constraint triggers: they run at commit, after every other statement of the
-- transaction, so the row lock on the counter is held only for the moment of
-- the commit and two writers cannot deadlock over it; the first one of a
-- transaction raises the counter and marks the transaction (a transaction-local
-- setting), the rest return at once. The counter commits with the data, so
-- whoever reads the new value reads the new data too. The trigger-maintained
-- connection tables need none: their sources' writes raise it already.
INSERT INTO "write_generation" ("id", "value") VALUES (1, 0);

CREATE FUNCTION "write_generation_bump"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_LEVEL = 'ROW' AND current_setting('newsgraph.write_generation_bumped', true) = 'on' THEN
    RETURN NULL;
  END IF;
  PERFORM set_config('newsgraph.write_generation_bumped', 'on', true);
  UPDATE "write_generation" SET "value" = "value" + 1 WHERE "id" = 1;
  RETURN NULL;
END;
$$;

DO $$
DECLARE
  graph_table text;
BEGIN
  FOREACH graph_table IN ARRAY ARRAY[
    'article', 'person', 'organization', 'affiliation', 'statement', 'statement_relation', 'event',
    'event_participant', 'article_event', 'statement_event', 'article_contributor', 'article_mention',
    'statement_mention', 'image', 'image_agency', 'image_depiction', 'place', 'entity_redirect'
  ] LOOP
    EXECUTE format(
      'CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "write_generation_bump"()',
      graph_table || '_write_generation', graph_table);
    EXECUTE format(
      'CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION "write_generation_bump"()',
      graph_table || '_write_generation_truncate', graph_table);
  END LOOP;
END;
$$;

-- API keys: every change but the last-used time (written at most once a minute
-- per key while it is in use; re-keying every answer for it would empty the cache).
CREATE CONSTRAINT TRIGGER "api_key_write_generation" AFTER INSERT OR DELETE OR UPDATE OF "name", "prefix", "scopes", "revoked_at", "hash" ON "api_key"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "write_generation_bump"();
CREATE TRIGGER "api_key_write_generation_truncate" AFTER TRUNCATE ON "api_key" FOR EACH STATEMENT EXECUTE FUNCTION "write_generation_bump"();
