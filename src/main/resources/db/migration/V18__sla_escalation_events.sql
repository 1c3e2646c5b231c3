-- The breach checker also records each escalation level a clock run reaches (the escalations act
-- on them). A level can sit at the same percentage as a warning or the breach, so an event is
-- now one per clock run, kind and percentage; an escalation says which level it is.
ALTER TABLE sla_event
    DROP CONSTRAINT sla_event_kind_check,
    ADD CONSTRAINT sla_event_kind_check CHECK (kind IN ('WARNING', 'BREACH', 'ESCALATION')),
    ADD COLUMN level integer,
    ADD CONSTRAINT sla_event_level_check CHECK ((kind = 'ESCALATION') = (level IS NOT NULL) AND level >= 1),
    DROP CONSTRAINT sla_event_clock_id_started_at_threshold_key,
    ADD CONSTRAINT sla_event_once UNIQUE (clock_id, started_at, kind, threshold);
