-- Links between tickets, stored in one direction per kind ("source <kind> target"); the API also
-- speaks the inverse directions (DUPLICATED_BY, CAUSES, CHILD_OF). History lives in the timeline,
-- so a removed link is deleted here.
CREATE TABLE ticket_link (
    id             uuid        PRIMARY KEY,
    source_id      uuid        NOT NULL REFERENCES ticket (id),
    target_id      uuid        NOT NULL REFERENCES ticket (id),
    kind           text        NOT NULL CHECK (kind IN ('RELATES_TO', 'DUPLICATE_OF', 'CAUSED_BY', 'PARENT_OF')),
    created_by_id  uuid        NOT NULL REFERENCES person (id),
    created_at     timestamptz NOT NULL,
    CHECK (source_id <> target_id)
);

-- Two tickets are linked at most once, whichever way round.
CREATE UNIQUE INDEX ticket_link_pair ON ticket_link (LEAST(source_id, target_id), GREATEST(source_id, target_id));
-- A child has one parent; a duplicate has one original.
CREATE UNIQUE INDEX ticket_link_one_parent ON ticket_link (target_id) WHERE kind = 'PARENT_OF';
CREATE UNIQUE INDEX ticket_link_one_original ON ticket_link (source_id) WHERE kind = 'DUPLICATE_OF';
-- A ticket's links from either end, in the order they were made.
CREATE INDEX ticket_link_source ON ticket_link (source_id, created_at, id);
CREATE INDEX ticket_link_target ON ticket_link (target_id, created_at, id);
