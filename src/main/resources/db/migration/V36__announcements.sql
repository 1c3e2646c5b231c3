-- Announcements: outages, maintenance and notices, written per language, approved by someone who
-- wrote none of it, published (now or by the scheduler) and kept current with an update log. Two
-- lifecycles live side by side: status (publishing) and phase (the event itself).
CREATE SEQUENCE announcement_number;

CREATE TABLE announcement (
    id               uuid        PRIMARY KEY,
    announcement_key text        NOT NULL UNIQUE,
    type             text        NOT NULL CHECK (type IN ('PLANNED_OUTAGE', 'UNPLANNED_OUTAGE', 'MAINTENANCE', 'UPGRADE',
                                                          'NEW_FEATURE', 'MAJOR_INCIDENT', 'GENERAL')),
    impact           text        NOT NULL CHECK (impact IN ('NONE', 'MINOR', 'MAJOR', 'CRITICAL')),
    status           text        NOT NULL CHECK (status IN ('DRAFT', 'PENDING_APPROVAL', 'APPROVED', 'REJECTED',
                                                            'SCHEDULED', 'PUBLISHED', 'ARCHIVED')),
    phase            text        CHECK (phase IN ('INVESTIGATING', 'IDENTIFIED', 'MONITORING', 'RESOLVED',
                                                  'SCHEDULED', 'IN_PROGRESS', 'COMPLETED')),
    audience_kind    text        NOT NULL CHECK (audience_kind IN ('EVERYONE', 'DEPARTMENTS', 'DESK', 'AFFECTED_USERS')),
    departments      text[]      NOT NULL,
    channels         text[]      NOT NULL,
    ci_ids           uuid[]      NOT NULL,
    starts_at        timestamptz,
    estimated_end_at timestamptz,
    actual_end_at    timestamptz,
    contact          text,
    publish_at       timestamptz,
    expires_at       timestamptz,
    -- every language's text, the source first: {"versions": [{"language", "text", "revision" or
    -- "translatedFrom", "writtenById", "writtenAt"}]}
    texts            jsonb       NOT NULL CHECK (jsonb_typeof(texts -> 'versions') = 'array'),
    author_id        uuid        NOT NULL REFERENCES person (id),
    -- whoever wrote or changed it since it was last a draft: none of them may approve it
    writer_ids       uuid[]      NOT NULL,
    approval         jsonb,
    -- how the event ended and its follow-up review: {"cause", "resolvedById", "reviewDueAt",
    -- "reviewFindings", "reviewedAt", "reviewedById"}
    resolution       jsonb,
    -- when a follow-up review is owed by: set while one is asked for and not yet recorded
    review_due_at    timestamptz,
    -- every language's text and its key, folded (TextFold) for the archive's search
    search_text      text        NOT NULL,
    published_at     timestamptz,
    archived_at      timestamptz,
    last_update_at   timestamptz,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    version          bigint      NOT NULL DEFAULT 0
);

-- The newest first; those naming some items; what the scheduler looks for; what readers list.
CREATE INDEX announcement_newest ON announcement (created_at DESC, id DESC);
CREATE INDEX announcement_ci_ids ON announcement USING gin (ci_ids);
CREATE INDEX announcement_to_publish ON announcement (publish_at) WHERE status = 'SCHEDULED';
CREATE INDEX announcement_running ON announcement (published_at DESC, id DESC)
    WHERE status = 'PUBLISHED';
CREATE INDEX announcement_review_due ON announcement (review_due_at) WHERE review_due_at IS NOT NULL;
CREATE INDEX announcement_search_text_trgm ON announcement USING gin (search_text gin_trgm_ops);

-- The update log: appended to, never changed or removed (the database refuses).
CREATE TABLE announcement_update (
    id              uuid        PRIMARY KEY,
    announcement_id uuid        NOT NULL REFERENCES announcement (id),
    sequence        integer     NOT NULL CHECK (sequence > 0),
    phase           text        CHECK (phase IN ('INVESTIGATING', 'IDENTIFIED', 'MONITORING', 'RESOLVED',
                                                 'SCHEDULED', 'IN_PROGRESS', 'COMPLETED')),
    author_id       uuid        REFERENCES person (id),
    posted_at       timestamptz NOT NULL,
    -- {"items": [{"language", "text"}]}, empty for what the scheduler logged
    texts           jsonb       NOT NULL CHECK (jsonb_typeof(texts -> 'items') = 'array'),
    -- its texts folded (TextFold) for the archive's search
    search_text     text        NOT NULL,
    UNIQUE (announcement_id, sequence)
);

CREATE INDEX announcement_update_search_text_trgm ON announcement_update USING gin (search_text gin_trgm_ops);

CREATE FUNCTION announcement_update_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the announcement update log is append-only' USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER announcement_update_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON announcement_update
    FOR EACH STATEMENT EXECUTE FUNCTION announcement_update_is_append_only();

-- Who an AFFECTED_USERS announcement went to, as the impact analysis found them when published.
CREATE TABLE announcement_audience (
    announcement_id uuid NOT NULL REFERENCES announcement (id),
    person_id       uuid NOT NULL REFERENCES person (id),
    PRIMARY KEY (announcement_id, person_id)
);

CREATE INDEX announcement_audience_person ON announcement_audience (person_id, announcement_id);

-- Who read a published announcement, and when someone of the desk acknowledged it.
CREATE TABLE announcement_reader (
    announcement_id uuid        NOT NULL REFERENCES announcement (id),
    person_id       uuid        NOT NULL REFERENCES person (id),
    read_at         timestamptz NOT NULL,
    acknowledged_at timestamptz,
    PRIMARY KEY (announcement_id, person_id)
);

-- One reader's say on it, the latest kept.
CREATE TABLE announcement_feedback (
    announcement_id uuid        NOT NULL REFERENCES announcement (id),
    person_id       uuid        NOT NULL REFERENCES person (id),
    helpful         boolean     NOT NULL,
    still_affected  boolean     NOT NULL,
    comment         text,
    given_at        timestamptz NOT NULL,
    PRIMARY KEY (announcement_id, person_id)
);

CREATE INDEX announcement_feedback_latest ON announcement_feedback (announcement_id, given_at DESC, person_id DESC);

-- Tickets about what an announcement announces; resolving its event may resolve them.
CREATE TABLE announcement_ticket (
    announcement_id uuid        NOT NULL REFERENCES announcement (id),
    ticket_id       uuid        NOT NULL REFERENCES ticket (id),
    linked_at       timestamptz NOT NULL,
    linked_by_id    uuid        NOT NULL REFERENCES person (id),
    PRIMARY KEY (announcement_id, ticket_id)
);

CREATE INDEX announcement_ticket_latest ON announcement_ticket (announcement_id, linked_at DESC, ticket_id DESC);
CREATE INDEX announcement_ticket_ticket ON announcement_ticket (ticket_id);
