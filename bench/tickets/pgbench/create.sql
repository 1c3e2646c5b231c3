-- (Literals avoid colons: pgbench would read them as variables.)
-- The statements the service sends to record a requester's ticket (as PostgreSQL logged them with
-- log_statement = 'all'; the routing rules, SLA policies, priority matrix and the requester are
-- kept in memory), in one transaction: the next key, the ticket, its CREATED timeline entry and its
-- ticket.created event (set-based, as the service sends them; the event's insert notifies the
-- sequencer, V49), and the ticket read back as
-- the answer shows it (inside the transaction, which also keeps the answer for a replay of the
-- same Idempotency-Key). What the sequencer then does to place the event is not counted.
\set p random(1, 200)
BEGIN;
SELECT nextval(CAST(CAST('ticket_number_incident' AS text) AS regclass)) AS number \gset
INSERT INTO ticket (id, ticket_key, type, status, category, impact, urgency, priority, channel,
                    subject, description, search_subject, search_description, requester_id, created_by_id,
                    occurred_at, affected_users, facts, ci_ids, tags, reassignments, escalated,
                    created_at, updated_at, version)
VALUES (gen_random_uuid(), 'INC-' || CAST(:number AS text), 'INCIDENT', 'NEW', 'HARDWARE', 'HIGH', 'MEDIUM', 'HIGH', 'PORTAL',
        'Printer on floor 3 jams', 'Every page since 9.00', 'printer on floor 3 jams', 'every page since 9.00',
        ('00000000-0000-7000-9000-' || lpad(to_hex(CAST(:p AS bigint)), 12, '0'))::uuid,
        ('00000000-0000-7000-9000-' || lpad(to_hex(CAST(:p AS bigint)), 12, '0'))::uuid, NULL, 3,
        jsonb_build_object('affectedSystems', jsonb_build_array('PRN-3F-01'),
                           'errorMessages', jsonb_build_array('E-204 paper jam'),
                           'stepsTried', jsonb_build_array(jsonb_build_object('step', 'Restarted the printer',
                                                                              'effect', 'Jams again after two pages')),
                           'environment', jsonb_build_object('os', 'Windows 11', 'driver', '5.2.1'),
                           'contact', jsonb_build_object('phone', '+47 22 00 00 00', 'extension', NULL,
                                                         'email', NULL, 'availability', NULL)),
        '{}', '{}', 0, false, now(), now(), 0)
RETURNING id AS ticket, requester_id AS requester \gset
INSERT INTO timeline_entry (id, ticket_id, kind, visibility, author_id, body, details, created_at)
SELECT * FROM unnest(ARRAY[gen_random_uuid()], ARRAY[CAST(:ticket AS uuid)], CAST(ARRAY['CREATED'] AS text[]),
                     CAST(ARRAY['PUBLIC'] AS text[]), ARRAY[CAST(:requester AS uuid)], CAST(ARRAY[NULL] AS text[]),
                     CAST(ARRAY[CAST(jsonb_build_object('changes', jsonb_build_array(), 'link', NULL, 'rule', NULL,
                                                        'escalationId', NULL, 'walk', NULL, 'attachment', NULL) AS text)]
                          AS jsonb[]),
                     ARRAY[now()]);
INSERT INTO domain_event (id, type, subject_type, subject_id, actor_id, occurred_at, data)
SELECT id, type, subject_type, subject_id, actor_id, occurred_at, data
  FROM unnest(ARRAY[gen_random_uuid()], CAST(ARRAY['ticket.created'] AS text[]), CAST(ARRAY['ticket'] AS text[]),
              ARRAY[CAST(:ticket AS uuid)], ARRAY[CAST(:requester AS uuid)], ARRAY[now()],
              ARRAY[jsonb_build_object('ticket', jsonb_build_object('id', CAST(:ticket AS uuid),
                        'key', 'INC-' || CAST(:number AS text), 'type', 'INCIDENT', 'status', 'NEW', 'priority', 'HIGH',
                        'subject', 'Printer on floor 3 jams', 'requesterId', CAST(:requester AS uuid), 'queueId', NULL,
                        'assigneeId', NULL, 'createdAt', api_instant(now()), 'updatedAt', api_instant(now())))])
       WITH ORDINALITY AS e(id, type, subject_type, subject_id, actor_id, occurred_at, data, n)
 ORDER BY n;
SELECT t.id, t.version, t.status, t.requester_id, t.queue_id, t.tier, t.hand_back_queue_id, t.resolved_at,
       json_build_object(
           'id', t.id,
           'key', t.ticket_key,
           'type', t.type,
           'status', t.status,
           'category', t.category,
           'impact', t.impact,
           'urgency', t.urgency,
           'priority', t.priority,
           'channel', t.channel,
           'subject', t.subject,
           'description', t.description,
           'requesterId', t.requester_id,
           'createdById', t.created_by_id,
           'queueId', t.queue_id,
           'tier', t.tier,
           'assigneeId', t.assignee_id,
           'tags', CASE WHEN false THEN t.tags ELSE '{}' END,
           'handBackQueueId', CASE WHEN false THEN t.hand_back_queue_id END,
           'firstContactResolution', t.first_contact_resolution,
           'occurredAt', api_instant(t.occurred_at),
           'affectedUsers', t.affected_users,
           'affectedSystems', t.facts -> 'affectedSystems',
           'ciIds', CASE
                        WHEN false OR cardinality(t.ci_ids) = 0 THEN t.ci_ids
                        ELSE ARRAY(SELECT item.id
                                     FROM unnest(t.ci_ids) WITH ORDINALITY AS item (id, position)
                                    WHERE EXISTS (SELECT 1 FROM ci
                                                   WHERE ci.id = item.id AND ci.owner_id = CAST(:requester AS uuid))
                                    ORDER BY item.position)
                    END,
           'errorMessages', t.facts -> 'errorMessages',
           'stepsTried', t.facts -> 'stepsTried',
           'environment', t.facts -> 'environment',
           'contact', t.facts -> 'contact',
           'pendingReason', t.pending_reason,
           'resolutionCode', t.resolution_code,
           'resolutionNotes', t.resolution_notes,
           'resolutionArticleId', CASE WHEN false THEN t.resolution_article_id END,
           'resolvedAt', api_instant(t.resolved_at),
           'closedAt', api_instant(t.closed_at),
           'cancelReason', t.cancel_reason,
           'createdAt', api_instant(t.created_at),
           'updatedAt', api_instant(t.updated_at))::text
  FROM ticket t
 WHERE t.id = CAST(:ticket AS uuid);
COMMIT;
