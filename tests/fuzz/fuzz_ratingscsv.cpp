#include "FuzzCheck.h"
#include "RatingsCsv.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

using namespace avemo;

namespace {

// The reader takes a path (it streams the file in chunks): each input is written to one file in
// a folder of this process's own.
QString inputPath()
{
    static QTemporaryDir dir;
    return dir.filePath(QStringLiteral("ratings.csv"));
}

void checkProblems(const ProblemList &problems)
{
    for (const Problem &p : problems) // the table's own reason has no line
        FUZZ_CHECK(!p.message.isEmpty() && p.line >= 0);
}

} // namespace

// The ratings CSV of `avemo-cli agreement` and `mos`: any long format, labels or numbers, our
// own export's ratings.csv; read with and without groups, a question filter and declared scales.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString path = inputPath();
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    RatingsRequest plain;
    plain.path = path;
    RatingsRequest grouped = plain;
    grouped.columns.groupColumns = {"system", "question_id"};
    RatingsRequest declared = plain;
    declared.numericScale = ratings::Scale::fromPoints({1, 2, 3, 4, 5});
    declared.level = ratings::Level::Interval;
    RatingsRequest labels = plain;
    labels.labelScale = {"neutral", "mild", "strong"};
    labels.columns.question = "q1";
    for (const RatingsRequest &request : {plain, grouped, declared, labels}) {
        ProblemList agreementProblems;
        const auto agreement = RatingsCsv::readForAgreement(request, agreementProblems);
        FUZZ_CHECK(agreement.has_value() || hasErrors(agreementProblems));
        checkProblems(agreementProblems);
        ProblemList mosProblems;
        const auto mos = RatingsCsv::readForMos(request, mosProblems);
        FUZZ_CHECK(mos.has_value() || hasErrors(mosProblems));
        checkProblems(mosProblems);
    }
    return 0;
}
