#include "AvemoTestPaths.h"
#include "CliRun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// `avemo-cli agreement` and `mos` on the ratings files analysts have: our own export's
// ratings.csv fed straight back, category labels, other column names, many problems. The real
// binary in a real process, as in tst_cli.cpp.
class TestCliRatings : public QObject
{
    Q_OBJECT

private:
    using Run = cli_test::Run;

    static Run run(const QString &program, const QStringList &args)
    {
        return cli_test::run(program, args);
    }
    static Run cli(const QStringList &args) { return run(QStringLiteral(AVEMO_CLI), args); }

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_tmp.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(content);
        return path;
    }

    // Krippendorff (2011), 4 observers x 12 units with missing data: published alphas nominal
    // 0.743, ordinal 0.815, interval 0.849. Values 1..5 here replaced by labels[value - 1].
    QByteArray krippendorffExample(const QStringList &labels,
                                   const QByteArray &header = "item_id,rater_id,value")
    {
        QFile f(QStringLiteral(AVEMO_SOURCE_DIR "/tests/cli/data/krippendorff2011.csv"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("no krippendorff2011.csv");
        QByteArray out = header + "\n";
        const QList<QByteArray> lines = f.readAll().split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> cells = lines[i].split(',');
            if (cells.size() < 3)
                continue;
            const QByteArray value =
                cells[2].isEmpty() ? QByteArray() : labels[cells[2].toInt() - 1].toUtf8();
            out += cells[0] + "," + cells[1] + "," + value + "\n";
        }
        return out;
    }

    static double alphaOf(const QJsonObject &o)
    {
        return o.value(QStringLiteral("krippendorff_alpha"))
            .toObject()
            .value(QStringLiteral("value"))
            .toDouble();
    }

    // One CSV file as rows of column -> text (our export's files have no quoted commas in the
    // columns compared here).
    static QList<QHash<QString, QString>> readCsv(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        const QStringList lines =
            QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const QStringList header = lines.value(0).split(QLatin1Char(','));
        QList<QHash<QString, QString>> rows;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QStringList cells = lines[i].split(QLatin1Char(','));
            QHash<QString, QString> row;
            for (qsizetype c = 0; c < header.size(); ++c)
                row.insert(header[c], cells.value(c));
            rows.append(row);
        }
        return rows;
    }

    QTemporaryDir m_tmp;
    QString m_export; // the demo study's export folder

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        const QString db = m_tmp.filePath(QStringLiteral("demo.sqlite"));
        const Run made = run(QStringLiteral(AVEMO_MAKE_DEMO_RATINGS), {db});
        QVERIFY2(made.status == 0, qPrintable(made.err));
        m_export = m_tmp.filePath(QStringLiteral("results"));
        const Run exported =
            cli({QStringLiteral("export"), db, QStringLiteral("--out"), m_export,
                 QStringLiteral("--no-html"), QStringLiteral("--bootstrap"), QStringLiteral("0")});
        QVERIFY2(exported.status == 0, qPrintable(exported.err));
    }

    // Every question of agreement.csv, read back from ratings.csv: the same numbers under the
    // same level and weights, with gold items left out as the export does.
    void exportFedBackGivesAgreementCsvNumbers()
    {
        const QString ratings = m_export + QStringLiteral("/ratings.csv");
        const auto rows = readCsv(m_export + QStringLiteral("/agreement.csv"));
        QVERIFY(rows.size() >= 2);
        QSet<QString> kinds;
        for (const auto &row : rows) {
            const QString question = row.value(QStringLiteral("question_id"));
            kinds.insert(row.value(QStringLiteral("kind")));
            const Run r = cli({QStringLiteral("agreement"), QStringLiteral("--ratings"), ratings,
                               QStringLiteral("--question"), question, QStringLiteral("--json")});
            QVERIFY2(r.status == 0, qPrintable(r.err));
            QVERIFY2(r.err.contains(QLatin1String("rows of gold items")), qPrintable(r.err));
            const QJsonObject o = r.json();
            QCOMPARE(o.value(QStringLiteral("level")).toString(),
                     row.value(QStringLiteral("level")));
            QCOMPARE(o.value(QStringLiteral("items")).toInt(),
                     row.value(QStringLiteral("n_items")).toInt());
            QCOMPARE(o.value(QStringLiteral("ratings")).toInt(),
                     row.value(QStringLiteral("n_ratings")).toInt());
            QCOMPARE(alphaOf(o), row.value(QStringLiteral("alpha")).toDouble());
            const QJsonObject cohen = o.value(QStringLiteral("cohen_kappa")).toObject();
            QCOMPARE(cohen.value(QStringLiteral("weights")).toString(),
                     row.value(QStringLiteral("cohen_weights")));
            QCOMPARE(cohen.value(QStringLiteral("mean")).toDouble(),
                     row.value(QStringLiteral("cohen_kappa_mean")).toDouble());
        }
        QVERIFY(kinds.contains(QStringLiteral("categorical")));
        QVERIFY(kinds.contains(QStringLiteral("mos")));

        // All questions at once, one result each, in the same order.
        const Run all =
            cli({QStringLiteral("agreement"), QStringLiteral("--ratings"), ratings,
                 QStringLiteral("--by"), QStringLiteral("question_id"), QStringLiteral("--json")});
        QVERIFY2(all.status == 0, qPrintable(all.err));
        const QJsonArray groups = all.json().value(QStringLiteral("groups")).toArray();
        QCOMPARE(groups.size(), rows.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QCOMPARE(groups[i].toObject().value(QStringLiteral("group")).toString(),
                     rows[i].value(QStringLiteral("question_id")));
            QCOMPARE(alphaOf(groups[i].toObject()),
                     rows[i].value(QStringLiteral("alpha")).toDouble());
        }
    }

    // Without --question the questions would be mixed: refused, naming them and the way out.
    void exportWithSeveralQuestionsNeedsAChoice()
    {
        const Run r = cli({QStringLiteral("agreement"), QStringLiteral("--ratings"),
                           m_export + QStringLiteral("/ratings.csv")});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QLatin1String("--question ID")) &&
                     r.err.contains(QLatin1String("user_emotion")),
                 qPrintable(r.err));
    }

    // The free-text question has no agreement: said plainly, not a crash or a wrong number.
    void exportFreeTextQuestionIsExplained()
    {
        const Run r = cli({QStringLiteral("agreement"), QStringLiteral("--ratings"),
                           m_export + QStringLiteral("/ratings.csv"), QStringLiteral("--question"),
                           QStringLiteral("comment")});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QLatin1String("free-text")) &&
                     r.err.contains(QLatin1String("no ratings to analyse for question 'comment'")),
                 qPrintable(r.err));
    }

    // mos --by system,question_id on the export equals systems.csv row by row.
    void exportMosBySystemAndQuestionEqualsSystemsCsv()
    {
        const Run r = cli({QStringLiteral("mos"), QStringLiteral("--ratings"),
                           m_export + QStringLiteral("/ratings.csv"), QStringLiteral("--by"),
                           QStringLiteral("system,question_id"), QStringLiteral("--json")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("categorical and free-text")), qPrintable(r.err));
        QHash<QString, QJsonObject> byKey;
        for (const auto &g : r.json().value(QStringLiteral("groups")).toArray()) {
            const QJsonArray keys = g.toObject().value(QStringLiteral("keys")).toArray();
            QCOMPARE(keys.size(), 2);
            byKey.insert(keys[0].toString() + QLatin1Char('/') + keys[1].toString(), g.toObject());
        }
        int compared = 0;
        for (const auto &row : readCsv(m_export + QStringLiteral("/systems.csv"))) {
            if (row.value(QStringLiteral("kind")) != QLatin1String("mos"))
                continue;
            const QString key = row.value(QStringLiteral("system")) + QLatin1Char('/') +
                                row.value(QStringLiteral("question_id"));
            QVERIFY2(byKey.contains(key), qPrintable(key));
            QCOMPARE(byKey[key].value(QStringLiteral("mos")).toDouble(),
                     row.value(QStringLiteral("mos")).toDouble());
            QCOMPARE(byKey[key].value(QStringLiteral("n")).toInt(),
                     row.value(QStringLiteral("n")).toInt());
            ++compared;
        }
        QCOMPARE(compared, byKey.size());
        QVERIFY(compared >= 6);
    }

    // Excluded raters and gold items are left out as the export does, whatever else they hold.
    void exportExcludedRatersAndGoldItemsAreLeftOut()
    {
        QByteArray csv = "study_id,item_id,system,rater_id,question_id,value,label,score,gold,"
                         "excluded\n";
        const QByteArray plain =
            krippendorffExample({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                                 QStringLiteral("4"), QStringLiteral("5")});
        const QList<QByteArray> lines = plain.split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> c = lines[i].split(',');
            if (c.size() == 3)
                csv += "s," + c[0] + ",sys," + c[1] + ",q," + c[2] + ",," + c[2] + ",0,0\n";
        }
        // A rater excluded by the coordinator and a gold item, both disagreeing wildly.
        for (const char *item : {"u1", "u2", "u3", "u4", "u5", "u6"})
            csv += QByteArray("s,") + item + ",sys,rX,q,5,,5,0,1\n";
        for (const char *rater : {"A", "B", "C", "D"})
            csv += QByteArray("s,gold1,sys,") + rater + ",q," + (rater[0] == 'A' ? "1" : "5") +
                   ",,1,1,0\n";
        const Run r =
            cli({QStringLiteral("agreement"), QStringLiteral("--ratings"),
                 write(QStringLiteral("export-like.csv"), csv), QStringLiteral("--json")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("6 rows of excluded raters, 4 rows of gold items")),
                 qPrintable(r.err));
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("raters")).toInt(), 4);
        QCOMPARE(o.value(QStringLiteral("level")).toString(), QStringLiteral("interval"));
        QCOMPARE(qRound(alphaOf(o) * 1000), 849); // Krippendorff's published interval alpha
    }

    // Category labels at the nominal level: the published nominal alpha, whatever the names.
    void labelsAtTheNominalLevel()
    {
        const QString path =
            write(QStringLiteral("labels.csv"),
                  krippendorffExample({QStringLiteral("neutral"), QStringLiteral("happy"),
                                       QStringLiteral("sad"), QStringLiteral("angry, loud"),
                                       QStringLiteral("\"surprised\"")}));
        const Run r = cli({QStringLiteral("agreement"), QStringLiteral("--ratings"), path,
                           QStringLiteral("--json")});
        QVERIFY2(r.status == 0, qPrintable(r.err + r.out));
        QCOMPARE(r.json().value(QStringLiteral("level")).toString(), QStringLiteral("nominal"));
        QCOMPARE(qRound(alphaOf(r.json()) * 1000), 743);
        // A label where a number is needed names the level and the way out.
        const Run interval = cli({QStringLiteral("agreement"), QStringLiteral("--ratings"), path,
                                  QStringLiteral("--level"), QStringLiteral("interval")});
        QCOMPARE(interval.status, 1);
        QVERIFY2(interval.err.contains(QLatin1String("value 'neutral' is not a number")) &&
                     interval.err.contains(QLatin1String("--level nominal")),
                 qPrintable(interval.err));
    }

    // Labels in their declared order: the published ordinal alpha; a label off the scale is
    // named with its line.
    void labelsInDeclaredOrderAtTheOrdinalLevel()
    {
        const QString path =
            write(QStringLiteral("ordered.csv"),
                  krippendorffExample({QStringLiteral("none"), QStringLiteral("slight"),
                                       QStringLiteral("mild"), QStringLiteral("strong"),
                                       QStringLiteral("extreme")}));
        const Run r =
            cli({QStringLiteral("agreement"), QStringLiteral("--ratings"), path,
                 QStringLiteral("--scale"), QStringLiteral("none,slight,mild,strong,extreme"),
                 QStringLiteral("--json")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QCOMPARE(r.json().value(QStringLiteral("level")).toString(), QStringLiteral("ordinal"));
        QCOMPARE(qRound(alphaOf(r.json()) * 1000), 815);
        const Run off = cli({QStringLiteral("agreement"), QStringLiteral("--ratings"), path,
                             QStringLiteral("--scale"), QStringLiteral("none,slight,mild,strong")});
        QCOMPARE(off.status, 1);
        QVERIFY2(off.err.contains(QLatin1String("value 'extreme' is not on the declared scale")),
                 qPrintable(off.err));
    }

    // Other column names, other columns ignored.
    void namedColumns()
    {
        const QString path = write(
            QStringLiteral("named.csv"),
            krippendorffExample({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                                 QStringLiteral("4"), QStringLiteral("5")},
                                "clip,annotator,grade"));
        const Run missing = cli({QStringLiteral("agreement"), QStringLiteral("--ratings"), path,
                                 QStringLiteral("--level"), QStringLiteral("interval")});
        QCOMPARE(missing.status, 1);
        QVERIFY2(missing.err.contains(QLatin1String("missing column 'item_id' (--item)")),
                 qPrintable(missing.err));
        const Run r =
            cli({QStringLiteral("agreement"), QStringLiteral("--ratings"), path,
                 QStringLiteral("--item"), QStringLiteral("clip"), QStringLiteral("--rater"),
                 QStringLiteral("annotator"), QStringLiteral("--value"), QStringLiteral("grade"),
                 QStringLiteral("--level"), QStringLiteral("interval"), QStringLiteral("--json")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QCOMPARE(qRound(alphaOf(r.json()) * 1000), 849);
    }

    // One default for the weights, named: quadratic above the nominal level (as agreement.csv),
    // --weights overrides it and says so.
    void cohenWeightsDefaultIsNamed()
    {
        const QString path =
            QStringLiteral(AVEMO_SOURCE_DIR "/tests/cli/data/krippendorff2011.csv");
        const Run byDefault =
            cli({QStringLiteral("agreement"), QStringLiteral("--ratings"), path,
                 QStringLiteral("--level"), QStringLiteral("interval"), QStringLiteral("--json")});
        QVERIFY2(byDefault.status == 0, qPrintable(byDefault.err));
        const QJsonObject cohen = byDefault.json().value(QStringLiteral("cohen_kappa")).toObject();
        QCOMPARE(cohen.value(QStringLiteral("weights")).toString(), QStringLiteral("quadratic"));
        QCOMPARE(cohen.value(QStringLiteral("weights_source")).toString(),
                 QStringLiteral("default at the interval level"));
        const Run none =
            cli({QStringLiteral("agreement"), QStringLiteral("--ratings"), path,
                 QStringLiteral("--level"), QStringLiteral("interval"), QStringLiteral("--weights"),
                 QStringLiteral("none"), QStringLiteral("--json")});
        const QJsonObject unweighted = none.json().value(QStringLiteral("cohen_kappa")).toObject();
        QCOMPARE(unweighted.value(QStringLiteral("weights")).toString(), QStringLiteral("none"));
        QCOMPARE(unweighted.value(QStringLiteral("weights_source")).toString(),
                 QStringLiteral("--weights"));
        QVERIFY(unweighted.value(QStringLiteral("mean")).toDouble() !=
                cohen.value(QStringLiteral("mean")).toDouble());
        const Run text = cli({QStringLiteral("agreement"), QStringLiteral("--ratings"), path,
                              QStringLiteral("--level"), QStringLiteral("interval")});
        QVERIFY2(text.out.contains(
                     QLatin1String("Cohen's weights quadratic (default at the interval level)")),
                 qPrintable(text.out));
        // Plain numbers and no --level: the file does not say how to compare them.
        const Run unsaid = cli({QStringLiteral("agreement"), QStringLiteral("--ratings"), path});
        QCOMPARE(unsaid.status, 1);
        QVERIFY2(unsaid.err.contains(QLatin1String("--level nominal, ordinal, interval or ratio")),
                 qPrintable(unsaid.err));
    }

    // --by with several columns, for agreement and mos.
    void byTwoColumns()
    {
        QByteArray csv = "item_id,rater_id,value,system,session\n";
        for (int i = 0; i < 8; ++i)
            for (const char *rater : {"A", "B", "C"})
                csv += "i" + QByteArray::number(i) + "," + rater + "," +
                       QByteArray::number(1 + (i + (rater[0] == 'C' ? 1 : 0)) % 5) + "," +
                       (i % 2 ? "s1" : "s2") + "," + (i < 4 ? "morning" : "evening") + "\n";
        const QString path = write(QStringLiteral("by.csv"), csv);
        const Run mos =
            cli({QStringLiteral("mos"), QStringLiteral("--ratings"), path, QStringLiteral("--by"),
                 QStringLiteral("system,session"), QStringLiteral("--json")});
        QVERIFY2(mos.status == 0, qPrintable(mos.err));
        const QJsonArray groups = mos.json().value(QStringLiteral("groups")).toArray();
        QCOMPARE(groups.size(), 4);
        QStringList names;
        for (const auto &g : groups)
            names << g.toObject().value(QStringLiteral("group")).toString();
        QVERIFY2(names.contains(QStringLiteral("s1, morning")), qPrintable(names.join(u'|')));
        // s2 in the morning: items 0 and 2, values (A, B, C) = (1, 1, 2) and (3, 3, 4).
        for (const auto &g : groups)
            if (g.toObject().value(QStringLiteral("group")).toString() ==
                QLatin1String("s2, morning"))
                QCOMPARE(g.toObject().value(QStringLiteral("mos")).toDouble(), 14.0 / 6.0);
        const Run agreement =
            cli({QStringLiteral("agreement"), QStringLiteral("--ratings"), path,
                 QStringLiteral("--level"), QStringLiteral("interval"), QStringLiteral("--by"),
                 QStringLiteral("system,session"), QStringLiteral("--json")});
        QVERIFY2(agreement.status == 0, qPrintable(agreement.err));
        QCOMPARE(agreement.json().value(QStringLiteral("groups")).toArray().size(), 4);
        QCOMPARE(agreement.json().value(QStringLiteral("by")).toString(),
                 QStringLiteral("system,session"));
    }

    // Many bad rows: a first line saying what was expected, 20 problems, then the count.
    void problemsAreCapped()
    {
        QByteArray csv = "item_id,rater_id,value\n";
        for (int i = 0; i < 30; ++i)
            csv += "i" + QByteArray::number(i) + ",A,\n" + "i" + QByteArray::number(i) + ",,3\n";
        const Run r = cli({QStringLiteral("agreement"), QStringLiteral("--ratings"),
                           write(QStringLiteral("bad.csv"), csv), QStringLiteral("--level"),
                           QStringLiteral("interval")});
        QCOMPARE(r.status, 1);
        const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 22);
        QVERIFY2(lines.first().contains(QLatin1String("expected a long-format ratings CSV")),
                 qPrintable(lines.first()));
        QVERIFY2(lines[1].contains(QLatin1String("bad.csv:3:2: error: rater_id is empty")),
                 qPrintable(lines[1]));
        QVERIFY2(lines.last().contains(QLatin1String("and 10 more problems like these")),
                 qPrintable(lines.last()));
    }

    // Quoted fields (commas, quotes, line breaks), CRLF line ends and a byte-order mark.
    void rfc4180Details()
    {
        const QByteArray csv = "\xEF\xBB\xBFitem_id,note,rater_id,value\r\n"
                               "u1,\"a, b\",A,\"x\"\"y\"\r\n"
                               "u1,\"two\nlines\",B,\"x\"\"y\"\r\n"
                               "u2,,A,z\r\n"
                               "u2,,B,\"z\"\r\n"
                               "u3,,A,z\r\n"
                               "u3,,B,w\r\n"
                               "u4,,A,\r\n"
                               "u4,,B,q q\r\n";
        const Run r = cli({QStringLiteral("agreement"), QStringLiteral("--ratings"),
                           write(QStringLiteral("quoted.csv"), csv), QStringLiteral("--json")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("items")).toInt(), 4);
        QCOMPARE(o.value(QStringLiteral("ratings")).toInt(), 7);
        // Units (xy, xy), (z, z), (z, w): nominal alpha = 1 - (n - 1) Do / De with n = 6
        // pairable values, o_zw = o_wz = 1: Do = 2/6, De = (6*6 - 2*2 - 3*3 - 1*1)/(6*5) = 22/30.
        QCOMPARE(alphaOf(o), 1.0 - (2.0 / 6.0) / (22.0 / 30.0));
    }
};

QTEST_GUILESS_MAIN(TestCliRatings)
#include "tst_cli_ratings.moc"
