#include "AnnotatorView.h"

#include "AnnotationSession.h"
#include "LoudnessMeter.h"
#include "player/PlaybackController.h"
#include "player/PlayerWidget.h"
#include "rating/QuestionRow.h"
#include "rating/RatingPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

namespace avemo {

namespace {

QString formatRemaining(qint64 ms)
{
    const qint64 minutes = (ms + 59999) / 60000;
    if (minutes < 60)
        return AnnotatorView::tr("about %n min left", nullptr, int(minutes));
    return AnnotatorView::tr("about %1 h %2 min left").arg(minutes / 60).arg(minutes % 60);
}

} // namespace

AnnotatorView::AnnotatorView(QWidget *parent)
    : QWidget(parent)
{
    m_headline = new QLabel(this);
    QFont headlineFont = m_headline->font();
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);
    m_progress = new QProgressBar(this);
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("%v of %m done"));
    m_eta = new QLabel(this);

    auto *top = new QHBoxLayout;
    top->addWidget(m_headline);
    top->addWidget(m_progress, 1);
    top->addWidget(m_eta);

    m_player = new PlayerWidget(this);
    m_player->skipAndFlagButton()->setText(tr("Skip and flag (Ctrl+K)"));
    m_panel = new RatingPanel(this);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_player);
    splitter->addWidget(m_panel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    // The answers must be readable without scrolling sideways; the video takes the rest.
    m_panel->setMinimumWidth(m_panel->fontMetrics().averageCharWidth() * 62);
    splitter->setSizes({700, 480});
    m_workspace = splitter;

    m_completion = new QLabel(this);
    m_completion->setAlignment(Qt::AlignCenter);
    m_completion->setWordWrap(true);
    m_completion->setTextFormat(Qt::PlainText);
    m_completion->setTextInteractionFlags(Qt::TextSelectableByMouse); // the path can be copied
    m_completion->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_workspace, 1);
    layout->addWidget(m_completion, 1);

    connect(m_panel, &RatingPanel::submitRequested, this, &AnnotatorView::onSubmit);
    connect(m_panel, &RatingPanel::submitRefused, this, [this](const QStringList &missing) {
        if (m_session)
            m_session->log(QStringLiteral("submit_refused"), -1, missing.join(u','));
    });
    connect(m_player, &PlayerWidget::skipAndFlagRequested, this, &AnnotatorView::onSkipAndFlag);
    PlaybackController *controller = m_player->controller();
    connect(controller, &PlaybackController::userTurnPlayedToEnd, this,
            &AnnotatorView::applyPlayLocks);
    connect(controller, &PlaybackController::replyPlayedToEnd, this, [this] {
        applyPlayLocks();
        if (m_session)
            m_session->log(QStringLiteral("reply_end"), m_player->controller()->position());
    });
    connect(controller, &PlaybackController::stateChanged, this,
            [this](PlaybackController::State state) {
                if (state == PlaybackController::State::Playing)
                    ++m_playCount;
            });
    connect(controller, &PlaybackController::errorOccurred, this, [this](const QString &message) {
        if (m_session)
            m_session->log(QStringLiteral("media_error"), -1, message);
    });
    createShortcuts();
}

AnnotatorView::~AnnotatorView() = default;

void AnnotatorView::createShortcuts()
{
    const auto bind = [this](const QKeySequence &keys, auto slot) {
        auto *shortcut =
            new QShortcut(keys, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    bind(Qt::Key_Space, [this] {
        const bool playing = m_player->controller()->state() == PlaybackController::State::Playing;
        playerAction(playing ? QStringLiteral("pause") : QStringLiteral("play"),
                     &PlayerWidget::togglePlayPause);
    });
    bind(Qt::Key_Right,
         [this] { playerAction(QStringLiteral("seek"), &PlayerWidget::seekForward); });
    bind(Qt::Key_Left,
         [this] { playerAction(QStringLiteral("seek"), &PlayerWidget::seekBackward); });
    bind(Qt::SHIFT | Qt::Key_Right,
         [this] { playerAction(QStringLiteral("seek"), &PlayerWidget::seekForwardLong); });
    bind(Qt::SHIFT | Qt::Key_Left,
         [this] { playerAction(QStringLiteral("seek"), &PlayerWidget::seekBackwardLong); });
    bind(Qt::Key_Period,
         [this] { playerAction(QStringLiteral("frame_step"), &PlayerWidget::stepForward); });
    bind(Qt::Key_Comma,
         [this] { playerAction(QStringLiteral("frame_step"), &PlayerWidget::stepBackward); });
    bind(Qt::Key_R, [this] { playerAction(QStringLiteral("replay"), &PlayerWidget::replayReply); });
    bind(Qt::Key_Plus, [this] { m_player->volumeUp(); });
    bind(Qt::Key_Equal, [this] { m_player->volumeUp(); });
    bind(Qt::Key_Minus, [this] { m_player->volumeDown(); });
    bind(Qt::Key_VolumeUp, [this] { m_player->volumeUp(); });
    bind(Qt::Key_VolumeDown, [this] { m_player->volumeDown(); });
    bind(Qt::CTRL | Qt::Key_K, [this] {
        if (m_player->isShowingMessage())
            onSkipAndFlag();
    });
    bind(Qt::Key_PageUp, [this] { goBack(); });
    bind(Qt::ALT | Qt::Key_Left, [this] { goBack(); });
    bind(Qt::Key_PageDown, [this] { goForward(); });
    bind(Qt::ALT | Qt::Key_Right, [this] { goForward(); });
}

QList<QPair<QString, QString>> AnnotatorView::playerKeys() const
{
    return {{tr("Space"), tr("Play / pause")},
            {tr("Left / Right"), tr("Seek 1 s back / forward")},
            {tr("Shift+Left / Shift+Right"), tr("Seek 5 s back / forward")},
            {tr(", / ."), tr("One frame back / forward (when paused)")},
            {tr("R"), tr("Replay the reply")},
            {tr("+ / -"), tr("Volume up / down")},
            {tr("Ctrl+K"), tr("Skip and flag an item that cannot be played")}};
}

QList<QPair<QString, QString>> AnnotatorView::navigationKeys() const
{
    return {{tr("Enter"), tr("Submit the answers and go to the next item")},
            {tr("Page Up / Alt+Left"), tr("Back to the previous item (to revise it)")},
            {tr("Page Down / Alt+Right"), tr("Forward to the next item already rated")}};
}

void AnnotatorView::playerAction(const QString &eventKind, void (PlayerWidget::*action)())
{
    if (!m_session)
        return;
    (m_player->*action)();
    m_session->log(eventKind, m_player->controller()->position());
}

void AnnotatorView::setSession(std::unique_ptr<AnnotationSession> session)
{
    m_session = std::move(session);
    const StudyDefinition &def = m_session->definition();
    m_panel->setQuestions(def.questions, def.labelSets);
    m_panel->setLockReason(tr("Play the item to its end to unlock the answers."));
    m_player->controller()->setAutoplay(def.presentation.autoplay);
    updateProgress();
    if (m_session->isComplete())
        showCompletion();
    else
        showItem(m_session->firstUnfinished());
}

void AnnotatorView::endSession()
{
    if (m_session)
        m_session->log(QStringLiteral("close"), -1);
    m_player->controller()->unload();
    m_session.reset();
}

PlaybackItem AnnotatorView::playbackItem(const StoredItem &item) const
{
    PlaybackItem p;
    p.contextClips = item.contextPaths;
    p.replyClip = item.replyPath;
    p.replyAudio = item.replyAudioPath;
    p.replyAudioOffsetMs = item.item.replyAudioOffsetMs;
    p.blind = m_session->definition().presentation.blind;
    const std::optional<double> target = m_session->definition().presentation.loudnessLufs;
    for (const std::optional<double> &lufs : item.contextLoudnessLufs)
        p.contextGainsDb.append(normalisationGainDb(target, lufs));
    p.replyGainDb = normalisationGainDb(target, item.replyLoudnessLufs);
    return p;
}

void AnnotatorView::showItem(int index)
{
    m_session->goTo(index);
    const int current = m_session->currentIndex();
    m_workspace->show();
    m_completion->hide();
    m_headline->setText(
        m_session->isFinished(current)
            ? tr("Item %1 of %2 - revising your answers").arg(current + 1).arg(m_session->count())
            : tr("Item %1 of %2").arg(current + 1).arg(m_session->count()));
    const QMap<QString, QString> earlier = m_session->answersAt(current);
    if (earlier.isEmpty())
        m_panel->clear();
    else
        m_panel->setAnswers(earlier);
    m_player->load(playbackItem(m_session->current()));
    applyPlayLocks();
    if (current + 1 < m_session->count())
        m_player->preload(playbackItem(m_session->itemAt(current + 1)));
    m_playCount = 0;
    m_itemTimer.start();
    m_session->log(QStringLiteral("show_item"), -1, QStringLiteral("position=%1").arg(current));
    m_panel->focusFirstQuestion();
}

void AnnotatorView::applyPlayLocks()
{
    // must_play_fully: questions about the user's turn unlock once the user's turn (the context)
    // has played, the others once the reply has; the answers go in once both have. Revising an
    // item already heard does not require hearing it again.
    if (!m_session)
        return;
    const bool required = m_session->definition().presentation.mustPlayFully &&
                          !m_session->isFinished(m_session->currentIndex());
    const PlaybackController *controller = m_player->controller();
    const bool userTurn = !required || controller->hasUserTurnPlayedToEnd();
    const bool reply = !required || controller->hasReplyPlayedToEnd();
    m_panel->setLocked(!(userTurn && reply));
    for (const Question &question : m_session->definition().questions) {
        if (QuestionRow *row = m_panel->row(question.id))
            row->setLocked(question.target == QuestionTarget::UserTurn ? !userTurn
                           : question.target == QuestionTarget::Reply  ? !reply
                                                                       : !(userTurn && reply));
    }
}

void AnnotatorView::showCompletion()
{
    m_player->controller()->unload();
    m_workspace->hide();
    QString text = tr("All %n item(s) are rated and saved. Thank you!\n\n"
                      "Use Page Up to go back and revise an answer, or close the study.",
                      nullptr, m_session->count());
    if (!m_handBackNote.isEmpty())
        text += QStringLiteral("\n\n") + m_handBackNote;
    m_completion->setText(text);
    m_completion->show();
    m_headline->setText(tr("Done"));
}

bool AnnotatorView::isShowingCompletion() const
{
    return m_completion->isVisible();
}

QString AnnotatorView::headline() const
{
    return m_headline->text();
}

void AnnotatorView::onSubmit(const QMap<QString, QString> &answers)
{
    if (!m_session)
        return;
    QString error;
    if (!m_session->submitCurrent(answers, m_itemTimer.elapsed(), m_playCount, error)) {
        emit errorOccurred(tr("Your answers could not be saved: %1").arg(error));
        return;
    }
    updateProgress();
    moveOn();
    // Only now, after the commit returned; shown on the next item so the annotator sees it.
    m_panel->showSaved();
}

void AnnotatorView::onSkipAndFlag()
{
    if (!m_session)
        return;
    QString error;
    if (!m_session->flagCurrent(m_player->message(), error)) {
        emit errorOccurred(tr("The item could not be flagged: %1").arg(error));
        return;
    }
    updateProgress();
    moveOn();
}

void AnnotatorView::moveOn()
{
    const int next = m_session->firstUnfinished();
    if (next >= m_session->count()) {
        showCompletion();
        return;
    }
    // After revising an earlier item, continue in order rather than jumping to the first gap.
    const int following = m_session->currentIndex() + 1;
    showItem(following < m_session->count() && !m_session->isFinished(following) ? following
                                                                                 : next);
}

void AnnotatorView::goBack()
{
    if (!m_session)
        return;
    const int target =
        isShowingCompletion() ? m_session->count() - 1 : m_session->currentIndex() - 1;
    if (target >= 0) {
        m_session->log(QStringLiteral("back"));
        showItem(target);
    }
}

void AnnotatorView::goForward()
{
    if (!m_session || isShowingCompletion())
        return;
    const int current = m_session->currentIndex();
    // Forward only over items already rated: the order of first ratings stays the study's.
    if (m_session->isFinished(current) && current + 1 < m_session->count()) {
        m_session->log(QStringLiteral("forward"));
        showItem(current + 1);
    }
}

void AnnotatorView::updateProgress()
{
    const int done = m_session->finishedCount();
    m_progress->setRange(0, m_session->count());
    m_progress->setValue(done);
    const auto remaining = m_session->estimatedRemainingMs();
    m_eta->setText(remaining ? formatRemaining(*remaining) : QString());
    emit progressChanged(done, m_session->count());
}

} // namespace avemo
