-- What readers search: one row per published language of every article that is not archived,
-- kept by the service whenever an article is published or archived. Each row is indexed in its
-- language's text-search configuration (stemming, stop words). The words ever published form
-- the vocabulary typos are corrected against; a correction is used only if it finds something
-- the reader may read, so the vocabulary itself never shows anyone a word.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE FUNCTION kb_text_config(language text) RETURNS regconfig
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE split_part(lower(language), '-', 1)
        WHEN 'en' THEN 'english' WHEN 'de' THEN 'german' WHEN 'fr' THEN 'french'
        WHEN 'es' THEN 'spanish' WHEN 'pt' THEN 'portuguese' WHEN 'it' THEN 'italian'
        WHEN 'nl' THEN 'dutch' WHEN 'sv' THEN 'swedish' WHEN 'da' THEN 'danish'
        WHEN 'fi' THEN 'finnish' WHEN 'no' THEN 'norwegian' WHEN 'nb' THEN 'norwegian'
        WHEN 'nn' THEN 'norwegian' WHEN 'ru' THEN 'russian' WHEN 'hu' THEN 'hungarian'
        WHEN 'ro' THEN 'romanian' WHEN 'tr' THEN 'turkish'
        ELSE 'simple' END::regconfig
$$;

CREATE TABLE kb_search (
    article_id  uuid NOT NULL REFERENCES kb_article (id),
    language    text NOT NULL,
    is_source   boolean NOT NULL,
    number      bigint NOT NULL,
    revision    integer NOT NULL,
    type        text NOT NULL,
    category    text NOT NULL,
    visibility  text NOT NULL,
    tags        text[] NOT NULL,
    error_codes text[] NOT NULL,
    -- the error codes normalised (lower case, single spaces), matched against a ticket's phrases
    error_keys  text[] NOT NULL,
    title       text NOT NULL,
    summary     text,
    body        text NOT NULL,
    -- keywords, tags and error codes, one per line: ranked with the title
    terms       text NOT NULL,
    helpfulness real NOT NULL DEFAULT 0,
    config      regconfig GENERATED ALWAYS AS (kb_text_config(language)) STORED,
    document    tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector(kb_text_config(language), title), 'A')
                    || setweight(to_tsvector(kb_text_config(language), terms), 'A')
                    || setweight(to_tsvector(kb_text_config(language), coalesce(summary, '')), 'B')
                    || setweight(to_tsvector(kb_text_config(language), body), 'D')) STORED,
    PRIMARY KEY (article_id, language)
);

CREATE INDEX kb_search_document ON kb_search USING gin (document);
CREATE INDEX kb_search_error_keys ON kb_search USING gin (error_keys);

CREATE TABLE kb_word (
    word text PRIMARY KEY
);

-- GiST, for the nearest words by trigram distance (no similarity threshold to miss them by).
CREATE INDEX kb_word_trigrams ON kb_word USING gist (word gist_trgm_ops);
