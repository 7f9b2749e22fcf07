-- Schema version 2: items an annotator skipped and flagged (broken media, ...), and the indexes
-- the annotator loop and the statistics queries use.
CREATE TABLE item_flag (
    uuid       TEXT PRIMARY KEY,
    item_id    INTEGER NOT NULL REFERENCES item(id),
    rater_id   INTEGER NOT NULL REFERENCES rater(id),
    reason     TEXT NOT NULL,
    flagged_at TEXT NOT NULL,
    UNIQUE (item_id, rater_id)
);

CREATE INDEX response_by_rater ON response (rater_id, item_id);
CREATE INDEX response_by_question ON response (question_id, item_id);
CREATE INDEX event_by_rater ON event (rater_id, at);
