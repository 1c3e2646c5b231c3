-- Two years of a desk's work for the KPI benchmark: 1,000,000 tickets from 2025-01-01 to
-- 2026-11-30 (about 1,430 a day) in 20 queues worked by 200 agents, as they would stand on
-- 2026-12-01: 2 % cancelled within two hours; 3 % resolved, reopened a day later and resolved
-- again; the rest resolved within 1 to 120 hours and closed a week later, except those of the last
-- 30 days of which 30 % are still open, and 0.5 % of older ones still open (the ageing tail).
-- Every ticket has its backlog spans and its first-response and resolution clocks (met ones with
-- their business time, 15 % of first responses and 10 % of resolutions late); 20 % of resolutions
-- have an answered survey. Ids are derived from the row number n.
\timing on

CREATE TEMP TABLE set_aside_index AS
SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
  FROM pg_index i
 WHERE i.indrelid IN ('ticket'::regclass, 'backlog_span'::regclass, 'sla_clock'::regclass, 'survey'::regclass)
   AND NOT i.indisunique AND NOT i.indisprimary;
DO $$
DECLARE index record;
BEGIN
    FOR index IN SELECT name FROM set_aside_index LOOP
        EXECUTE 'DROP INDEX ' || index.name;
    END LOOP;
END $$;
-- The spans and clock rows are written here in bulk, as the triggers would have written them.
ALTER TABLE ticket DISABLE TRIGGER USER;
ALTER TABLE sla_clock DISABLE TRIGGER USER;

INSERT INTO person (id, subject, name, email, department, search_text, created_at, updated_at, version)
SELECT ('00000000-0000-7000-9000-' || lpad(to_hex(n), 12, '0'))::uuid,
       'bench-' || n, 'Bench bench-' || n, 'bench-' || n || '@example.org', 'Dept ' || (n % 20),
       'bench bench-' || n || ' bench-' || n || '@example.org',
       timestamptz '2024-12-01', timestamptz '2024-12-01', 0
  FROM generate_series(0, 10200) AS n;

INSERT INTO queue (id, name, tier, active, created_at, updated_at)
SELECT ('00000000-0000-7000-a000-' || lpad(to_hex(q), 12, '0'))::uuid, 'Bench queue ' || q, 1 + q % 2, true,
       timestamptz '2024-12-01', timestamptz '2024-12-01'
  FROM generate_series(1, 20) AS q;
-- Agents are people 10001 to 10200, ten per queue; the bench agent (person 0) works queue 1.
INSERT INTO queue_member (queue_id, person_id, position)
SELECT ('00000000-0000-7000-a000-' || lpad(to_hex(1 + a % 20), 12, '0'))::uuid,
       ('00000000-0000-7000-9000-' || lpad(to_hex(10001 + a), 12, '0'))::uuid, a / 20
  FROM generate_series(0, 199) AS a;
INSERT INTO queue_member (queue_id, person_id, position)
VALUES ('00000000-0000-7000-a000-000000000001', '00000000-0000-7000-9000-000000000000', 100);

INSERT INTO calendar (id, name, time_zone, always_open, hours, created_at, updated_at)
VALUES ('00000000-0000-7000-b000-000000000001', 'Bench Berlin', 'Europe/Berlin', false,
        '{"week": {}, "holidays": []}', timestamptz '2024-12-01', timestamptz '2024-12-01');

-- The shape of each ticket's life, from its row number: when it was first resolved (1 to 120 hours
-- after it came in) and finally (two days later if reopened); whether it is still open on 2026-12-01.
CREATE TEMP TABLE life AS
SELECT n, created_at, first_resolved_at, final_resolved_at,
       CASE WHEN n % 100 < 2 THEN 'CANCELLED'
            WHEN (created_at > timestamptz '2026-11-01' AND n % 10 < 3) OR n % 200 = 7
                 OR final_resolved_at >= timestamptz '2026-12-01' THEN 'OPEN'
            WHEN n % 100 < 5 THEN 'REOPENED'
            ELSE 'RESOLVED' END AS path,
       ('00000000-0000-7000-8000-' || lpad(to_hex(n), 12, '0'))::uuid AS id
  FROM (SELECT n, created_at, created_at + (1 + n % 120) * interval '1 hour' AS first_resolved_at,
               created_at + (1 + n % 120) * interval '1 hour'
                          + CASE WHEN n % 100 BETWEEN 2 AND 4 THEN interval '2 days' ELSE interval '0' END
                   AS final_resolved_at
          FROM (SELECT n, timestamptz '2025-01-01' + n * interval '60.6 seconds' AS created_at
                  FROM generate_series(1, 1000000) AS n) AS t) AS l;

INSERT INTO ticket (id, ticket_key, type, status, category, impact, urgency, priority, channel,
                    subject, description, search_subject, search_description, requester_id, created_by_id,
                    affected_users, facts, pending_reason, resolution_code, resolution_notes,
                    resolved_at, closed_at, cancel_reason, queue_id, tier, assignee_id, reassignments, escalated,
                    first_contact_resolution, created_at, updated_at, version)
SELECT l.id, 'INC-' || n, (ARRAY['INCIDENT', 'SERVICE_REQUEST', 'QUESTION'])[1 + n % 3], s.status,
       (ARRAY['HARDWARE', 'SOFTWARE', 'NETWORK', 'SECURITY', 'USER_SUPPORT', 'SERVICE_REQUEST',
              'DATA_RECOVERY', 'PERFORMANCE', 'CONSULTING', 'OTHER'])[1 + n % 10],
       'MEDIUM', 'MEDIUM', (ARRAY['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'])[1 + n % 5],
       (ARRAY['PORTAL', 'PHONE', 'EMAIL', 'CHAT', 'API'])[1 + n % 5],
       'Bench ticket ' || n, NULL, 'bench ticket ' || n, NULL,
       ('00000000-0000-7000-9000-' || lpad(to_hex(1 + n % 10000), 12, '0'))::uuid,
       ('00000000-0000-7000-9000-' || lpad(to_hex(1 + n % 10000), 12, '0'))::uuid,
       1, '{"affectedSystems":[],"errorMessages":[],"stepsTried":[],"environment":{},"contact":{"phone":null,"extension":null,"email":null,"availability":null}}'::jsonb,
       CASE WHEN s.status = 'PENDING' THEN 'AWAITING_REQUESTER' END,
       CASE WHEN s.resolved_at IS NOT NULL THEN 'FIXED' END,
       CASE WHEN s.resolved_at IS NOT NULL THEN 'Fixed in the bench' END,
       s.resolved_at, s.closed_at,
       CASE WHEN s.status = 'CANCELLED' THEN 'Recorded twice' END,
       ('00000000-0000-7000-a000-' || lpad(to_hex(1 + n % 20), 12, '0'))::uuid, 1 + (1 + n % 20) % 2,
       ('00000000-0000-7000-9000-' || lpad(to_hex(10001 + n % 200), 12, '0'))::uuid,
       0, n % 10 = 0,
       CASE WHEN s.resolved_at IS NOT NULL THEN n % 3 <> 0 AND n % 10 <> 0 END,
       l.created_at, s.updated_at, 0
  FROM life l
 CROSS JOIN LATERAL (
       SELECT CASE l.path
                  WHEN 'CANCELLED' THEN 'CANCELLED'
                  WHEN 'OPEN' THEN (ARRAY['NEW', 'OPEN', 'IN_PROGRESS', 'PENDING'])[1 + n % 4]
                  ELSE CASE WHEN closes < timestamptz '2026-12-01' THEN 'CLOSED' ELSE 'RESOLVED' END
              END AS status,
              CASE WHEN l.path IN ('RESOLVED', 'REOPENED') THEN l.final_resolved_at END AS resolved_at,
              CASE WHEN l.path IN ('RESOLVED', 'REOPENED') AND closes < timestamptz '2026-12-01' THEN closes END
                  AS closed_at,
              CASE l.path
                  WHEN 'CANCELLED' THEN l.created_at + interval '2 hours'
                  WHEN 'OPEN' THEN l.created_at
                  ELSE CASE WHEN closes < timestamptz '2026-12-01' THEN closes ELSE l.final_resolved_at END
              END AS updated_at
         FROM (SELECT l.final_resolved_at + interval '7 days' AS closes) AS c) AS s;

INSERT INTO backlog_span (ticket_id, seq, opened_at, closed_at, closed_as, reopened_at, received_at, queue_id,
                          assignee_id, category, channel, priority, type)
SELECT l.id, 1, l.created_at,
       CASE l.path WHEN 'CANCELLED' THEN l.created_at + interval '2 hours' WHEN 'OPEN' THEN NULL
                   ELSE l.first_resolved_at END,
       CASE l.path WHEN 'CANCELLED' THEN 'CANCELLED' WHEN 'OPEN' THEN NULL ELSE 'RESOLVED' END,
       CASE WHEN l.path = 'REOPENED' THEN l.first_resolved_at + interval '1 day' END,
       l.created_at, t.queue_id, t.assignee_id, t.category, t.channel, t.priority, t.type
  FROM life l JOIN ticket t ON t.id = l.id
UNION ALL
SELECT l.id, 2, l.first_resolved_at + interval '1 day', l.final_resolved_at, 'RESOLVED', NULL, l.created_at,
       t.queue_id, t.assignee_id, t.category, t.channel, t.priority, t.type
  FROM life l JOIN ticket t ON t.id = l.id
 WHERE l.path = 'REOPENED';

-- First responses 0 to 119 minutes after the ticket came in, due after 100 (16 % late); resolutions
-- due after 130 hours, or 1 hour for every tenth ticket (late).
INSERT INTO sla_clock (id, ticket_id, target, policy_id, policy_name, calendar_id, target_minutes, rules, state,
                       started_at, due_at, paused_seconds, pauses, met_at, cancelled_at, business_seconds, queue_id,
                       assignee_id, category, channel, priority, type)
SELECT ('00000000-0000-7000-c000-' || lpad(to_hex(2 * l.n + k.r), 12, '0'))::uuid, l.id, k.target, CAST(NULL AS uuid),
       'Bench', CAST('00000000-0000-7000-b000-000000000001' AS uuid), k.minutes, CAST('{}' AS jsonb), k.state,
       l.created_at, k.due_at, 0, CAST('{"periods": []}' AS jsonb), k.met_at,
       CASE WHEN k.state = 'CANCELLED' THEN l.created_at + interval '2 hours' END, k.business_seconds,
       t.queue_id, t.assignee_id, t.category, t.channel, t.priority, t.type
  FROM life l
  JOIN ticket t ON t.id = l.id
 CROSS JOIN LATERAL (
       SELECT 0 AS r, 'FIRST_RESPONSE' AS target, 100 AS minutes, l.created_at + interval '100 minutes' AS due_at,
              CASE WHEN l.path = 'CANCELLED' THEN 'CANCELLED' WHEN l.path = 'OPEN' AND l.n % 2 = 0 THEN 'RUNNING'
                   ELSE 'MET' END AS state,
              CASE WHEN l.path = 'CANCELLED' OR (l.path = 'OPEN' AND l.n % 2 = 0) THEN NULL
                   ELSE l.created_at + (l.n % 120) * interval '1 minute' END AS met_at,
              CASE WHEN l.path <> 'CANCELLED' AND NOT (l.path = 'OPEN' AND l.n % 2 = 0)
                   THEN CAST((l.n % 120) * 36 AS bigint) END AS business_seconds
       UNION ALL
       SELECT 1, 'RESOLUTION', 480,
              l.created_at + CASE WHEN l.n % 10 = 0 THEN interval '1 hour' ELSE interval '130 hours' END,
              CASE WHEN l.path = 'CANCELLED' THEN 'CANCELLED' WHEN l.path = 'OPEN' THEN 'RUNNING' ELSE 'MET' END,
              CASE WHEN l.path IN ('RESOLVED', 'REOPENED') THEN l.final_resolved_at END,
              CASE WHEN l.path IN ('RESOLVED', 'REOPENED')
                   THEN CAST(extract(epoch FROM l.final_resolved_at - l.created_at) AS bigint) / 3 END) AS k;

-- Every fifth first resolution has an answered survey.
INSERT INTO survey (ticket_id, requester_id, offered_at, expires_at, questions_version, answered_at, overall,
                    response_time, problem_solving, communication)
SELECT id, ('00000000-0000-7000-9000-' || lpad(to_hex(1 + n % 10000), 12, '0'))::uuid, first_resolved_at,
       first_resolved_at + interval '14 days', 1, first_resolved_at + interval '1 day', 1 + (n / 5) % 5, 4, 4, 4
  FROM life
 WHERE path IN ('RESOLVED', 'REOPENED') AND n % 5 = 1 AND first_resolved_at + interval '1 day' < timestamptz '2026-12-01';

UPDATE ticket t SET sla_due_at = c.due
  FROM (SELECT ticket_id, min(due_at) AS due FROM sla_clock WHERE state IN ('RUNNING', 'PAUSED') GROUP BY ticket_id) AS c
 WHERE t.id = c.ticket_id;

ALTER TABLE ticket ENABLE TRIGGER USER;
ALTER TABLE sla_clock ENABLE TRIGGER USER;
DO $$
DECLARE index record;
BEGIN
    FOR index IN SELECT definition FROM set_aside_index LOOP
        EXECUTE index.definition;
    END LOOP;
END $$;

SELECT setval('ticket_number_incident', 1000000);
VACUUM ANALYZE;
SELECT status, count(*) FROM ticket GROUP BY status ORDER BY status;
SELECT count(*) AS spans, count(*) FILTER (WHERE closed_at IS NULL) AS open_spans FROM backlog_span;
