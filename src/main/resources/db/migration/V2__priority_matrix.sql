-- The impact × urgency → priority matrix: one matrix for the desk, nine cells, versioned as a whole
-- for If-Match.
CREATE TABLE priority_matrix (
    id          smallint    PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    version     bigint      NOT NULL DEFAULT 0,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    updated_by  uuid        REFERENCES person (id)
);

CREATE TABLE priority_matrix_cell (
    impact    text NOT NULL CHECK (impact IN ('HIGH', 'MEDIUM', 'LOW')),
    urgency   text NOT NULL CHECK (urgency IN ('HIGH', 'MEDIUM', 'LOW')),
    priority  text NOT NULL CHECK (priority IN ('CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL')),
    PRIMARY KEY (impact, urgency)
);

INSERT INTO priority_matrix (id) VALUES (1);
INSERT INTO priority_matrix_cell (impact, urgency, priority) VALUES
    ('HIGH',   'HIGH',   'CRITICAL'),
    ('HIGH',   'MEDIUM', 'HIGH'),
    ('HIGH',   'LOW',    'MEDIUM'),
    ('MEDIUM', 'HIGH',   'HIGH'),
    ('MEDIUM', 'MEDIUM', 'MEDIUM'),
    ('MEDIUM', 'LOW',    'LOW'),
    ('LOW',    'HIGH',   'MEDIUM'),
    ('LOW',    'MEDIUM', 'LOW'),
    ('LOW',    'LOW',    'LOW');
