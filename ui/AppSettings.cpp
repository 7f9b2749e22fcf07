#include "AppSettings.h"

#include <QSettings>

namespace avemo {

namespace {
const QString kLastStudy = QStringLiteral("study/last");
const QString kRecent = QStringLiteral("study/recent");
const QString kRaterPrefix = QStringLiteral("rater/");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kAppearance = QStringLiteral("view/appearance");
const QString kLanguage = QStringLiteral("view/language");
} // namespace

QString AppSettings::lastStudyPath()
{
    return QSettings().value(kLastStudy).toString();
}
void AppSettings::setLastStudyPath(const QString &path)
{
    QSettings().setValue(kLastStudy, path);
}

QStringList AppSettings::recentStudies()
{
    return QSettings().value(kRecent).toStringList();
}

void AppSettings::addRecentStudy(const QString &path)
{
    QStringList recent = recentStudies();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    QSettings().setValue(kRecent, recent);
}

QString AppSettings::lastRater(const QString &studyId)
{
    return QSettings().value(kRaterPrefix + studyId).toString();
}
void AppSettings::setLastRater(const QString &studyId, const QString &raterId)
{
    QSettings().setValue(kRaterPrefix + studyId, raterId);
}

QByteArray AppSettings::windowGeometry()
{
    return QSettings().value(kGeometry).toByteArray();
}
void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    QSettings().setValue(kGeometry, geometry);
}

QString AppSettings::appearance()
{
    return QSettings().value(kAppearance, QStringLiteral("system")).toString();
}
void AppSettings::setAppearance(const QString &name)
{
    QSettings().setValue(kAppearance, name);
}

QString AppSettings::language()
{
    return QSettings().value(kLanguage).toString();
}
void AppSettings::setLanguage(const QString &code)
{
    QSettings().setValue(kLanguage, code);
}

} // namespace avemo
