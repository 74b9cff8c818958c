-- DropIndex
DROP INDEX "statement_article_id_start_offset_idx";

-- DropIndex
DROP INDEX "statement_speaker_organization_id_said_at_id_idx";

-- DropIndex
DROP INDEX "statement_speaker_person_id_said_at_id_idx";

-- DropIndex
DROP INDEX "statement_event_event_id_direct_said_at_statement_id_speake_idx";

-- DropIndex
DROP INDEX "statement_event_event_id_said_at_statement_id_idx";

-- AlterTable
ALTER TABLE "statement" ADD COLUMN     "position" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "statement_event" ADD COLUMN     "article_id" TEXT,
ADD COLUMN     "position" INTEGER NOT NULL DEFAULT 0;

-- Hand-written: every statement's place in its article's reading order, by
-- offset (statements without one last), ties and the rest by id: the input
-- order of statements stored before this column is not known any more.
UPDATE "statement" s SET "position" = ranked."position"
  FROM (SELECT "id", (row_number() OVER (PARTITION BY "article_id" ORDER BY "start_offset" NULLS LAST, "id") - 1)::int AS "position"
          FROM "statement" WHERE "article_id" IS NOT NULL) ranked
 WHERE s."id" = ranked."id" AND s."position" <> ranked."position";

-- Hand-written: statement_event copies the statement's article and position
-- too, by the triggers that copy said_at and the speaker, so that an event's
-- statements in time and reading order stay one index range.
UPDATE "statement_event" se SET "article_id" = s."article_id", "position" = s."position"
  FROM "statement" s
 WHERE s."id" = se."statement_id" AND (s."article_id" IS NOT NULL OR s."position" <> 0);

CREATE OR REPLACE FUNCTION "statement_event_said_at"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT "said_at", "speaker_person_id", "speaker_organization_id", "article_id", "position"
    INTO NEW."said_at", NEW."speaker_person_id", NEW."speaker_organization_id", NEW."article_id", NEW."position"
    FROM "statement" WHERE "id" = NEW."statement_id";
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION "statement_copies_to_events"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "statement_event"
     SET "said_at" = NEW."said_at", "speaker_person_id" = NEW."speaker_person_id", "speaker_organization_id" = NEW."speaker_organization_id",
         "article_id" = NEW."article_id", "position" = NEW."position"
   WHERE "statement_id" = NEW."id";
  RETURN NULL;
END $$;

DROP TRIGGER "statement_copies_to_events" ON "statement";

CREATE TRIGGER "statement_copies_to_events"
  AFTER UPDATE OF "said_at", "speaker_person_id", "speaker_organization_id", "article_id", "position" ON "statement"
  FOR EACH ROW WHEN (OLD."said_at" IS DISTINCT FROM NEW."said_at"
                  OR OLD."speaker_person_id" IS DISTINCT FROM NEW."speaker_person_id"
                  OR OLD."speaker_organization_id" IS DISTINCT FROM NEW."speaker_organization_id"
                  OR OLD."article_id" IS DISTINCT FROM NEW."article_id"
                  OR OLD."position" IS DISTINCT FROM NEW."position")
  EXECUTE FUNCTION "statement_copies_to_events"();

-- CreateIndex
-- Hand-edited: NULLS LAST (Prisma cannot say it) to match Person.statements' "latest first, unknown dates last".
CREATE INDEX "statement_speaker_person_id_said_at_article_id_position_id_idx" ON "statement"("speaker_person_id", "said_at" DESC NULLS LAST, "article_id", "position", "id");

-- CreateIndex
CREATE INDEX "statement_speaker_organization_id_said_at_article_id_positi_idx" ON "statement"("speaker_organization_id", "said_at" DESC NULLS LAST, "article_id", "position", "id");

-- CreateIndex
CREATE INDEX "statement_article_id_position_idx" ON "statement"("article_id", "position");

-- CreateIndex
CREATE INDEX "statement_event_event_id_direct_said_at_article_id_position_idx" ON "statement_event"("event_id", "direct", "said_at", "article_id", "position", "statement_id", "speaker_person_id", "speaker_organization_id");

-- CreateIndex
CREATE INDEX "statement_event_event_id_said_at_article_id_position_statem_idx" ON "statement_event"("event_id", "said_at", "article_id", "position", "statement_id");
