#include "AvemoTestPaths.h"
#include "MixedModel.h"
#include "MixedModelFixtures.h"

#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <fstream>

using namespace avemo::ratings;
using namespace avemo::ratings::fixtures;

namespace {

// What lme4 (and lmerTest, when installed) says about the same data: key -> value.
QMap<QString, double> refereeFit(const std::vector<SimulatedRating> &rows, const QString &dir)
{
    const QString csv = dir + QStringLiteral("/ratings.csv");
    {
        std::ofstream out(csv.toStdString());
        out.precision(17);
        out << "system,rater,item,score\n";
        for (const auto &r : rows)
            out << r.system << ',' << r.rater << ',' << r.item << ',' << r.score << '\n';
    }
    QProcess r;
    r.start(QStringLiteral("Rscript"),
            {QStringLiteral(AVEMO_SOURCE_DIR "/tests/ratings/lme4-referee.R"), csv});
    if (!r.waitForFinished(120000) || r.exitCode() != 0)
        qFatal("Rscript failed: %s", r.readAllStandardError().constData());
    QMap<QString, double> values;
    const auto lines = QString::fromUtf8(r.readAllStandardOutput()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const auto parts = line.split(QLatin1Char(','));
        if (parts.size() == 2)
            values.insert(parts[0], parts[1].toDouble());
    }
    return values;
}

bool near(double a, double b, double tolerance)
{
    return std::fabs(a - b) <= tolerance;
}

} // namespace

// The independent implementation: lme4's lmer() on the same CSV (Bates et al. 2015), with
// Satterthwaite's df from lmerTest (Kuznetsova et al. 2017). Skips when R or lme4 is absent.
class TestMixedModelLme4 : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("Rscript")).isEmpty())
            QSKIP("Rscript is not installed (Debian: r-cran-lme4)");
        QProcess probe;
        probe.start(QStringLiteral("Rscript"),
                    {QStringLiteral("-e"), QStringLiteral("library(lme4); library(lmerTest)")});
        probe.waitForFinished(60000);
        if (probe.exitCode() != 0)
            QSKIP("R lacks lme4 or lmerTest (Debian: r-cran-lme4 r-cran-lmertest)");
    }

    void matchesLme4_data()
    {
        QTest::addColumn<int>("design");
        QTest::newRow("3 systems, items nested, 60 % rated") << 0;
        QTest::newRow("2 systems, items shared (turns)") << 1;
        QTest::newRow("lenient rater, unbalanced") << 2;
        QTest::newRow("4 systems, sparse") << 3;
    }

    void matchesLme4()
    {
        QFETCH(int, design);
        std::vector<SimulatedRating> rows;
        if (design == 0)
            rows = crossedDesign({3.2, 3.6, 2.9}, 12, 30, 0.6, 11);
        else if (design == 1) {
            rows = crossedDesign({3.0, 3.4}, 10, 25, 0.7, 12);
            for (auto &r : rows) // the same turn answered by both systems: one item per turn
                r.item = r.item.substr(r.item.find('-') + 1);
        } else if (design == 2)
            rows = lenientRaterDesign(5);
        else
            rows = crossedDesign({3.0, 3.1, 3.5, 4.0}, 25, 40, 0.2, 13);

        const auto fit = fitMixedModel(tableOf(rows));
        QVERIFY2(fit, fit.reason().c_str());
        QTemporaryDir dir;
        const auto lme4 = refereeFit(rows, dir.path());
        QVERIFY(lme4.contains(QStringLiteral("reml")));

        const double tolerance = 1e-6;
        double worstEstimate = 0, worstVariance = 0, worstDf = 0;
        QVERIFY(near(fit->remlCriterion, lme4[QStringLiteral("reml")], tolerance));
        const double variances[3] = {fit->raterVariance, fit->itemVariance, fit->residualVariance};
        const char *keys[3] = {"var_rater", "var_item", "var_residual"};
        for (int k = 0; k < 3; ++k) {
            const double theirs = lme4[QString::fromLatin1(keys[k])];
            worstVariance = std::max(worstVariance, std::fabs(variances[k] - theirs));
            QVERIFY2(near(variances[k], theirs, tolerance), keys[k]);
        }
        for (std::size_t g = 0; g < fit->groups.size(); ++g) {
            const QString n = QString::number(g);
            const auto &mine = fit->groups[g];
            worstEstimate = std::max({worstEstimate, std::fabs(mine.estimate - lme4[u"beta_" + n]),
                                      std::fabs(mine.se - lme4[u"se_" + n])});
            QVERIFY(near(mine.estimate, lme4[u"beta_" + n], tolerance));
            QVERIFY(near(mine.se, lme4[u"se_" + n], tolerance));
            const double df = lme4[u"df_" + n];
            worstDf = std::max(worstDf, std::fabs(mine.df - df) / df);
            QVERIFY2(near(mine.df / df, 1.0, 1e-4),
                     qPrintable(QStringLiteral("df %1 vs %2").arg(mine.df).arg(df)));
        }
        for (const auto &c : fit->contrasts) {
            const QString key = QStringLiteral("contrast_%1_%2_").arg(c.a).arg(c.b);
            const double df = lme4[key + u"df"];
            worstDf = std::max(worstDf, std::fabs(c.df - df) / df);
            QVERIFY2(near(c.df / df, 1.0, 1e-4),
                     qPrintable(QStringLiteral("df %1 vs %2").arg(c.df).arg(df)));
            QVERIFY(near(c.p, lme4[key + u"p"], 1e-6));
        }
        qInfo(
            "largest differences from lme4: estimates/SE %.2g, variances %.2g, df (relative) %.2g",
            worstEstimate, worstVariance, worstDf);
    }
};

QTEST_GUILESS_MAIN(TestMixedModelLme4)
#include "tst_mixedmodel_lme4.moc"
