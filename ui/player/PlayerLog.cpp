#include "player/PlayerLog.h"

namespace avemo {
Q_LOGGING_CATEGORY(lcPlayer, "avemo.ui.player", QtInfoMsg)
} // namespace avemo
