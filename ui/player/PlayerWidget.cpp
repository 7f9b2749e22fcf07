#include "player/PlayerWidget.h"

#include "player/TimelineWidget.h"
#include "player/VideoView.h"

#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <QVideoSink>

namespace avemo {

namespace {
QWidget *makeAudioOnlyPanel(QWidget *parent)
{
    // Deliberately plain: nothing moves, so nothing competes with listening.
    auto *panel = new QWidget(parent);
    panel->setAutoFillBackground(true);
    panel->setBackgroundRole(QPalette::AlternateBase);
    auto *label = new QLabel(PlayerWidget::tr("Audio only"), panel);
    label->setObjectName(QStringLiteral("audioOnlyLabel"));
    label->setAlignment(Qt::AlignCenter);
    label->setForegroundRole(QPalette::PlaceholderText);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    label->setFont(font);
    auto *layout = new QVBoxLayout(panel);
    layout->addWidget(label);
    return panel;
}
} // namespace

PlayerWidget::PlayerWidget(QWidget *parent)
    : QWidget(parent)
    , m_controller(new PlaybackController(this))
    , m_stage(new QStackedWidget(this))
    , m_video(new VideoView(m_stage))
    , m_audioOnly(makeAudioOnlyPanel(m_stage))
    , m_messagePanel(new QWidget(m_stage))
    , m_messageLabel(new QLabel(m_messagePanel))
    , m_skip(new QPushButton(tr("Skip and flag"), m_messagePanel))
    , m_timeline(new TimelineWidget(this))
    , m_playPause(new QToolButton(this))
{
    m_playPause->setObjectName(QStringLiteral("playPause"));
    m_playPause->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // The keyboard stays with the rating panel: Space is the key, the button shows it.
    m_playPause->setFocusPolicy(Qt::NoFocus);
    connect(m_playPause, &QToolButton::clicked, this, &PlayerWidget::togglePlayPause);
    updatePlayPause();
    m_messageLabel->setObjectName(QStringLiteral("playerMessage"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setAlignment(Qt::AlignCenter);
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_skip->setObjectName(QStringLiteral("skipAndFlag"));
    m_skip->setToolTip(tr("Mark this item as unplayable and go to the next one"));
    auto *messageLayout = new QVBoxLayout(m_messagePanel);
    messageLayout->addStretch();
    messageLayout->addWidget(m_messageLabel);
    messageLayout->addWidget(m_skip, 0, Qt::AlignHCenter);
    messageLayout->addStretch();
    m_messagePanel->setAutoFillBackground(true);
    m_messagePanel->setBackgroundRole(QPalette::AlternateBase);

    m_stage->addWidget(m_video);
    m_stage->addWidget(m_audioOnly);
    m_stage->addWidget(m_messagePanel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stage, 1);
    auto *transport = new QHBoxLayout;
    // The controls keep off the window edges; the video may run to them.
    transport->setContentsMargins(8, 4, 8, 4);
    transport->addWidget(m_playPause);
    transport->addWidget(m_timeline, 1);
    layout->addLayout(transport);

    connect(m_skip, &QPushButton::clicked, this, &PlayerWidget::skipAndFlagRequested);
    connect(m_controller->videoSink(), &QVideoSink::videoFrameChanged, m_video,
            &VideoView::setFrame);
    connect(m_controller, &PlaybackController::segmentChanged, m_timeline,
            &TimelineWidget::setSegment);
    connect(m_controller, &PlaybackController::positionChanged, m_timeline,
            &TimelineWidget::setPosition);
    connect(m_controller, &PlaybackController::durationChanged, m_timeline,
            &TimelineWidget::setDuration);
    connect(m_controller, &PlaybackController::hasVideoChanged, this, [this](bool hasVideo) {
        m_hasVideo = hasVideo;
        showStage();
    });
    connect(m_controller, &PlaybackController::errorOccurred, this, &PlayerWidget::showMessage);
    connect(m_controller, &PlaybackController::stateChanged, this, &PlayerWidget::updatePlayPause);
}

void PlayerWidget::updatePlayPause()
{
    const bool playing = m_controller->state() == PlaybackController::State::Playing;
    m_playPause->setText(playing ? tr("Pause (Space)") : tr("Play (Space)"));
    m_playPause->setIcon(
        style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    const auto state = m_controller->state();
    m_playPause->setEnabled(state != PlaybackController::State::Empty &&
                            state != PlaybackController::State::Failed);
}

bool PlayerWidget::isShowingMessage() const
{
    return m_stage->currentWidget() == m_messagePanel;
}

bool PlayerWidget::isShowingAudioOnly() const
{
    return m_stage->currentWidget() == m_audioOnly;
}

QString PlayerWidget::message() const
{
    return isShowingMessage() ? m_messageLabel->text() : QString();
}

void PlayerWidget::load(const PlaybackItem &item)
{
    clearMessage();
    m_hasVideo = true;
    m_controller->load(item);
    showStage();
}

void PlayerWidget::preload(const PlaybackItem &next)
{
    m_controller->preload(next);
}

void PlayerWidget::play()
{
    m_controller->play();
}

void PlayerWidget::pause()
{
    m_controller->pause();
}

void PlayerWidget::togglePlayPause()
{
    m_controller->togglePlayPause();
}

void PlayerWidget::seekForward()
{
    m_controller->seekBy(kShortSeekMs);
}

void PlayerWidget::seekBackward()
{
    m_controller->seekBy(-kShortSeekMs);
}

void PlayerWidget::seekForwardLong()
{
    m_controller->seekBy(kLongSeekMs);
}

void PlayerWidget::seekBackwardLong()
{
    m_controller->seekBy(-kLongSeekMs);
}

void PlayerWidget::stepForward()
{
    m_controller->stepForward();
}

void PlayerWidget::stepBackward()
{
    m_controller->stepBackward();
}

void PlayerWidget::replayReply()
{
    m_controller->replayReply();
}

void PlayerWidget::volumeUp()
{
    m_controller->volumeUp();
}

void PlayerWidget::volumeDown()
{
    m_controller->volumeDown();
}

void PlayerWidget::showMessage(const QString &message)
{
    m_messageLabel->setText(message);
    m_stage->setCurrentWidget(m_messagePanel);
    m_skip->setFocus(Qt::OtherFocusReason);
}

void PlayerWidget::clearMessage()
{
    m_messageLabel->clear();
    showStage();
}

void PlayerWidget::showStage()
{
    if (m_controller->state() == PlaybackController::State::Failed)
        return;
    m_stage->setCurrentWidget(m_hasVideo ? static_cast<QWidget *>(m_video) : m_audioOnly);
}

} // namespace avemo
