-- Walks through troubleshooting articles' decision trees: each keeps the revision and language it
-- follows, what it showed and what was answered, so that it reads the same after the tree changes.
-- reached lists every question shown (a tree has no cycle, so each at most once) and end_node the
-- question a walk ended at: the counts per question are one GROUP BY over them.
CREATE TABLE kb_walk (
    id          uuid        PRIMARY KEY,
    article_id  uuid        NOT NULL REFERENCES kb_article (id),
    article_key text        NOT NULL,
    title       text        NOT NULL,
    revision    integer     NOT NULL,
    language    text        NOT NULL,
    ticket_id   uuid        REFERENCES ticket (id),
    walker_id   uuid        NOT NULL REFERENCES person (id),
    status      text        NOT NULL
        CHECK (status IN ('IN_PROGRESS', 'OUTCOME_REACHED', 'SOLVED', 'NOT_SOLVED', 'ABANDONED', 'UNCONFIRMED')),
    path        jsonb       NOT NULL,
    question    jsonb,
    outcome     jsonb,
    reached     text[]      NOT NULL,
    end_node    text,
    started_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    ended_at    timestamptz,
    version     bigint      NOT NULL,
    CHECK ((status IN ('IN_PROGRESS', 'OUTCOME_REACHED')) = (ended_at IS NULL)),
    CHECK (status <> 'IN_PROGRESS' OR question IS NOT NULL),
    CHECK (status <> 'OUTCOME_REACHED' OR outcome IS NOT NULL)
);

-- The lists of walks, newest first (ids are time-ordered): a walker's own, a ticket's, an article's.
CREATE INDEX kb_walk_walker ON kb_walk (walker_id, id);
CREATE INDEX kb_walk_ticket ON kb_walk (ticket_id, id) WHERE ticket_id IS NOT NULL;
CREATE INDEX kb_walk_article ON kb_walk (article_id, id);
-- The sweep that ends forgotten walks reads only open ones, oldest first.
CREATE INDEX kb_walk_open ON kb_walk (updated_at) WHERE ended_at IS NULL;
