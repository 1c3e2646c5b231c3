-- Domain events: written to this outbox in the same transaction as the change they tell of, so an
-- event exists exactly when its change committed. Each names its subject (the ticket, article,
-- announcement, configuration item or change it is about) and its place in that subject's stream.

-- The last sequence number given out per subject (by the sequencer, the one writer of this table).
CREATE TABLE event_stream (
    subject_type  text   NOT NULL,
    subject_id    uuid   NOT NULL,
    last_sequence bigint NOT NULL CHECK (last_sequence > 0),
    PRIMARY KEY (subject_type, subject_id)
);

CREATE SEQUENCE domain_event_recorded;

CREATE TABLE domain_event (
    id               uuid        PRIMARY KEY,
    type             text        NOT NULL,
    subject_type     text        NOT NULL,
    subject_id       uuid        NOT NULL,
    -- the place in the subject's stream, given with the commit position
    subject_sequence bigint      CHECK (subject_sequence > 0),
    actor_id         uuid,
    occurred_at      timestamptz NOT NULL,
    data             jsonb       NOT NULL CHECK (jsonb_typeof(data) = 'object'),
    -- the order rows were written in: a subject's changes are made one after another, so its rise
    recorded         bigint      NOT NULL DEFAULT nextval('domain_event_recorded'),
    -- the place in commit order, given by the sequencer once the row is committed; null until then
    commit_position  bigint      UNIQUE,
    CHECK ((commit_position IS NULL) = (subject_sequence IS NULL)),
    UNIQUE (subject_type, subject_id, subject_sequence)
);

-- What the sequencer has still to place, oldest first.
CREATE INDEX domain_event_unplaced ON domain_event (recorded) WHERE commit_position IS NULL;
CREATE INDEX domain_event_by_type ON domain_event (type, commit_position);
CREATE INDEX domain_event_by_subject ON domain_event (subject_id, commit_position);
