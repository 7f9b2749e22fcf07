#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace avemo {

class AnnotationSession;
class PlayerWidget;
class RatingPanel;
struct PlaybackItem;
struct StoredItem;

// The annotator's workspace: the player beside the rating panel, "Item 17 of 120", progress
// and time left. Blind: it shows nothing that names a system or a file. Every key works without
// a mouse (see shortcutSections()). Answers are written through the session and only shown as
// "Saved" once the commit has returned.
class AnnotatorView : public QWidget
{
    Q_OBJECT

public:
    explicit AnnotatorView(QWidget *parent = nullptr);
    ~AnnotatorView() override;

    // Takes the session and shows its first unfinished item.
    void setSession(std::unique_ptr<AnnotationSession> session);
    AnnotationSession *session() const { return m_session.get(); }
    void endSession();

    PlayerWidget *player() const { return m_player; }
    RatingPanel *panel() const { return m_panel; }
    QString headline() const;
    // Where the answers are and what to hand back, shown on the end page.
    void setHandBackNote(const QString &note) { m_handBackNote = note; }
    bool isShowingCompletion() const;

    // Player and navigation keys, for Help > Keyboard shortcuts.
    QList<QPair<QString, QString>> playerKeys() const;
    QList<QPair<QString, QString>> navigationKeys() const;

public slots:
    void goBack();
    void goForward();

signals:
    // A write failed: the main window shows it; the view stays on the item.
    void errorOccurred(const QString &message);
    void progressChanged(int done, int total);

private:
    void createShortcuts();
    void showItem(int index);
    void showCompletion();
    void onSubmit(const QMap<QString, QString> &answers);
    void onSkipAndFlag();
    void moveOn();
    void updateProgress();
    void playerAction(const QString &eventKind, void (PlayerWidget::*action)());
    void applyPlayLocks();
    PlaybackItem playbackItem(const StoredItem &item) const;

    std::unique_ptr<AnnotationSession> m_session;
    PlayerWidget *m_player = nullptr;
    RatingPanel *m_panel = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_eta = nullptr;
    QLabel *m_completion = nullptr;
    QWidget *m_workspace = nullptr;
    QProgressBar *m_progress = nullptr;
    QElapsedTimer m_itemTimer;
    int m_playCount = 0;
    QString m_handBackNote;
};

} // namespace avemo
