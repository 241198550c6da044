-- The number of lexemes of each search document, for BM25's length
-- normalisation (lib/search/rank.ts): computed once when the document is
-- written, so ranking does not decompress every candidate's tsvector to count it.

ALTER TABLE "search_documents" ADD COLUMN "lexemes" INTEGER NOT NULL DEFAULT 0;
UPDATE "search_documents" SET "lexemes" = length("document");
