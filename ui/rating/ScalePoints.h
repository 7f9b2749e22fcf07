#pragma once

#include "StudyTypes.h"

#include <QString>

namespace avemo {

// A scale's points as whole-number positions 0..pointCount()-1, so that fractional scales
// (step 0.5, 0.1) map onto integer slider ticks and button indexes without drift, and the stored
// value is always written the same way ("4", "3.5", "0.3", never "0.30000000000000004").
namespace ScalePoints {

// The stored text of a scale point: the shortest form, no trailing zeros, no rounding noise.
QString format(double value);

// The position of `text` on `scale`, or -1 when it is not a number or not a point of the scale.
int indexOf(const Scale &scale, const QString &text);

// The stored text of the point at `index` of `scale`.
QString valueAt(const Scale &scale, int index);

// True when every point is a whole number 0..9, so that a number key can be the value itself.
bool digitsAreValues(const Scale &scale);

// The point a number key picks: the point with the digit's value when there is one (1..5 on the
// ACR scale, 0..9 on a 0..10 scale); on a scale with no single-digit point at all (10..50, or
// 0.1..0.9) the point at that position, 1 being the first; else -1.
int indexForDigit(const Scale &scale, int digit);
// True when some point is a single digit, so that number keys pick points by value.
bool digitsPickByValue(const Scale &scale);

// The anchor label of the point at `index` in the application's language (QLocale()), or an
// empty string.
QString anchorAt(const Scale &scale, int index);

} // namespace ScalePoints
} // namespace avemo
