-- Knowledge base articles. An article is the aggregate the desk edits under one version (its
-- ETag); its text lives in immutable revisions, one chain across all its languages; where each
-- language stands (published revision, waiting draft) is kept on the article as JSON, since an
-- article has a handful of languages and they change together with it.

CREATE SEQUENCE kb_article_number START WITH 1000;

CREATE TABLE kb_article (
    id              uuid PRIMARY KEY,
    number          bigint NOT NULL UNIQUE,
    type            text NOT NULL CHECK (type IN ('SOLUTION', 'HOW_TO', 'FAQ', 'KNOWN_ERROR', 'TROUBLESHOOTING')),
    source_language text NOT NULL,
    status          text NOT NULL CHECK (status IN ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED')),
    -- What readers filter on: the published source revision's, or the draft's before the first publication.
    category        text NOT NULL,
    tags            text[] NOT NULL DEFAULT '{}',
    visibility      text NOT NULL CHECK (visibility IN ('PUBLIC', 'INTERNAL')),
    error_codes     text[] NOT NULL DEFAULT '{}',
    review_by       date,
    languages       jsonb NOT NULL,
    -- Kept from languages, for the desk's lists of missing and outdated translations.
    language_tags      text[] NOT NULL,
    outdated_languages text[] NOT NULL DEFAULT '{}',
    last_revision   integer NOT NULL,
    author_id       uuid NOT NULL REFERENCES person (id),
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    archived_at     timestamptz,
    archived_by_id  uuid REFERENCES person (id),
    version         bigint NOT NULL DEFAULT 0
);

CREATE INDEX kb_article_newest ON kb_article (number DESC);
CREATE INDEX kb_article_review_due ON kb_article (review_by) WHERE status = 'PUBLISHED';
CREATE INDEX kb_article_tags ON kb_article USING gin (tags);

CREATE TABLE kb_revision (
    id              uuid PRIMARY KEY,
    article_id      uuid NOT NULL REFERENCES kb_article (id),
    number          integer NOT NULL CHECK (number > 0),
    language        text NOT NULL,
    title           text NOT NULL,
    summary         text,
    body            text NOT NULL,
    keywords        text[] NOT NULL DEFAULT '{}',
    known_error     jsonb,
    tree            jsonb,
    -- Source-language revisions only; a translation's revision holds text alone.
    category        text,
    tags            text[],
    visibility      text,
    error_codes     text[],
    review_by       date,
    translated_from integer,
    restored_from   integer,
    author_id       uuid NOT NULL REFERENCES person (id),
    created_at      timestamptz NOT NULL,
    UNIQUE (article_id, number),
    CHECK ((category IS NULL) = (visibility IS NULL) AND (tags IS NULL) = (visibility IS NULL)
           AND (error_codes IS NULL) = (visibility IS NULL)),
    CHECK (translated_from IS NULL OR visibility IS NULL)
);

CREATE FUNCTION kb_revision_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'knowledge base revisions are immutable' USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER kb_revision_immutable
    BEFORE UPDATE OR DELETE ON kb_revision
    FOR EACH ROW EXECUTE FUNCTION kb_revision_is_immutable();

CREATE TABLE kb_article_event (
    id          uuid PRIMARY KEY,
    article_id  uuid NOT NULL REFERENCES kb_article (id),
    action      text NOT NULL CHECK (action IN ('CREATED', 'REVISED', 'TRANSLATED', 'RESTORED', 'SUBMITTED',
                                                'APPROVED', 'REJECTED', 'ARCHIVED')),
    language    text,
    revision    integer,
    actor_id    uuid NOT NULL REFERENCES person (id),
    at          timestamptz NOT NULL,
    reason      text
);

CREATE INDEX kb_article_event_by_article ON kb_article_event (article_id, id);

CREATE FUNCTION kb_article_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'knowledge base history is append-only' USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER kb_article_event_append_only
    BEFORE UPDATE OR DELETE ON kb_article_event
    FOR EACH ROW EXECUTE FUNCTION kb_article_event_is_append_only();
