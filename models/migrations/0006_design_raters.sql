-- Schema version 6: the raters of the study's assignment design (study.json `design`) as
-- `avemo-cli assign` last left them: one row per rater of the design, active or dropped out.
-- No rows: the design has not been assigned yet. The items each rater got are the assignment
-- table's rows, as before.
CREATE TABLE design_rater (
    rater_id INTEGER PRIMARY KEY REFERENCES rater(id),
    active   INTEGER NOT NULL CHECK (active IN (0, 1)),
    since    TEXT NOT NULL  -- when assign last changed this rater's state (UTC, ISO 8601)
);
