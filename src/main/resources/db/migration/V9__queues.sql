-- Queues: a team's work list at one support tier, worked by member agents under a supervisor.
CREATE TABLE queue (
    id             uuid        PRIMARY KEY,
    name           text        NOT NULL,
    description    text,
    tier           integer     NOT NULL CHECK (tier BETWEEN 1 AND 4),
    supervisor_id  uuid        REFERENCES person (id),
    active         boolean     NOT NULL,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    version        bigint      NOT NULL DEFAULT 0
);

-- Names are unique whatever their case; the list pages by name.
CREATE UNIQUE INDEX queue_name ON queue (lower(name));
CREATE INDEX queue_sort_name ON queue (lower(name), id);

CREATE TABLE queue_member (
    queue_id   uuid    NOT NULL REFERENCES queue (id),
    person_id  uuid    NOT NULL REFERENCES person (id),
    position   integer NOT NULL,
    PRIMARY KEY (queue_id, person_id)
);

-- "The queues I work": by member.
CREATE INDEX queue_member_person ON queue_member (person_id);
