-- Directed relationships between configuration items: a graph, cycles allowed. Providers an item
-- depends on, runs on or uses may share a redundancy group: the item fails only when all of them do.
CREATE TABLE ci_relationship (
    id                uuid        PRIMARY KEY,
    source_id         uuid        NOT NULL REFERENCES ci (id),
    target_id         uuid        NOT NULL REFERENCES ci (id),
    type              text        NOT NULL CHECK (type IN ('DEPENDS_ON', 'RUNS_ON', 'USES', 'PART_OF', 'CONNECTED_TO')),
    redundancy_group  text        CHECK (redundancy_group IS NULL
                                         OR (type IN ('DEPENDS_ON', 'RUNS_ON', 'USES')
                                             AND redundancy_group = lower(btrim(redundancy_group))
                                             AND length(redundancy_group) BETWEEN 1 AND 100)),
    created_at        timestamptz NOT NULL,
    created_by        uuid        NOT NULL REFERENCES person (id),
    CHECK (source_id <> target_id),
    UNIQUE (source_id, type, target_id)
);

-- CONNECTED_TO reads the same from both ends: one such relationship between two items.
CREATE UNIQUE INDEX ci_relationship_connected_pair ON ci_relationship
    (LEAST(source_id, target_id), GREATEST(source_id, target_id)) WHERE type = 'CONNECTED_TO';

-- The graph walked both ways: what an item relates to, and what relates to it.
CREATE INDEX ci_relationship_source ON ci_relationship (source_id, created_at, id);
CREATE INDEX ci_relationship_target ON ci_relationship (target_id, created_at, id);

ALTER TABLE ci_history DROP CONSTRAINT ci_history_action_check;
ALTER TABLE ci_history ADD CONSTRAINT ci_history_action_check
    CHECK (action IN ('CREATED', 'UPDATED', 'RELATED', 'UNRELATED'));
