#pragma once

#include <QString>

namespace avemo {

// The instance id of an annotator package says which rater it was made for, in a way only the
// master can check: a random part, then an HMAC-SHA256 of the rater id and that random part
// keyed with the master's own instance id (which never leaves the master). It has the form of
// a version-4 UUID, like every other instance id. The merge uses it so a package brings only
// its own rater, and so the genuine package of a rater wins over a file that claimed that
// rater first.
namespace PackageToken {

QString make(const QString &masterInstance, const QString &raterId);
bool isFor(const QString &instance, const QString &masterInstance, const QString &raterId);

} // namespace PackageToken

} // namespace avemo
