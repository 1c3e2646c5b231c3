-- What the KPIs read that the tickets alone do not keep, and the indexes that find a period's rows.

-- Each stretch of time a ticket spends in the backlog (not RESOLVED, CLOSED or CANCELLED): the first
-- from when it was received, one more each time it is reopened. Backlog, received, resolved,
-- cancelled and reopened are all counted from these rows, so that they reconcile exactly. The
-- database keeps them from the ticket's status, so that no code path can miss one; each change is
-- timed by the ticket's updated_at, which the service sets from its clock when the status moves.
-- Each span carries what the KPIs group and filter tickets by, as the ticket is now (kept below),
-- so that a period's figures are read from one range of one index, without visiting the tickets.
CREATE TABLE backlog_span (
    ticket_id    uuid        NOT NULL REFERENCES ticket (id),
    seq          integer     NOT NULL CHECK (seq > 0),
    opened_at    timestamptz NOT NULL,
    closed_at    timestamptz CHECK (closed_at >= opened_at),
    closed_as    text        CHECK (closed_as IN ('RESOLVED', 'CANCELLED')),
    -- when the next span opened: this resolution was reopened
    reopened_at  timestamptz CHECK (reopened_at >= closed_at),
    -- the ticket's createdAt, from which the backlog is aged
    received_at  timestamptz NOT NULL,
    queue_id     uuid,
    assignee_id  uuid,
    category     text        NOT NULL,
    channel      text        NOT NULL,
    priority     text        NOT NULL,
    type         text        NOT NULL,
    CHECK ((closed_at IS NULL) = (closed_as IS NULL)),
    PRIMARY KEY (ticket_id, seq)
);

-- The backlog at an instant: the spans that contain it (as many rows as the backlog held then,
-- however long the history). The period's arrivals and reopenings; its resolutions and cancellations.
CREATE INDEX backlog_span_during ON backlog_span USING gist (tstzrange(opened_at, closed_at, '[)'));
CREATE INDEX backlog_span_opened ON backlog_span (opened_at);
CREATE INDEX backlog_span_closed ON backlog_span (closed_at) WHERE closed_at IS NOT NULL;

CREATE FUNCTION backlog_span_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO backlog_span (ticket_id, seq, opened_at, received_at, queue_id, assignee_id, category, channel,
                                  priority, type)
        VALUES (NEW.id, 1, NEW.created_at, NEW.created_at, NEW.queue_id, NEW.assignee_id, NEW.category,
                NEW.channel, NEW.priority, NEW.type);
    ELSIF NEW.finished THEN
        -- greatest(): a replica's clock a little behind another's must not fail the change
        UPDATE backlog_span
           SET closed_at = greatest(NEW.updated_at, opened_at),
               closed_as = CASE WHEN NEW.status = 'CANCELLED' THEN 'CANCELLED' ELSE 'RESOLVED' END
         WHERE ticket_id = NEW.id AND closed_at IS NULL;
    ELSE
        WITH last AS (
            UPDATE backlog_span SET reopened_at = greatest(NEW.updated_at, closed_at)
             WHERE ticket_id = NEW.id AND seq = (SELECT max(seq) FROM backlog_span WHERE ticket_id = NEW.id)
            RETURNING seq, reopened_at)
        INSERT INTO backlog_span (ticket_id, seq, opened_at, received_at, queue_id, assignee_id, category, channel,
                                  priority, type)
        SELECT NEW.id, last.seq + 1, last.reopened_at, NEW.created_at, NEW.queue_id, NEW.assignee_id, NEW.category,
               NEW.channel, NEW.priority, NEW.type
          FROM last;
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

-- The spans of the tickets recorded so far, from their timelines' status changes; the last span of
-- a ticket that is finished now is closed even where its timeline lacks the move.
WITH moves AS (
    SELECT e.ticket_id, e.created_at AS at,
           (c ->> 'from') IN ('RESOLVED', 'CLOSED', 'CANCELLED') AS was_finished,
           (c ->> 'to') IN ('RESOLVED', 'CLOSED', 'CANCELLED') AS is_finished,
           c ->> 'to' AS to_status
      FROM timeline_entry e, jsonb_array_elements(e.details -> 'changes') AS c
     WHERE jsonb_typeof(e.details -> 'changes') = 'array' AND c ->> 'field' = 'status'
), opened AS (
    SELECT ticket_id, at, row_number() OVER w AS seq, lead(at) OVER w AS next_at,
           count(*) OVER (PARTITION BY ticket_id) AS spans
      FROM (SELECT id AS ticket_id, created_at AS at FROM ticket
            UNION ALL
            SELECT ticket_id, at FROM moves WHERE was_finished AND NOT is_finished) AS o
    WINDOW w AS (PARTITION BY ticket_id ORDER BY at)
), closed AS (
    SELECT ticket_id, at, CASE WHEN to_status = 'CANCELLED' THEN 'CANCELLED' ELSE 'RESOLVED' END AS closed_as,
           row_number() OVER (PARTITION BY ticket_id ORDER BY at) AS seq
      FROM moves WHERE is_finished AND NOT was_finished
), spans AS (
    SELECT o.ticket_id, o.seq, o.at AS opened_at,
           CASE WHEN c.at IS NOT NULL THEN greatest(c.at, o.at)
                WHEN o.seq = o.spans AND t.finished THEN greatest(t.updated_at, o.at) END AS closed_at,
           CASE WHEN c.at IS NOT NULL THEN c.closed_as
                WHEN o.seq = o.spans AND t.finished
                    THEN CASE WHEN t.status = 'CANCELLED' THEN 'CANCELLED' ELSE 'RESOLVED' END END AS closed_as,
           o.next_at, t.created_at, t.queue_id, t.assignee_id, t.category, t.channel, t.priority, t.type
      FROM opened o
      JOIN ticket t ON t.id = o.ticket_id
      LEFT JOIN closed c ON c.ticket_id = o.ticket_id AND c.seq = o.seq
)
INSERT INTO backlog_span (ticket_id, seq, opened_at, closed_at, closed_as, reopened_at, received_at, queue_id,
                          assignee_id, category, channel, priority, type)
SELECT ticket_id, seq, opened_at, closed_at, closed_as, CASE WHEN next_at IS NOT NULL THEN greatest(next_at, closed_at) END,
       created_at, queue_id, assignee_id, category, channel, priority, type
  FROM spans;

-- A clock's business time from its start to when it was met, less the business time paused: what
-- the KPIs report as business response and resolution times. Clocks met before this version
-- have none and count in wall time only. Like the spans, each clock carries what its ticket is
-- grouped and filtered by.
ALTER TABLE sla_clock
    ADD COLUMN business_seconds bigint CHECK (business_seconds >= 0),
    ADD COLUMN queue_id         uuid,
    ADD COLUMN assignee_id      uuid,
    ADD COLUMN category         text,
    ADD COLUMN channel          text,
    ADD COLUMN priority         text,
    ADD COLUMN type             text;

UPDATE sla_clock c
   SET queue_id = t.queue_id, assignee_id = t.assignee_id, category = t.category, channel = t.channel,
       priority = t.priority, type = t.type
  FROM ticket t
 WHERE t.id = c.ticket_id;

-- The clocks met in a period, with what the KPIs read of them: read from the index alone.
CREATE INDEX sla_clock_met ON sla_clock (met_at)
    INCLUDE (target, due_at, started_at, business_seconds, queue_id, assignee_id, category, channel, priority, type)
    WHERE state = 'MET';
CREATE INDEX sla_clock_open_due ON sla_clock (due_at) WHERE state IN ('RUNNING', 'PAUSED');

-- A row about a ticket (a clock, a survey) takes what its ticket is grouped and filtered by.
CREATE FUNCTION kpi_grouped_as_ticket() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT t.queue_id, t.assignee_id, t.category, t.channel, t.priority, t.type
      INTO NEW.queue_id, NEW.assignee_id, NEW.category, NEW.channel, NEW.priority, NEW.type
      FROM ticket t WHERE t.id = NEW.ticket_id;
    RETURN NEW;
END;
$$;

CREATE TRIGGER sla_clock_grouped
    BEFORE INSERT ON sla_clock
    FOR EACH ROW EXECUTE FUNCTION kpi_grouped_as_ticket();

-- Surveys, likewise (their queue and agent now the ticket's now, not those it had when resolved);
-- the answers of a period are read from the index alone.
ALTER TABLE survey
    ADD COLUMN category    text,
    ADD COLUMN channel     text,
    ADD COLUMN priority    text,
    ADD COLUMN type        text;

UPDATE survey u
   SET queue_id = t.queue_id, assignee_id = t.assignee_id, category = t.category, channel = t.channel,
       priority = t.priority, type = t.type
  FROM ticket t
 WHERE t.id = u.ticket_id;

DROP INDEX survey_answered;
CREATE INDEX survey_answered ON survey (answered_at)
    INCLUDE (overall, queue_id, assignee_id, category, channel, priority, type)
    WHERE answered_at IS NOT NULL;

CREATE TRIGGER survey_grouped
    BEFORE INSERT ON survey
    FOR EACH ROW EXECUTE FUNCTION kpi_grouped_as_ticket();

-- A ticket moved to another queue or agent, or reclassified: its spans, clocks and survey follow.
CREATE FUNCTION ticket_kpi_grouping() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE backlog_span
       SET queue_id = NEW.queue_id, assignee_id = NEW.assignee_id, category = NEW.category,
           channel = NEW.channel, priority = NEW.priority, type = NEW.type
     WHERE ticket_id = NEW.id;
    UPDATE sla_clock
       SET queue_id = NEW.queue_id, assignee_id = NEW.assignee_id, category = NEW.category,
           channel = NEW.channel, priority = NEW.priority, type = NEW.type
     WHERE ticket_id = NEW.id;
    UPDATE survey
       SET queue_id = NEW.queue_id, assignee_id = NEW.assignee_id, category = NEW.category,
           channel = NEW.channel, priority = NEW.priority, type = NEW.type
     WHERE ticket_id = NEW.id;
    RETURN NULL;
END;
$$;

CREATE TRIGGER ticket_kpi_grouping
    AFTER UPDATE ON ticket
    FOR EACH ROW
    WHEN (OLD.queue_id IS DISTINCT FROM NEW.queue_id OR OLD.assignee_id IS DISTINCT FROM NEW.assignee_id
          OR OLD.category IS DISTINCT FROM NEW.category OR OLD.channel IS DISTINCT FROM NEW.channel
          OR OLD.priority IS DISTINCT FROM NEW.priority OR OLD.type IS DISTINCT FROM NEW.type)
    EXECUTE FUNCTION ticket_kpi_grouping();

-- The tickets whose (last) resolution, or closing, fell in a period, with what the KPIs read of
-- them: read from the index alone.
CREATE INDEX ticket_kpi_resolved ON ticket (resolved_at)
    INCLUDE (status, created_at, first_contact_resolution, escalated, resolution_article_id, queue_id, assignee_id,
             category, channel, priority, type)
    WHERE resolved_at IS NOT NULL;
CREATE INDEX ticket_kpi_closed ON ticket (closed_at)
    INCLUDE (queue_id, assignee_id, category, channel, priority, type)
    WHERE closed_at IS NOT NULL;

-- An article written from what a ticket taught: the knowledge-use KPI counts them.
ALTER TABLE kb_article ADD COLUMN source_ticket_id uuid REFERENCES ticket (id);
CREATE INDEX kb_article_from_ticket ON kb_article (created_at) WHERE source_ticket_id IS NOT NULL;
