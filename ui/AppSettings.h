#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace avemo {

// Every persisted setting in one place, with its key and default. Backed by QSettings (the
// tests switch QStandardPaths to test mode, so they never touch the user's own settings).
class AppSettings
{
public:
    static QString lastStudyPath();
    static void setLastStudyPath(const QString &path);

    static QStringList recentStudies();
    static void addRecentStudy(const QString &path);

    // The last rater chosen for a study, by study id.
    static QString lastRater(const QString &studyId);
    static void setLastRater(const QString &studyId, const QString &raterId);

    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray &geometry);

    // "system", "light" or "dark" (see Appearance).
    static QString appearance();
    static void setAppearance(const QString &name);

    // "" to follow the system, or a language code ("en", "de", "zh_CN", "es"; see Language).
    // Read once at start-up.
    static QString language();
    static void setLanguage(const QString &code);

    static constexpr int kMaxRecent = 8;
};

} // namespace avemo
