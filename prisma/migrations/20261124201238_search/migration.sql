-- Search: full-text vectors and trigram name indexes, kept current by the
-- database itself (triggers), so every write path is covered.
-- Hand-written parts: extensions, immutable functions, triggers and
-- expression indexes. Prisma's diff ignores functions, triggers and
-- expression indexes, so they live only in this file (tests/migrations.test.ts
-- checks the rest for drift). Triggers rather than generated columns: Prisma
-- reads a generation expression as a column default and reports drift.

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;

-- CreateFunction
-- unaccent() is STABLE (it reads a dictionary found through search_path);
-- naming the dictionary makes the result fixed, so it may be IMMUTABLE and
-- used in index expressions.
CREATE FUNCTION newsgraph_fold(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;

-- array_to_string() is STABLE for arbitrary element types; for text[] it is not.
CREATE FUNCTION newsgraph_join(value text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT coalesce(array_to_string(value, ' '), '') $$;

-- AlterTable
ALTER TABLE "article" ADD COLUMN     "search_vector" tsvector;

-- AlterTable
ALTER TABLE "event" ADD COLUMN     "search_vector" tsvector;

-- AlterTable
ALTER TABLE "image" ADD COLUMN     "search_vector" tsvector;

-- AlterTable
ALTER TABLE "organization" ADD COLUMN     "search_vector" tsvector;

-- AlterTable
ALTER TABLE "person" ADD COLUMN     "search_vector" tsvector;

-- AlterTable
ALTER TABLE "place" ADD COLUMN     "search_vector" tsvector;

-- AlterTable
ALTER TABLE "statement" ADD COLUMN     "search_vector" tsvector;

-- CreateTable
CREATE TABLE "entity_redirect" (
    "from_id" TEXT NOT NULL,
    "to_id" TEXT NOT NULL,
    "typename" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "entity_redirect_pkey" PRIMARY KEY ("from_id")
);

-- CreateIndex
CREATE INDEX "entity_redirect_to_id_idx" ON "entity_redirect"("to_id");

-- CreateIndex
CREATE INDEX "article_search_vector_idx" ON "article" USING GIN ("search_vector");

-- CreateIndex
CREATE INDEX "event_search_vector_idx" ON "event" USING GIN ("search_vector");

-- CreateIndex
CREATE INDEX "image_search_vector_idx" ON "image" USING GIN ("search_vector");

-- CreateIndex
CREATE INDEX "organization_search_vector_idx" ON "organization" USING GIN ("search_vector");

-- CreateIndex
CREATE INDEX "person_search_vector_idx" ON "person" USING GIN ("search_vector");

-- CreateIndex
CREATE INDEX "place_search_vector_idx" ON "place" USING GIN ("search_vector");

-- CreateIndex
CREATE INDEX "statement_search_vector_idx" ON "statement" USING GIN ("search_vector");

-- CreateTrigger
-- Each row's search vector: name or headline weighs A, aliases and statement
-- or caption text B, descriptions and bodies C, venue and credit lines D.
CREATE FUNCTION "article_search_vector"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector := setweight(to_tsvector('english'::regconfig, newsgraph_fold(NEW.headline)), 'A') || setweight(to_tsvector('english'::regconfig, newsgraph_fold(NEW.body)), 'C');
  RETURN NEW;
END $$;
CREATE TRIGGER "article_search_vector" BEFORE INSERT OR UPDATE ON "article" FOR EACH ROW EXECUTE FUNCTION "article_search_vector"();

CREATE FUNCTION "event_search_vector"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector := setweight(to_tsvector('english'::regconfig, newsgraph_fold(NEW.name)), 'A') || setweight(to_tsvector('english'::regconfig, newsgraph_fold(coalesce(NEW.description, ''))), 'C');
  RETURN NEW;
END $$;
CREATE TRIGGER "event_search_vector" BEFORE INSERT OR UPDATE ON "event" FOR EACH ROW EXECUTE FUNCTION "event_search_vector"();

CREATE FUNCTION "image_search_vector"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector := setweight(to_tsvector('english'::regconfig, newsgraph_fold(NEW.caption)), 'B') || setweight(to_tsvector('english'::regconfig, newsgraph_fold(coalesce(NEW.credit_line, ''))), 'D');
  RETURN NEW;
END $$;
CREATE TRIGGER "image_search_vector" BEFORE INSERT OR UPDATE ON "image" FOR EACH ROW EXECUTE FUNCTION "image_search_vector"();

CREATE FUNCTION "organization_search_vector"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector := setweight(to_tsvector('english'::regconfig, newsgraph_fold(NEW.name)), 'A') || setweight(to_tsvector('english'::regconfig, newsgraph_fold(newsgraph_join(NEW.aliases))), 'B') || setweight(to_tsvector('english'::regconfig, newsgraph_fold(coalesce(NEW.description, ''))), 'C');
  RETURN NEW;
END $$;
CREATE TRIGGER "organization_search_vector" BEFORE INSERT OR UPDATE ON "organization" FOR EACH ROW EXECUTE FUNCTION "organization_search_vector"();

CREATE FUNCTION "person_search_vector"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector := setweight(to_tsvector('english'::regconfig, newsgraph_fold(NEW.name)), 'A') || setweight(to_tsvector('english'::regconfig, newsgraph_fold(newsgraph_join(NEW.aliases))), 'B') || setweight(to_tsvector('english'::regconfig, newsgraph_fold(coalesce(NEW.description, ''))), 'C');
  RETURN NEW;
END $$;
CREATE TRIGGER "person_search_vector" BEFORE INSERT OR UPDATE ON "person" FOR EACH ROW EXECUTE FUNCTION "person_search_vector"();

CREATE FUNCTION "place_search_vector"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector := setweight(to_tsvector('english'::regconfig, newsgraph_fold(NEW.name)), 'A') || setweight(to_tsvector('english'::regconfig, newsgraph_fold(newsgraph_join(NEW.aliases))), 'B');
  RETURN NEW;
END $$;
CREATE TRIGGER "place_search_vector" BEFORE INSERT OR UPDATE ON "place" FOR EACH ROW EXECUTE FUNCTION "place_search_vector"();

CREATE FUNCTION "statement_search_vector"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector := setweight(to_tsvector('english'::regconfig, newsgraph_fold(NEW.text)), 'B') || setweight(to_tsvector('english'::regconfig, newsgraph_fold(coalesce(NEW.venue, ''))), 'D');
  RETURN NEW;
END $$;
CREATE TRIGGER "statement_search_vector" BEFORE INSERT OR UPDATE ON "statement" FOR EACH ROW EXECUTE FUNCTION "statement_search_vector"();

-- Backfill
-- Rows written before this migration get their vectors: any update fires the trigger.
UPDATE "article" SET id = id;
UPDATE "event" SET id = id;
UPDATE "image" SET id = id;
UPDATE "organization" SET id = id;
UPDATE "person" SET id = id;
UPDATE "place" SET id = id;
UPDATE "statement" SET id = id;

-- CreateIndex
-- Trigram indexes for typo-tolerant name matching (similarity, word
-- similarity): over every folded name and alias of an entity, and an event's name.
CREATE INDEX "person_names_trgm_idx" ON "person" USING GIN (newsgraph_join(normalized_names) gin_trgm_ops);
CREATE INDEX "organization_names_trgm_idx" ON "organization" USING GIN (newsgraph_join(normalized_names) gin_trgm_ops);
CREATE INDEX "place_names_trgm_idx" ON "place" USING GIN (newsgraph_join(normalized_names) gin_trgm_ops);
CREATE INDEX "event_name_trgm_idx" ON "event" USING GIN (newsgraph_fold(name) gin_trgm_ops);
