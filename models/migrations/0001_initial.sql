-- Schema version 1: the study as imported, raters, their item orders, responses and events.
CREATE TABLE study (
    id              INTEGER PRIMARY KEY CHECK (id = 1),  -- one study per database
    study_id        TEXT NOT NULL,
    title           TEXT NOT NULL,
    instructions    TEXT NOT NULL DEFAULT '',
    definition_json TEXT NOT NULL,
    definition_hash TEXT NOT NULL,
    source_folder   TEXT NOT NULL,
    imported_at     TEXT NOT NULL,
    app_version     TEXT NOT NULL
);

CREATE TABLE label_set (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE label (
    id           INTEGER PRIMARY KEY,
    label_set_id INTEGER NOT NULL REFERENCES label_set(id),
    position     INTEGER NOT NULL,
    code         TEXT NOT NULL,
    text         TEXT NOT NULL,
    shortcut     TEXT,
    UNIQUE (label_set_id, code)
);

CREATE TABLE question (
    id           INTEGER PRIMARY KEY,
    question_id  TEXT NOT NULL UNIQUE,
    position     INTEGER NOT NULL,
    prompt       TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('categorical', 'mos', 'slider', 'text')),
    target       TEXT NOT NULL CHECK (target IN ('user_turn', 'reply', 'dialogue')),
    required     INTEGER NOT NULL CHECK (required IN (0, 1)),
    label_set_id INTEGER REFERENCES label_set(id),
    scale_min    REAL,
    scale_max    REAL,
    scale_step   REAL,
    anchors_json TEXT
);

CREATE TABLE media (
    id          INTEGER PRIMARY KEY,
    path        TEXT NOT NULL UNIQUE,  -- relative to the study folder
    size_bytes  INTEGER NOT NULL,
    sha256      TEXT NOT NULL,
    duration_ms INTEGER NOT NULL,
    has_video   INTEGER NOT NULL CHECK (has_video IN (0, 1)),
    has_audio   INTEGER NOT NULL CHECK (has_audio IN (0, 1))
);

CREATE TABLE item (
    id                    INTEGER PRIMARY KEY,
    item_id               TEXT NOT NULL UNIQUE,
    position              INTEGER NOT NULL,  -- row order in items.csv
    dialogue_id           TEXT NOT NULL,
    turn                  INTEGER NOT NULL CHECK (turn >= 1),
    system                TEXT NOT NULL,
    reply_media_id        INTEGER NOT NULL REFERENCES media(id),
    reply_audio_media_id  INTEGER REFERENCES media(id),
    reply_audio_offset_ms INTEGER NOT NULL DEFAULT 0,
    transcript            TEXT NOT NULL DEFAULT '',
    intended_emotion      TEXT,
    gold_json             TEXT,  -- {"question_id": "answer"} for gold items, else NULL
    csv_line              INTEGER NOT NULL,
    UNIQUE (dialogue_id, turn, system)
);

CREATE TABLE item_context (
    item_id  INTEGER NOT NULL REFERENCES item(id),
    position INTEGER NOT NULL,
    media_id INTEGER NOT NULL REFERENCES media(id),
    PRIMARY KEY (item_id, position)
);

CREATE TABLE rater (
    id         INTEGER PRIMARY KEY,
    rater_id   TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);

-- A rater's item order, generated from the study seed and the rater id.
CREATE TABLE assignment (
    rater_id INTEGER NOT NULL REFERENCES rater(id),
    position INTEGER NOT NULL,
    item_id  INTEGER NOT NULL REFERENCES item(id),
    seed     INTEGER NOT NULL,
    PRIMARY KEY (rater_id, position),
    UNIQUE (rater_id, item_id)
);

-- One row per item x rater x question; the UUID lets databases from different laptops merge.
CREATE TABLE response (
    uuid          TEXT PRIMARY KEY,
    item_id       INTEGER NOT NULL REFERENCES item(id),
    rater_id      INTEGER NOT NULL REFERENCES rater(id),
    question_id   INTEGER NOT NULL REFERENCES question(id),
    value         TEXT NOT NULL,
    answered_at   TEXT NOT NULL,
    time_spent_ms INTEGER NOT NULL CHECK (time_spent_ms >= 0),
    play_count    INTEGER NOT NULL CHECK (play_count >= 0),
    revision      INTEGER NOT NULL DEFAULT 0,
    UNIQUE (item_id, rater_id, question_id)
);

-- Append-only log of everything an annotator does.
CREATE TABLE event (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    rater_id    INTEGER REFERENCES rater(id),
    item_id     INTEGER REFERENCES item(id),
    kind        TEXT NOT NULL,
    at          TEXT NOT NULL,
    position_ms INTEGER,
    question_id INTEGER REFERENCES question(id),
    old_value   TEXT,
    new_value   TEXT,
    detail      TEXT
);

CREATE TRIGGER event_is_append_only_update BEFORE UPDATE ON event
BEGIN
    SELECT RAISE(ABORT, 'the event log is append-only');
END;

CREATE TRIGGER event_is_append_only_delete BEFORE DELETE ON event
BEGIN
    SELECT RAISE(ABORT, 'the event log is append-only');
END;
