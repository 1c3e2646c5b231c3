-- Checks, from the rows themselves, that every piece of scheduled work happened exactly once, and
-- fills bench_result (one row per kind of work) for the run script to print. Read only but for
-- the bench's own tables (bench_receipt, bench_result). Variables (psql -v):
-- Standard input is the webhook receiver's record (Recorder.java: millis, path, webhook-id, type).
--   killed_ms  when the replica was killed (epoch millis; 0: none was)
--   gap_s      a crossing this close before its clock was met may go unrecorded (a check interval)
--   ack_s      SERVICEDESK_ESCALATIONS_ACKNOWLEDGE_WITHIN, close_s SERVICEDESK_TICKETS_CLOSE_RESOLVED_AFTER,
--   archive_s  SERVICEDESK_ANNOUNCEMENTS_ARCHIVE_AFTER_END, all in seconds
--   slack_s    work due less than this long ago is not expected yet
\set ON_ERROR_STOP 1
SET client_min_messages = warning;

DROP TABLE IF EXISTS bench_receipt, bench_result, bench_crossing, bench_redelivery;
CREATE TABLE bench_receipt (received_ms bigint, path text, webhook_id uuid, type text);
\copy bench_receipt FROM pstdin
CREATE INDEX ON bench_receipt (path, webhook_id);
DROP TABLE IF EXISTS bench_first_receipt;
CREATE TABLE bench_first_receipt AS SELECT webhook_id, min(received_ms) AS first_ms FROM bench_receipt GROUP BY 1;

CREATE TABLE bench_result (
    ord int, work text, expected bigint, happened bigint, duplicates bigint, missing bigint,
    r1 bigint, r2 bigint, r3 bigint, note text, counts boolean DEFAULT true);

-- The replica that wrote each row (bench/replicas/audit.sql), for the "by replica" columns.
CREATE TEMP VIEW origin AS SELECT row_id, what, replica FROM bench_origin;

-- ---------------------------------------------------------------------------------------------
-- 1. SLA crossings: every threshold of every clock run, from the clock's own rules, with the
--    instant it falls (24x7 calendar, no pauses in this bench: start + percent of the target).
CREATE TABLE bench_crossing AS
WITH th AS (
    SELECT c.id AS clock_id, c.ticket_id, c.target, c.started_at, c.state, c.paused_seconds,
           coalesce(c.met_at, c.cancelled_at) AS ended_at, x.kind, x.threshold, x.level,
           c.started_at + make_interval(secs => c.target_minutes * 60 * x.threshold / 100) AS crossing_at
      FROM sla_clock c
      CROSS JOIN LATERAL (
          SELECT 'WARNING' AS kind, w::int AS threshold, NULL::int AS level
            FROM jsonb_array_elements_text(c.rules -> 'warningThresholds') w
          UNION ALL SELECT 'BREACH', 100, NULL
          UNION ALL
          SELECT 'ESCALATION', (l ->> 'atPercent')::int,
                 (row_number() OVER (ORDER BY (l ->> 'atPercent')::int))::int
            FROM jsonb_array_elements(c.rules -> 'escalationLevels') l
           WHERE l ->> 'target' = c.target) x
)
SELECT th.*,
       -- due: the threshold fell while the clock ran, long enough ago to have been checked
       (crossing_at <= now() - make_interval(secs => :slack_s)
            AND (ended_at IS NULL OR crossing_at < ended_at)) AS due,
       -- ... but so shortly before the clock was met or cancelled that no check may have run between
       (ended_at IS NOT NULL AND crossing_at < ended_at
            AND crossing_at >= ended_at - make_interval(secs => :gap_s)) AS raced,
       e.id AS event_id, e.handled_at, e.occurred_at
  FROM th
  LEFT JOIN sla_event e ON e.clock_id = th.clock_id AND e.started_at = th.started_at
                       AND e.kind = th.kind AND e.threshold = th.threshold;

-- Every recorded event must be a threshold of its clock that fell while the clock ran: any
-- other is extra work, counted as a duplicate.
INSERT INTO bench_result (ord, work, expected, happened, duplicates, missing, note)
SELECT 19, 'SLA event no running clock explains', 0, count(*), count(*), 0, 'recorded when it should not have been'
  FROM (SELECT e.id FROM sla_event e WHERE NOT EXISTS (SELECT 1 FROM bench_crossing c WHERE c.event_id = e.id)
        UNION ALL
        SELECT c.event_id FROM bench_crossing c WHERE c.event_id IS NOT NULL AND NOT c.due
           AND c.crossing_at <= now() - make_interval(secs => :slack_s)) x;

-- A warning or breach recorded once is one row (unique), one timeline entry and one domain event.
CREATE TEMP TABLE sla_told AS
SELECT c.*,
       (SELECT count(*) FROM timeline_entry t
         WHERE t.ticket_id = c.ticket_id
           AND t.kind = CASE c.kind WHEN 'BREACH' THEN 'SLA_BREACHED' ELSE 'SLA_WARNING' END
           AND t.body LIKE CASE c.kind
                 WHEN 'BREACH' THEN 'SLA breached: ' || lower(replace(c.target, '_', ' ')) || ' was due %'
                 ELSE 'SLA warning: ' || lower(replace(c.target, '_', ' ')) || ' at ' || c.threshold || ' %' END
       ) AS entries,
       (SELECT count(*) FROM domain_event d
         WHERE d.subject_id = c.ticket_id
           AND d.type = CASE c.kind WHEN 'BREACH' THEN 'sla.breached' ELSE 'sla.warning' END
           AND d.data ->> 'target' = c.target
           AND (c.kind = 'BREACH' OR (d.data ->> 'threshold')::int = c.threshold)) AS told
  FROM bench_crossing c
 WHERE c.kind IN ('WARNING', 'BREACH');

INSERT INTO bench_result (ord, work, expected, happened, duplicates, missing, r1, r2, r3, note)
SELECT 10 + row_number() OVER (ORDER BY s.target, s.kind DESC),
       'SLA ' || lower(s.kind) || ', ' || lower(replace(s.target, '_', ' ')),
       count(*) FILTER (WHERE s.due AND NOT s.raced),
       count(*) FILTER (WHERE s.due AND NOT s.raced AND s.event_id IS NOT NULL AND s.entries > 0 AND s.told > 0),
       sum(greatest(s.entries - 1, 0) + greatest(s.told - 1, 0)) FILTER (WHERE s.event_id IS NOT NULL),
       count(*) FILTER (WHERE s.due AND NOT s.raced AND (s.event_id IS NULL OR s.entries = 0 OR s.told = 0)),
       count(*) FILTER (WHERE o.replica = 'replica-1'),
       count(*) FILTER (WHERE o.replica = 'replica-2'),
       count(*) FILTER (WHERE o.replica = 'replica-3'),
       format('%s crossed <%ss before a reply/resolution: %s recorded, %s not',
              count(*) FILTER (WHERE s.due AND s.raced), :gap_s,
              count(*) FILTER (WHERE s.due AND s.raced AND s.event_id IS NOT NULL),
              count(*) FILTER (WHERE s.due AND s.raced AND s.event_id IS NULL))
  FROM sla_told s
  LEFT JOIN origin o ON o.row_id = s.event_id AND o.what = 'insert'
 GROUP BY s.target, s.kind;

-- ---------------------------------------------------------------------------------------------
-- 2. Escalation levels: recorded once (an ESCALATION event), carried out once (handled, one
--    SLA_ESCALATION note); what they did — priority raised, escalated to a queue — once each.
INSERT INTO bench_result (ord, work, expected, happened, duplicates, missing, r1, r2, r3, note)
SELECT 20, 'SLA escalation level recorded',
       count(*) FILTER (WHERE c.due AND NOT c.raced),
       count(*) FILTER (WHERE c.due AND NOT c.raced AND c.event_id IS NOT NULL),
       0,
       count(*) FILTER (WHERE c.due AND NOT c.raced AND c.event_id IS NULL),
       count(*) FILTER (WHERE o.replica = 'replica-1'),
       count(*) FILTER (WHERE o.replica = 'replica-2'),
       count(*) FILTER (WHERE o.replica = 'replica-3'),
       format('%s reached <%ss before a reply/resolution: %s recorded', count(*) FILTER (WHERE c.due AND c.raced),
              :gap_s, count(*) FILTER (WHERE c.due AND c.raced AND c.event_id IS NOT NULL))
  FROM bench_crossing c
  LEFT JOIN origin o ON o.row_id = c.event_id AND o.what = 'insert'
 WHERE c.kind = 'ESCALATION';

CREATE TEMP TABLE level_done AS
SELECT e.id, e.ticket_id, e.level, e.target, e.threshold, e.handled_at, e.escalation,
       array(SELECT t.id FROM timeline_entry t
              WHERE t.ticket_id = e.ticket_id AND t.kind = 'SLA_ESCALATION'
                AND t.body LIKE 'SLA escalation level ' || e.level || ': ' || lower(replace(e.target, '_', ' '))
                                || ' at ' || e.threshold || ' \% of its target.%') AS notes,
       (SELECT count(*) FROM origin o WHERE o.row_id = e.id AND o.what = 'handled') AS handled_marks
  FROM sla_event e
 WHERE e.kind = 'ESCALATION';

INSERT INTO bench_result (ord, work, expected, happened, duplicates, missing, r1, r2, r3, note)
SELECT 21, 'SLA escalation level carried out',
       count(*),
       count(*) FILTER (WHERE l.handled_at IS NOT NULL AND cardinality(l.notes) >= 1),
       sum(greatest(cardinality(l.notes) - 1, 0) + greatest(l.handled_marks - 1, 0)),
       count(*) FILTER (WHERE l.handled_at IS NULL OR cardinality(l.notes) = 0),
       count(*) FILTER (WHERE o.replica = 'replica-1'),
       count(*) FILTER (WHERE o.replica = 'replica-2'),
       count(*) FILTER (WHERE o.replica = 'replica-3'),
       'one SLA_ESCALATION note each'
  FROM level_done l
  LEFT JOIN origin o ON o.row_id = l.notes[1] AND o.what = 'insert';

-- Priority raised by a level: one service-made priority change per note that says so.
CREATE TEMP TABLE raised AS
SELECT t.id AS ticket_id,
       (SELECT count(*) FROM level_done l, unnest(l.notes) n(id), timeline_entry x
         WHERE l.ticket_id = t.id AND x.id = n.id AND x.body LIKE '%priority %') AS said,
       array(SELECT u.id FROM timeline_entry u
              WHERE u.ticket_id = t.id AND u.kind = 'UPDATED' AND u.author_id IS NULL
                AND u.details -> 'changes' @> '[{"field": "priority"}]') AS changes
  FROM ticket t;

INSERT INTO bench_result (ord, work, expected, happened, duplicates, missing, r1, r2, r3, note)
SELECT 22, '  level: priority raised',
       sum(r.said), sum(least(cardinality(r.changes), r.said)),
       sum(greatest(cardinality(r.changes) - r.said, 0)), sum(greatest(r.said - cardinality(r.changes), 0)),
       count(*) FILTER (WHERE o.replica = 'replica-1'),
       count(*) FILTER (WHERE o.replica = 'replica-2'),
       count(*) FILTER (WHERE o.replica = 'replica-3'),
       'UPDATED entries by the service'
  FROM raised r
  LEFT JOIN origin o ON o.row_id = r.changes[1] AND o.what = 'insert'
 WHERE r.said > 0 OR cardinality(r.changes) > 0;

-- Escalated by a level: one escalation, one internal and one public ESCALATED entry, one
-- escalation.opened event, for every note that says it escalated.
CREATE TEMP TABLE opened AS
SELECT l.id AS level_id, l.ticket_id, x.id AS escalation_id,
       (SELECT count(*) FROM timeline_entry t WHERE t.ticket_id = l.ticket_id AND t.kind = 'ESCALATED'
           AND t.visibility = 'INTERNAL' AND t.details ->> 'escalationId' = x.id::text) AS internal_entries,
       (SELECT count(*) FROM timeline_entry t WHERE t.ticket_id = l.ticket_id AND t.kind = 'ESCALATED'
           AND t.visibility = 'PUBLIC' AND t.details ->> 'escalationId' = x.id::text) AS public_entries,
       (SELECT count(*) FROM domain_event d WHERE d.subject_id = l.ticket_id AND d.type = 'escalation.opened'
           AND d.data ->> 'escalationId' = x.id::text) AS told
  FROM level_done l
  JOIN timeline_entry n ON n.id = l.notes[1] AND n.body ~ 'escalated to (queue|the queue''s supervisor)'
  LEFT JOIN escalation x ON x.sla_event_id = l.id;

INSERT INTO bench_result (ord, work, expected, happened, duplicates, missing, r1, r2, r3, note)
SELECT 23, '  level: escalated to a queue',
       count(*), count(o.escalation_id),
       sum(greatest(o.internal_entries - 1, 0) + greatest(o.public_entries - 1, 0) + greatest(o.told - 1, 0)),
       count(*) FILTER (WHERE o.escalation_id IS NULL OR o.internal_entries = 0 OR o.told = 0),
       count(*) FILTER (WHERE w.replica = 'replica-1'),
       count(*) FILTER (WHERE w.replica = 'replica-2'),
       count(*) FILTER (WHERE w.replica = 'replica-3'),
       format('%s levels found the ticket escalated or finished already (noted once, nothing done)',
              (SELECT count(*) FROM level_done l JOIN timeline_entry n ON n.id = l.notes[1]
                WHERE n.body LIKE '%not escalated: %'))
  FROM opened o
  LEFT JOIN origin w ON w.row_id = o.escalation_id AND w.what = 'insert';

-- Unacknowledged escalations, once each: a FUNCTIONAL one goes up to the supervisor of the queue
-- it went to (one follower escalation, one internal entry, one escalation.opened); a HIERARCHICAL
-- one has nobody above, which is noted once.
CREATE TEMP TABLE overdue AS
SELECT x.id, x.kind, x.ticket_id, x.overdue_handled_at,
       f.id AS follower_id,
       (SELECT count(*) FROM escalation g WHERE g.follows_id = x.id) AS followers,
       (SELECT count(*) FROM timeline_entry t WHERE t.ticket_id = x.ticket_id AND t.kind = 'ESCALATED'
           AND t.details ->> 'escalationId' = f.id::text AND t.body NOT LIKE '%nobody above%') AS follower_entries,
       (SELECT count(*) FROM domain_event d WHERE d.subject_id = x.ticket_id AND d.type = 'escalation.opened'
           AND d.data ->> 'escalationId' = f.id::text) AS follower_told,
       array(SELECT t.id FROM timeline_entry t WHERE t.ticket_id = x.ticket_id AND t.kind = 'ESCALATED'
                AND t.details ->> 'escalationId' = x.id::text AND t.body LIKE '%nobody above%') AS nobody_notes,
       (SELECT count(*) FROM origin o WHERE o.row_id = x.id AND o.what = 'handled') AS handled_marks
  FROM escalation x
  LEFT JOIN escalation f ON f.follows_id = x.id
 WHERE x.escalated_at <= now() - make_interval(secs => :ack_s + :slack_s)
   AND x.acknowledged_at IS NULL AND x.declined_at IS NULL;

INSERT INTO bench_result (ord, work, expected, happened, duplicates, missing, r1, r2, r3, note)
SELECT 30, 'unacknowledged: up to the supervisor',
       count(*), count(*) FILTER (WHERE o.follower_id IS NOT NULL),
       sum(greatest(o.followers - 1, 0) + greatest(o.follower_entries - 1, 0) + greatest(o.follower_told - 1, 0)
           + greatest(o.handled_marks - 1, 0)),
       count(*) FILTER (WHERE o.follower_id IS NULL OR o.follower_entries = 0 OR o.follower_told = 0),
       count(*) FILTER (WHERE w.replica = 'replica-1'),
       count(*) FILTER (WHERE w.replica = 'replica-2'),
       count(*) FILTER (WHERE w.replica = 'replica-3'),
       'FUNCTIONAL escalations not acknowledged in time'
  FROM overdue o
  LEFT JOIN origin w ON w.row_id = o.follower_id AND w.what = 'insert'
 WHERE o.kind = 'FUNCTIONAL';

INSERT INTO bench_result (ord, work, expected, happened, duplicates, missing, r1, r2, r3, note)
SELECT 31, 'unacknowledged: nobody above, noted',
       count(*), count(*) FILTER (WHERE o.overdue_handled_at IS NOT NULL AND cardinality(o.nobody_notes) >= 1),
       sum(greatest(cardinality(o.nobody_notes) - 1, 0) + greatest(o.handled_marks - 1, 0)),
       count(*) FILTER (WHERE o.overdue_handled_at IS NULL OR cardinality(o.nobody_notes) = 0),
       count(*) FILTER (WHERE w.replica = 'replica-1'),
       count(*) FILTER (WHERE w.replica = 'replica-2'),
       count(*) FILTER (WHERE w.replica = 'replica-3'),
       'HIERARCHICAL escalations not acknowledged in time'
  FROM overdue o
  LEFT JOIN origin w ON w.row_id = o.nobody_notes[1] AND w.what = 'insert'
 WHERE o.kind = 'HIERARCHICAL';

-- ---------------------------------------------------------------------------------------------
-- 3. Resolved tickets close themselves once: CLOSED, one "Closed automatically" entry, one
--    ticket.transitioned to CLOSED. Nobody closes a ticket by hand in this bench.
CREATE TEMP TABLE closing AS
SELECT t.id, t.status,
       array(SELECT e.id FROM timeline_entry e WHERE e.ticket_id = t.id AND e.kind = 'STATUS_CHANGED'
                AND e.body LIKE 'Closed automatically%') AS entries,
       (SELECT count(*) FROM domain_event d WHERE d.subject_id = t.id AND d.type = 'ticket.transitioned'
           AND d.data ->> 'to' = 'CLOSED') AS told
  FROM ticket t
 WHERE t.resolved_at <= now() - make_interval(secs => :close_s + :slack_s) OR t.status = 'CLOSED';

INSERT INTO bench_result (ord, work, expected, happened, duplicates, missing, r1, r2, r3, note)
SELECT 40, 'resolved ticket closed automatically',
       count(*), count(*) FILTER (WHERE c.status = 'CLOSED' AND cardinality(c.entries) >= 1),
       sum(greatest(cardinality(c.entries) - 1, 0) + greatest(c.told - 1, 0)),
       count(*) FILTER (WHERE c.status <> 'CLOSED' OR cardinality(c.entries) = 0 OR c.told = 0),
       count(*) FILTER (WHERE w.replica = 'replica-1'),
       count(*) FILTER (WHERE w.replica = 'replica-2'),
       count(*) FILTER (WHERE w.replica = 'replica-3'),
       'one STATUS_CHANGED entry and one event each'
  FROM closing c
  LEFT JOIN origin w ON w.row_id = c.entries[1] AND w.what = 'insert';

-- ---------------------------------------------------------------------------------------------
-- 5. Announcements: each scheduled move once, as the update log and the events show it.
CREATE TEMP TABLE moves AS
SELECT a.id, a.type, a.status, a.published_at, a.publish_at, a.starts_at, a.estimated_end_at, a.expires_at,
       a.actual_end_at,
       array(SELECT u.id FROM announcement_update u WHERE u.announcement_id = a.id
                AND u.phase IS NOT DISTINCT FROM CASE WHEN a.starts_at IS NULL THEN NULL ELSE 'SCHEDULED' END
              ORDER BY u.sequence) AS published_entries,
       array(SELECT u.id FROM announcement_update u WHERE u.announcement_id = a.id AND u.phase = 'IN_PROGRESS') AS started,
       array(SELECT u.id FROM announcement_update u WHERE u.announcement_id = a.id AND u.phase = 'COMPLETED') AS completed,
       (SELECT count(*) FROM domain_event d WHERE d.subject_id = a.id AND d.type = 'announcement.published') AS published_told,
       (SELECT count(*) FROM domain_event d WHERE d.subject_id = a.id AND d.type = 'announcement.updated') AS updated_told,
       (SELECT count(*) FROM domain_event d WHERE d.subject_id = a.id AND d.type = 'announcement.resolved') AS resolved_told,
       array(SELECT o.replica FROM origin o WHERE o.row_id = a.id AND o.what = 'archived') AS archived_by
  FROM announcement a
 WHERE a.publish_at IS NOT NULL;

INSERT INTO bench_result (ord, work, expected, happened, duplicates, missing, r1, r2, r3, note)
SELECT 50, 'announcement published as scheduled',
       count(*) FILTER (WHERE m.publish_at <= now() - make_interval(secs => :slack_s)),
       count(*) FILTER (WHERE m.published_at IS NOT NULL),
       sum(greatest(cardinality(m.published_entries) - 1, 0) + greatest(m.published_told - 1, 0)),
       count(*) FILTER (WHERE m.publish_at <= now() - make_interval(secs => :slack_s)
                          AND (m.published_at IS NULL OR m.published_told = 0)),
       count(*) FILTER (WHERE w.replica = 'replica-1'),
       count(*) FILTER (WHERE w.replica = 'replica-2'),
       count(*) FILTER (WHERE w.replica = 'replica-3'),
       'one first log entry and one announcement.published each'
  FROM moves m
  LEFT JOIN origin w ON w.row_id = m.published_entries[1] AND w.what = 'insert';

INSERT INTO bench_result (ord, work, expected, happened, duplicates, missing, r1, r2, r3, note)
SELECT 51, 'planned work started (IN_PROGRESS)',
       count(*) FILTER (WHERE m.starts_at <= now() - make_interval(secs => :slack_s)),
       count(*) FILTER (WHERE cardinality(m.started) >= 1),
       sum(greatest(cardinality(m.started) - 1, 0)),
       count(*) FILTER (WHERE m.starts_at <= now() - make_interval(secs => :slack_s) AND cardinality(m.started) = 0),
       count(*) FILTER (WHERE w.replica = 'replica-1'),
       count(*) FILTER (WHERE w.replica = 'replica-2'),
       count(*) FILTER (WHERE w.replica = 'replica-3'),
       'one IN_PROGRESS log entry each'
  FROM moves m
  LEFT JOIN origin w ON w.row_id = m.started[1] AND w.what = 'insert'
 WHERE m.starts_at IS NOT NULL;

INSERT INTO bench_result (ord, work, expected, happened, duplicates, missing, r1, r2, r3, note)
SELECT 52, 'planned work completed (COMPLETED)',
       count(*) FILTER (WHERE m.estimated_end_at <= now() - make_interval(secs => :slack_s)),
       count(*) FILTER (WHERE cardinality(m.completed) >= 1),
       sum(greatest(cardinality(m.completed) - 1, 0) + greatest(m.resolved_told - 1, 0)
           + greatest(m.updated_told - 2, 0)),
       count(*) FILTER (WHERE m.estimated_end_at <= now() - make_interval(secs => :slack_s)
                          AND (cardinality(m.completed) = 0 OR m.resolved_told = 0)),
       count(*) FILTER (WHERE w.replica = 'replica-1'),
       count(*) FILTER (WHERE w.replica = 'replica-2'),
       count(*) FILTER (WHERE w.replica = 'replica-3'),
       'one COMPLETED entry, one announcement.resolved, two .updated each'
  FROM moves m
  LEFT JOIN origin w ON w.row_id = m.completed[1] AND w.what = 'insert'
 WHERE m.starts_at IS NOT NULL;

INSERT INTO bench_result (ord, work, expected, happened, duplicates, missing, r1, r2, r3, note)
SELECT 53, 'announcement archived',
       count(*) FILTER (WHERE m.expires_at <= now() - make_interval(secs => :slack_s)
                          OR m.actual_end_at <= now() - make_interval(secs => :archive_s + :slack_s)),
       count(*) FILTER (WHERE m.status = 'ARCHIVED'),
       sum(greatest(cardinality(m.archived_by) - 1, 0)),
       count(*) FILTER (WHERE (m.expires_at <= now() - make_interval(secs => :slack_s)
                               OR m.actual_end_at <= now() - make_interval(secs => :archive_s + :slack_s))
                          AND m.status <> 'ARCHIVED'),
       count(*) FILTER (WHERE m.archived_by[1] = 'replica-1'),
       count(*) FILTER (WHERE m.archived_by[1] = 'replica-2'),
       count(*) FILTER (WHERE m.archived_by[1] = 'replica-3'),
       'at expiresAt (notices) or a while after the end (planned work)'
  FROM moves m;

-- ---------------------------------------------------------------------------------------------
-- 4. Webhooks: every placed event of a subscribed type reaches its subscription's path at the
--    receiver; each receipt beyond the first of a webhook-id is a duplicate. A duplicate whose
--    first copy came before the kill, of a delivery whose recorded attempts are fewer than the
--    copies received, is the documented at-least-once case: the killed replica sent it and died
--    before recording it, and another sent it again once its hold ran out.
CREATE TEMP TABLE hook AS
SELECT w.id, '/hooks/' || coalesce(w.description, w.id::text) AS path, w.event_types FROM webhook w;

CREATE TEMP TABLE wanted AS
SELECT h.id AS webhook_id, h.path, e.id AS event_id, e.type, d.id AS delivery_id, d.status,
       (SELECT count(*) FROM webhook_attempt a WHERE a.delivery_id = d.id) AS attempts,
       (SELECT count(*) FROM bench_receipt r WHERE r.path = h.path AND r.webhook_id = e.id) AS receipts,
       (SELECT min(r.received_ms) FROM bench_receipt r WHERE r.path = h.path AND r.webhook_id = e.id) AS first_ms,
       (SELECT max(r.received_ms) FROM bench_receipt r WHERE r.path = h.path AND r.webhook_id = e.id) AS last_ms
  FROM hook h
  JOIN domain_event e ON e.type = ANY (h.event_types) AND e.commit_position IS NOT NULL
  LEFT JOIN webhook_delivery d ON d.webhook_id = h.id AND d.event_id = e.id;

CREATE TABLE bench_redelivery AS
SELECT w.*, (w.first_ms <= :killed_ms AND w.attempts < w.receipts AND :killed_ms > 0) AS explained
  FROM wanted w WHERE w.receipts > 1;

INSERT INTO bench_result (ord, work, expected, happened, duplicates, missing, r1, r2, r3, note)
SELECT 60 + row_number() OVER (ORDER BY w.path), 'webhook delivered, ' || w.path,
       count(*), count(*) FILTER (WHERE w.receipts >= 1),
       sum(greatest(w.receipts - 1, 0)) FILTER (WHERE NOT EXISTS (
           SELECT 1 FROM bench_redelivery r WHERE r.delivery_id = w.delivery_id AND r.explained)),
       count(*) FILTER (WHERE w.receipts = 0 OR w.status IS DISTINCT FROM 'DELIVERED'),
       sum(a.r1), sum(a.r2), sum(a.r3),
       format('%s at-least-once redeliveries after the kill (not counted); %s deliveries not DELIVERED',
              (SELECT coalesce(sum(r.receipts - 1), 0) FROM bench_redelivery r WHERE r.path = w.path AND r.explained),
              count(*) FILTER (WHERE w.status IS DISTINCT FROM 'DELIVERED'))
  FROM wanted w
  LEFT JOIN LATERAL (
      SELECT count(*) FILTER (WHERE o.replica = 'replica-1') AS r1,
             count(*) FILTER (WHERE o.replica = 'replica-2') AS r2,
             count(*) FILTER (WHERE o.replica = 'replica-3') AS r3
        FROM webhook_attempt t JOIN origin o ON o.row_id = t.id AND o.what = 'insert'
       WHERE t.delivery_id = w.delivery_id AND t.status_code BETWEEN 200 AND 299) a ON true
 GROUP BY w.path;

-- Receipts that no placed event of the path's subscription explains: extra, counted as duplicates.
INSERT INTO bench_result (ord, work, expected, happened, duplicates, missing, note)
SELECT 69, 'webhook receipt no subscribed event explains', 0, count(*), count(*), 0, 'must be none'
  FROM bench_receipt r
 WHERE NOT EXISTS (SELECT 1 FROM wanted w WHERE w.path = r.path AND w.event_id = r.webhook_id);
