#include "StudyFolderLoader.h"

#include "CsvReader.h"
#include "ItemsCsvParser.h"
#include "LoudnessMeter.h"
#include "MediaPath.h"
#include "MediaProbe.h"
#include "StudyJsonParser.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace avemo {

namespace {

const QString kStudyJson = QStringLiteral("study.json");
const QString kItemsCsv = QStringLiteral("items.csv");

QByteArray sha256Of(const QString &path, qint64 &size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    size = file.size();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QString signedDb(double value)
{
    return (value >= 0 ? QStringLiteral("+") : QString()) + QString::number(value, 'f', 1);
}

// Measures a track's loudness and warns when the study's target would push its true peak past
// the ceiling: normalisation is not limited (see normalisationGainDb), so this is where the
// author hears of a track that may clip.
void measureLoudness(const QString &absolutePath, const std::optional<double> &targetLufs,
                     MediaInfo &info, const std::function<void(const QString &)> &warn)
{
    const LoudnessMeter::Result measured = LoudnessMeter::measure(absolutePath);
    if (!measured.ok) {
        warn(StudyFolderLoader::tr("its loudness could not be measured (%1); it plays without "
                                   "loudness normalisation")
                 .arg(measured.error));
        return;
    }
    info.loudnessLufs = measured.figures.integratedLufs;
    if (std::isfinite(measured.figures.truePeakDbtp))
        info.truePeakDbtp = measured.figures.truePeakDbtp;
    if (!info.loudnessLufs || !info.truePeakDbtp || !targetLufs)
        return;
    const double gain = normalisationGainDb(targetLufs, info.loudnessLufs);
    const double peakAfter = *info.truePeakDbtp + gain;
    if (peakAfter > kTruePeakCeilingDbtp)
        warn(StudyFolderLoader::tr("may clip: its true peak after the loudness gain would be %1 "
                                   "dBTP, above %2 dBTP (measured %3 LUFS, true peak %4 dBTP, "
                                   "gain %5 dB to reach loudness_lufs %6)")
                 .arg(signedDb(peakAfter), signedDb(kTruePeakCeilingDbtp),
                      QString::number(*info.loudnessLufs, 'f', 1), signedDb(*info.truePeakDbtp),
                      signedDb(gain), QString::number(*targetLufs, 'f', 1)));
}

void checkMedia(const QString &folder, const QList<MediaReference> &refs,
                const StudyFolderLoader::Options &options, Study &study, ProblemList &problems)
{
    int done = 0;
    for (const MediaReference &ref : refs) {
        const auto fail = [&](const QString &why) {
            problems.append({kItemsCsv, ref.line, ref.column, Problem::Severity::Error,
                             StudyFolderLoader::tr("media '%1': %2").arg(ref.written, why)});
        };
        const auto warn = [&](const QString &why) {
            problems.append({kItemsCsv, ref.line, ref.column, Problem::Severity::Warning,
                             StudyFolderLoader::tr("media '%1': %2").arg(ref.written, why)});
        };
        const MediaPath::Resolved resolved = MediaPath::resolve(folder, ref.written);
        if (!resolved.problem.isEmpty()) {
            problems.append(
                {kItemsCsv, ref.line, ref.column, Problem::Severity::Error, resolved.problem});
        } else {
            MediaInfo info;
            info.path = ref.path;
            info.sha256 = sha256Of(resolved.absolutePath, info.sizeBytes);
            if (info.sha256.isEmpty()) {
                fail(StudyFolderLoader::tr("the file could not be read"));
            } else if (options.probeMedia) {
                const MediaProbe::Info probed = MediaProbe::probe(resolved.absolutePath);
                if (!probed.ok) {
                    fail(probed.error);
                } else {
                    info.durationMs = probed.durationMs;
                    info.hasVideo = probed.hasVideo;
                    info.hasAudio = probed.hasAudio;
                    if (info.hasAudio)
                        measureLoudness(resolved.absolutePath,
                                        study.definition.presentation.loudnessLufs, info, warn);
                    if (ref.needsVideo && !info.hasVideo)
                        fail(StudyFolderLoader::tr(
                            "has no video stream (expected a video, since the row "
                            "gives a separate reply_audio)"));
                    if (ref.needsAudio && !info.hasAudio)
                        fail(StudyFolderLoader::tr(
                            "has no audio stream (expected an audio file for reply_audio)"));
                }
            }
            study.media.append(info);
        }
        if (options.mediaProgress)
            options.mediaProgress(++done, int(refs.size()));
    }
}

// study.json or items.csv, read only when it really lies in the study folder: a symbolic link
// to a file elsewhere would import (and package) whatever it points at, as media links would.
QByteArray readFile(const QString &folder, const QString &name, ProblemList &problems, bool &ok)
{
    const QString path = QDir(folder).filePath(name);
    const QFileInfo info(path);
    if (info.isSymLink() || info.exists()) {
        const QString target = info.canonicalFilePath();
        if (!target.isEmpty() && !target.startsWith(folder + u'/')) {
            ok = false;
            problems.append({name, 0, 0, Problem::Severity::Error,
                             StudyFolderLoader::tr("is a symbolic link to a file outside the "
                                                   "study folder (expected the file itself in "
                                                   "the folder)")});
            return {};
        }
    }
    QFile file(path);
    ok = file.open(QIODevice::ReadOnly);
    if (!ok) {
        problems.append(
            {name, 0, 0, Problem::Severity::Error,
             file.exists()
                 ? StudyFolderLoader::tr("cannot read the file: %1").arg(file.errorString())
                 : StudyFolderLoader::tr("missing (expected %1 in the study folder)").arg(name)});
        return {};
    }
    return file.readAll();
}

} // namespace

StudyFolderLoader::Result StudyFolderLoader::load(const QString &folder, const Options &options)
{
    Result result;
    const QFileInfo folderInfo(folder);
    if (!folderInfo.isDir()) {
        result.problems.append(
            {folder, 0, 0, Problem::Severity::Error,
             tr("not a folder (expected a study folder with study.json and items.csv)")});
        return result;
    }
    result.study.folder = folderInfo.canonicalFilePath();

    bool haveJson = false;
    const QByteArray json = readFile(result.study.folder, kStudyJson, result.problems, haveJson);
    StudyJsonParser::Result def;
    if (haveJson) {
        def = StudyJsonParser::parse(json, kStudyJson);
        result.problems += def.problems;
        result.study.definition = def.definition;
        result.study.definitionJson = def.compactJson;
    }

    bool haveCsv = false;
    const QByteArray csv = readFile(result.study.folder, kItemsCsv, result.problems, haveCsv);
    if (!haveCsv)
        return result;
    const CsvReader::Result table = CsvReader::parse(csv, kItemsCsv);
    result.problems += table.problems;
    if (!table.ok())
        return result;
    const bool definitionUsable = haveJson && !hasErrors(def.problems);
    const ItemsCsvParser::Result items =
        ItemsCsvParser::parse(table.table, result.study.definition, kItemsCsv, definitionUsable);
    result.problems += items.problems;
    result.study.items = items.items;
    checkMedia(result.study.folder, items.media, options, result.study, result.problems);
    return result;
}

} // namespace avemo
