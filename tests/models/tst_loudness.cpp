#include "LoudnessMeter.h"
#include "StudyDatabase.h"
#include "StudyFixture.h"
#include "StudyFolderLoader.h"
#include "StudyImporter.h"
#include "StudyJsonParser.h"
#include "StudyReader.h"
#include "ToneWav.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace avemo;

namespace {

// A study whose two items reply with tones of known loudness: quiet (-30 LUFS) and loud
// (-16 LUFS), after a user turn at -23 LUFS; presentation.loudness_lufs as given.
QString makeToneStudy(const QString &dir,
                      const QJsonValue &target = QJsonValue(QJsonValue::Undefined))
{
    if (!copyFolder(baseStudyDir(), dir))
        return {};
    const QDir d(dir);
    if (!ToneWav{2, -23.0}.write(d.filePath(QStringLiteral("media/user.wav"))) ||
        !ToneWav{2, -30.0}.write(d.filePath(QStringLiteral("media/quiet.wav"))) ||
        !ToneWav{2, -16.0}.write(d.filePath(QStringLiteral("media/loud.wav"))))
        return {};
    QFile csv(d.filePath(QStringLiteral("items.csv")));
    csv.open(QIODevice::WriteOnly | QIODevice::Truncate);
    csv.write("item_id,dialogue_id,turn,system,context_media,reply_media,reply_audio,"
              "reply_audio_offset_ms,transcript,intended_emotion,gold\n"
              "q,d1,1,alpha,media/user.wav,media/quiet.wav,,,hi,happy,\n"
              "l,d1,1,beta,media/user.wav,media/loud.wav,,,hi,happy,\n");
    csv.close();
    QFile json(d.filePath(QStringLiteral("study.json")));
    json.open(QIODevice::ReadOnly);
    QJsonObject study = QJsonDocument::fromJson(json.readAll()).object();
    json.close();
    QJsonObject presentation = study.value(QStringLiteral("presentation")).toObject();
    if (!target.isUndefined())
        presentation.insert(QStringLiteral("loudness_lufs"), target);
    study.insert(QStringLiteral("presentation"), presentation);
    json.open(QIODevice::WriteOnly | QIODevice::Truncate);
    json.write(QJsonDocument(study).toJson());
    return dir;
}

StudyJsonParser::Result parsePresentation(const QByteArray &presentation)
{
    QFile base(baseStudyDir() + QStringLiteral("/study.json"));
    base.open(QIODevice::ReadOnly);
    QByteArray json = base.readAll();
    const qsizetype at = json.indexOf("\"presentation\"");
    const qsizetype end = json.indexOf('}', at);
    json.replace(at, end - at + 1, QByteArray(QByteArray("\"presentation\": ") + presentation));
    return StudyJsonParser::parse(json, QStringLiteral("study.json"));
}

} // namespace

// Loudness at import: EBU R128 figures of tracks of known loudness, stored and read back, and
// the study's target as study.json gives it.
class TestLoudness : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

    LoudnessMeter::Result measureTone(const ToneWav &tone, const QString &name)
    {
        const QString path = m_tmp.filePath(name);
        if (!tone.write(path))
            return {};
        return LoudnessMeter::measure(path);
    }

private slots:
    // EBU Tech 3341, test case 1: a stereo 1 kHz sine at -23 dBFS measures -23.0 LUFS +-0.1;
    // its true peak is the sine's peak.
    void ebuTech3341Case1MeasuresMinus23()
    {
        const auto result = measureTone({2, -23.0}, QStringLiteral("case1.wav"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.figures.integratedLufs);
        QVERIFY2(std::abs(*result.figures.integratedLufs + 23.0) <= 0.1,
                 qPrintable(QString::number(*result.figures.integratedLufs)));
        QVERIFY2(std::abs(result.figures.truePeakDbtp + 23.0) <= 0.2,
                 qPrintable(QString::number(result.figures.truePeakDbtp)));
    }

    // BS.1770 is linear in power: 10 dB less signal is 10 LU less loudness.
    void aTenDbQuieterToneMeasuresMinus33()
    {
        const auto result = measureTone({2, -33.0}, QStringLiteral("quieter.wav"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.figures.integratedLufs);
        QVERIFY2(std::abs(*result.figures.integratedLufs + 33.0) <= 0.1,
                 qPrintable(QString::number(*result.figures.integratedLufs)));
    }

    // One channel counts once (BS.1770 weights a mono channel 1.0): a -20 dBFS sine is
    // -20 - 3.01 (mean square of a sine) + 0.69 (K-weighting at 1 kHz) - 0.691 = -23.0 LUFS.
    void aMonoToneCountsOnce()
    {
        const auto result = measureTone({1, -20.0}, QStringLiteral("mono.wav"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.figures.integratedLufs);
        QVERIFY2(std::abs(*result.figures.integratedLufs + 23.0) <= 0.1,
                 qPrintable(QString::number(*result.figures.integratedLufs)));
    }

    void silenceHasNoLoudness()
    {
        ToneWav silent;
        silent.silent = true;
        const auto result = measureTone(silent, QStringLiteral("silent.wav"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(!result.figures.integratedLufs);
    }

    void aFileThatIsNotAudioIsAnError()
    {
        const auto result =
            LoudnessMeter::measure(baseStudyDir() + QStringLiteral("/media/garbage.webm"));
        QVERIFY(!result.ok);
        QVERIFY(!result.error.isEmpty());
    }

    void theGainBringsATrackToTheTarget()
    {
        QCOMPARE(normalisationGainDb(-23.0, -30.0), 7.0);
        QCOMPARE(normalisationGainDb(-23.0, -16.0), -7.0);
        QCOMPARE(normalisationGainDb(std::nullopt, -30.0), 0.0);
        QCOMPARE(normalisationGainDb(-23.0, std::nullopt), 0.0);
    }

    void theTargetDefaultsToMinus23AndNullTurnsItOff()
    {
        auto parsed = parsePresentation("{\"blind\": true}");
        QVERIFY(parsed.problems.isEmpty());
        QCOMPARE(parsed.definition.presentation.loudnessLufs, std::optional<double>(-23.0));
        parsed = parsePresentation("{\"loudness_lufs\": -18}");
        QVERIFY(parsed.problems.isEmpty());
        QCOMPARE(parsed.definition.presentation.loudnessLufs, std::optional<double>(-18.0));
        parsed = parsePresentation("{\"loudness_lufs\": null}");
        QVERIFY(parsed.problems.isEmpty());
        QVERIFY(!parsed.definition.presentation.loudnessLufs);
    }

    void aBadTargetIsAnErrorNamingTheField_data()
    {
        QTest::addColumn<QByteArray>("presentation");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text") << QByteArray("{\"loudness_lufs\": \"loud\"}")
                              << QStringLiteral("loudness_lufs is a string");
        QTest::newRow("too low") << QByteArray("{\"loudness_lufs\": -100}")
                                 << QStringLiteral("loudness_lufs -100 is outside -70..0");
        QTest::newRow("positive") << QByteArray("{\"loudness_lufs\": 3}")
                                  << QStringLiteral("loudness_lufs 3 is outside -70..0");
        QTest::newRow("misspelt") << QByteArray("{\"loudnes_lufs\": -23}")
                                  << QStringLiteral("loudnes_lufs");
    }

    void aBadTargetIsAnErrorNamingTheField()
    {
        QFETCH(QByteArray, presentation);
        QFETCH(QString, expected);
        const auto parsed = parsePresentation(presentation);
        QCOMPARE(parsed.problems.size(), 1);
        const Problem &p = parsed.problems.first();
        QVERIFY(p.isError());
        QVERIFY2(p.message.contains(expected), qPrintable(p.message));
        QCOMPARE(p.file, QStringLiteral("study.json"));
        QVERIFY(p.line > 0);
    }

    // Import measures every track and stores the figures; the reader gives each segment's.
    void importStoresEachTracksLoudness()
    {
        const QString dir = makeToneStudy(m_tmp.filePath(QStringLiteral("tones")));
        QVERIFY(!dir.isEmpty());
        const QString db = m_tmp.filePath(QStringLiteral("tones.sqlite"));
        const auto imported = StudyImporter::importFolder(dir, db);
        QVERIFY2(imported.ok, qPrintable(imported.error));
        QString error;
        auto database = StudyDatabase::open(db, error);
        QVERIFY2(database, qPrintable(error));
        QList<StoredItem> items;
        QVERIFY2(StudyReader(*database).items(items, error), qPrintable(error));
        QCOMPARE(items.size(), 2);
        QMap<QString, double> reply;
        for (const StoredItem &s : std::as_const(items)) {
            QVERIFY(s.replyLoudnessLufs);
            reply.insert(s.item.itemId, *s.replyLoudnessLufs);
            QCOMPARE(s.contextLoudnessLufs.size(), 1);
            QVERIFY(s.contextLoudnessLufs.first());
            QVERIFY(std::abs(*s.contextLoudnessLufs.first() + 23.0) <= 0.1);
        }
        QVERIFY2(std::abs(reply.value(QStringLiteral("q")) + 30.0) <= 0.1,
                 qPrintable(QString::number(reply.value(QStringLiteral("q")))));
        QVERIFY2(std::abs(reply.value(QStringLiteral("l")) + 16.0) <= 0.1,
                 qPrintable(QString::number(reply.value(QStringLiteral("l")))));
        QSqlQuery q(database->connection());
        QVERIFY(q.exec(
            QStringLiteral("SELECT true_peak_dbtp FROM media WHERE path = 'media/loud.wav'")));
        QVERIFY(q.next());
        QVERIFY2(std::abs(q.value(0).toDouble() + 16.0) <= 0.2, qPrintable(q.value(0).toString()));
    }

    // A database from before loudness was measured migrates with no figures: its tracks play
    // as recorded until the study is imported again.
    void anOlderDatabaseMigratesWithoutFigures()
    {
        const QString path = m_tmp.filePath(QStringLiteral("v2.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(AVEMO_TEST_DATA_DIR "/schema/v2.sqlite"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QString error;
        auto db = StudyDatabase::open(path, error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), StudyDatabase::kSchemaVersion);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), count(loudness_lufs), "
                                      "count(true_peak_dbtp) FROM media")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toInt() > 0);
        QCOMPARE(q.value(1).toInt(), 0);
        QCOMPARE(q.value(2).toInt(), 0);
    }

    // validate's clipping warning: a quiet track with a full-scale click would peak far above
    // -1 dBTP once raised to the target; a normal track gets no warning.
    void aQuietTrackWithAHighPeakIsWarnedAbout()
    {
        const QString dir = makeToneStudy(m_tmp.filePath(QStringLiteral("clip")));
        QVERIFY(!dir.isEmpty());
        ToneWav clicky{2, -40.0};
        clicky.click = true;
        QVERIFY(clicky.write(QDir(dir).filePath(QStringLiteral("media/quiet.wav"))));
        const auto result = StudyFolderLoader::load(dir);
        QStringList warnings;
        for (const Problem &p : result.problems) {
            QVERIFY2(!p.isError(), qPrintable(p.message));
            warnings.append(p.message);
        }
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().contains(QStringLiteral("media 'media/quiet.wav': may clip")),
                 qPrintable(warnings.first()));
        QVERIFY2(warnings.first().contains(QStringLiteral("to reach loudness_lufs -23.0")),
                 qPrintable(warnings.first()));
        // With normalisation off nothing is raised, so nothing may clip.
        const QString off =
            makeToneStudy(m_tmp.filePath(QStringLiteral("clip-off")), QJsonValue(QJsonValue::Null));
        QVERIFY(clicky.write(QDir(off).filePath(QStringLiteral("media/quiet.wav"))));
        QVERIFY(StudyFolderLoader::load(off).problems.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLoudness)
#include "tst_loudness.moc"
