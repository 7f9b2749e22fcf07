#pragma once

#include "StudyTypes.h"

namespace avemo {

class StudyDatabase;

// Writes a validated Study into an empty study database, all or nothing.
class StudyImporter
{
public:
    // False (with a reason) when the database already holds a study or a write fails; the
    // database is then exactly as it was.
    static bool import(StudyDatabase &db, const Study &study, QString &error);
};

} // namespace avemo
