-- What the load drivers send, drawn from the loaded articles: 2,000 search queries and 1,000
-- tickets to suggest articles for. Written to :'out'/queries.tsv (Accept-Language, query) and
-- :'out'/tickets.jsonl (one new ticket per line).
--
-- Queries take words from a random article's title, in its language, as a reader would remember
-- them: two words (30 %), one word (15 %), a quoted phrase (15 %), two words one of which has a
-- typo (20 %: a letter of its longest word replaced), "a or b" (10 %) and "a b -c" (10 %).
-- Tickets say in their subject and description what a random article's summary and title say;
-- three in ten quote the error code of a KNOWN_ERROR article in their error messages.
CREATE TEMP TABLE picked AS
SELECT k, s.language, s.title, s.summary, 1 + (r.n * 7919) % 200 AS topic,
       regexp_split_to_array(lower(s.title), ' ') AS w,
       (SELECT word FROM regexp_split_to_table(lower(s.title), ' ') AS word
         ORDER BY char_length(word) DESC, word LIMIT 1) AS longest
  FROM (SELECT k, 1 + floor(random() * 100000)::int AS n FROM generate_series(1, 2000) AS k) AS r
  JOIN kb_search s ON s.article_id = ('00000000-0000-7000-a000-' || lpad(to_hex(r.n), 12, '0'))::uuid
                  AND s.is_source;

CREATE TEMP TABLE query AS
SELECT k, language || ', en;q=0.5' AS accept_language,
       CASE WHEN k % 20 < 6 THEN w[1] || ' ' || w[2]
            WHEN k % 20 < 9 THEN w[2]
            WHEN k % 20 < 12 THEN '"' || w[1] || ' ' || w[2] || '"'
            WHEN k % 20 < 16 THEN overlay(longest PLACING CASE WHEN substr(longest, 3, 1) = 'e' THEN 'a' ELSE 'e' END
                                          FROM 3 FOR 1)
                                  || ' ' || CASE WHEN w[1] = longest THEN w[2] ELSE w[1] END
            WHEN k % 20 < 18 THEN w[1] || ' or ' || w[3]
            ELSE w[1] || ' ' || w[2] || ' -' || w[3] END AS q
  FROM picked;

\pset tuples_only on
\pset format unaligned
\pset fieldsep '\t'
\set queries :out '/queries.tsv'
\o :queries
SELECT accept_language, q FROM query WHERE q IS NOT NULL ORDER BY k;
\o

\set tickets :out '/tickets.jsonl'
\o :tickets
SELECT json_build_object(
           'type', 'INCIDENT',
           'subject', left(p.summary, 200),
           'description', p.title || '. ' || bench_words(p.language, 25, p.topic) || '.',
           'errorMessages', CASE WHEN p.k % 10 < 3 THEN json_build_array(
               'Error ' || (SELECT error_codes[1] FROM kb_search
                             WHERE article_id = ('00000000-0000-7000-a000-'
                                                 || lpad(to_hex(20 * (1 + p.k % 4999) - 1), 12, '0'))::uuid
                               AND is_source) || ': ' || bench_words(p.language, 4, p.topic))
               ELSE '[]'::json END)
  FROM picked p WHERE p.k <= 1000 ORDER BY p.k;
\o
