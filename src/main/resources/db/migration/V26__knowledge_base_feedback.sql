-- Readers' votes on articles (one per person and article, changeable) and how often articles are
-- read. Reads are counted in memory and added here every few seconds, never one write per read.

CREATE TABLE kb_vote (
    article_id uuid NOT NULL REFERENCES kb_article (id),
    person_id  uuid NOT NULL REFERENCES person (id),
    helpful    boolean NOT NULL,
    comment    text,
    voted_at   timestamptz NOT NULL,
    PRIMARY KEY (article_id, person_id)
);

CREATE INDEX kb_vote_latest ON kb_vote (article_id, voted_at DESC, person_id DESC);

CREATE TABLE kb_article_views (
    article_id uuid PRIMARY KEY REFERENCES kb_article (id),
    views      bigint NOT NULL
);

-- How surely readers found the article helpful: the lower bound of the Wilson score interval
-- (95 %) of its helpful votes, so that 3 of 3 ranks below 95 of 100.
CREATE FUNCTION kb_helpfulness(article uuid) RETURNS real LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN n = 0 THEN 0 ELSE
        ((p + 1.9208 / n - 1.96 * sqrt((p * (1 - p) + 0.9604 / n) / n)) / (1 + 3.8416 / n))::real END
    FROM (SELECT count(*)::float8 AS n,
                 CASE WHEN count(*) = 0 THEN 0 ELSE avg(CASE WHEN helpful THEN 1.0 ELSE 0.0 END)::float8 END AS p
          FROM kb_vote WHERE article_id = article) votes
$$;
