#pragma once

#include "StudyLibrary.h"
#include "rating/KeyboardShortcutsDialog.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QMenu;
class QStackedWidget;

namespace avemo {

class AnnotatorView;
class CoordinatorActions;
class CoordinatorDashboard;
class StudyOverviewPage;

// The application window: opens studies (folders or databases), shows the overview, and hosts
// the annotator workspace. Errors the user can fix appear in one place, a banner over the page.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a study folder or database; false (with the reason shown) when it cannot.
    bool openStudy(const QString &path);
    // Starts rating as raterId without asking (tests, scripted demos); empty: ask.
    bool startRating(const QString &raterId = {});

    StudyDatabase *database() const { return m_db.get(); }
    AnnotatorView *annotatorView() const { return m_annotator; }
    StudyOverviewPage *overviewPage() const { return m_overview; }
    CoordinatorDashboard *dashboard() const { return m_dashboard; }
    // Shows the coordinator's dashboard; false while an annotator session runs (blind).
    bool showDashboard();
    QString bannerText() const;
    // Coordinator views (hidden details, dashboard, package, merge, export) are locked on a
    // study opened for rating (a package or a library copy) until unlockCoordinatorViews().
    bool areCoordinatorViewsLocked() const;
    // Asks for confirmation (saying what becomes visible), logs the unlock in the study's event
    // log; false when declined or the log could not be written.
    bool unlockCoordinatorViews();
    // Every key, as F1 lists them (with the study's answer keys also before rating starts).
    QList<ShortcutSection> shortcutSections() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createLanguageMenu(QMenu *menu);
    void rebuildRecentMenu();
    void openFolderDialog();
    void openDatabaseDialog();
    void showShortcuts();
    void showAbout();
    void showError(const QString &message);
    void showProblems(const QString &path, const ProblemList &problems, const QString &error);
    void closeStudy();
    void updateTitle();
    void updateCoordinatorActions();
    void refreshStudyPage();
    QString answersNote() const;

    StudyLibrary m_library;
    std::unique_ptr<StudyDatabase> m_db;
    QString m_studyPath;
    QString m_studyTitle;
    QString m_studyId;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_welcome = nullptr;
    StudyOverviewPage *m_overview = nullptr;
    AnnotatorView *m_annotator = nullptr;
    CoordinatorDashboard *m_dashboard = nullptr;
    CoordinatorActions *m_coordinator = nullptr;
    // Dashboard, package, merge, export: off while an annotator session runs.
    QList<QAction *> m_coordinatorActions;
    QLabel *m_banner = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_rateAction = nullptr;
    QAction *m_overviewAction = nullptr;
    QAction *m_revealAction = nullptr;
    QAction *m_unlockAction = nullptr;
    StudyLibrary::Kind m_kind = StudyLibrary::Kind::Database;
    bool m_forRating = false;
    bool m_coordinatorUnlocked = false;
    StudyDefinition m_definition;
};

} // namespace avemo
