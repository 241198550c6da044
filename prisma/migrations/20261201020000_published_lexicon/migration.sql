-- No draft leaks: a reader's search (status published) must not correct to,
-- count or recognise words that occur only in postmortems the reader cannot
-- see. Next to ndoc (all documents) each lexeme gets the number of documents
-- anyone may read: patterns, limits and published postmortems. The term ''
-- counts the documents (DOCUMENT_COUNT in lib/search/refresh-search-documents.ts).
--
-- The fuzzy KNN of readers keeps using search_terms_trgm_idx and skips
-- draft-only terms as a filter (as it already skips terms with ndoc = 0): they
-- are a small share of the vocabulary, and a second trigram index would double
-- the index work of every document write.

ALTER TABLE "search_terms" ADD COLUMN "ndoc_published" INTEGER NOT NULL DEFAULT 0;

WITH readable AS (
    SELECT d.document FROM "search_documents" d WHERE d.kind <> 'postmortem' OR d.status = 'published'
), counts AS (
    SELECT lexeme, count(*)::integer AS n FROM readable, unnest(tsvector_to_array(readable.document)) AS lexeme GROUP BY lexeme
    UNION ALL
    SELECT '', count(*)::integer FROM readable
)
UPDATE "search_terms" t SET "ndoc_published" = counts.n FROM counts WHERE t.term = counts.lexeme;
