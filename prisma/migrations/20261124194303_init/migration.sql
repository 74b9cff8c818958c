-- CreateEnum
CREATE TYPE "OrganizationKind" AS ENUM ('GOVERNMENT', 'MINISTRY', 'MILITARY', 'AGENCY', 'MEDIA', 'NEWS_AGENCY', 'COMPANY', 'ALLIANCE', 'COUNTRY', 'BLOC', 'INTERNATIONAL_ORGANIZATION', 'POLITICAL_PARTY', 'NGO', 'OTHER');

-- CreateEnum
CREATE TYPE "StatementKind" AS ENUM ('DIRECT_QUOTE', 'INDIRECT', 'PARAPHRASE', 'DENIAL');

-- CreateEnum
CREATE TYPE "StatementRelationKind" AS ENUM ('RESPONDS_TO', 'CONTRADICTS', 'SUPPORTS', 'REPEATS', 'DENIES');

-- CreateEnum
CREATE TYPE "ContributorRole" AS ENUM ('AUTHOR', 'CONTRIBUTOR', 'PHOTOGRAPHER', 'EDITOR');

-- CreateEnum
CREATE TYPE "EventKind" AS ENUM ('CRISIS', 'CONFLICT', 'MILITARY_EXERCISE', 'MILITARY_BUILDUP', 'TROOP_MOVEMENT', 'ANNOUNCEMENT', 'PRESS_CONFERENCE', 'INTERVIEW', 'MEETING', 'SPEECH', 'DIPLOMACY', 'OBSERVATION', 'ELECTION', 'OTHER');

-- CreateEnum
CREATE TYPE "PlaceKind" AS ENUM ('COUNTRY', 'REGION', 'CITY', 'DISTRICT', 'BODY_OF_WATER', 'MILITARY_DISTRICT', 'FACILITY', 'OTHER');

-- CreateTable
CREATE TABLE "article" (
    "id" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "headline" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "published_at" TIMESTAMPTZ(3),
    "language" TEXT NOT NULL DEFAULT 'en',
    "content_hash" TEXT NOT NULL,
    "publisher_id" TEXT,
    "place_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "person" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "normalized_names" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "description" TEXT,
    "external_ids" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organization" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "normalized_names" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "description" TEXT,
    "kind" "OrganizationKind" NOT NULL DEFAULT 'OTHER',
    "parent_id" TEXT,
    "external_ids" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "affiliation" (
    "id" TEXT NOT NULL,
    "person_id" TEXT NOT NULL,
    "organization_id" TEXT,
    "role" TEXT NOT NULL,
    "article_id" TEXT,
    "valid_from" TIMESTAMPTZ(3),
    "valid_to" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "affiliation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "statement" (
    "id" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "kind" "StatementKind" NOT NULL,
    "speaker_person_id" TEXT,
    "speaker_organization_id" TEXT,
    "speaker_role" TEXT,
    "verb" TEXT,
    "venue" TEXT,
    "addressee_person_id" TEXT,
    "addressee_organization_id" TEXT,
    "said_at" TIMESTAMPTZ(3),
    "article_id" TEXT,
    "start_offset" INTEGER,
    "end_offset" INTEGER,
    "confidence" DOUBLE PRECISION NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "statement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "statement_relation" (
    "id" TEXT NOT NULL,
    "kind" "StatementRelationKind" NOT NULL,
    "from_id" TEXT NOT NULL,
    "to_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "statement_relation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "kind" "EventKind" NOT NULL DEFAULT 'OTHER',
    "start_at" TIMESTAMPTZ(3),
    "end_at" TIMESTAMPTZ(3),
    "place_id" TEXT,
    "parent_id" TEXT,
    "ancestor_ids" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event_participant" (
    "id" TEXT NOT NULL,
    "event_id" TEXT NOT NULL,
    "person_id" TEXT,
    "organization_id" TEXT,
    "role" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "event_participant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "article_event" (
    "article_id" TEXT NOT NULL,
    "event_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "article_event_pkey" PRIMARY KEY ("article_id","event_id")
);

-- CreateTable
CREATE TABLE "statement_event" (
    "statement_id" TEXT NOT NULL,
    "event_id" TEXT NOT NULL,
    "direct" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "statement_event_pkey" PRIMARY KEY ("statement_id","event_id")
);

-- CreateTable
CREATE TABLE "article_contributor" (
    "id" TEXT NOT NULL,
    "article_id" TEXT NOT NULL,
    "person_id" TEXT,
    "organization_id" TEXT,
    "role" "ContributorRole" NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "article_contributor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "article_mention" (
    "id" TEXT NOT NULL,
    "article_id" TEXT NOT NULL,
    "person_id" TEXT,
    "organization_id" TEXT,
    "place_id" TEXT,
    "event_id" TEXT,
    "count" INTEGER NOT NULL DEFAULT 1,
    "offsets" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "article_mention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "statement_mention" (
    "id" TEXT NOT NULL,
    "statement_id" TEXT NOT NULL,
    "person_id" TEXT,
    "organization_id" TEXT,
    "place_id" TEXT,
    "event_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "statement_mention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "image" (
    "id" TEXT NOT NULL,
    "url" TEXT,
    "caption" TEXT NOT NULL,
    "credit_line" TEXT,
    "photographer_id" TEXT,
    "taken_at" TIMESTAMPTZ(3),
    "place_id" TEXT,
    "article_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "image_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "image_agency" (
    "image_id" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "image_agency_pkey" PRIMARY KEY ("image_id","organization_id")
);

-- CreateTable
CREATE TABLE "image_depiction" (
    "id" TEXT NOT NULL,
    "image_id" TEXT NOT NULL,
    "person_id" TEXT,
    "organization_id" TEXT,
    "event_id" TEXT,
    "place_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "image_depiction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "place" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "normalized_names" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "kind" "PlaceKind" NOT NULL DEFAULT 'OTHER',
    "parent_id" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "external_ids" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "place_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "article_url_key" ON "article"("url");

-- CreateIndex
CREATE UNIQUE INDEX "article_content_hash_key" ON "article"("content_hash");

-- CreateIndex
CREATE INDEX "article_publisher_id_idx" ON "article"("publisher_id");

-- CreateIndex
CREATE INDEX "article_place_id_idx" ON "article"("place_id");

-- CreateIndex
CREATE INDEX "article_published_at_id_idx" ON "article"("published_at", "id");

-- CreateIndex
CREATE INDEX "person_name_idx" ON "person"("name");

-- CreateIndex
CREATE INDEX "person_normalized_names_idx" ON "person" USING GIN ("normalized_names");

-- CreateIndex
CREATE INDEX "person_external_ids_idx" ON "person" USING GIN ("external_ids");

-- CreateIndex
CREATE INDEX "organization_name_idx" ON "organization"("name");

-- CreateIndex
CREATE INDEX "organization_kind_idx" ON "organization"("kind");

-- CreateIndex
CREATE INDEX "organization_parent_id_idx" ON "organization"("parent_id");

-- CreateIndex
CREATE INDEX "organization_normalized_names_idx" ON "organization" USING GIN ("normalized_names");

-- CreateIndex
CREATE INDEX "organization_external_ids_idx" ON "organization" USING GIN ("external_ids");

-- CreateIndex
CREATE INDEX "affiliation_organization_id_idx" ON "affiliation"("organization_id");

-- CreateIndex
CREATE INDEX "affiliation_article_id_idx" ON "affiliation"("article_id");

-- CreateIndex
CREATE UNIQUE INDEX "affiliation_person_id_organization_id_role_key" ON "affiliation"("person_id", "organization_id", "role");

-- CreateIndex
CREATE INDEX "statement_speaker_person_id_said_at_idx" ON "statement"("speaker_person_id", "said_at");

-- CreateIndex
CREATE INDEX "statement_speaker_organization_id_said_at_idx" ON "statement"("speaker_organization_id", "said_at");

-- CreateIndex
CREATE INDEX "statement_addressee_person_id_idx" ON "statement"("addressee_person_id");

-- CreateIndex
CREATE INDEX "statement_addressee_organization_id_idx" ON "statement"("addressee_organization_id");

-- CreateIndex
CREATE INDEX "statement_article_id_start_offset_idx" ON "statement"("article_id", "start_offset");

-- CreateIndex
CREATE INDEX "statement_kind_idx" ON "statement"("kind");

-- CreateIndex
CREATE INDEX "statement_said_at_id_idx" ON "statement"("said_at", "id");

-- CreateIndex
CREATE INDEX "statement_relation_to_id_idx" ON "statement_relation"("to_id");

-- CreateIndex
CREATE UNIQUE INDEX "statement_relation_from_id_to_id_kind_key" ON "statement_relation"("from_id", "to_id", "kind");

-- CreateIndex
CREATE INDEX "event_name_idx" ON "event"("name");

-- CreateIndex
CREATE INDEX "event_kind_idx" ON "event"("kind");

-- CreateIndex
CREATE INDEX "event_start_at_id_idx" ON "event"("start_at", "id");

-- CreateIndex
CREATE INDEX "event_place_id_idx" ON "event"("place_id");

-- CreateIndex
CREATE INDEX "event_parent_id_idx" ON "event"("parent_id");

-- CreateIndex
CREATE INDEX "event_ancestor_ids_idx" ON "event" USING GIN ("ancestor_ids");

-- CreateIndex
CREATE INDEX "event_participant_person_id_idx" ON "event_participant"("person_id");

-- CreateIndex
CREATE INDEX "event_participant_organization_id_idx" ON "event_participant"("organization_id");

-- CreateIndex
CREATE UNIQUE INDEX "event_participant_event_id_person_id_key" ON "event_participant"("event_id", "person_id");

-- CreateIndex
CREATE UNIQUE INDEX "event_participant_event_id_organization_id_key" ON "event_participant"("event_id", "organization_id");

-- CreateIndex
CREATE INDEX "article_event_event_id_idx" ON "article_event"("event_id");

-- CreateIndex
CREATE INDEX "statement_event_event_id_direct_idx" ON "statement_event"("event_id", "direct");

-- CreateIndex
CREATE INDEX "article_contributor_article_id_position_idx" ON "article_contributor"("article_id", "position");

-- CreateIndex
CREATE INDEX "article_contributor_person_id_idx" ON "article_contributor"("person_id");

-- CreateIndex
CREATE INDEX "article_contributor_organization_id_idx" ON "article_contributor"("organization_id");

-- CreateIndex
CREATE INDEX "article_mention_article_id_idx" ON "article_mention"("article_id");

-- CreateIndex
CREATE INDEX "article_mention_person_id_idx" ON "article_mention"("person_id");

-- CreateIndex
CREATE INDEX "article_mention_organization_id_idx" ON "article_mention"("organization_id");

-- CreateIndex
CREATE INDEX "article_mention_place_id_idx" ON "article_mention"("place_id");

-- CreateIndex
CREATE INDEX "article_mention_event_id_idx" ON "article_mention"("event_id");

-- CreateIndex
CREATE INDEX "statement_mention_statement_id_idx" ON "statement_mention"("statement_id");

-- CreateIndex
CREATE INDEX "statement_mention_person_id_idx" ON "statement_mention"("person_id");

-- CreateIndex
CREATE INDEX "statement_mention_organization_id_idx" ON "statement_mention"("organization_id");

-- CreateIndex
CREATE INDEX "statement_mention_place_id_idx" ON "statement_mention"("place_id");

-- CreateIndex
CREATE INDEX "statement_mention_event_id_idx" ON "statement_mention"("event_id");

-- CreateIndex
CREATE UNIQUE INDEX "image_url_key" ON "image"("url");

-- CreateIndex
CREATE INDEX "image_photographer_id_idx" ON "image"("photographer_id");

-- CreateIndex
CREATE INDEX "image_place_id_idx" ON "image"("place_id");

-- CreateIndex
CREATE INDEX "image_article_id_idx" ON "image"("article_id");

-- CreateIndex
CREATE INDEX "image_taken_at_id_idx" ON "image"("taken_at", "id");

-- CreateIndex
CREATE INDEX "image_agency_organization_id_idx" ON "image_agency"("organization_id");

-- CreateIndex
CREATE INDEX "image_depiction_image_id_idx" ON "image_depiction"("image_id");

-- CreateIndex
CREATE INDEX "image_depiction_person_id_idx" ON "image_depiction"("person_id");

-- CreateIndex
CREATE INDEX "image_depiction_organization_id_idx" ON "image_depiction"("organization_id");

-- CreateIndex
CREATE INDEX "image_depiction_event_id_idx" ON "image_depiction"("event_id");

-- CreateIndex
CREATE INDEX "image_depiction_place_id_idx" ON "image_depiction"("place_id");

-- CreateIndex
CREATE INDEX "place_name_idx" ON "place"("name");

-- CreateIndex
CREATE INDEX "place_parent_id_idx" ON "place"("parent_id");

-- CreateIndex
CREATE INDEX "place_normalized_names_idx" ON "place" USING GIN ("normalized_names");

-- AddForeignKey
ALTER TABLE "article" ADD CONSTRAINT "article_publisher_id_fkey" FOREIGN KEY ("publisher_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article" ADD CONSTRAINT "article_place_id_fkey" FOREIGN KEY ("place_id") REFERENCES "place"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organization" ADD CONSTRAINT "organization_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "affiliation" ADD CONSTRAINT "affiliation_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "affiliation" ADD CONSTRAINT "affiliation_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "affiliation" ADD CONSTRAINT "affiliation_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statement" ADD CONSTRAINT "statement_speaker_person_id_fkey" FOREIGN KEY ("speaker_person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statement" ADD CONSTRAINT "statement_speaker_organization_id_fkey" FOREIGN KEY ("speaker_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statement" ADD CONSTRAINT "statement_addressee_person_id_fkey" FOREIGN KEY ("addressee_person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statement" ADD CONSTRAINT "statement_addressee_organization_id_fkey" FOREIGN KEY ("addressee_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statement" ADD CONSTRAINT "statement_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statement_relation" ADD CONSTRAINT "statement_relation_from_id_fkey" FOREIGN KEY ("from_id") REFERENCES "statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statement_relation" ADD CONSTRAINT "statement_relation_to_id_fkey" FOREIGN KEY ("to_id") REFERENCES "statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event" ADD CONSTRAINT "event_place_id_fkey" FOREIGN KEY ("place_id") REFERENCES "place"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event" ADD CONSTRAINT "event_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_participant" ADD CONSTRAINT "event_participant_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_participant" ADD CONSTRAINT "event_participant_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_participant" ADD CONSTRAINT "event_participant_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_event" ADD CONSTRAINT "article_event_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_event" ADD CONSTRAINT "article_event_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statement_event" ADD CONSTRAINT "statement_event_statement_id_fkey" FOREIGN KEY ("statement_id") REFERENCES "statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statement_event" ADD CONSTRAINT "statement_event_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_contributor" ADD CONSTRAINT "article_contributor_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_contributor" ADD CONSTRAINT "article_contributor_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_contributor" ADD CONSTRAINT "article_contributor_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_mention" ADD CONSTRAINT "article_mention_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_mention" ADD CONSTRAINT "article_mention_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_mention" ADD CONSTRAINT "article_mention_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_mention" ADD CONSTRAINT "article_mention_place_id_fkey" FOREIGN KEY ("place_id") REFERENCES "place"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_mention" ADD CONSTRAINT "article_mention_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statement_mention" ADD CONSTRAINT "statement_mention_statement_id_fkey" FOREIGN KEY ("statement_id") REFERENCES "statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statement_mention" ADD CONSTRAINT "statement_mention_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statement_mention" ADD CONSTRAINT "statement_mention_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statement_mention" ADD CONSTRAINT "statement_mention_place_id_fkey" FOREIGN KEY ("place_id") REFERENCES "place"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statement_mention" ADD CONSTRAINT "statement_mention_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "image" ADD CONSTRAINT "image_photographer_id_fkey" FOREIGN KEY ("photographer_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "image" ADD CONSTRAINT "image_place_id_fkey" FOREIGN KEY ("place_id") REFERENCES "place"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "image" ADD CONSTRAINT "image_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "image_agency" ADD CONSTRAINT "image_agency_image_id_fkey" FOREIGN KEY ("image_id") REFERENCES "image"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "image_agency" ADD CONSTRAINT "image_agency_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "image_depiction" ADD CONSTRAINT "image_depiction_image_id_fkey" FOREIGN KEY ("image_id") REFERENCES "image"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "image_depiction" ADD CONSTRAINT "image_depiction_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "image_depiction" ADD CONSTRAINT "image_depiction_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "image_depiction" ADD CONSTRAINT "image_depiction_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "image_depiction" ADD CONSTRAINT "image_depiction_place_id_fkey" FOREIGN KEY ("place_id") REFERENCES "place"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "place" ADD CONSTRAINT "place_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "place"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddCheckConstraint
-- Hand-written: Prisma cannot express these, and its diff ignores CHECK
-- constraints, so they live only here. Each polymorphic reference points at
-- one kind of entity: a speaker or addressee is a person or an organization
-- (or nobody), a mention, depiction, contributor or participant is exactly one.
ALTER TABLE "statement" ADD CONSTRAINT "statement_speaker_check" CHECK (num_nonnulls("speaker_person_id", "speaker_organization_id") <= 1);

ALTER TABLE "statement" ADD CONSTRAINT "statement_addressee_check" CHECK (num_nonnulls("addressee_person_id", "addressee_organization_id") <= 1);

ALTER TABLE "article_mention" ADD CONSTRAINT "article_mention_target_check" CHECK (num_nonnulls("person_id", "organization_id", "place_id", "event_id") = 1);

ALTER TABLE "statement_mention" ADD CONSTRAINT "statement_mention_target_check" CHECK (num_nonnulls("person_id", "organization_id", "place_id", "event_id") = 1);

ALTER TABLE "image_depiction" ADD CONSTRAINT "image_depiction_target_check" CHECK (num_nonnulls("person_id", "organization_id", "place_id", "event_id") = 1);

ALTER TABLE "article_contributor" ADD CONSTRAINT "article_contributor_target_check" CHECK (num_nonnulls("person_id", "organization_id") = 1);

ALTER TABLE "event_participant" ADD CONSTRAINT "event_participant_target_check" CHECK (num_nonnulls("person_id", "organization_id") = 1);
