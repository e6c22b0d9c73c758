-- Search folds script, case and diacritics: unaccent for diacritics, pg_trgm for typo-tolerant matching.
-- Both are trusted extensions (PostgreSQL 13+), so a database owner may create them.
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
