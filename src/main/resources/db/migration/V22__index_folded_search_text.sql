-- The folded search text of every ticket exists now (V21); index it for the list's q.
ALTER TABLE ticket ALTER COLUMN search_subject SET NOT NULL;
CREATE INDEX ticket_search_subject_trgm ON ticket USING gin (search_subject gin_trgm_ops);
CREATE INDEX ticket_search_description_trgm ON ticket USING gin (search_description gin_trgm_ops);
