#include "CsvReader.h"
#include "FuzzCheck.h"
#include "RatingsCsv.h"

#include <cstddef>
#include <cstdint>

using namespace avemo;

// The ratings CSV of `avemo-cli agreement`: long format, any scale, with and without a group
// column and a declared 1..5 scale.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString file = QStringLiteral("ratings.csv");
    const CsvReader::Result parsed = CsvReader::parse(bytes, file);
    if (!parsed.ok())
        return 0;
    static const ratings::Scale declared = ratings::Scale::fromPoints({1, 2, 3, 4, 5});
    for (const QString &group : {QString(), QStringLiteral("system")}) {
        for (const ratings::Scale &scale : {ratings::Scale{}, declared}) {
            ProblemList problems;
            const auto table = RatingsCsv::toTable(parsed.table, file, group, problems, scale);
            FUZZ_CHECK(table.has_value() == !hasErrors(problems));
            for (const Problem &p : problems) // the table's own reason has no line
                FUZZ_CHECK(!p.message.isEmpty() && p.line >= 0);
        }
    }
    return 0;
}
