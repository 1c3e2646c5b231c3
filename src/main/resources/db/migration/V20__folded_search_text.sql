-- Text search compares text the service folds (NFKC and full Unicode case folding), so that it
-- finds "Über" for "über" and "Иван" for "иван" whatever the database's locale: lower() and
-- ILIKE fold only ASCII under the C locale. The service writes these columns with the text they
-- fold; V21 folds the rows already there, V22 indexes them.
ALTER TABLE ticket ADD COLUMN search_subject text, ADD COLUMN search_description text;
DROP INDEX ticket_subject_trgm;
DROP INDEX ticket_description_trgm;
ALTER TABLE person ALTER COLUMN search_text DROP EXPRESSION;
