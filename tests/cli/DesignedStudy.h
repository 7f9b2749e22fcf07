#pragma once
// A real study folder with a `design`: 6 dialogues x 2 turns x 3 systems (36 items) and one gold
// item, every item the base study's user.webm (1008 ms) as context and a copy of its reply.ogg
// (1000 ms) per dialogue as reply (media/reply-dN.ogg; the gold item uses reply-d1.ogg), raters
// r1..r4, raters_per_item 2, calibration item d1-t1-A. Written into `folder`.
#include "AvemoTestPaths.h"
#include "CliRun.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>

namespace designed {

using cli_test::cli;
using cli_test::Run;

inline const char *kStudyJson = R"({
  "id": "designed",
  "title": "A study with a design",
  "questions": [{"id": "appropriateness", "prompt": "How appropriate is the reply?", "kind": "mos"}],
  "presentation": {"seed": 7},
  "raters": [{"id": "r1"}, {"id": "r2"}, {"id": "r3"}, {"id": "r4"}],
  "design": DESIGN
}
)";

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

inline bool
writeStudy(const QString &folder,
           const QByteArray &design = R"({"raters_per_item": 2, "calibration_items": ["d1-t1-A"]})")
{
    const QString base = QStringLiteral(AVEMO_TEST_DATA_DIR "/base-study/media/");
    if (!QDir().mkpath(folder + QStringLiteral("/media")) ||
        !QFile::copy(base + QStringLiteral("user.webm"),
                     folder + QStringLiteral("/media/user.webm")))
        return false;
    for (int d = 1; d <= 6; ++d)
        if (!QFile::copy(base + QStringLiteral("reply.ogg"),
                         folder + QStringLiteral("/media/reply-d%1.ogg").arg(d)))
            return false;
    QByteArray json(kStudyJson);
    json.replace("DESIGN", design);
    QByteArray csv("item_id,dialogue_id,turn,system,context_media,reply_media,gold\n");
    for (int d = 1; d <= 6; ++d)
        for (int t = 1; t <= 2; ++t)
            for (const char *s : {"A", "B", "C"})
                csv += QStringLiteral("d%1-t%2-%3,d%1,%2,%3,media/user.webm,media/reply-d%1.ogg,\n")
                           .arg(d)
                           .arg(t)
                           .arg(QLatin1String(s))
                           .toUtf8();
    csv += "g1,g,1,A,media/user.webm,media/reply-d1.ogg,appropriateness=5\n";
    return writeFile(folder + QStringLiteral("/study.json"), json) &&
           writeFile(folder + QStringLiteral("/items.csv"), csv);
}

} // namespace designed
