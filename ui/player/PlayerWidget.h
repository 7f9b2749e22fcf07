#pragma once

#include "player/PlaybackController.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QToolButton;
class QStackedWidget;

namespace avemo {

class TimelineWidget;
class VideoView;

// The player area of the annotator view: the video (or a quiet "Audio only" panel), the
// timeline, and, when a clip cannot be played, a message with "Skip and flag" in place of the
// video. It handles no keys itself: the annotator view maps its shortcuts onto these slots.
class PlayerWidget : public QWidget
{
    Q_OBJECT

public:
    explicit PlayerWidget(QWidget *parent = nullptr);

    PlaybackController *controller() const { return m_controller; }
    TimelineWidget *timeline() const { return m_timeline; }
    VideoView *videoView() const { return m_video; }
    bool isShowingMessage() const;
    bool isShowingAudioOnly() const;
    QString message() const;
    QPushButton *skipAndFlagButton() const { return m_skip; }
    // Play/pause, with its key on it (Space): without it a paused player looks broken.
    QToolButton *playPauseButton() const { return m_playPause; }

    static constexpr qint64 kShortSeekMs = 1000;
    static constexpr qint64 kLongSeekMs = 5000;

public slots:
    void load(const avemo::PlaybackItem &item);
    void preload(const avemo::PlaybackItem &next);
    void play();
    void pause();
    void togglePlayPause();
    void seekForward();
    void seekBackward();
    void seekForwardLong();
    void seekBackwardLong();
    void stepForward();
    void stepBackward();
    void replayReply();
    void volumeUp();
    void volumeDown();
    void showMessage(const QString &message);
    void clearMessage();

signals:
    // The user chose to skip the item that cannot be played; the view flags it and moves on.
    void skipAndFlagRequested();

private:
    void showStage();
    void updatePlayPause();

    PlaybackController *m_controller = nullptr;
    QStackedWidget *m_stage = nullptr;
    VideoView *m_video = nullptr;
    QWidget *m_audioOnly = nullptr;
    QWidget *m_messagePanel = nullptr;
    QLabel *m_messageLabel = nullptr;
    QPushButton *m_skip = nullptr;
    TimelineWidget *m_timeline = nullptr;
    QToolButton *m_playPause = nullptr;
    bool m_hasVideo = true;
};

} // namespace avemo
