-- People the desk records tickets for before they ever sign in (a caller on the phone, the sender
-- of an email) have no subject yet; the first sign-in with their email claims the record.
ALTER TABLE person ALTER COLUMN subject DROP NOT NULL;

-- One unclaimed record per email address, so that concurrent tickets for the same newcomer share it.
CREATE UNIQUE INDEX person_unclaimed_email ON person (lower(email)) WHERE subject IS NULL;
CREATE INDEX person_email ON person (lower(email));

-- The people directory lists by name, or by email where the name is unknown.
ALTER TABLE person
    ADD COLUMN sort_name text GENERATED ALWAYS AS (lower(coalesce(name, email, subject, ''))) STORED;
CREATE INDEX person_sort_name ON person (sort_name, id);
-- "q" finds text anywhere in the name or email, through a trigram index.
ALTER TABLE person
    ADD COLUMN search_text text GENERATED ALWAYS AS (lower(coalesce(name, '') || ' ' || coalesce(email, ''))) STORED;
CREATE INDEX person_search_text ON person USING gin (search_text gin_trgm_ops);
