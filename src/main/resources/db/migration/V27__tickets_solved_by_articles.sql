-- A ticket resolved with SOLVED_BY_KB names the article that solved it; an article counts and
-- lists the tickets it solved.
ALTER TABLE ticket ADD COLUMN resolution_article_id uuid REFERENCES kb_article (id);

CREATE INDEX ticket_solved_by_article ON ticket (resolution_article_id) WHERE resolution_article_id IS NOT NULL;
