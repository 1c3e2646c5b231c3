-- What the KPIs read that the tickets alone do not keep, and the indexes that find a period's rows.

-- Each stretch of time a ticket spends in the backlog (not RESOLVED, CLOSED or CANCELLED): the first
-- from when it was received, one more each time it is reopened. Backlog, received, resolved,
-- cancelled and reopened are all counted from these rows, so that they reconcile exactly. The
-- database keeps them from the ticket's status, so that no code path can miss one; each change is
-- timed by the ticket's updated_at, which the service sets from its clock when the status moves.
CREATE TABLE backlog_span (
    ticket_id  uuid        NOT NULL REFERENCES ticket (id),
    seq        integer     NOT NULL CHECK (seq > 0),
    opened_at  timestamptz NOT NULL,
    closed_at  timestamptz CHECK (closed_at >= opened_at),
    closed_as  text        CHECK (closed_as IN ('RESOLVED', 'CANCELLED')),
    CHECK ((closed_at IS NULL) = (closed_as IS NULL)),
    PRIMARY KEY (ticket_id, seq)
);

-- The backlog at an instant: the spans that contain it (as many rows as the backlog held then,
-- however long the history). The period's resolutions and cancellations; its reopenings.
CREATE INDEX backlog_span_during ON backlog_span USING gist (tstzrange(opened_at, closed_at, '[)'));
CREATE INDEX backlog_span_closed ON backlog_span (closed_at) WHERE closed_at IS NOT NULL;
CREATE INDEX backlog_span_reopened ON backlog_span (opened_at) WHERE seq > 1;

CREATE FUNCTION backlog_span_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO backlog_span (ticket_id, seq, opened_at) VALUES (NEW.id, 1, NEW.created_at);
    ELSIF NEW.finished THEN
        UPDATE backlog_span
           SET closed_at = NEW.updated_at,
               closed_as = CASE WHEN NEW.status = 'CANCELLED' THEN 'CANCELLED' ELSE 'RESOLVED' END
         WHERE ticket_id = NEW.id AND closed_at IS NULL;
    ELSE
        INSERT INTO backlog_span (ticket_id, seq, opened_at)
        SELECT NEW.id, max(seq) + 1, NEW.updated_at FROM backlog_span WHERE ticket_id = NEW.id;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER backlog_span_received
    AFTER INSERT ON ticket
    FOR EACH ROW WHEN (NOT NEW.finished) EXECUTE FUNCTION backlog_span_follow();

CREATE TRIGGER backlog_span_moved
    AFTER UPDATE ON ticket
    FOR EACH ROW WHEN (OLD.finished IS DISTINCT FROM NEW.finished) EXECUTE FUNCTION backlog_span_follow();

-- The spans of the tickets recorded so far, from their timelines' status changes.
WITH moves AS (
    SELECT e.ticket_id, e.created_at AS at,
           (c ->> 'from') IN ('RESOLVED', 'CLOSED', 'CANCELLED') AS was_finished,
           (c ->> 'to') IN ('RESOLVED', 'CLOSED', 'CANCELLED') AS is_finished,
           c ->> 'to' AS to_status
      FROM timeline_entry e, jsonb_array_elements(e.details -> 'changes') AS c
     WHERE jsonb_typeof(e.details -> 'changes') = 'array' AND c ->> 'field' = 'status'
), opened AS (
    SELECT ticket_id, at, row_number() OVER (PARTITION BY ticket_id ORDER BY at) AS seq
      FROM (SELECT id AS ticket_id, created_at AS at FROM ticket
            UNION ALL
            SELECT ticket_id, at FROM moves WHERE was_finished AND NOT is_finished) AS o
), closed AS (
    SELECT ticket_id, at, CASE WHEN to_status = 'CANCELLED' THEN 'CANCELLED' ELSE 'RESOLVED' END AS closed_as,
           row_number() OVER (PARTITION BY ticket_id ORDER BY at) AS seq
      FROM moves WHERE is_finished AND NOT was_finished
)
INSERT INTO backlog_span (ticket_id, seq, opened_at, closed_at, closed_as)
SELECT o.ticket_id, o.seq, o.at, greatest(c.at, o.at), c.closed_as
  FROM opened o LEFT JOIN closed c ON c.ticket_id = o.ticket_id AND c.seq = o.seq;

-- A clock's business time from its start to when it was met, less the business time paused: what
-- the KPIs report as business response and resolution times. Clocks met before this version
-- have none and count in wall time only.
ALTER TABLE sla_clock ADD COLUMN business_seconds bigint CHECK (business_seconds >= 0);

CREATE INDEX sla_clock_met ON sla_clock (met_at) WHERE state = 'MET';
CREATE INDEX sla_clock_open_due ON sla_clock (due_at) WHERE state IN ('RUNNING', 'PAUSED');

-- The tickets whose (last) resolution, or closing, fell in a period.
CREATE INDEX ticket_resolved_at ON ticket (resolved_at) WHERE resolved_at IS NOT NULL;
CREATE INDEX ticket_closed_at ON ticket (closed_at) WHERE closed_at IS NOT NULL;

-- An article written from what a ticket taught: the knowledge-use KPI counts them.
ALTER TABLE kb_article ADD COLUMN source_ticket_id uuid REFERENCES ticket (id);
CREATE INDEX kb_article_from_ticket ON kb_article (created_at) WHERE source_ticket_id IS NOT NULL;

-- Every KPI groups a ticket by what it is now (queue, agent, category …), CSAT included, so that
-- a group's figures reconcile; where the ticket was when it was resolved is not needed.
ALTER TABLE survey DROP COLUMN queue_id, DROP COLUMN assignee_id;
