#include "player/PlaybackErrorText.h"

#include <QFileInfo>

namespace avemo {

QString PlaybackErrorText::partName(Part part, int contextNumber)
{
    switch (part) {
    case Part::Context:
        return tr("Context clip %1").arg(contextNumber);
    case Part::Reply:
        return tr("The reply");
    case Part::ReplyAudio:
        return tr("The reply's audio track");
    }
    return tr("The media");
}

QString PlaybackErrorText::userMessage(Part part, int contextNumber, QMediaPlayer::Error error,
                                       const QString &backendText, const QString &path, bool blind)
{
    const QString who = partName(part, contextNumber);
    const auto says = [&backendText](QLatin1String needle) {
        return backendText.contains(needle, Qt::CaseInsensitive);
    };
    const bool missing = !path.isEmpty() && !QFileInfo::exists(path);

    QString message;
    if (missing || says(QLatin1String("Resource not found")) || says(QLatin1String("not exist"))) {
        message = tr("%1 could not be found. The study folder may be incomplete.").arg(who);
    } else if (error == QMediaPlayer::AccessDeniedError || says(QLatin1String("Permission"))) {
        message = tr("%1 could not be opened: access was denied.").arg(who);
    } else if (says(QLatin1String("No decoder available")) ||
               says(QLatin1String("Could not determine type of stream")) ||
               says(QLatin1String("appears to be a text file")) ||
               error == QMediaPlayer::FormatError) {
        message = tr("%1 could not be decoded (damaged file, unsupported format or missing "
                     "GStreamer plugin?).")
                      .arg(who);
    } else if (says(QLatin1String("ended early"))) {
        message =
            tr("%1 stopped long before its end: the file looks damaged or incomplete.").arg(who);
    } else if (says(QLatin1String("Internal data stream error"))) {
        message = tr("%1 stopped with a stream error (damaged file or missing GStreamer "
                     "plugin?).")
                      .arg(who);
    } else {
        message = tr("%1 could not be played.").arg(who);
    }

    // Coordinators (not blind) need to know which file to fix; annotators must never see it.
    if (!blind) {
        message += u' ' + tr("File: %1").arg(QFileInfo(path).fileName());
        if (!backendText.isEmpty())
            message += u' ' + tr("(%1)").arg(backendText);
    }
    return message;
}

} // namespace avemo
