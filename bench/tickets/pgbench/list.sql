-- The statement the service sends for the first page of an agent's default list (oldest open
-- first; as PostgreSQL logged it with log_statement = 'all'), one row more than the page to know
-- whether another follows; the page size bound as the service binds it.
\set limit 51
SELECT t.id, t.ticket_key, t.type, t.status, t.category, t.priority, t.channel, t.subject, t.requester_id,
       t.queue_id, t.assignee_id, t.created_at, t.updated_at, t.ci_ids, t.finished, t.created_at, t.id
  FROM ticket t ORDER BY t.finished, t.created_at, t.id LIMIT :limit;
