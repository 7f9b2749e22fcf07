#include "FuzzCheck.h"
#include "JsonLocator.h"
#include "StudyJsonParser.h"

#include <cstddef>
#include <cstdint>

using namespace avemo;

// study.json: the locator runs on the raw text before the JSON parser rejects it, so it sees
// every malformed input too. Positions it gives must lie inside the text.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString file = QStringLiteral("study.json");
    const StudyJsonParser::Result r = StudyJsonParser::parse(bytes, file);
    fuzz::checkProblems(r.problems, file);
    FUZZ_CHECK(r.compactJson.isEmpty() || !r.problems.isEmpty() || !r.definition.id.isEmpty());

    const QString text = QString::fromUtf8(bytes);
    const JsonLocator locator(text);
    const qsizetype lines = text.count(u'\n') + 1;
    for (const QString &pointer :
         {QString(), QStringLiteral("/questions/0/kind"), QStringLiteral("/a/b/c"),
          QStringLiteral("/label_sets/0/categories/1/key"), QStringLiteral("/0/0/0")}) {
        const JsonLocator::Position p = locator.valueAt(pointer);
        FUZZ_CHECK(p.line >= 1 && p.line <= lines && p.column >= 1);
    }
    const JsonLocator::Position end = locator.positionOf(text.size() + 5);
    FUZZ_CHECK(end.line == lines);
    return 0;
}
