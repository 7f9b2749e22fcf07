#pragma once

#include <QStringList>
#include <QTextStream>

// Each avemo-cli command: args are what follows the command name; results go to out, progress
// and problems to err. Returns the process exit status (0 ok, 1 problems found, 2 usage error).
namespace avemo::cli {

int runImport(const QStringList &args, QTextStream &out, QTextStream &err);
int runValidate(const QStringList &args, QTextStream &out, QTextStream &err);
int runAgreement(const QStringList &args, QTextStream &out, QTextStream &err);
int runMos(const QStringList &args, QTextStream &out, QTextStream &err);
int runExport(const QStringList &args, QTextStream &out, QTextStream &err);
int runPackage(const QStringList &args, QTextStream &out, QTextStream &err);
int runAssign(const QStringList &args, QTextStream &out, QTextStream &err);
int runMerge(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace avemo::cli
