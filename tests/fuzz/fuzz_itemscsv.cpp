#include "CsvReader.h"
#include "FuzzCheck.h"
#include "ItemsCsvParser.h"
#include "MediaPath.h"
#include "StudyJsonParser.h"

#include <QFile>

#include <cstddef>
#include <cstdint>

using namespace avemo;

namespace {

// The test base study's definition: gold answers and intended emotions are checked against it.
const StudyDefinition &definition()
{
    static const StudyDefinition def = [] {
        QFile f(QStringLiteral(AVEMO_TEST_DATA_DIR "/base-study/study.json"));
        FUZZ_CHECK(f.open(QIODevice::ReadOnly));
        const auto parsed = StudyJsonParser::parse(f.readAll(), QStringLiteral("study.json"));
        FUZZ_CHECK(parsed.problems.isEmpty());
        return parsed.definition;
    }();
    return def;
}

} // namespace

// items.csv as the study folder loader reads it, with and without a usable study.json.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString file = QStringLiteral("items.csv");
    const CsvReader::Result table = CsvReader::parse(bytes, file);
    if (!table.ok())
        return 0;
    for (const bool usable : {true, false}) {
        const ItemsCsvParser::Result r =
            ItemsCsvParser::parse(table.table, definition(), file, usable);
        fuzz::checkProblems(r.problems, file);
        FUZZ_CHECK(r.items.size() <= table.table.rows.size());
        for (const MediaReference &m : r.media) {
            // One name per file: the stored path is already normal.
            FUZZ_CHECK(MediaPath::normalised(m.path) == m.path);
            FUZZ_CHECK(m.line >= 2);
        }
    }
    return 0;
}
