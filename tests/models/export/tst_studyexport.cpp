#include "CohenKappa.h"
#include "ExportChecks.h"
#include "ExportFixture.h"
#include "FleissKappa.h"
#include "ItemDisagreement.h"
#include "KrippendorffAlpha.h"
#include "MixedModel.h"
#include "Mos.h"
#include "export/CsvWriter.h"
#include "export/StudyExporter.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace avemo;

// The export of a real study database, read back and checked value by value against the
// statistics engine fed directly from the answers the fixture submitted.
class TestStudyExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_db, m_out;
    ExportFixture m_fixture;
    QList<StoredItem> m_items;
    StudyDefinition m_definition;
    static constexpr std::size_t kResamples = 200;
    static constexpr std::uint64_t kSeed = 7;

    ExportOptions options() const
    {
        ExportOptions o;
        o.statistics.bootstrapResamples = kResamples;
        o.statistics.seed = kSeed;
        return o;
    }

    // The engine's table for one question, built from the fixture's own record of what was
    // submitted: items in items.csv order, raters sorted, systems as groups.
    ratings::RatingTable engineTable(const QString &questionId, bool includeGold) const
    {
        const Question *q = m_definition.question(questionId);
        std::vector<double> points;
        QStringList categories;
        if (q->kind == QuestionKind::Categorical) {
            for (const Category &c : m_definition.labelSet(q->labelSet)->categories)
                categories.append(c.id);
            for (int i = 0; i < categories.size(); ++i)
                points.push_back(i);
        } else {
            for (int i = 0; i < q->scale.pointCount(); ++i)
                points.push_back(q->scale.point(i));
        }
        ratings::RatingTableBuilder builder(ratings::Scale::fromPoints(points));
        for (const StoredItem &item : m_items) {
            if (item.item.isGold() && !includeGold)
                continue;
            for (const QString &rater : m_fixture.raters) {
                const QString v = m_fixture.value(item.item.itemId, rater, questionId);
                if (v.isEmpty() || rater == m_fixture.excludedRater)
                    continue;
                builder.add(item.item.itemId.toStdString(), rater.toStdString(),
                            categories.isEmpty() ? v.toDouble() : categories.indexOf(v),
                            item.item.system.toStdString());
            }
        }
        auto table = builder.build();
        Q_ASSERT(table);
        return std::move(table.value());
    }

    QStringList statisticsQuestions() const
    {
        QStringList ids;
        for (const Question &q : m_definition.questions)
            if (q.kind != QuestionKind::Text)
                ids.append(q.id);
        return ids;
    }

private slots:
    void initTestCase()
    {
        m_db = m_tmp.filePath(QStringLiteral("study.sqlite"));
        QString error;
        QVERIFY2(m_fixture.build(m_db, error), qPrintable(error));
        auto db = StudyDatabase::open(m_db, error);
        QVERIFY(db);
        QVERIFY(StudyReader(*db).items(m_items, error));
        QVERIFY(StudyReader(*db).definition(m_definition, error));
        m_out = m_tmp.filePath(QStringLiteral("out"));
        const auto summary = StudyExporter::run(m_db, m_out, options());
        QVERIFY2(summary.ok, qPrintable(summary.error));
        QCOMPARE(
            QDir(m_out).entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot),
            (QStringList{QStringLiteral("agreement.csv"), QStringLiteral("export.json"),
                         QStringLiteral("flags.csv"), QStringLiteral("items.csv"),
                         QStringLiteral("ratings.csv"), QStringLiteral("report.html"),
                         QStringLiteral("systems.csv")}));
    }

    // Ctrl+K flags reach the coordinator: one row each, the item and rater as in ratings.csv,
    // the reason as the rater wrote it (formula-guarded like every text cell).
    void flagsCsvListsEveryFlag()
    {
        const auto csv = CsvFile::read(QDir(m_out).filePath(QStringLiteral("flags.csv")));
        QVERIFY(csv.ok);
        QCOMPARE(
            csv.table.header,
            (QStringList{QStringLiteral("item_id"), QStringLiteral("dialogue_id"),
                         QStringLiteral("turn"), QStringLiteral("system"), QStringLiteral("gold"),
                         QStringLiteral("rater_id"), QStringLiteral("excluded"),
                         QStringLiteral("reason"), QStringLiteral("flagged_at")}));
        QCOMPARE(csv.table.rows.size(), m_fixture.flags.size());
        for (const ExportFixture::Flag &flag : std::as_const(m_fixture.flags)) {
            const qsizetype row = csv.find(
                {{QStringLiteral("item_id"), flag.item}, {QStringLiteral("rater_id"), flag.rater}});
            QVERIFY2(row >= 0, qPrintable(flag.item));
            QString reason = flag.reason;
            if (reason.startsWith(u'='))
                reason.prepend(u'\'');
            QCOMPARE(csv.cell(row, QStringLiteral("reason")), reason);
            QCOMPARE(csv.cell(row, QStringLiteral("excluded")),
                     flag.rater == m_fixture.excludedRater ? QStringLiteral("1")
                                                           : QStringLiteral("0"));
            const auto it = std::find_if(m_items.begin(), m_items.end(),
                                         [&](const auto &s) { return s.item.itemId == flag.item; });
            QCOMPARE(csv.cell(row, QStringLiteral("system")), it->item.system);
            QCOMPARE(csv.cell(row, QStringLiteral("dialogue_id")), it->item.dialogueId);
            QVERIFY(QDateTime::fromString(csv.cell(row, QStringLiteral("flagged_at")),
                                          Qt::ISODateWithMs)
                        .isValid());
        }
        // Sorted like ratings.csv: by item (items.csv order), then rater.
        QStringList order;
        for (const StoredItem &item : std::as_const(m_items))
            for (const QString &rater : std::as_const(m_fixture.raters))
                for (const auto &flag : std::as_const(m_fixture.flags))
                    if (flag.item == item.item.itemId && flag.rater == rater)
                        order.append(flag.item + u'/' + flag.rater);
        QStringList exported;
        for (qsizetype r = 0; r < csv.table.rows.size(); ++r)
            exported.append(csv.cell(r, QStringLiteral("item_id")) + u'/' +
                            csv.cell(r, QStringLiteral("rater_id")));
        QCOMPARE(exported, order);
    }

    void reportListsTheFlags()
    {
        QFile html(QDir(m_out).filePath(QStringLiteral("report.html")));
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(html.readAll());
        QVERIFY(text.contains(QLatin1String("<h2>Flagged items</h2>")));
        for (const ExportFixture::Flag &flag : std::as_const(m_fixture.flags))
            QVERIFY2(text.contains(QStringLiteral("<td>%1</td>").arg(flag.item)) &&
                         text.contains(flag.reason.toHtmlEscaped()),
                     qPrintable(flag.reason));
    }

    // export.json, written last, names every file with its size and row count.
    void manifestDescribesTheFolder()
    {
        QFile file(QDir(m_out).filePath(QStringLiteral("export.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject manifest = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(manifest.value(QStringLiteral("format")).toString(),
                 QStringLiteral("avemo-export"));
        QCOMPARE(manifest.value(QStringLiteral("study_id")).toString(), m_definition.id);
        QStringList names;
        for (const QJsonValue &v : manifest.value(QStringLiteral("files")).toArray()) {
            const QJsonObject f = v.toObject();
            const QString name = f.value(QStringLiteral("name")).toString();
            names.append(name);
            const QString path = QDir(m_out).filePath(name);
            QCOMPARE(f.value(QStringLiteral("bytes")).toInteger(), QFileInfo(path).size());
            if (name.endsWith(QLatin1String(".csv")))
                QCOMPARE(f.value(QStringLiteral("rows")).toInteger(),
                         qint64(CsvFile::read(path).table.rows.size()));
        }
        names.sort();
        QStringList onDisk = QDir(m_out).entryList(QDir::Files);
        onDisk.removeOne(QStringLiteral("export.json"));
        QCOMPARE(names, onDisk);
    }

    void ratingsCsvHasEveryResponseWithItsFlags()
    {
        const auto csv = CsvFile::read(QDir(m_out).filePath(QStringLiteral("ratings.csv")));
        QVERIFY(csv.ok);
        QCOMPARE(csv.table.rows.size(), m_fixture.answers.size());
        int excluded = 0, gold = 0;
        for (qsizetype r = 0; r < csv.table.rows.size(); ++r) {
            const QString item = csv.cell(r, QStringLiteral("item_id"));
            const QString rater = csv.cell(r, QStringLiteral("rater_id"));
            const QString question = csv.cell(r, QStringLiteral("question_id"));
            QString expected = m_fixture.value(item, rater, question);
            if (question == QLatin1String("comment") &&
                !CsvWriter::isPlainNumber(expected.toStdString()) &&
                QStringLiteral("=+-@\t\r").contains(expected.front()))
                expected.prepend(QLatin1Char('\'')); // neutralised (tst_csvwriter)
            QCOMPARE(csv.cell(r, QStringLiteral("value")), expected);
            QCOMPARE(csv.cell(r, QStringLiteral("study_id")), m_definition.id);
            const Question *q = m_definition.question(question);
            if (q->kind == QuestionKind::Categorical) {
                const LabelSet *set = m_definition.labelSet(q->labelSet);
                QCOMPARE(csv.cell(r, QStringLiteral("label")),
                         set->categories[set->indexOf(expected)].label);
            } else if (q->kind == QuestionKind::Mos) {
                QCOMPARE(csv.number(r, QStringLiteral("score")), expected.toDouble());
            }
            const bool isExcluded = rater == m_fixture.excludedRater;
            QCOMPARE(csv.cell(r, QStringLiteral("excluded")),
                     isExcluded ? QStringLiteral("1") : QStringLiteral("0"));
            const auto it = std::find_if(m_items.begin(), m_items.end(),
                                         [&](const auto &s) { return s.item.itemId == item; });
            QVERIFY(it != m_items.end());
            QCOMPARE(csv.cell(r, QStringLiteral("gold")),
                     it->item.isGold() ? QStringLiteral("1") : QStringLiteral("0"));
            QCOMPARE(csv.cell(r, QStringLiteral("system")), it->item.system);
            excluded += isExcluded;
            gold += it->item.isGold();
        }
        QVERIFY(excluded > 0); // the excluded rater is still listed
        QVERIFY(gold > 0);
    }

    void itemsCsvMatchesTheEngine()
    {
        const auto csv = CsvFile::read(QDir(m_out).filePath(QStringLiteral("items.csv")));
        QVERIFY(csv.ok);
        QCOMPARE(csv.table.rows.size(), m_items.size() * statisticsQuestions().size());
        for (const QString &question : statisticsQuestions()) {
            const auto table = engineTable(question, true); // items.csv lists gold items too
            const ratings::MosAnalysis mos(table, false);
            const auto disagreements = ratings::itemDisagreements(table);
            const bool categorical =
                m_definition.question(question)->kind == QuestionKind::Categorical;
            for (std::size_t i = 0; i < table.itemCount(); ++i) {
                const QString item = QString::fromStdString(table.itemId(i));
                const qsizetype row = csv.find(
                    {{QStringLiteral("item_id"), item}, {QStringLiteral("question_id"), question}});
                QVERIFY(row >= 0);
                const auto &d = disagreements[i];
                QCOMPARE(csv.number(row, QStringLiteral("n")), double(d.ratings));
                COMPARE_NUMBER(csv.number(row, QStringLiteral("disagreement")),
                               categorical ? d.entropyBits : d.range);
                QCOMPARE(csv.cell(row, QStringLiteral("tie")),
                         d.tie() ? QStringLiteral("1") : QStringLiteral("0"));
                QCOMPARE(csv.cell(row, QStringLiteral("majority")).split(QLatin1Char('|')).size(),
                         qsizetype(d.majorityValues.size()));
                if (categorical)
                    continue;
                const auto m = mos.ofItem(i);
                COMPARE_NUMBER(csv.number(row, QStringLiteral("mos")), m->mean);
                COMPARE_NUMBER(csv.number(row, QStringLiteral("sd")), m->sd);
                COMPARE_NUMBER(csv.number(row, QStringLiteral("ci95_low")), m->ciLow);
                COMPARE_NUMBER(csv.number(row, QStringLiteral("ci95_high")), m->ciHigh);
            }
        }
        const qsizetype adjudicated =
            csv.find({{QStringLiteral("item_id"), m_fixture.adjudicatedItem},
                      {QStringLiteral("question_id"), QStringLiteral("user_emotion")}});
        QCOMPARE(csv.cell(adjudicated, QStringLiteral("adjudicated")), QStringLiteral("angry"));
    }

    void systemsCsvMatchesTheEngine()
    {
        const auto csv = CsvFile::read(QDir(m_out).filePath(QStringLiteral("systems.csv")));
        QVERIFY(csv.ok);
        for (const QString &question : statisticsQuestions()) {
            const auto table = engineTable(question, false); // no gold, no excluded rater
            const ratings::MosAnalysis mos(table, false);
            const bool numeric = m_definition.question(question)->kind != QuestionKind::Categorical;
            const auto mixed = numeric ? ratings::fitMixedModel(table)
                                       : ratings::Result<ratings::MixedModelFit>::fail({});
            for (std::size_t g = 0; g < table.groupCount(); ++g) {
                const QString system = QString::fromStdString(table.groupId(g));
                const qsizetype row = csv.find({{QStringLiteral("system"), system},
                                                {QStringLiteral("question_id"), question}});
                QVERIFY(row >= 0);
                const auto m = mos.ofGroup(g);
                QCOMPARE(csv.number(row, QStringLiteral("n")), double(m->n));
                if (m_definition.question(question)->kind == QuestionKind::Categorical) {
                    std::size_t neutral = 0;
                    for (const auto &r : table.ratings())
                        neutral += r.group == g && r.value == 0.0;
                    COMPARE_NUMBER(csv.number(row, QStringLiteral("share_neutral")),
                                   double(neutral) / double(m->n));
                    continue;
                }
                COMPARE_NUMBER(csv.number(row, QStringLiteral("mos")), m->mean);
                COMPARE_NUMBER(csv.number(row, QStringLiteral("sd")), m->sd);
                COMPARE_NUMBER(csv.number(row, QStringLiteral("ci95_low")), m->ciLow);
                COMPARE_NUMBER(csv.number(row, QStringLiteral("ci95_high")), m->ciHigh);
                const auto boot = mos.groupBootstrap(g, kResamples, kSeed);
                COMPARE_NUMBER(csv.number(row, QStringLiteral("boot_ci95_low")), boot->low);
                COMPARE_NUMBER(csv.number(row, QStringLiteral("boot_ci95_high")), boot->high);
                // The mixed model, one fit per question over its systems. Without a fit the
                // reason is the note and no mixed number is written.
                if (!mixed) {
                    QCOMPARE(csv.cell(row, QStringLiteral("mixed_note")),
                             QString::fromStdString(mixed.reason()));
                    QVERIFY(!mixed.reason().empty());
                    QVERIFY(csv.cell(row, QStringLiteral("mixed_estimate")).isEmpty());
                    QVERIFY(csv.cell(row, QStringLiteral("mixed_residual_var")).isEmpty());
                    continue;
                }
                const auto &e = mixed->groups[g];
                // The exporter numbers items and raters in its own order, so the same fit
                // rounds differently: estimates agree to ~1e-12, the Satterthwaite df (nested
                // numerical derivatives) to ~1e-9. Far below what the fit itself can claim.
                auto near = [&](const char *column, double engine, double relative) {
                    const double exported = csv.number(row, QString::fromLatin1(column));
                    return std::fabs(exported - engine) <=
                           relative * std::max(1.0, std::fabs(engine));
                };
                QVERIFY(near("mixed_estimate", e.estimate, 1e-9));
                QVERIFY(near("mixed_se", e.se, 1e-9));
                QVERIFY2(near("mixed_df", e.df, 1e-7), qPrintable(system));
                QVERIFY(near("mixed_ci95_low", e.ciLow, 1e-9));
                QVERIFY(near("mixed_ci95_high", e.ciHigh, 1e-9));
                QVERIFY(near("mixed_rater_var", mixed->raterVariance, 1e-9));
                QVERIFY(near("mixed_item_var", mixed->itemVariance, 1e-9));
                QVERIFY(near("mixed_residual_var", mixed->residualVariance, 1e-9));
            }
        }
    }

    // The fixture's naturalness scores are exactly system + rater (ExportFixture: base + r % 2),
    // which leaves the mixed model without an estimate (R's lme4 fails on them too); the export
    // still succeeds and says why in mixed_note, while appropriateness gets its fit.
    void systemsCsvSaysWhyAQuestionHasNoMixedFit()
    {
        const auto csv = CsvFile::read(QDir(m_out).filePath(QStringLiteral("systems.csv")));
        QVERIFY(csv.ok);
        int withoutFit = 0, withFit = 0;
        for (qsizetype row = 0; row < csv.table.rows.size(); ++row) {
            const QString question = csv.cell(row, QStringLiteral("question_id"));
            const QString note = csv.cell(row, QStringLiteral("mixed_note"));
            if (question == QLatin1String("naturalness")) {
                QVERIFY2(note.startsWith(QStringLiteral("no residual variation")),
                         qPrintable(note));
                ++withoutFit;
            } else if (question == QLatin1String("appropriateness")) {
                QVERIFY(!csv.cell(row, QStringLiteral("mixed_estimate")).isEmpty());
                ++withFit;
            }
        }
        QVERIFY(withoutFit > 0 && withFit > 0);
    }

    // The mixed columns come last: every column analysts already read keeps its position.
    void systemsCsvKeepsItsOldColumnsFirst()
    {
        QFile f(QDir(m_out).filePath(QStringLiteral("systems.csv")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString header = QString::fromUtf8(f.readLine()).trimmed();
        QVERIFY2(header.startsWith(QStringLiteral(
                     "system,question_id,kind,n,n_items,n_raters,mos,sd,ci95_low,ci95_high,"
                     "boot_ci95_low,boot_ci95_high,boot_resamples,boot_seed,boot_note,share_")),
                 qPrintable(header));
        QVERIFY2(header.endsWith(QStringLiteral(
                     ",mixed_estimate,mixed_se,mixed_df,mixed_ci95_low,mixed_ci95_high,"
                     "mixed_rater_var,mixed_item_var,mixed_residual_var,mixed_note")),
                 qPrintable(header));
    }

    void agreementCsvMatchesTheEngine()
    {
        const auto csv = CsvFile::read(QDir(m_out).filePath(QStringLiteral("agreement.csv")));
        QVERIFY(csv.ok);
        QCOMPARE(csv.table.rows.size(), statisticsQuestions().size());
        for (const QString &question : statisticsQuestions()) {
            const bool categorical =
                m_definition.question(question)->kind == QuestionKind::Categorical;
            const auto level = categorical ? ratings::Level::Nominal : ratings::Level::Interval;
            const auto table = engineTable(question, false);
            const qsizetype row = csv.find({{QStringLiteral("question_id"), question}});
            QCOMPARE(csv.cell(row, QStringLiteral("level")),
                     categorical ? QStringLiteral("nominal") : QStringLiteral("interval"));
            QCOMPARE(csv.number(row, QStringLiteral("n_raters")), double(table.raterCount()));
            QCOMPARE(csv.number(row, QStringLiteral("n_items")), double(table.itemCount()));
            const auto alpha = ratings::krippendorffAlpha(table, level);
            QVERIFY2(alpha, alpha.reason().c_str()); // the fixture has spread on every question
            COMPARE_NUMBER(csv.number(row, QStringLiteral("alpha")), alpha->alpha);
            const auto ci = ratings::krippendorffAlphaBootstrap(table, level, kResamples, kSeed);
            QVERIFY(ci);
            COMPARE_NUMBER(csv.number(row, QStringLiteral("alpha_ci95_low")), ci->low);
            COMPARE_NUMBER(csv.number(row, QStringLiteral("alpha_ci95_high")), ci->high);
            const auto fleiss = ratings::fleissKappa(table);
            if (fleiss)
                COMPARE_NUMBER(csv.number(row, QStringLiteral("fleiss_kappa")), fleiss->kappa);
            else // r06 rates every other item: not a fixed number of ratings per item
                QVERIFY(csv.cell(row, QStringLiteral("fleiss_note"))
                            .startsWith(QLatin1String("not applicable")));
            const auto cohen =
                ratings::cohenKappaPairs(table, categorical ? ratings::KappaWeights::None
                                                            : ratings::KappaWeights::Quadratic);
            QVERIFY(cohen && cohen->mean);
            COMPARE_NUMBER(csv.number(row, QStringLiteral("cohen_kappa_mean")), *cohen->mean);
            QCOMPARE(csv.number(row, QStringLiteral("cohen_pairs")), double(cohen->definedPairs));
        }
    }

    void anotherLocaleWritesTheSameBytes()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QString out = m_tmp.filePath(QStringLiteral("out-de"));
        const auto summary = StudyExporter::run(m_db, out, options());
        QLocale::setDefault(before);
        QVERIFY2(summary.ok, qPrintable(summary.error));
        for (const QString &name :
             {QStringLiteral("ratings.csv"), QStringLiteral("items.csv"),
              QStringLiteral("systems.csv"), QStringLiteral("agreement.csv")}) {
            QFile a(QDir(m_out).filePath(name)), b(QDir(out).filePath(name));
            QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
            QCOMPARE(b.readAll(), a.readAll());
        }
        const auto csv = CsvFile::read(QDir(out).filePath(QStringLiteral("agreement.csv")));
        const QString mos =
            csv.cell(csv.find({{QStringLiteral("question_id"), QStringLiteral("user_emotion")}}),
                     QStringLiteral("alpha"));
        QVERIFY2(mos.contains(QLatin1Char('.')) && !mos.contains(QLatin1Char(',')),
                 qPrintable(mos));
    }

    void cancellingLeavesTheFolderAsItWas()
    {
        const QString out = m_tmp.filePath(QStringLiteral("out-cancel"));
        std::atomic<bool> cancel{false};
        QList<qint64> progress;
        TaskControl control;
        control.cancelled = [&] { return cancel.load(); };
        control.progress = [&](qint64 done, qint64) {
            progress.append(done);
            if (done >= 500)
                cancel = true;
        };
        const auto summary = StudyExporter::run(m_db, out, options(), control);
        QVERIFY(!summary.ok);
        QVERIFY(summary.cancelled);
        QVERIFY(std::is_sorted(progress.begin(), progress.end()));
        QCOMPARE(
            QDir(out).entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot),
            QStringList());
    }

    void aFailedExportKeepsThePreviousOne()
    {
        QFile before(QDir(m_out).filePath(QStringLiteral("ratings.csv")));
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray bytes = before.readAll();
        ExportOptions o = options();
        o.metricsPath =
            QStringLiteral(AVEMO_SOURCE_DIR "/tests/models/export/data/metrics-not-numeric.csv");
        const auto summary = StudyExporter::run(m_db, m_out, o);
        QVERIFY(!summary.ok);
        QFile after(QDir(m_out).filePath(QStringLiteral("ratings.csv")));
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), bytes);
        QVERIFY(!QFile::exists(QDir(m_out).filePath(QStringLiteral("items_with_metrics.csv"))));
    }

    void pdfReport()
    {
        const QString out = m_tmp.filePath(QStringLiteral("out-pdf"));
        ExportOptions o = options();
        o.pdf = true;
        o.report.questionExtras = [](std::size_t) {
            return QStringLiteral("<p class=\"chart\">chart here</p>");
        };
        const auto summary = StudyExporter::run(m_db, out, o);
        QVERIFY2(summary.ok, qPrintable(summary.error));
        QFile pdf(QDir(out).filePath(QStringLiteral("report.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QFile html(QDir(out).filePath(QStringLiteral("report.html")));
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QByteArray text = html.readAll();
        QVERIFY(text.contains("chart here"));
        QVERIFY(!text.contains("<script") && !text.contains("src=\"http"));
        QVERIFY(text.contains("fails gold items")); // the exclusion and its reason are reported
    }
};

QTEST_MAIN(TestStudyExport)
#include "tst_studyexport.moc"
