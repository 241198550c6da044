-- Which version of the search tokenizer and document layout the search
-- documents were built with (SEARCH_INDEX_VERSION in lib/search/index-version.ts).
-- `npm start` and content:import rebuild every search document when it differs,
-- so a new tokenizer never meets documents tokenized by an old one.

CREATE TABLE "search_index_state" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" INTEGER NOT NULL,
    "built_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "search_index_state_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "search_index_state_single_row" CHECK ("id" = 1)
);
