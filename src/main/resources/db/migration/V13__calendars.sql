-- Business calendars: when the desk works, in an IANA time zone. The weekly intervals and the
-- holidays are one value object, read and written whole.
CREATE TABLE calendar (
    id           uuid        PRIMARY KEY,
    name         text        NOT NULL,
    description  text,
    time_zone    text        NOT NULL,
    always_open  boolean     NOT NULL,
    hours        jsonb       NOT NULL,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    version      bigint      NOT NULL DEFAULT 0
);

-- Names are unique whatever their case; the list pages by name.
CREATE UNIQUE INDEX calendar_name ON calendar (lower(name));
CREATE INDEX calendar_sort_name ON calendar (lower(name), id);
