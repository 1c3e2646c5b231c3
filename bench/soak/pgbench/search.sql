-- (Literals avoid colons: pgbench would read them as variables. :tickets is given with -D.)
-- A search as the list's q runs it: the first page of the default list (oldest open first) of the
-- tickets whose folded subject or description contains the text, one row long, in the very shape
-- the service sends (pattern, offset and page size as parameters: with -M prepared PostgreSQL then
-- keeps planning each search for its text and uses the trigram indexes, as it does for the
-- service). The texts are soak.lua's, in the same thirds: a word of the subjects, a ticket's own
-- words, a number fragment; the first statement only makes the pattern, which pgbench cannot.
\set kind random(0, 2)
\set w random(1, 5)
\set n random(1, :tickets)
\set f random(1000, 9999)
\set first 0
\set rows 51
SELECT CASE CAST(:kind AS int)
         WHEN 0 THEN '%' || (ARRAY['printer', 'vpn drops', 'slow after update', 'password reset', 'partners bounce'])[CAST(:w AS int)] || '%'
         WHEN 1 THEN '%ticket number ' || CAST(:n AS text) || '.%'
         ELSE '%' || CAST(:f AS text) || '%' END AS pattern \gset
SELECT id, ticket_key, type, status, category, priority, channel, subject, requester_id, queue_id, assignee_id, ci_ids,
       created_at, updated_at, finished, priority_rank, sla_due_rank
  FROM ticket
 WHERE (search_subject LIKE :pattern ESCAPE '\' OR search_description LIKE :pattern ESCAPE '\')
 ORDER BY finished, created_at, id OFFSET :first ROWS FETCH FIRST :rows ROWS ONLY;
