-- The satisfaction survey offered on a ticket when it was first resolved (written from the placed
-- event, once per ticket), and its one answer, with the version of the questions it answered.
CREATE TABLE survey (
    ticket_id         uuid        PRIMARY KEY REFERENCES ticket (id),
    requester_id      uuid        NOT NULL REFERENCES person (id),
    -- where the ticket was, and with whom, when it was resolved: what CSAT is grouped by
    queue_id          uuid        REFERENCES queue (id),
    assignee_id       uuid        REFERENCES person (id),
    offered_at        timestamptz NOT NULL,
    expires_at        timestamptz NOT NULL CHECK (expires_at > offered_at),
    questions_version integer     NOT NULL CHECK (questions_version > 0),
    answered_at       timestamptz,
    overall           integer     CHECK (overall BETWEEN 1 AND 5),
    response_time     integer     CHECK (response_time BETWEEN 1 AND 5),
    problem_solving   integer     CHECK (problem_solving BETWEEN 1 AND 5),
    communication     integer     CHECK (communication BETWEEN 1 AND 5),
    comment           text        CHECK (length(comment) BETWEEN 1 AND 4000),
    CHECK ((answered_at IS NULL) = (overall IS NULL))
);

-- What the KPIs read: the surveys offered, and the answers given, in a period.
CREATE INDEX survey_offered ON survey (offered_at);
CREATE INDEX survey_answered ON survey (answered_at) WHERE answered_at IS NOT NULL;
