-- How many searchable rows hold each lexeme, per text-search configuration, all of them and the
-- PUBLIC ones: kept exact by the transaction that changes kb_search (SearchIndex). Whether a word
-- finds anything a reader may read is then one lookup rather than a search, and the rarest words
-- of a ticket, the ones that say what it is about, can be chosen to suggest articles with.
CREATE TABLE kb_lexeme (
    config           regconfig NOT NULL,
    lexeme           text      NOT NULL,
    documents        integer   NOT NULL CHECK (documents >= 0),
    public_documents integer   NOT NULL CHECK (public_documents BETWEEN 0 AND documents),
    PRIMARY KEY (config, lexeme)
);

INSERT INTO kb_lexeme (config, lexeme, documents, public_documents)
SELECT s.config, lexeme, count(*), count(*) FILTER (WHERE s.visibility = 'PUBLIC')
  FROM kb_search s, unnest(tsvector_to_array(s.document)) AS lexeme
 GROUP BY s.config, lexeme;
