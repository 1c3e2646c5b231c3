-- (Literals avoid colons: pgbench would read them as variables. :tickets is given with -D.)
-- A search as the list's q runs it: the first page of the default list (oldest open first) of the
-- tickets whose folded subject or description contains the text, one row long as the service
-- fetches it. The texts are soak.lua's, in the same thirds: a word of the subjects, a ticket's
-- own words, a number fragment.
\set kind random(0, 2)
\set w random(1, 5)
\set n random(1, :tickets)
\set f random(1000, 9999)
SELECT * FROM ticket
 WHERE search_subject LIKE (CASE :kind WHEN 0 THEN '%' || (ARRAY['printer', 'vpn drops', 'slow after update', 'password reset', 'partners bounce'])[:w] || '%'
                                       WHEN 1 THEN '%ticket number ' || :n || '.%'
                                       ELSE '%' || :f || '%' END) ESCAPE '\'
    OR search_description LIKE (CASE :kind WHEN 0 THEN '%' || (ARRAY['printer', 'vpn drops', 'slow after update', 'password reset', 'partners bounce'])[:w] || '%'
                                           WHEN 1 THEN '%ticket number ' || :n || '.%'
                                           ELSE '%' || :f || '%' END) ESCAPE '\'
 ORDER BY finished, created_at, id LIMIT 51;
