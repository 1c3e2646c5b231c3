-- Text search compares text the service folds (NFKC and full Unicode case folding), so that it
-- finds "Über" for "über" and "Иван" for "иван" whatever the database's locale: lower() and
-- ILIKE fold only ASCII under the C locale. The service writes these columns with the text they
-- fold; existing rows get the closest the database itself can do.
ALTER TABLE ticket ADD COLUMN search_subject text, ADD COLUMN search_description text;
UPDATE ticket SET search_subject = lower(normalize(subject, NFKC)),
                  search_description = lower(normalize(description, NFKC));
ALTER TABLE ticket ALTER COLUMN search_subject SET NOT NULL;
DROP INDEX ticket_subject_trgm;
DROP INDEX ticket_description_trgm;
CREATE INDEX ticket_search_subject_trgm ON ticket USING gin (search_subject gin_trgm_ops);
CREATE INDEX ticket_search_description_trgm ON ticket USING gin (search_description gin_trgm_ops);

ALTER TABLE person ALTER COLUMN search_text DROP EXPRESSION;
UPDATE person SET search_text = lower(normalize(coalesce(name, '') || ' ' || coalesce(email, ''), NFKC));
