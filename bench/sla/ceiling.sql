-- The database's share of one checker batch, without the service: claim 1,000 due clocks, move
-- them on, record their warnings with their tickets' queues and their timeline entries, in one
-- transaction, statement for statement what the checker sends. bench/sla/run repeats it.
BEGIN;
CREATE TEMP TABLE claimed ON COMMIT DROP AS
SELECT * FROM sla_clock WHERE state = 'RUNNING' AND next_check_at <= now()
 ORDER BY next_check_at LIMIT 1000 FOR UPDATE SKIP LOCKED;
UPDATE sla_clock c
   SET fired_percent = 75, next_threshold = 90, next_check_at = a.started_at + interval '432 minutes',
       version = c.version + 1
  FROM claimed a WHERE c.id = a.id;
INSERT INTO sla_event (id, clock_id, ticket_id, queue_id, kind, target, threshold, started_at, due_at,
                       occurred_at, recorded_at)
SELECT gen_random_uuid(), a.id, a.ticket_id, t.queue_id, 'WARNING', a.target, 75, a.started_at, a.due_at,
       a.next_check_at, now()
  FROM claimed a JOIN ticket t ON t.id = a.ticket_id
    ON CONFLICT (clock_id, started_at, kind, threshold) DO NOTHING;
INSERT INTO timeline_entry (id, ticket_id, kind, visibility, author_id, body, details, created_at)
SELECT gen_random_uuid(), a.ticket_id, 'SLA_WARNING', 'INTERNAL', NULL,
       'SLA warning: resolution at 75 % of its 480-minute target, due ' || a.due_at || ' (Bench standard).',
       '{"changes":[],"link":null,"rule":null}', a.next_check_at
  FROM claimed a;
COMMIT;
