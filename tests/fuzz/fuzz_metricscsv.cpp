#include "CsvReader.h"
#include "FuzzCheck.h"
#include "export/MetricsTable.h"

#include <cmath>
#include <cstddef>
#include <cstdint>

using namespace avemo;

namespace {

// Items like the demo study's: joined by item_id, or by dialogue_id + turn + system.
std::vector<RatedItem> studyItems()
{
    std::vector<RatedItem> items;
    int line = 2;
    for (const char *dialogue : {"d1", "d2"})
        for (int turn = 1; turn <= 2; ++turn)
            for (const char *system : {"alpha", "beta"}) {
                RatedItem item;
                item.dialogueId = QString::fromLatin1(dialogue);
                item.turn = turn;
                item.system = QString::fromLatin1(system);
                item.itemId = item.dialogueId + u"-t" + QString::number(turn) + u'-' + item.system;
                item.csvLine = line++;
                items.push_back(item);
            }
    return items;
}

} // namespace

// The metrics CSV joined at export time.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const std::vector<RatedItem> items = studyItems();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString file = QStringLiteral("metrics.csv");
    const CsvReader::Result parsed = CsvReader::parse(bytes, file);
    if (!parsed.ok())
        return 0;
    ProblemList problems;
    const auto table = MetricsTable::join(parsed.table, file, items, QStringLiteral("demo"),
                                          QStringLiteral("study/items.csv"),
                                          {QStringLiteral("mos"), QStringLiteral("n")}, problems);
    FUZZ_CHECK(table.has_value() == !hasErrors(problems));
    if (!table)
        return 0;
    int matched = 0;
    for (std::size_t i = 0; i < items.size(); ++i) {
        matched += table->matched(i) ? 1 : 0;
        for (std::size_t c = 0; c < table->columns().size(); ++c) {
            const double v = table->value(i, c);
            FUZZ_CHECK(std::isnan(v) || std::isfinite(v));
            FUZZ_CHECK(table->matched(i) || std::isnan(v));
        }
    }
    FUZZ_CHECK(matched + table->unmatchedItems() == int(items.size()));
    return 0;
}
