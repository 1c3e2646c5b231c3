-- The statements the service runs to patch an open ticket's description, in one transaction: read
-- it, find that the agent works it (the front line's queues, for a ticket in none), lock it and read
-- it again, decide again, write it under its version, log the change in the timeline.
\set k random(1, 199998)
\set n 10 * (:k / 2) + 8 + :k % 2
BEGIN;
SELECT * FROM ticket WHERE id = ('00000000-0000-7000-8000-' || lpad(to_hex(CAST(:n AS bigint)), 12, '0'))::uuid;
SELECT id AS agent FROM person WHERE subject = 'bench-0' \gset
SELECT q.* FROM queue q WHERE q.supervisor_id = CAST(:agent AS uuid)
    OR EXISTS (SELECT 1 FROM queue_member m WHERE m.queue_id = q.id AND m.person_id = CAST(:agent AS uuid));
SELECT * FROM ticket WHERE id = ('00000000-0000-7000-8000-' || lpad(to_hex(CAST(:n AS bigint)), 12, '0'))::uuid
   FOR NO KEY UPDATE;
SELECT q.* FROM queue q WHERE q.supervisor_id = CAST(:agent AS uuid)
    OR EXISTS (SELECT 1 FROM queue_member m WHERE m.queue_id = q.id AND m.person_id = CAST(:agent AS uuid));
UPDATE ticket SET description = 'Every page since 9.00; now it smokes too', updated_at = now(), version = version + 1
 WHERE id = ('00000000-0000-7000-8000-' || lpad(to_hex(CAST(:n AS bigint)), 12, '0'))::uuid;
INSERT INTO timeline_entry (id, ticket_id, kind, visibility, author_id, body, details, created_at)
VALUES (gen_random_uuid(), ('00000000-0000-7000-8000-' || lpad(to_hex(CAST(:n AS bigint)), 12, '0'))::uuid, 'UPDATED', 'PUBLIC',
        CAST(:agent AS uuid), NULL, jsonb_build_object('changes', jsonb_build_array(jsonb_build_object('field', 'description', 'from', 'x', 'to', 'y')), 'link', NULL), now());
COMMIT;
