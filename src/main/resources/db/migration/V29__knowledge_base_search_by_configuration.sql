-- Search looks each text-search configuration's query up in that configuration's rows only: with
-- the configuration in the index (btree_gin) a lookup returns just those rows, instead of every
-- row whose words match in any language, each then read and thrown away.
CREATE EXTENSION IF NOT EXISTS btree_gin;

CREATE INDEX kb_search_config_document ON kb_search USING gin (config, document);
DROP INDEX kb_search_document;

-- The weight-A part of the document (title, keywords, tags, error codes, in the same order and
-- positions), indexed on its own: the articles found there rank first and are ranked first, so a
-- page of a broad query is ranked from the few found in their head, not the many found in their text.
ALTER TABLE kb_search ADD COLUMN head tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector(kb_text_config(language), title), 'A')
    || setweight(to_tsvector(kb_text_config(language), terms), 'A')) STORED;

CREATE INDEX kb_search_config_head ON kb_search USING gin (config, head);
