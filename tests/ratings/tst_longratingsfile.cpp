#include "LongRatingsFile.h"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <string>

using namespace avemo::ratings;

// A file past the size at which LongRatingsFile reads its two halves on two threads must read
// exactly as one reader would: ids in first-seen order, line numbers, problems, and records
// that straddle the middle.
class TestLongRatingsFile : public QObject
{
    Q_OBJECT

private:
    static constexpr std::size_t kRows = 600000; // ~12 MiB: well past the split threshold

    // "item000123,r01,neutral" rows; the rater 'late' and the value 'rare' first appear in the
    // last rows, a row with two fields sits near the end. Returns the file's path.
    std::string writeLarge(const QTemporaryDir &dir, const std::string &middleRecord = {})
    {
        const std::string path = dir.filePath(QStringLiteral("large.csv")).toStdString();
        std::ofstream out(path, std::ios::binary);
        out << "item_id,rater_id,value\n";
        const char *labels[] = {"neutral", "happy", "sad"};
        for (std::size_t i = 0; i < kRows; ++i) {
            if (i == kRows / 2 && !middleRecord.empty())
                out << middleRecord;
            char line[64];
            std::snprintf(line, sizeof line, "item%07zu,r%02zu,%s\n", i / 10, i % 10,
                          labels[i % 3]);
            out << line;
        }
        out << "item9999998,late,rare\n";
        out << "item9999999,only two fields\n";
        return path;
    }

private slots:
    void largeFileReadsAsOneReaderWould()
    {
        QTemporaryDir dir;
        const auto file = LongRatingsFile::read(writeLarge(dir), {});
        QCOMPARE(file.rows.size(), kRows + 1);
        QCOMPARE(file.itemIds.size(), kRows / 10 + 1);
        QCOMPARE(file.itemIds.front(), std::string("item0000000"));
        QCOMPARE(file.itemIds.back(), std::string("item9999998"));
        QCOMPARE(file.raterIds.size(), std::size_t(11));
        QCOMPARE(file.raterIds.back(), std::string("late"));
        QCOMPARE(file.valueTokens, (std::vector<std::string>{"neutral", "happy", "sad", "rare"}));
        // Header on line 1, then one line per row.
        QCOMPARE(file.tokenFirstLine.back(), std::uint32_t(kRows + 2));
        const Rating &last = file.rows.back();
        QCOMPARE(file.itemIds[last.item], std::string("item9999998"));
        QCOMPARE(file.raterIds[last.rater], std::string("late"));
        QCOMPARE(file.valueTokens[last.code], std::string("rare"));
        QCOMPARE(file.problems.total(), std::size_t(1));
        QCOMPARE(file.problems.shown().front().line, kRows + 3);
        // Rows keep the file's order across the halves.
        for (std::size_t k = 0; k < kRows; k += 9973) {
            QCOMPARE(file.rows[k].item, std::uint32_t(k / 10));
            QCOMPARE(file.raterIds[file.rows[k].rater], "r0" + std::to_string(k % 10));
        }
    }

    void quotedNewlineAcrossTheMiddleStaysOneRecord()
    {
        QTemporaryDir dir;
        // A quoted value with many line ends around the middle of the file: the second half's
        // reader may start inside it, so the first reader must carry on alone.
        std::string value = "\"first line";
        for (int k = 0; k < 20000; ++k)
            value += "\nitem,r,x";
        value += "\"";
        const auto file = LongRatingsFile::read(writeLarge(dir, "itemQ,rQ," + value + "\n"), {});
        QCOMPARE(file.rows.size(), kRows + 2);
        QCOMPARE(file.problems.total(), std::size_t(1));
        // The two-field row comes after the 20,000 extra lines of the quoted value.
        QCOMPARE(file.problems.shown().front().line, kRows + 4 + 20000);
        const auto it = std::find(file.itemIds.begin(), file.itemIds.end(), "itemQ");
        QVERIFY(it != file.itemIds.end());
        QCOMPARE(std::count(file.valueTokens.begin(), file.valueTokens.end(),
                            value.substr(1, value.size() - 2)),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestLongRatingsFile)
#include "tst_longratingsfile.moc"
