-- Schema version 4: the opaque names annotator packages use. A package calls its items and
-- systems by random aliases so that its files reveal no system; only the master that made it
-- knows what each alias stands for, and the merge maps the package's answers back through it.

-- One row per package made from this database, by the package database's instance_uuid.
-- definition_hash is the package's own (aliased) study hash: a package whose study was changed
-- after it was made no longer matches it.
CREATE TABLE package (
    instance_uuid   TEXT PRIMARY KEY,
    rater_id        TEXT NOT NULL,
    definition_hash TEXT NOT NULL,
    created_at      TEXT NOT NULL
);

-- The package's item id (alias) for each item of this study.
CREATE TABLE package_item (
    instance_uuid TEXT NOT NULL REFERENCES package(instance_uuid),
    alias         TEXT NOT NULL,
    item_id       INTEGER NOT NULL REFERENCES item(id),
    PRIMARY KEY (instance_uuid, alias)
);

-- The package's code for each system of this study.
CREATE TABLE package_system (
    instance_uuid TEXT NOT NULL REFERENCES package(instance_uuid),
    code          TEXT NOT NULL,
    system        TEXT NOT NULL,
    PRIMARY KEY (instance_uuid, code)
);
