// report.pdf's tables, laid out exactly as the PDF prints them (ReportPdf::layOut on a real
// QPdfWriter): no word of any cell broken across lines ("syste m", "user_em otion"). Lines
// may end at a space, or after a '-' or '|' inside a long id; never between two letters or
// digits. docs/screenshots/report-charts.png and pdftoppm show the same pages.
#include "ExportFixture.h"
#include "StudyDatabase.h"
#include "export/ReportPdf.h"
#include "export/StudyExporter.h"

#include <QPdfWriter>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

using namespace avemo;

namespace {

// A line of a cell that ends inside a word: "text before|after" where neither side is a
// place a line may break.
QStringList brokenWords(const QTextDocument &document)
{
    QStringList broken;
    const auto isBreak = [](QChar before, QChar after) {
        return before.isSpace() || after.isSpace() || before == u'-' || before == u'|' ||
               before == u'/';
    };
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (!QTextCursor(block).currentTable())
            continue; // outside the tables
        const QTextLayout *layout = block.layout();
        const QString text = block.text();
        for (int l = 0; l + 1 < layout->lineCount(); ++l) {
            const int end = layout->lineAt(l).textStart() + layout->lineAt(l).textLength();
            if (end <= 0 || end >= text.size())
                continue;
            if (!isBreak(text[end - 1], text[end]))
                broken.append(text.left(end) + u'|' + text.mid(end));
        }
    }
    return broken;
}

} // namespace

class TestReportPdf : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_db;

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_db = m_tmp.filePath(QStringLiteral("study.sqlite"));
        ExportFixture fixture;
        QString error;
        QVERIFY2(fixture.build(m_db, error), qPrintable(error));
    }

    // Every table of the report: agreement, systems (categories as columns), most disagreed
    // items, the ten-column correlations, flagged items and stored values left out.
    void noTableBreaksAWord()
    {
        QString error;
        auto db = StudyDatabase::open(m_db, error);
        QVERIFY2(db, qPrintable(error));
        // A value the study does not allow, so the report has its table of those too.
        QVERIFY(QSqlQuery(db->connection())
                    .exec(QStringLiteral("UPDATE response SET value = 'purple' WHERE rowid = 1")));
        ProblemList problems;
        const auto study = StudyRatings::load(*db, error, problems);
        QVERIFY2(study, qPrintable(error));
        QCOMPARE(study->leftOutCount(), std::size_t(1));
        QVERIFY(!study->flags().empty());

        ExportData data;
        data.study = &*study;
        data.options.bootstrapResamples = 20;
        data.questions = StudyStatistics::compute(*study, data.options);
        data.metricsFile = QStringLiteral(AVEMO_DEMO_STUDY_DIR "/metrics.csv");
        data.metrics = MetricsTable::read(data.metricsFile, *study,
                                          ExportData::reservedMetricNames(*study), problems);
        QVERIFY(data.metrics);
        data.computeCorrelations();

        QPdfWriter writer(m_tmp.filePath(QStringLiteral("report.pdf")));
        const ReportPdf::EventDispatcher dispatcher;
        const auto document = ReportPdf::layOut(data, ReportOptions{}, writer);
        for (const char *table : {"Agreement", "Most disagreement", "Automatic metrics",
                                  "Flagged items", "Stored values left out"})
            QVERIFY2(document->toPlainText().contains(QString::fromLatin1(table)), table);
        const QStringList broken = brokenWords(*document);
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(u'\n')));
    }
};

QTEST_MAIN(TestReportPdf)
#include "tst_reportpdf.moc"
