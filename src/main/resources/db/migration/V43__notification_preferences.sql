-- The kinds of notification a person opted out of (never an essential one); no row: none.
CREATE TABLE notification_preference (
    person_id   uuid        PRIMARY KEY REFERENCES person (id),
    opted_out   text[]      NOT NULL,
    version     bigint      NOT NULL,
    updated_at  timestamptz NOT NULL
);
