#include "rating/RatingLog.h"

namespace avemo {
Q_LOGGING_CATEGORY(lcRating, "avemo.ui.rating")
} // namespace avemo
