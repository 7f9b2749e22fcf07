#pragma once

#include "export/CsvWriter.h"
#include "export/ExportData.h"

#include <functional>

namespace avemo {

// The writers of the export's CSV files, one function per file; docs/export-format.md lists
// their columns. Each writes the header row and every data row; the caller owns the file.
namespace ExportCsvFiles {

// tick(rowsDone) is called every few ten thousand rows; returning false cancels (the function
// then returns false too).
bool writeRatings(CsvWriter &csv, const StudyRatings &study,
                  const std::function<bool(std::size_t)> &tick = {});
void writeItems(CsvWriter &csv, const ExportData &data);
void writeSystems(CsvWriter &csv, const ExportData &data);
void writeAgreement(CsvWriter &csv, const ExportData &data);
void writeFlags(CsvWriter &csv, const ExportData &data);

// With metrics only.
void writeItemsWithMetrics(CsvWriter &csv, const ExportData &data);
void writeSystemsWithMetrics(CsvWriter &csv, const ExportData &data);
void writeCorrelations(CsvWriter &csv, const ExportData &data);

// The categories that get a share_<id> column in systems.csv: every category of every
// categorical question's label set, first-seen order, each id once.
QStringList shareCategories(const StudyRatings &study);

} // namespace ExportCsvFiles

} // namespace avemo
