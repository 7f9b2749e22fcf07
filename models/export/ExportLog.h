#pragma once

#include <QLoggingCategory>

namespace avemo {

// Phase timings of an export (QT_LOGGING_RULES=avemo.models.export.debug=true): what
// docs/benchmarks.md quotes.
Q_DECLARE_LOGGING_CATEGORY(lcExport)

} // namespace avemo
