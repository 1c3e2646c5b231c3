-- The statement the service sends for an agent's GET of a ticket, any of the million (as
-- PostgreSQL logged it with log_statement = 'all': the caller, the queues and the matrix are kept
-- in memory, so it is the only one): the ticket's JSON as the desk sees it, built by PostgreSQL.
\set n random(1, 1000000)
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
