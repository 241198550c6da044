-- Outage search: one denormalised, weighted document per postmortem, failure
-- pattern and limit, rebuilt by the application (lib/search/refresh-search-documents.ts)
-- in the transaction that writes the source row, plus the vocabulary of its
-- lexemes with document frequencies (rare-term selection and fuzzy matching).
-- The tokens are produced in TypeScript (identifier keys such as
-- members_per_pool -> membersperpool, CJK bigrams encoded as ASCII) so that
-- PostgreSQL 15 and PGlite (PostgreSQL 18) index exactly the same lexemes.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE "search_documents" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "ref_id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "sections" JSONB NOT NULL,
    "signatures" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    "document" TSVECTOR NOT NULL,
    "key_vector" TSVECTOR NOT NULL,
    "pattern_slugs" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    "provider" TEXT,
    "platform" TEXT,
    "components" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    "severity" TEXT,
    "status" TEXT,
    "year" INTEGER,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "search_documents_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "search_documents_kind_check" CHECK ("kind" IN ('postmortem', 'pattern', 'limit'))
);
-- Keep the tsvectors in the row (compressed if need be) and let the large
-- "sections" go to TOAST: ranking reads "document" for every candidate, and an
-- out-of-line value costs a TOAST fetch each time (6x slower measured).
ALTER TABLE "search_documents" ALTER COLUMN "document" SET STORAGE MAIN, ALTER COLUMN "key_vector" SET STORAGE MAIN;
CREATE UNIQUE INDEX "search_documents_kind_ref_id_key" ON "search_documents"("kind", "ref_id");
-- fastupdate = off: writes are rare, and a GIN pending list (scanned linearly by every
-- query until vacuum merges it) made searches 20x slower after an import.
CREATE INDEX "search_documents_document_idx" ON "search_documents" USING GIN ("document") WITH (fastupdate = off);
CREATE INDEX "search_documents_key_vector_idx" ON "search_documents" USING GIN ("key_vector") WITH (fastupdate = off);
CREATE INDEX "search_documents_pattern_slugs_idx" ON "search_documents" USING GIN ("pattern_slugs");
CREATE INDEX "search_documents_components_idx" ON "search_documents" USING GIN ("components");
CREATE INDEX "search_documents_kind_status_idx" ON "search_documents"("kind", "status");

CREATE TABLE "search_terms" (
    "term" TEXT NOT NULL,
    "ndoc" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "search_terms_pkey" PRIMARY KEY ("term")
);
-- Fuzzy correction asks for the nearest vocabulary words (ORDER BY lower(term) <-> word
-- LIMIT 3): a GiST trigram index answers that by KNN. It is on lower(term), equal
-- to term, so that exact lookups (term = ANY(...)) keep using the primary key:
-- pg_trgm indexes on "term" itself also claim equality and are far slower at it.
-- Only word-like terms are indexed (no numbers, no CJK bigram codes): most of the
-- vocabulary of logs is neither a word nor worth correcting to. siglen = 256 makes
-- KNN precise enough to stay under a millisecond at 100,000 documents.
CREATE INDEX "search_terms_trgm_idx" ON "search_terms" USING GIST (lower("term") gist_trgm_ops(siglen = 256))
    WHERE "term" ~ '^[a-z][a-z0-9]{3,}$' AND "term" !~ '^cjk[0-9a-f]+$';
