-- A ticket's next SLA due time (the earliest of its open clocks), kept by the database whenever a
-- clock changes, so that a queue's working list can be ordered by it; and the same as a sort key
-- that is never null (tickets without a running clock last).
ALTER TABLE ticket
    ADD COLUMN sla_due_at   timestamptz,
    ADD COLUMN sla_due_rank timestamptz GENERATED ALWAYS AS (coalesce(sla_due_at, to_timestamp(253402214400))) STORED;

CREATE FUNCTION ticket_sla_due() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE ticket
       SET sla_due_at = (SELECT min(c.due_at) FROM sla_clock c
                          WHERE c.ticket_id = NEW.ticket_id AND c.state IN ('RUNNING', 'PAUSED'))
     WHERE id = NEW.ticket_id;
    RETURN NULL;
END;
$$;

CREATE TRIGGER sla_clock_due_started
    AFTER INSERT ON sla_clock
    FOR EACH ROW EXECUTE FUNCTION ticket_sla_due();

-- Only when a due time or state really changes (an update writes every column).
CREATE TRIGGER sla_clock_due_changed
    AFTER UPDATE OF due_at, state ON sla_clock
    FOR EACH ROW
    WHEN (OLD.due_at IS DISTINCT FROM NEW.due_at OR OLD.state IS DISTINCT FROM NEW.state)
    EXECUTE FUNCTION ticket_sla_due();

-- A queue's working list: its open tickets by SLA due time, then most urgent, then oldest.
DROP INDEX ticket_queue_work;
CREATE INDEX ticket_queue_work ON ticket (queue_id, sla_due_rank, priority_rank, created_at, id) WHERE NOT finished;
