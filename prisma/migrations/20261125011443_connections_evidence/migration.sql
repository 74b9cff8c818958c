-- AlterTable
ALTER TABLE "statement_event" ADD COLUMN     "speaker_organization_id" TEXT,
ADD COLUMN     "speaker_person_id" TEXT;

-- Hand-written: statement_event also copies the statement's speaker, kept by
-- the triggers that copy said_at, so that connections read "who spoke about
-- this event lately" from one index range instead of a statement lookup per row.
UPDATE "statement_event" se SET "speaker_person_id" = s."speaker_person_id", "speaker_organization_id" = s."speaker_organization_id"
  FROM "statement" s
 WHERE s."id" = se."statement_id" AND coalesce(s."speaker_person_id", s."speaker_organization_id") IS NOT NULL;

CREATE OR REPLACE FUNCTION "statement_event_said_at"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT "said_at", "speaker_person_id", "speaker_organization_id"
    INTO NEW."said_at", NEW."speaker_person_id", NEW."speaker_organization_id"
    FROM "statement" WHERE "id" = NEW."statement_id";
  RETURN NEW;
END $$;

DROP TRIGGER "statement_said_at_to_events" ON "statement";
DROP FUNCTION "statement_said_at_to_events"();

CREATE FUNCTION "statement_copies_to_events"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "statement_event"
     SET "said_at" = NEW."said_at", "speaker_person_id" = NEW."speaker_person_id", "speaker_organization_id" = NEW."speaker_organization_id"
   WHERE "statement_id" = NEW."id";
  RETURN NULL;
END $$;

CREATE TRIGGER "statement_copies_to_events" AFTER UPDATE OF "said_at", "speaker_person_id", "speaker_organization_id" ON "statement"
  FOR EACH ROW WHEN (OLD."said_at" IS DISTINCT FROM NEW."said_at"
                  OR OLD."speaker_person_id" IS DISTINCT FROM NEW."speaker_person_id"
                  OR OLD."speaker_organization_id" IS DISTINCT FROM NEW."speaker_organization_id")
  EXECUTE FUNCTION "statement_copies_to_events"();

-- DropIndex
DROP INDEX "statement_event_event_id_direct_said_at_statement_id_idx";

-- CreateIndex
CREATE INDEX "statement_event_event_id_direct_said_at_statement_id_speake_idx" ON "statement_event"("event_id", "direct", "said_at", "statement_id", "speaker_person_id", "speaker_organization_id");

-- Hand-edited note: the entity columns of article_mention and image_depiction
-- now lead composite indexes, so an entity's latest mentions and depictions
-- (connections' evidence window) are an index-only range, not a heap scan and a sort.
-- DropIndex
DROP INDEX "article_mention_event_id_idx";

-- DropIndex
DROP INDEX "article_mention_organization_id_idx";

-- DropIndex
DROP INDEX "article_mention_person_id_idx";

-- DropIndex
DROP INDEX "article_mention_place_id_idx";

-- DropIndex
DROP INDEX "image_depiction_event_id_idx";

-- DropIndex
DROP INDEX "image_depiction_organization_id_idx";

-- DropIndex
DROP INDEX "image_depiction_person_id_idx";

-- DropIndex
DROP INDEX "image_depiction_place_id_idx";

-- CreateIndex
CREATE INDEX "article_mention_person_id_article_id_idx" ON "article_mention"("person_id", "article_id");

-- CreateIndex
CREATE INDEX "article_mention_organization_id_article_id_idx" ON "article_mention"("organization_id", "article_id");

-- CreateIndex
CREATE INDEX "article_mention_place_id_article_id_idx" ON "article_mention"("place_id", "article_id");

-- CreateIndex
CREATE INDEX "article_mention_event_id_article_id_idx" ON "article_mention"("event_id", "article_id");

-- CreateIndex
CREATE INDEX "image_depiction_person_id_image_id_idx" ON "image_depiction"("person_id", "image_id");

-- CreateIndex
CREATE INDEX "image_depiction_organization_id_image_id_idx" ON "image_depiction"("organization_id", "image_id");

-- CreateIndex
CREATE INDEX "image_depiction_event_id_image_id_idx" ON "image_depiction"("event_id", "image_id");

-- CreateIndex
CREATE INDEX "image_depiction_place_id_image_id_idx" ON "image_depiction"("place_id", "image_id");
