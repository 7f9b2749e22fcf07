#include "CsvReader.h"
#include "export/CsvWriter.h"

#include <QBuffer>
#include <QLocale>
#include <QTest>

#include <charconv>
#include <cmath>
#include <limits>

using namespace avemo;

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void formulaInjectionIsNeutralised_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("cell");
        QTest::newRow("equals") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
        QTest::newRow("plus text") << QStringLiteral("+x") << QStringLiteral("'+x");
        QTest::newRow("minus text") << QStringLiteral("-x") << QStringLiteral("'-x");
        QTest::newRow("at") << QStringLiteral("@x") << QStringLiteral("'@x");
        QTest::newRow("tab") << QStringLiteral("\tx") << QStringLiteral("'\tx");
        QTest::newRow("carriage return") << QStringLiteral("\rx") << QStringLiteral("\"'\rx\"");
        QTest::newRow("formula with comma")
            << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")
            << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        QTest::newRow("lone minus") << QStringLiteral("-") << QStringLiteral("'-");
        QTest::newRow("minus then spaces") << QStringLiteral("- 3") << QStringLiteral("'- 3");
        // Numbers are never changed.
        QTest::newRow("negative number") << QStringLiteral("-3") << QStringLiteral("-3");
        QTest::newRow("positive sign") << QStringLiteral("+3") << QStringLiteral("+3");
        QTest::newRow("negative decimal") << QStringLiteral("-0.25") << QStringLiteral("-0.25");
        QTest::newRow("exponent") << QStringLiteral("-1.5e-3") << QStringLiteral("-1.5e-3");
        QTest::newRow("leading dot") << QStringLiteral("-.5") << QStringLiteral("-.5");
        // Plain text: only RFC 4180 quoting.
        QTest::newRow("plain") << QStringLiteral("happy") << QStringLiteral("happy");
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"")
                               << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("inner equals") << QStringLiteral("a=b") << QStringLiteral("a=b");
        QTest::newRow("unicode") << QStringLiteral("Äpfel – ok") << QStringLiteral("Äpfel – ok");
        QTest::newRow("empty") << QString() << QString();
    }

    void formulaInjectionIsNeutralised()
    {
        QFETCH(QString, text);
        QFETCH(QString, cell);
        const QByteArray utf8 = text.toUtf8();
        const std::string encoded =
            CsvWriter::encodeText(std::string_view(utf8.constData(), std::size_t(utf8.size())));
        QCOMPARE(QString::fromStdString(encoded), cell);
    }

    void numbersAreShortestRoundTripWithADot_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("cell");
        QTest::newRow("negative integer") << -3.0 << QStringLiteral("-3");
        QTest::newRow("tenth") << 0.1 << QStringLiteral("0.1");
        QTest::newRow("third") << 1.0 / 3.0 << QStringLiteral("0.3333333333333333");
        QTest::newRow("large") << 1e21 << QStringLiteral("1e+21");
        QTest::newRow("tiny") << 1e-300 << QStringLiteral("1e-300");
        QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << QString();
        QTest::newRow("infinity") << std::numeric_limits<double>::infinity() << QString();
    }

    void numbersAreShortestRoundTripWithADot()
    {
        QFETCH(double, value);
        QFETCH(QString, cell);
        // Whatever the default locale: German uses ',' as its decimal separator.
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const std::string text = CsvWriter::numberText(value);
        QLocale::setDefault(QLocale::c());
        QCOMPARE(QString::fromStdString(text), cell);
        if (std::isfinite(value)) {
            double back = 0;
            std::from_chars(text.data(), text.data() + text.size(), back);
            QCOMPARE(back, value); // full precision
        }
    }

    void rowsReadBackThroughTheReader()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        CsvWriter csv(buffer);
        for (const char *h : {"text", "number", "integer", "empty"})
            csv.text(QString::fromLatin1(h));
        csv.endRow();
        csv.text(QStringLiteral("two\nlines, \"quoted\""));
        csv.number(-2.5);
        csv.integer(-7);
        csv.empty();
        csv.endRow();
        QVERIFY(csv.flush());
        QCOMPARE(csv.rowsWritten(), 2);
        const auto parsed = CsvReader::parse(buffer.data(), QStringLiteral("buffer.csv"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.table.rows.size(), 1);
        QCOMPARE(parsed.table.rows[0],
                 (QStringList{QStringLiteral("two\nlines, \"quoted\""), QStringLiteral("-2.5"),
                              QStringLiteral("-7"), QString()}));
    }

    void aRefusedWriteIsReported()
    {
        QBuffer buffer; // not open: every write fails
        CsvWriter csv(buffer);
        csv.text(QStringLiteral("x"));
        csv.endRow();
        QVERIFY(!csv.flush());
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
