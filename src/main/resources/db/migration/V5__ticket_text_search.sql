-- Substring search over subject and description (the list's q filter) with trigram indexes, so
-- that it stays fast on millions of tickets. pg_trgm is a trusted extension: a database owner may
-- create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX ticket_subject_trgm ON ticket USING gin (subject gin_trgm_ops);
CREATE INDEX ticket_description_trgm ON ticket USING gin (description gin_trgm_ops);
