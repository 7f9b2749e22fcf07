#pragma once

#include "TaskControl.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace avemo {

// What `avemo-cli package` and File > Prepare annotator package... hand to the packager.
struct PackageRequest
{
    QString studyDatabase; // the coordinator's study database
    QString raterId;
    QString outputFolder; // must not exist yet (or be empty)
};

struct PackageResult
{
    bool ok = false;
    bool cancelled = false;
    QString error; // why there is no package, when !ok
    QString folder;
    QString database; // the file the annotator opens
    QString instanceUuid;
    QString studyId;
    int items = 0;
    int mediaFiles = 0;
    qint64 mediaBytes = 0;
    bool assignmentGenerated = false; // the rater had no item order yet
    QStringList warnings;             // the package was made, but the coordinator should know
};

// Builds an annotator package: a folder holding study.json, items.csv, the media the study uses
// (checked against the SHA-256 recorded at import) and a database with only this rater and
// their item order, under a new instance_uuid. Items, systems and media go by opaque names
// (PackageNames) whose mapping is written into the master, the one write packaging makes. The
// folder validates with `avemo-cli validate` and opens with `avemo-rater
// FOLDER/<study>-<rater>.sqlite`.
//
// Everything is written into a hidden temporary folder beside the output and renamed at the
// end, so a failure or a cancellation leaves nothing behind; the finished folder gets the
// permissions the user's umask gives any new folder. Opens its own connections: call it from any
// one thread (a GUI runs it on a worker).
class AnnotatorPackager
{
    Q_DECLARE_TR_FUNCTIONS(avemo::AnnotatorPackager)

public:
    static PackageResult create(const PackageRequest &request, const TaskControl &control = {});

    // The package database inside a package folder (the one *.sqlite file at its top), or an
    // empty string when the folder holds none or several.
    static QString databaseIn(const QString &folder);
};

} // namespace avemo
