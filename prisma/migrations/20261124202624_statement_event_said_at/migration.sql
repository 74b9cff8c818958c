-- DropIndex
DROP INDEX "statement_speaker_organization_id_said_at_idx";

-- DropIndex
DROP INDEX "statement_speaker_person_id_said_at_idx";

-- DropIndex
DROP INDEX "statement_event_event_id_direct_idx";

-- AlterTable
ALTER TABLE "statement_event" ADD COLUMN     "said_at" TIMESTAMPTZ(3);

-- Hand-written: statement_event.said_at is a copy of statement.said_at, kept
-- by triggers so that no writer can forget it. An event's statements in time
-- order then come from one index range instead of a join and a sort of every
-- statement about the event.
UPDATE "statement_event" se SET "said_at" = s."said_at" FROM "statement" s WHERE s."id" = se."statement_id" AND s."said_at" IS NOT NULL;

CREATE FUNCTION "statement_event_said_at"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT "said_at" INTO NEW."said_at" FROM "statement" WHERE "id" = NEW."statement_id";
  RETURN NEW;
END $$;

CREATE TRIGGER "statement_event_said_at" BEFORE INSERT OR UPDATE OF "statement_id" ON "statement_event"
  FOR EACH ROW EXECUTE FUNCTION "statement_event_said_at"();

CREATE FUNCTION "statement_said_at_to_events"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "statement_event" SET "said_at" = NEW."said_at" WHERE "statement_id" = NEW."id";
  RETURN NULL;
END $$;

CREATE TRIGGER "statement_said_at_to_events" AFTER UPDATE OF "said_at" ON "statement"
  FOR EACH ROW WHEN (OLD."said_at" IS DISTINCT FROM NEW."said_at") EXECUTE FUNCTION "statement_said_at_to_events"();

-- CreateIndex
-- Hand-edited: NULLS LAST (Prisma cannot say it) to match Person.statements' "latest first, unknown dates last".
CREATE INDEX "statement_speaker_person_id_said_at_id_idx" ON "statement"("speaker_person_id", "said_at" DESC NULLS LAST, "id");

-- CreateIndex
CREATE INDEX "statement_speaker_organization_id_said_at_id_idx" ON "statement"("speaker_organization_id", "said_at" DESC NULLS LAST, "id");

-- CreateIndex
CREATE INDEX "statement_event_event_id_direct_said_at_statement_id_idx" ON "statement_event"("event_id", "direct", "said_at", "statement_id");

-- CreateIndex
CREATE INDEX "statement_event_event_id_said_at_statement_id_idx" ON "statement_event"("event_id", "said_at", "statement_id");
