#pragma once

#include <QLoggingCategory>

namespace avemo {
// Paths may appear in this log (it is for coordinators and bug reports), never on screen.
Q_DECLARE_LOGGING_CATEGORY(lcPlayer)
} // namespace avemo
