-- The impact walk reads relationships by kind and end: the needs (DEPENDS_ON, RUNS_ON, USES) from
-- either end with what a step carries along, and PART_OF apart, so that a step over a thousand
-- items stays on an index however the rest of the graph is made.
CREATE INDEX ci_relationship_part_of_source ON ci_relationship (source_id) WHERE type = 'PART_OF';
CREATE INDEX ci_relationship_part_of_target ON ci_relationship (target_id) WHERE type = 'PART_OF';
CREATE INDEX ci_relationship_need_source ON ci_relationship (source_id) INCLUDE (target_id, redundancy_group)
    WHERE type IN ('DEPENDS_ON', 'RUNS_ON', 'USES');
CREATE INDEX ci_relationship_need_target ON ci_relationship (target_id) INCLUDE (source_id, redundancy_group)
    WHERE type IN ('DEPENDS_ON', 'RUNS_ON', 'USES');
