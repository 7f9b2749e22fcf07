#include "CsvReader.h"

#include <QTest>

using namespace avemo;

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void readsQuotedFieldsWithCommasQuotesAndNewlines()
    {
        const auto r = CsvReader::parse(
            "a,b,c\n1,\"x, y\",\"say \"\"hi\"\"\"\n2,\"two\nlines\",z\n", QStringLiteral("f.csv"));
        QVERIFY(r.ok());
        QCOMPARE(r.table.header,
                 (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(r.table.rows.size(), 2);
        QCOMPARE(r.table.rows[0][1], QStringLiteral("x, y"));
        QCOMPARE(r.table.rows[0][2], QStringLiteral("say \"hi\""));
        QCOMPARE(r.table.rows[1][1], QStringLiteral("two\nlines"));
        QCOMPARE(r.table.rowLines, (QList<int>{2, 3}));
    }

    void acceptsBomAndCrlf()
    {
        const auto r = CsvReader::parse("\xEF\xBB\xBFid,v\r\n1,\"a\r\nb\"\r\n2,c\r\n",
                                        QStringLiteral("f.csv"));
        QVERIFY(r.ok());
        QCOMPARE(r.table.header.first(), QStringLiteral("id")); // no BOM in the first name
        QCOMPARE(r.table.rows[0][1], QStringLiteral("a\nb"));
        QCOMPARE(r.table.rows[1][0], QStringLiteral("2"));
        QCOMPARE(r.table.rowLines, (QList<int>{2, 4}));
    }

    void keepsUnicodeAndEmptyFields()
    {
        const auto r =
            CsvReader::parse("id,text\n1,\xE4\xBD\xA0\xE5\xA5\xBD\n2,\n", QStringLiteral("f.csv"));
        QVERIFY(r.ok());
        QCOMPARE(r.table.rows[0][1], QString::fromUtf8("\xE4\xBD\xA0\xE5\xA5\xBD"));
        QCOMPARE(r.table.rows[1][1], QString());
    }

    void skipsBlankLinesAndAcceptsMissingFinalNewline()
    {
        const auto r = CsvReader::parse("id\n\n1\n\n2", QStringLiteral("f.csv"));
        QVERIFY(r.ok());
        QCOMPARE(r.table.rows.size(), 2);
        QCOMPARE(r.table.rowLines, (QList<int>{3, 5}));
    }

    void rejectsBadInputNamingTheLine_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");
        QTest::newRow("stray quote")
            << QByteArray("a,b\n1,x\"y\n")
            << QStringLiteral(
                   "f.csv:2:2: error: a double quote inside an unquoted field "
                   "(expected the whole field in double quotes, with inner quotes doubled)");
        QTest::newRow("unterminated")
            << QByteArray("a,b\n1,2\n3,\"open\n")
            << QStringLiteral("f.csv:3:2: error: quoted field is never closed (expected a "
                              "closing double quote before the end of the file)");
        QTest::newRow("after quote")
            << QByteArray("a,b\n\"x\"y,2\n")
            << QStringLiteral("f.csv:2:1: error: unexpected character after a closing quote "
                              "(expected a comma or a line end)");
        QTest::newRow("field count")
            << QByteArray("a,b\n1,2,3\n")
            << QStringLiteral("f.csv:2:3: error: row has 3 fields (expected 2, as in the header)");
        QTest::newRow("bare CR")
            << QByteArray("a,b\r1,2\r")
            << QStringLiteral("f.csv:1:2: error: carriage return without a line feed (expected LF "
                              "or CRLF line ends)");
        // Encoding errors name the field like every other problem, not a byte on the line.
        QTest::newRow("latin-1")
            << QByteArray("a,b\n1,caf\xe9\n")
            << QStringLiteral("f.csv:2:2: error: invalid UTF-8 byte 0xe9 (expected a UTF-8 text "
                              "file; re-save it as UTF-8)");
        QTest::newRow("latin-1 after a quoted comma")
            << QByteArray("a,b,c\n\"x, y\",\"z\nw\",caf\xe9\n")
            << QStringLiteral("f.csv:3:3: error: invalid UTF-8 byte 0xe9 (expected a UTF-8 text "
                              "file; re-save it as UTF-8)");
        QTest::newRow("overlong")
            << QByteArray("a\n\xc0\xaf\n")
            << QStringLiteral("f.csv:2:1: error: invalid UTF-8 byte 0xc0 (expected a UTF-8 text "
                              "file; re-save it as UTF-8)");
        QTest::newRow("truncated sequence")
            << QByteArray("a\nx\xe4\xbd")
            << QStringLiteral("f.csv:2:1: error: invalid UTF-8 byte 0xe4 (expected a "
                              "UTF-8 text file; re-save it as UTF-8)");
        // A quote left open swallows the following rows until a later quote closes it; the
        // problem is where it opened, not five lines later where the parser gave up.
        QTest::newRow("quote runs on to a later line")
            << QByteArray("a,b\n1,\"open\n2,3\n4,5\n6,7\n8,\"x\"y\n")
            << QStringLiteral("f.csv:2:2: error: quoted field is not closed on its line: it runs "
                              "on to line 6 (expected a closing double quote on this line, or "
                              "every quote inside the field doubled)");
        QTest::newRow("semicolons")
            << QByteArray("a;b;c\n1;2;3\n")
            << QStringLiteral("f.csv:1:1: error: the file is semicolon-separated (expected commas "
                              "between fields; save it as \"CSV UTF-8 (comma delimited)\")");
        QTest::newRow("tabs") << QByteArray("a\tb\n1\t2\n")
                              << QStringLiteral(
                                     "f.csv:1:1: error: the file is tab-separated (expected commas "
                                     "between fields; save it as \"CSV UTF-8 (comma delimited)\")");
        const QString utf16 =
            QStringLiteral("f.csv: error: the file is UTF-16 text, as a spreadsheet's \"Unicode "
                           "text\" saves it (expected UTF-8 with commas; save it as \"CSV UTF-8 "
                           "(comma delimited)\")");
        QTest::newRow("UTF-16LE with BOM") << QByteArray("\xff\xfe"
                                                         "a\0\t\0b\0\n\0"
                                                         "1\0\t\0"
                                                         "2\0\n\0",
                                                         18)
                                           << utf16;
        QTest::newRow("UTF-16BE with BOM") << QByteArray("\xfe\xff"
                                                         "\0a\0,\0b\0\n",
                                                         10)
                                           << utf16;
        QTest::newRow("UTF-16LE without BOM") << QByteArray("a\0,\0b\0\n\0"
                                                            "1\0,\0"
                                                            "2\0\n\0",
                                                            16)
                                              << utf16;
        QTest::newRow("empty")
            << QByteArray("")
            << QStringLiteral("f.csv:1:1: error: the file is empty (expected a header row)");
        QTest::newRow("duplicate column")
            << QByteArray("a,a\n1,2\n")
            << QStringLiteral(
                   "f.csv:1:2: error: column 'a' appears twice in the header (first as column 1)");
    }

    void rejectsBadInputNamingTheLine()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        const auto r = CsvReader::parse(data, QStringLiteral("f.csv"));
        QVERIFY(!r.ok());
        QCOMPARE(r.problems.first().toString(), expected);
    }

    void reportsEveryShortRowNotOnlyTheFirst()
    {
        const auto r = CsvReader::parse("a,b\n1\n2,3\n4\n", QStringLiteral("f.csv"));
        QCOMPARE(r.problems.size(), 2);
        QCOMPARE(r.problems[0].line, 2);
        QCOMPARE(r.problems[1].line, 4);
    }

    // The duplicate-column check was quadratic: a header of 100,000 columns took 21 s and one of a
    // million never finished. Speed figures are in docs/benchmarks.md; this checks the answer.
    void aHeaderOfAMillionColumnsIsReadWhole()
    {
        constexpr int n = 1000000;
        QByteArray csv;
        csv.reserve(8 * n);
        for (int i = 0; i < n; ++i)
            csv += 'c' + QByteArray::number(i) + ',';
        csv += "c17\n"; // column n + 1 repeats column 18
        const auto r = CsvReader::parse(csv, QStringLiteral("wide.csv"));
        QCOMPARE(r.table.header.size(), n + 1);
        QCOMPARE(r.table.header.last(), QStringLiteral("c17"));
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems.first().toString(),
                 QStringLiteral("wide.csv:1:1000001: error: column 'c17' appears twice in the "
                                "header (first as column 18)"));
    }

    void missingFileIsAProblemNotACrash()
    {
        const auto r =
            CsvReader::readFile(QStringLiteral("/nonexistent/x.csv"), QStringLiteral("x.csv"));
        QVERIFY(!r.ok());
        QVERIFY(r.problems.first().toString().startsWith(
            QLatin1String("x.csv: error: cannot read the file")));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
