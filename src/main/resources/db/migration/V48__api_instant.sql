-- An instant as the API writes every instant: UTC, 'Z', the fraction in as many groups of three
-- digits as it needs (Java's Instant.toString, which Jackson writes), for the JSON PostgreSQL builds
-- (a ticket's, TicketDocuments). Neither STRICT nor with a FROM, so that the planner inlines it.
CREATE FUNCTION api_instant(t timestamptz) RETURNS text LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS')
        || CASE
               WHEN date_part('microseconds', t)::bigint % 1000000 = 0 THEN ''
               WHEN date_part('microseconds', t)::bigint % 1000 = 0
                   THEN '.' || lpad((date_part('microseconds', t)::bigint % 1000000 / 1000)::text, 3, '0')
               ELSE '.' || lpad((date_part('microseconds', t)::bigint % 1000000)::text, 6, '0')
           END
        || 'Z'
$$;
