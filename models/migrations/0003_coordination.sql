-- Schema version 3: what a coordinator needs to hand out, merge and review a study.

-- Facts about this database file. 'instance_uuid' names the file (each annotator package gets
-- its own), so a merge can tell two laptops apart even when they use the same rater id.
CREATE TABLE database_info (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO database_info (key, value)
    VALUES ('instance_uuid', lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
            substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) ||
            substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))));

-- Where a rater's work came from: the instance_uuid of the database they rated in. NULL for
-- raters who rated in this very file.
ALTER TABLE rater ADD COLUMN origin_instance TEXT;

-- Raters left out of the statistics, with the reason. Deleting the row brings them back; both
-- changes are also written to the event log (kinds 'exclude_rater' and 'include_rater').
CREATE TABLE rater_exclusion (
    rater_id    INTEGER PRIMARY KEY REFERENCES rater(id),
    reason      TEXT NOT NULL,
    excluded_at TEXT NOT NULL
);

-- A coordinator's decision on an item, kept apart from the raters' own responses.
CREATE TABLE adjudication (
    uuid        TEXT PRIMARY KEY,
    item_id     INTEGER NOT NULL REFERENCES item(id),
    question_id INTEGER NOT NULL REFERENCES question(id),
    value       TEXT NOT NULL,
    reason      TEXT NOT NULL,
    decided_by  TEXT NOT NULL,
    decided_at  TEXT NOT NULL,
    UNIQUE (item_id, question_id)
);

-- Every annotator database merged into this one, so merging the same file twice is a no-op
-- that can be reported as such.
CREATE TABLE merge_source (
    instance_uuid TEXT PRIMARY KEY,
    source_path   TEXT NOT NULL,
    merged_at     TEXT NOT NULL,
    responses     INTEGER NOT NULL,
    events        INTEGER NOT NULL
);
