#include "CsvReader.h"
#include "FuzzCheck.h"

#include <cstddef>
#include <cstdint>

using namespace avemo;

// Any bytes: the reader returns a table or problems, and a table it accepts is rectangular with
// rows on increasing lines.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString file = QStringLiteral("f.csv");
    const CsvReader::Result r = CsvReader::parse(bytes, file);
    fuzz::checkProblems(r.problems, file);
    if (!r.ok())
        return 0;
    FUZZ_CHECK(!r.table.header.isEmpty());
    FUZZ_CHECK(r.table.rows.size() == r.table.rowLines.size());
    int previous = 0;
    for (qsizetype i = 0; i < r.table.rows.size(); ++i) {
        FUZZ_CHECK(r.table.rows[i].size() == r.table.header.size());
        FUZZ_CHECK(r.table.rowLines[i] > previous);
        previous = r.table.rowLines[i];
    }
    return 0;
}
