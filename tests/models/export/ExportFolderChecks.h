#pragma once

#include "ExportChecks.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// Whether a folder is one complete export: export.json lists exactly the files present, each
// with its size (and a CSV with its row count). Returns an empty string when it is, else what
// is wrong.
inline QString incompleteExport(const QString &folder)
{
    const QDir dir(folder);
    QFile file(dir.filePath(QStringLiteral("export.json")));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("no export.json in %1").arg(folder);
    const QJsonObject manifest = QJsonDocument::fromJson(file.readAll()).object();
    if (manifest.value(QStringLiteral("format")).toString() != QLatin1String("avemo-export"))
        return QStringLiteral("export.json is not an export manifest");
    QStringList listed;
    for (const QJsonValue &v : manifest.value(QStringLiteral("files")).toArray()) {
        const QJsonObject f = v.toObject();
        const QString name = f.value(QStringLiteral("name")).toString();
        listed.append(name);
        const QFileInfo info(dir.filePath(name));
        if (!info.isFile() || info.size() != f.value(QStringLiteral("bytes")).toInteger())
            return QStringLiteral("%1: %2 bytes, export.json says %3")
                .arg(name)
                .arg(info.size())
                .arg(f.value(QStringLiteral("bytes")).toInteger());
        if (f.contains(QStringLiteral("rows"))) {
            const auto csv = CsvFile::read(info.filePath());
            if (!csv.ok || csv.table.rows.size() != f.value(QStringLiteral("rows")).toInteger())
                return QStringLiteral("%1: not the rows export.json counts").arg(name);
        }
    }
    listed.append(QStringLiteral("export.json"));
    listed.sort();
    const QStringList present =
        dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    if (present != listed)
        return QStringLiteral("holds %1, export.json lists %2")
            .arg(present.join(u','), listed.join(u','));
    return {};
}

// The hidden temporaries beside an export folder (".NAME.avemo-export-..."), whatever state.
inline QStringList exportTemporaries(const QString &folder)
{
    const QFileInfo info(folder);
    return QDir(info.absolutePath())
        .entryList({QLatin1Char('.') + info.fileName() + QStringLiteral(".avemo-export-*")},
                   QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}
