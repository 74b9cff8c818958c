-- The write generation is also announced: the trigger that raises it sends the
-- new value on the channel "newsgraph_write_generation", so that a server keeps
-- the current value in memory (src/cache/generation.ts) instead of reading it
-- before every query. PostgreSQL delivers a notification only when its
-- transaction commits, and in commit order, so a listener never hears of a
-- value whose data is not visible yet, nor of one that rolled back.
CREATE OR REPLACE FUNCTION "write_generation_bump"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  raised bigint;
BEGIN
  IF TG_LEVEL = 'ROW' AND current_setting('newsgraph.write_generation_bumped', true) = 'on' THEN
    RETURN NULL;
  END IF;
  PERFORM set_config('newsgraph.write_generation_bumped', 'on', true);
  UPDATE "write_generation" SET "value" = "value" + 1 WHERE "id" = 1 RETURNING "value" INTO raised;
  PERFORM pg_notify('newsgraph_write_generation', raised::text);
  RETURN NULL;
END;
$$;
