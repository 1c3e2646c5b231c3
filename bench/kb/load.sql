-- 100,000 published articles in five languages (en, de, fr, es, it; 20,000 written in each), a
-- fifth of them also translated (into English, English ones into German), written from the real
-- words in bench_word (words/*.txt), each article about one of 200 topics (see bench_words). The shapes the service keeps as JSON
-- (an article's languages) are copied from :'template', an article published through the API
-- with a translation, so that what is loaded reads exactly like what the service writes.
-- Articles are named by n: id 00000000-0000-7000-a000-<n in hex>.
\timing on

-- bench_word (language, word) is filled from words/*.txt by the run script.
CREATE TABLE vocabulary AS
SELECT language, array_agg(word ORDER BY word) AS words, count(*)::int AS size
  FROM bench_word GROUP BY language;

-- k words of a language for an article about topic t (1 to 200). An article is about something:
-- four words in five come from its topic's 25 words (a fixed draw from the whole list), the
-- rest from anywhere in the list. So a word is in some tenth of its language's articles (those
-- whose topics use it, and a few others) rather than in all of them, as in a real knowledge base.
CREATE FUNCTION bench_words(lang text, k int, t int) RETURNS text LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    list text[];
    size int;
    picked text[] := '{}';
BEGIN
    SELECT v.words, v.size INTO list, size FROM vocabulary v WHERE v.language = lang;
    FOR i IN 1 .. k LOOP
        IF random() < 0.8 THEN
            picked := picked || list[1 + abs(hashint4(t * 64 + floor(random() * 25)::int)) % size];
        ELSE
            picked := picked || list[1 + floor(random() * size)::int];
        END IF;
    END LOOP;
    RETURN array_to_string(picked, ' ');
END
$$;

CREATE TEMP TABLE template AS
SELECT a.author_id, a.languages->'versions'->0 AS source_version, a.languages->'versions'->1 AS translation
  FROM kb_article a WHERE a.id = :'template';

CREATE TEMP TABLE generated AS
SELECT n,
       ('00000000-0000-7000-a000-' || lpad(to_hex(n), 12, '0'))::uuid AS id,
       (ARRAY['en', 'de', 'fr', 'es', 'it'])[1 + n % 5] AS language,
       CASE WHEN (n / 5) % 5 = 0 THEN CASE WHEN n % 5 = 0 THEN 'de' ELSE 'en' END END AS translation,
       CASE WHEN n % 20 < 10 THEN 'SOLUTION' WHEN n % 20 < 14 THEN 'HOW_TO' WHEN n % 20 < 17 THEN 'FAQ'
            ELSE 'KNOWN_ERROR' END AS type,
       (ARRAY['HARDWARE', 'SOFTWARE', 'NETWORK', 'SECURITY', 'USER_SUPPORT', 'SERVICE_REQUEST',
              'DATA_RECOVERY', 'PERFORMANCE', 'CONSULTING', 'OTHER'])[1 + (n / 3) % 10] AS category,
       CASE WHEN n % 10 < 7 THEN 'PUBLIC' ELSE 'INTERNAL' END AS visibility,
       timestamptz '2025-06-01' + n * interval '2 minutes' AS at,
       1 + (n * 7919) % 200 AS topic
  FROM generate_series(1, 100000) AS n;

CREATE TEMP TABLE texts AS
SELECT g.id, g.language, 1 AS revision, true AS is_source,
       initcap(bench_words(g.language, 4 + g.n % 5, g.topic)) AS title,
       bench_words(g.language, 12 + g.n % 9, g.topic) || '.' AS summary,
       bench_words(g.language, 40 + g.n % 30, g.topic) || E'.\n\n' || bench_words(g.language, 30 + g.n % 40, g.topic) || '.' AS body,
       ARRAY[bench_words(g.language, 1, g.topic), bench_words(g.language, 1, g.topic), bench_words(g.language, 1, g.topic)] AS keywords
  FROM generated g
UNION ALL
SELECT g.id, g.translation, 2, false,
       initcap(bench_words(g.translation, 4 + g.n % 5, g.topic)),
       bench_words(g.translation, 12 + g.n % 9, g.topic) || '.',
       bench_words(g.translation, 40 + g.n % 30, g.topic) || E'.\n\n' || bench_words(g.translation, 30 + g.n % 40, g.topic) || '.',
       ARRAY[bench_words(g.translation, 1, g.topic), bench_words(g.translation, 1, g.topic)]
  FROM generated g WHERE g.translation IS NOT NULL;

CREATE TEMP TABLE metadata AS
SELECT g.id,
       ARRAY[(SELECT v.words[1 + (g.n * 7) % 40] FROM vocabulary v WHERE v.language = 'en'),
             (SELECT v.words[1 + (g.n * 13) % 200] FROM vocabulary v WHERE v.language = 'en')] AS tags,
       CASE WHEN g.type = 'KNOWN_ERROR'
            THEN ARRAY['0x8007' || lpad(upper(to_hex(g.n % 4096)), 4, '0')] ELSE '{}' END AS error_codes
  FROM generated g;

INSERT INTO kb_article (id, number, type, source_language, status, category, tags, visibility, error_codes,
                        review_by, languages, language_tags, last_revision, author_id, created_at, updated_at)
SELECT g.id, nextval('kb_article_number'), g.type, g.language, 'PUBLISHED', g.category, m.tags, g.visibility,
       m.error_codes, (g.at + interval '1 year')::date,
       jsonb_build_object('versions',
           CASE WHEN g.translation IS NULL
                THEN jsonb_build_array(jsonb_set(t.source_version, '{language}', to_jsonb(g.language)))
                ELSE jsonb_build_array(jsonb_set(t.source_version, '{language}', to_jsonb(g.language)),
                                       jsonb_set(t.translation, '{language}', to_jsonb(g.translation))) END),
       CASE WHEN g.translation IS NULL THEN ARRAY[g.language] ELSE ARRAY[g.language, g.translation] END,
       CASE WHEN g.translation IS NULL THEN 1 ELSE 2 END, t.author_id, g.at, g.at
  FROM generated g JOIN metadata m USING (id) CROSS JOIN template t
 ORDER BY g.n;

INSERT INTO kb_revision (id, article_id, number, language, title, summary, body, keywords, known_error,
                         category, tags, visibility, error_codes, review_by, translated_from, author_id, created_at)
SELECT gen_random_uuid(), x.id, x.revision, x.language, x.title, x.summary, x.body, x.keywords,
       CASE WHEN g.type = 'KNOWN_ERROR' AND x.is_source
            THEN jsonb_build_object('symptoms', x.summary, 'cause', 'Unknown.', 'workaround', x.summary) END,
       CASE WHEN x.is_source THEN g.category END, CASE WHEN x.is_source THEN m.tags END,
       CASE WHEN x.is_source THEN g.visibility END, CASE WHEN x.is_source THEN m.error_codes END,
       CASE WHEN x.is_source THEN (g.at + interval '1 year')::date END,
       CASE WHEN x.is_source THEN NULL ELSE 1 END, t.author_id, g.at
  FROM texts x JOIN generated g USING (id) JOIN metadata m USING (id) CROSS JOIN template t;

INSERT INTO kb_search (article_id, language, is_source, number, revision, type, category, visibility, tags,
                       error_codes, error_keys, title, summary, body, terms)
SELECT x.id, x.language, x.is_source, a.number, x.revision, g.type, g.category, g.visibility, m.tags,
       m.error_codes, ARRAY(SELECT lower(code) FROM unnest(m.error_codes) AS code), x.title, x.summary,
       x.body, array_to_string(x.keywords || m.tags || m.error_codes, E'\n')
  FROM texts x JOIN generated g USING (id) JOIN metadata m USING (id) JOIN kb_article a ON a.id = x.id;

-- How many rows hold each lexeme, counted again over all of them (the template's included), as
-- the service counts them when it publishes.
TRUNCATE kb_lexeme;
INSERT INTO kb_lexeme (config, lexeme, documents, public_documents)
SELECT s.config, lexeme, count(*), count(*) FILTER (WHERE s.visibility = 'PUBLIC')
  FROM kb_search s, unnest(tsvector_to_array(s.document)) AS lexeme
 GROUP BY s.config, lexeme;

-- The vocabulary typos are corrected against: every word of five to forty letters published.
INSERT INTO kb_word
SELECT DISTINCT word
  FROM texts, regexp_split_to_table(lower(title || ' ' || summary || ' ' || body || ' '
                                          || array_to_string(keywords, ' ')), '[^[:alpha:]]+') AS word
 WHERE char_length(word) BETWEEN 5 AND 40
ON CONFLICT DO NOTHING;

VACUUM ANALYZE kb_article;
VACUUM ANALYZE kb_revision;
VACUUM ANALYZE kb_search;
VACUUM ANALYZE kb_word;
VACUUM ANALYZE kb_lexeme;

SELECT language, count(*) AS searchable, count(*) FILTER (WHERE visibility = 'PUBLIC') AS public
  FROM kb_search GROUP BY language ORDER BY language;
