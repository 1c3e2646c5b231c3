-- 1,000,000 open tickets, each with a running resolution clock (480 minutes on a 24x7 calendar,
-- warnings at 75 and 90 %), none due: each crosses 75 % an hour or more from now (wave.sql then
-- brings 10,000 of them to their threshold at once). Set-based inserts; the trigger that keeps tickets' due times is set aside
-- during the load and the due times written with the tickets.
\timing on
ALTER TABLE sla_clock DISABLE TRIGGER sla_clock_due_started;

INSERT INTO person (id, subject, name, email, department, search_text, created_at, updated_at, version)
SELECT ('00000000-0000-7000-9000-' || lpad(to_hex(n), 12, '0'))::uuid,
       'bench-' || n, 'Bench bench-' || n, 'bench-' || n || '@example.org', 'Dept ' || (n % 20),
       'bench bench-' || n || ' bench-' || n || '@example.org',
       timestamptz '2025-10-01', timestamptz '2025-10-01', 0
  FROM generate_series(0, 10000) AS n;

INSERT INTO calendar (id, name, time_zone, always_open, hours, created_at, updated_at)
VALUES ('00000000-0000-7000-c000-000000000001', 'Bench 24x7', 'UTC', true,
        '{"week":{"MONDAY":[],"TUESDAY":[],"WEDNESDAY":[],"THURSDAY":[],"FRIDAY":[],"SATURDAY":[],"SUNDAY":[]},"holidays":[]}',
        now(), now());

INSERT INTO sla_policy (id, name, position, enabled, conditions, calendar_id, terms, created_at, updated_at)
VALUES ('00000000-0000-7000-c000-000000000002', 'Bench standard', 0, true, '{}',
        '00000000-0000-7000-c000-000000000001',
        '{"targets":{"MEDIUM":{"firstResponseMinutes":60,"resolutionMinutes":480}},"pauseWhen":[{"status":"PENDING","pendingReason":"AWAITING_REQUESTER"}],"warningThresholds":[75,90],"escalationLevels":[],"firstResponseMetBy":["PUBLIC_REPLY","STATUS_CHANGE"]}',
        now(), now());

CREATE TEMP TABLE bench_start AS
SELECT n, now() - (n % 300) * interval '1 minute' AS started
  FROM generate_series(1, 1000000) AS n;

INSERT INTO ticket (id, ticket_key, type, status, category, impact, urgency, priority, channel,
                    subject, search_subject, requester_id, created_by_id, facts, queue_id, sla_due_at, created_at,
                    updated_at, version)
SELECT ('00000000-0000-7000-8000-' || lpad(to_hex(s.n), 12, '0'))::uuid, 'INC-' || s.n, 'INCIDENT',
       'IN_PROGRESS', 'OTHER', 'MEDIUM', 'MEDIUM', 'MEDIUM', 'PORTAL', 'Bench clock ' || s.n,
       'bench clock ' || s.n, r.id, r.id,
       '{"affectedSystems":[],"errorMessages":[],"stepsTried":[],"environment":{},"contact":{"phone":null,"extension":null,"email":null,"availability":null}}',
       NULL, s.started + interval '480 minutes', s.started, s.started, 0
  FROM bench_start s
 CROSS JOIN LATERAL (SELECT ('00000000-0000-7000-9000-' || lpad(to_hex(1 + s.n % 10000), 12, '0'))::uuid AS id) r;

INSERT INTO sla_clock (id, ticket_id, target, policy_id, policy_name, calendar_id, target_minutes, rules,
                       state, started_at, due_at, paused_seconds, pauses, next_check_at, next_threshold,
                       fired_percent, version)
SELECT ('00000000-0000-7000-d000-' || lpad(to_hex(s.n), 12, '0'))::uuid,
       ('00000000-0000-7000-8000-' || lpad(to_hex(s.n), 12, '0'))::uuid,
       'RESOLUTION', '00000000-0000-7000-c000-000000000002', 'Bench standard',
       '00000000-0000-7000-c000-000000000001', 480,
       '{"pauseWhen":[{"status":"PENDING","pendingReason":"AWAITING_REQUESTER"}],"firstResponseMetBy":["PUBLIC_REPLY","STATUS_CHANGE"],"warningThresholds":[75,90]}',
       'RUNNING', s.started, s.started + interval '480 minutes', 0, '{"periods":[]}',
       s.started + interval '360 minutes', 75, 0, 0
  FROM bench_start s;

ALTER TABLE sla_clock ENABLE TRIGGER sla_clock_due_started;
SELECT setval('ticket_number_incident', 1000000);
VACUUM ANALYZE;
SELECT count(*) FILTER (WHERE next_check_at <= now()) AS due, count(*) AS running FROM sla_clock;
