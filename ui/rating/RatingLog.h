#pragma once

#include <QLoggingCategory>

namespace avemo {
// For coordinators and bug reports: a study answer the panel could not show (a bad value handed
// to setAnswers, a question whose label set is missing).
Q_DECLARE_LOGGING_CATEGORY(lcRating)
} // namespace avemo
