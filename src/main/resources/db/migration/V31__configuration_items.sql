-- Configuration items: what IT runs and looks after, each with a unique name and asset tag, and
-- attributes checked against a JSON Schema the admin keeps per type.
CREATE TABLE ci_type (
    type        text        PRIMARY KEY,
    schema      jsonb       NOT NULL,
    updated_at  timestamptz NOT NULL,
    updated_by  uuid        REFERENCES person (id),
    version     bigint      NOT NULL DEFAULT 0
);

INSERT INTO ci_type (type, schema, updated_at)
SELECT type, '{"type": "object"}', now()
  FROM unnest(ARRAY['SERVER', 'WORKSTATION', 'LAPTOP', 'MOBILE_DEVICE', 'PRINTER', 'NETWORK_DEVICE', 'STORAGE',
                    'SOFTWARE', 'APPLICATION', 'DATABASE', 'SERVICE', 'OTHER']) AS type;

CREATE TABLE ci (
    id           uuid        PRIMARY KEY,
    name         text        NOT NULL,
    asset_tag    text,
    type         text        NOT NULL REFERENCES ci_type (type),
    status       text        NOT NULL CHECK (status IN ('PLANNED', 'IN_USE', 'MAINTENANCE', 'RETIRED')),
    environment  text        CHECK (environment IN ('PRODUCTION', 'STAGING', 'TEST', 'DEVELOPMENT')),
    criticality  text        NOT NULL CHECK (criticality IN ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    owner_id     uuid        REFERENCES person (id),
    location     text,
    description  text,
    attributes   jsonb       NOT NULL CHECK (jsonb_typeof(attributes) = 'object'),
    -- Name, asset tag and the attributes' values, folded as search compares text (TextFold).
    search_text  text        NOT NULL,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    version      bigint      NOT NULL DEFAULT 0
);

-- Names and asset tags are unique whatever their case; the list pages by name.
CREATE UNIQUE INDEX ci_name ON ci (lower(name));
CREATE UNIQUE INDEX ci_asset_tag ON ci (lower(asset_tag)) WHERE asset_tag IS NOT NULL;
CREATE INDEX ci_sort_name ON ci (lower(name), id);
CREATE INDEX ci_owner ON ci (owner_id, lower(name), id) WHERE owner_id IS NOT NULL;
CREATE INDEX ci_type_name ON ci (type, lower(name), id);
CREATE INDEX ci_search_text_trgm ON ci USING gin (search_text gin_trgm_ops);

-- Every change of a CI, field by field, old and new: who, when, and under which change request
-- (none for an admin's direct edit). Never changed or removed.
CREATE TABLE ci_history (
    id          uuid        PRIMARY KEY,
    ci_id       uuid        NOT NULL REFERENCES ci (id),
    at          timestamptz NOT NULL,
    actor_id    uuid        NOT NULL REFERENCES person (id),
    change_id   uuid,
    action      text        NOT NULL CHECK (action IN ('CREATED', 'UPDATED')),
    changes     jsonb       NOT NULL CHECK (jsonb_typeof(changes -> 'fields') = 'array')
);

CREATE INDEX ci_history_ci ON ci_history (ci_id, at, id);

CREATE FUNCTION ci_history_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'configuration item history is immutable' USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER ci_history_immutable
    BEFORE UPDATE OR DELETE OR TRUNCATE ON ci_history
    FOR EACH STATEMENT EXECUTE FUNCTION ci_history_is_immutable();
