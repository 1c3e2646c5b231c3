-- Search looks each text-search configuration's query up in that configuration's rows only: with
-- the configuration in the index (btree_gin) a lookup returns just those rows, instead of every
-- row whose words match in any language, each then read and thrown away.
CREATE EXTENSION IF NOT EXISTS btree_gin;

CREATE INDEX kb_search_config_document ON kb_search USING gin (config, document);
DROP INDEX kb_search_document;
