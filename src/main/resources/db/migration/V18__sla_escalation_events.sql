-- The breach checker also records each escalation level a clock run reaches, with what the level
-- does; the escalations carry it out afterwards, each in a transaction of its own, and mark it
-- handled (the event is their outbox). A level can sit at the same percentage as a warning or the
-- breach, so an event is now one per clock run, kind and percentage; an escalation says which
-- level it is.
ALTER TABLE sla_event
    DROP CONSTRAINT sla_event_kind_check,
    ADD CONSTRAINT sla_event_kind_check CHECK (kind IN ('WARNING', 'BREACH', 'ESCALATION')),
    ADD COLUMN level integer,
    ADD CONSTRAINT sla_event_level_check CHECK ((kind = 'ESCALATION') = (level IS NOT NULL) AND level >= 1),
    ADD COLUMN escalation jsonb,
    ADD CONSTRAINT sla_event_escalation_check CHECK ((kind = 'ESCALATION') = (escalation IS NOT NULL)),
    ADD COLUMN handled_at timestamptz,
    DROP CONSTRAINT sla_event_clock_id_started_at_threshold_key,
    ADD CONSTRAINT sla_event_once UNIQUE (clock_id, started_at, kind, threshold);

CREATE INDEX sla_event_escalation_pending ON sla_event (occurred_at, id) WHERE kind = 'ESCALATION' AND handled_at IS NULL;
