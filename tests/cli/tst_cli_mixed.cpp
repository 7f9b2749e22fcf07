#include "AvemoTestPaths.h"
#include "CliRun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

// `avemo-cli mos --model mixed`: the REML mixed model through the real binary, on the published
// Penicillin example and on a design where a lenient rater rated one system more.
class TestCliMixed : public QObject
{
    Q_OBJECT

private:
    using Run = cli_test::Run;

    static Run cli(const QStringList &args) { return cli_test::cli(args); }

    // Two systems, 20 replies each, 4 raters. Rater "kind" adds +2 and rated 16 of A's replies
    // but 4 of B's; the others rated every reply. True B - A = 1 (A 3, B 4); replies add a
    // deterministic +-0.25 and each rating a +-0.1 pattern.
    QString lenientCsv()
    {
        const QString path = m_tmp.filePath(QStringLiteral("lenient.csv"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write("item_id,rater_id,value,system\n");
        const char *raters[4] = {"kind", "r1", "r2", "r3"};
        for (int s = 0; s < 2; ++s)
            for (int i = 0; i < 20; ++i) {
                const double reply = (i % 2 ? 0.25 : -0.25);
                for (int r = 0; r < 4; ++r) {
                    if (r == 0 && (s == 0 ? i >= 16 : i >= 4))
                        continue;
                    const double value =
                        3.0 + s + reply + (r == 0 ? 2.0 : 0.0) + ((i + r) % 3 - 1) * 0.1;
                    f.write(QStringLiteral("%1%2,%3,%4,%5\n")
                                .arg(QLatin1Char(s ? 'B' : 'A'))
                                .arg(i)
                                .arg(QLatin1String(raters[r]))
                                .arg(value)
                                .arg(QLatin1Char(s ? 'B' : 'A'))
                                .toUtf8());
                }
            }
        return path;
    }

    QTemporaryDir m_tmp;

private slots:
    // Bates (2010), lme4 book ch. 2, Penicillin (plates as raters, samples as items): variances
    // plate 0.7169, sample 3.7311 (3.7309 with today's optimiser), residual 0.3024; intercept
    // 22.9722, SE 0.8086.
    void penicillinThroughTheCli()
    {
        const Run r =
            cli({QStringLiteral("mos"), QStringLiteral("--ratings"),
                 QStringLiteral(AVEMO_SOURCE_DIR "/tests/cli/data/penicillin.csv"),
                 QStringLiteral("--model"), QStringLiteral("mixed"), QStringLiteral("--json")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QJsonObject mixed = r.json().value(QStringLiteral("mixed_model")).toObject();
        QCOMPARE(mixed.value(QStringLiteral("df_method")).toString(),
                 QStringLiteral("Satterthwaite"));
        auto variance = [&](const char *key) {
            return mixed.value(QLatin1String(key))
                .toObject()
                .value(QStringLiteral("variance"))
                .toDouble();
        };
        QVERIFY(std::fabs(variance("rater") - 0.7169) < 1e-4);
        QVERIFY(std::fabs(variance("item") - 3.7311) < 3e-4);
        QVERIFY(std::fabs(variance("residual") - 0.3024) < 1e-4);
        const QJsonObject all = mixed.value(QStringLiteral("groups")).toArray().first().toObject();
        QVERIFY(std::fabs(all.value(QStringLiteral("estimate")).toDouble() - 22.9722) < 1e-4);
        QVERIFY(std::fabs(all.value(QStringLiteral("se")).toDouble() - 0.8086) < 1e-4);
    }

    // The plain MOS difference is pulled towards A by the lenient rater; the mixed estimate is
    // not, and its contrast carries SE, df, p and the Holm p.
    void lenientRaterMixedVersusPlain()
    {
        const Run r =
            cli({QStringLiteral("mos"), QStringLiteral("--ratings"), lenientCsv(),
                 QStringLiteral("--by"), QStringLiteral("system"), QStringLiteral("--model"),
                 QStringLiteral("mixed"), QStringLiteral("--json")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QJsonObject json = r.json();
        const QJsonArray plain = json.value(QStringLiteral("groups")).toArray();
        const double plainDifference = plain[1].toObject().value(QStringLiteral("mos")).toDouble() -
                                       plain[0].toObject().value(QStringLiteral("mos")).toDouble();
        const QJsonObject mixed = json.value(QStringLiteral("mixed_model")).toObject();
        const QJsonObject contrast =
            mixed.value(QStringLiteral("contrasts")).toArray().first().toObject();
        QCOMPARE(contrast.value(QStringLiteral("a")).toString(), QStringLiteral("A"));
        QVERIFY(plainDifference < 0.8);
        QVERIFY2(std::fabs(-contrast.value(QStringLiteral("estimate")).toDouble() - 1.0) < 0.05,
                 qPrintable(r.out));
        for (const char *key : {"se", "df", "t", "p", "p_holm"})
            QVERIFY2(contrast.value(QLatin1String(key)).isDouble(), key);
        QCOMPARE(contrast.value(QStringLiteral("p_holm")).toDouble(),
                 contrast.value(QStringLiteral("p")).toDouble()); // one pair: Holm changes nothing

        const Run text = cli({QStringLiteral("mos"), QStringLiteral("--ratings"), lenientCsv(),
                              QStringLiteral("--by"), QStringLiteral("system"),
                              QStringLiteral("--model"), QStringLiteral("mixed")});
        QVERIFY(text.out.contains(QStringLiteral("mixed model: score ~ system")));
        QVERIFY(text.out.contains(QStringLiteral("p(Holm)")));
    }

    // Scores that are exactly system + rater (each rater's offset the same for every reply)
    // leave no residual variation and the mixed model no estimate: the command still prints
    // the plain MOS, exits 0 and says why in the text and in JSON's "reason".
    void exactlyAdditiveScoresGetAReasonNotAFit()
    {
        const QString path = m_tmp.filePath(QStringLiteral("additive.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("item_id,rater_id,value,system\n");
        for (int s = 0; s < 2; ++s)
            for (int i = 0; i < 6; ++i)
                for (int r = 0; r < 4; ++r)
                    if ((i + r) % 4 != 0)
                        f.write(QStringLiteral("%1%2,r%3,%4,%1\n")
                                    .arg(QLatin1Char(s ? 'B' : 'A'))
                                    .arg(i)
                                    .arg(r)
                                    .arg(2 + s + r % 2)
                                    .toUtf8());
        f.close();
        const QStringList args{
            QStringLiteral("mos"),  QStringLiteral("--ratings"), path,
            QStringLiteral("--by"), QStringLiteral("system"),    QStringLiteral("--model"),
            QStringLiteral("mixed")};
        const Run text = cli(args);
        QVERIFY2(text.status == 0, qPrintable(text.err));
        QVERIFY2(text.out.contains(QStringLiteral("no residual variation")), qPrintable(text.out));
        const Run json = cli(args + QStringList{QStringLiteral("--json")});
        QVERIFY2(json.status == 0, qPrintable(json.err));
        const QJsonObject mixed = json.json().value(QStringLiteral("mixed_model")).toObject();
        QVERIFY(mixed.value(QStringLiteral("reason"))
                    .toString()
                    .startsWith(QStringLiteral("no residual variation")));
        QVERIFY(!mixed.contains(QStringLiteral("groups")));
        QCOMPARE(json.json().value(QStringLiteral("groups")).toArray().size(), 2); // plain MOS
    }

    void plainIsTheDefaultAndBadModelIsRefused()
    {
        const Run plain = cli({QStringLiteral("mos"), QStringLiteral("--ratings"), lenientCsv(),
                               QStringLiteral("--json")});
        QVERIFY2(plain.status == 0, qPrintable(plain.err));
        QVERIFY(!plain.json().contains(QStringLiteral("mixed_model")));
        const Run bad = cli({QStringLiteral("mos"), QStringLiteral("--ratings"), lenientCsv(),
                             QStringLiteral("--model"), QStringLiteral("lmer")});
        QCOMPARE(bad.status, 2);
        QVERIFY(bad.err.contains(QStringLiteral("--model must be plain or mixed")));
    }
};

QTEST_GUILESS_MAIN(TestCliMixed)
#include "tst_cli_mixed.moc"
