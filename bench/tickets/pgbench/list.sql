-- The first page of the default list (oldest open first), one row long as the service fetches it.
SELECT * FROM ticket ORDER BY finished, created_at, id LIMIT 51;
