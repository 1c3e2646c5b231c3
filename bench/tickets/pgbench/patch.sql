-- (Literals avoid colons: pgbench would read them as variables.)
-- The statements the service sends to patch an open ticket's description (as PostgreSQL logged
-- them with log_statement = 'all'; the agent and the queues they work are kept in memory): in one
-- transaction lock it and read it, write it (the service also checks its version, which a replay
-- cannot know), record its UPDATED timeline entry and ticket.updated event (set-based, as the
-- service sends them; the event's insert notifies the sequencer, V49); then read it back as the
-- answer shows it. (The event's JSON is built here from the row; the service sends it as text.)
-- What the sequencer then does to place the event is not counted. Its tickets are among those the
-- warm-up and the runs at 16 connections patched (k below 150,000): the ceiling at 16 connections
-- is measured before the service's run at 64, which patches others, each once, with If-Match "0".
\set k random(0, 149999)
\set n 10 * (:k / 2) + 8 + :k % 2
BEGIN;
SELECT * FROM ticket WHERE id = ('00000000-0000-7000-8000-' || lpad(to_hex(CAST(:n AS bigint)), 12, '0'))::uuid
   FOR NO KEY UPDATE;
UPDATE ticket SET description = 'Every page since 9.00; now it smokes too',
                  search_description = 'every page since 9.00; now it smokes too', updated_at = now(), version = version + 1
 WHERE id = ('00000000-0000-7000-8000-' || lpad(to_hex(CAST(:n AS bigint)), 12, '0'))::uuid;
INSERT INTO timeline_entry (id, ticket_id, kind, visibility, author_id, body, details, created_at)
SELECT * FROM unnest(ARRAY[gen_random_uuid()], ARRAY[('00000000-0000-7000-8000-' || lpad(to_hex(CAST(:n AS bigint)), 12, '0'))::uuid], CAST(ARRAY['UPDATED'] AS text[]),
                     CAST(ARRAY['PUBLIC'] AS text[]), CAST(ARRAY['00000000-0000-7000-9000-000000000000'] AS uuid[]),
                     CAST(ARRAY[NULL] AS text[]),
                     CAST(ARRAY[CAST(jsonb_build_object('changes', jsonb_build_array(jsonb_build_object('field', 'description',
                                                         'from', 'x', 'to', 'y')), 'link', NULL, 'rule', NULL, 'escalationId', NULL,
                                                         'walk', NULL, 'attachment', NULL) AS text)] AS jsonb[]),
                     ARRAY[now()]);
INSERT INTO domain_event (id, type, subject_type, subject_id, actor_id, occurred_at, data)
SELECT id, type, subject_type, subject_id, actor_id, occurred_at, data
  FROM unnest(ARRAY[gen_random_uuid()], CAST(ARRAY['ticket.updated'] AS text[]), CAST(ARRAY['ticket'] AS text[]),
              ARRAY[('00000000-0000-7000-8000-' || lpad(to_hex(CAST(:n AS bigint)), 12, '0'))::uuid], CAST(ARRAY['00000000-0000-7000-9000-000000000000'] AS uuid[]), ARRAY[now()],
              ARRAY[(SELECT jsonb_build_object('ticket', jsonb_build_object('id', t.id, 'key', t.ticket_key, 'type', t.type,
                                                       'status', t.status, 'priority', t.priority,
                                                       'subject', t.subject, 'requesterId', t.requester_id,
                                                       'queueId', t.queue_id, 'assigneeId', t.assignee_id,
                                                       'createdAt', api_instant(t.created_at),
                                                       'updatedAt', api_instant(now())),
                          'changes', jsonb_build_array(jsonb_build_object('field', 'description', 'from', 'x',
                                                                          'to', 'Every page since 9.00; now it smokes too')),
                          'reason', NULL)
                       FROM ticket t WHERE t.id = ('00000000-0000-7000-8000-' || lpad(to_hex(CAST(:n AS bigint)), 12, '0'))::uuid)])
       WITH ORDINALITY AS e(id, type, subject_type, subject_id, actor_id, occurred_at, data, n)
 ORDER BY n;
COMMIT;
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
           'tags', CASE WHEN true THEN t.tags ELSE '{}' END,
           'handBackQueueId', CASE WHEN true THEN t.hand_back_queue_id END,
           'firstContactResolution', t.first_contact_resolution,
           'occurredAt', api_instant(t.occurred_at),
           'affectedUsers', t.affected_users,
           'affectedSystems', t.facts -> 'affectedSystems',
           'ciIds', CASE
                        WHEN true OR cardinality(t.ci_ids) = 0 THEN t.ci_ids
                        ELSE ARRAY(SELECT item.id
                                     FROM unnest(t.ci_ids) WITH ORDINALITY AS item (id, position)
                                    WHERE EXISTS (SELECT 1 FROM ci
                                                   WHERE ci.id = item.id AND ci.owner_id = '00000000-0000-7000-9000-000000000000')
                                    ORDER BY item.position)
                    END,
           'errorMessages', t.facts -> 'errorMessages',
           'stepsTried', t.facts -> 'stepsTried',
           'environment', t.facts -> 'environment',
           'contact', t.facts -> 'contact',
           'pendingReason', t.pending_reason,
           'resolutionCode', t.resolution_code,
           'resolutionNotes', t.resolution_notes,
           'resolutionArticleId', CASE WHEN true THEN t.resolution_article_id END,
           'resolvedAt', api_instant(t.resolved_at),
           'closedAt', api_instant(t.closed_at),
           'cancelReason', t.cancel_reason,
           'createdAt', api_instant(t.created_at),
           'updatedAt', api_instant(t.updated_at))::text
  FROM ticket t
 WHERE t.id = ('00000000-0000-7000-8000-' || lpad(to_hex(CAST(:n AS bigint)), 12, '0'))::uuid;
