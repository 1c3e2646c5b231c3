-- The database's share of one checker batch, without the service: claim 1,000 due clocks, move
-- them on, record their warnings with their tickets' queues, read the tickets as their events
-- show them, record the timeline entries and the domain events (webhooks and the changes feed
-- read those) and tell the other replicas, in one transaction, statement for statement what the
-- checker sends; then, as the event sequencer does when that notification wakes it, place the
-- batch's events in commit order in a transaction of its own (EventSequencer's statements; its
-- listeners', which find no webhook or resolved ticket here, are left out).
-- bench/sla/run repeats it.
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
SELECT t.id, t.ticket_key, t.type, t.status, t.priority, t.subject, t.requester_id, t.queue_id, t.assignee_id,
       t.created_at, t.updated_at
  FROM ticket t WHERE t.id = ANY(ARRAY(SELECT ticket_id FROM claimed)) \g /dev/null
INSERT INTO timeline_entry (id, ticket_id, kind, visibility, author_id, body, details, created_at)
SELECT gen_random_uuid(), a.ticket_id, 'SLA_WARNING', 'INTERNAL', NULL,
       'SLA warning: resolution at 75 % of its 480-minute target, due ' || a.due_at || ' (Bench standard).',
       '{"changes":[],"link":null,"rule":null}', a.next_check_at
  FROM claimed a;
INSERT INTO domain_event (id, type, subject_type, subject_id, actor_id, occurred_at, data)
SELECT gen_random_uuid(), 'sla.warning', 'ticket', a.ticket_id, NULL, a.next_check_at,
       jsonb_build_object('ticket', jsonb_build_object('id', t.id, 'key', t.ticket_key, 'type', t.type,
                                                       'status', t.status, 'priority', t.priority,
                                                       'subject', t.subject, 'requesterId', t.requester_id,
                                                       'queueId', t.queue_id, 'assigneeId', t.assignee_id,
                                                       'createdAt', t.created_at, 'updatedAt', t.updated_at),
                          'target', a.target, 'dueAt', a.due_at, 'threshold', 75)
  FROM claimed a JOIN ticket t ON t.id = a.ticket_id;
COMMIT;
BEGIN;
SELECT pg_advisory_xact_lock(6000291505217880901) \g /dev/null
SELECT coalesce(max(commit_position), 0) AS last FROM domain_event \gset
WITH next AS (
    SELECT id, subject_type, subject_id,
           row_number() OVER (ORDER BY recorded) AS n,
           row_number() OVER (PARTITION BY subject_type, subject_id ORDER BY recorded) AS k
      FROM (SELECT id, subject_type, subject_id, recorded FROM domain_event
             WHERE commit_position IS NULL ORDER BY recorded LIMIT 1000) AS unplaced),
streams AS (
    INSERT INTO event_stream AS s (subject_type, subject_id, last_sequence)
    SELECT subject_type, subject_id, max(k) FROM next
     GROUP BY subject_type, subject_id ORDER BY subject_type, subject_id
    ON CONFLICT (subject_type, subject_id) DO UPDATE SET last_sequence = s.last_sequence + excluded.last_sequence)
UPDATE domain_event e
   SET commit_position = :last + next.n,
       subject_sequence = coalesce(stream.last_sequence, 0) + next.k
  FROM next LEFT JOIN event_stream stream USING (subject_type, subject_id)
 WHERE e.id = next.id;
UPDATE sync_change c
   SET position = (SELECT coalesce(max(position), 0) FROM sync_change) + next.n
  FROM (SELECT recorded, row_number() OVER (ORDER BY recorded) AS n
          FROM (SELECT recorded FROM sync_change WHERE position IS NULL
                 ORDER BY recorded LIMIT 1000) AS unplaced) AS next
 WHERE c.recorded = next.recorded;
COMMIT;
