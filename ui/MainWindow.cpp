#include "MainWindow.h"

#include "AnnotationSession.h"
#include "AnnotatorView.h"
#include "AppSettings.h"
#include "Appearance.h"
#include "AvemoVersion.h"
#include "Language.h"
#include "RaterDialog.h"
#include "RatingStore.h"
#include "StudyOverviewPage.h"
#include "StudyReader.h"
#include "dashboard/CoordinatorActions.h"
#include "dashboard/CoordinatorDashboard.h"
#include "player/PlaybackController.h"
#include "rating/KeyboardShortcutsDialog.h"
#include "rating/RatingPanel.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace avemo {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_library(StudyLibrary::defaultFolder())
{
    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setMargin(8);
    m_banner->setStyleSheet(QStringLiteral(
        "QLabel { background: palette(highlight); color: palette(highlighted-text); }"));
    m_banner->hide();

    m_welcome = new QLabel(
        tr("Open a study folder (Ctrl+O) or a study database (Ctrl+Shift+O) to begin."), this);
    static_cast<QLabel *>(m_welcome)->setAlignment(Qt::AlignCenter);
    m_overview = new StudyOverviewPage(this);
    m_annotator = new AnnotatorView(this);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_overview);
    m_pages->addWidget(m_annotator);
    m_dashboard = new CoordinatorDashboard(this);
    m_pages->addWidget(m_dashboard);
    m_coordinator = new CoordinatorActions(this);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    connect(m_overview, &StudyOverviewPage::startRatingRequested, this, [this] { startRating(); });
    connect(m_overview, &StudyOverviewPage::continueRequested, this,
            [this](const QString &rater) { startRating(rater); });
    connect(m_annotator, &AnnotatorView::errorOccurred, this, &MainWindow::showError);
    connect(m_dashboard, &CoordinatorDashboard::errorOccurred, this, &MainWindow::showError);
    connect(m_coordinator, &CoordinatorActions::errorOccurred, this, &MainWindow::showError);
    connect(m_coordinator, &CoordinatorActions::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_coordinator, &CoordinatorActions::studyChanged, m_dashboard,
            &CoordinatorDashboard::refresh);
    connect(m_annotator, &AnnotatorView::progressChanged, this, [this](int done, int total) {
        statusBar()->showMessage(tr("%1 of %n item(s) saved", nullptr, total).arg(done));
    });
    if (!PlaybackController::hasAudioOutput()) {
        // Said once, where it stays visible, instead of a warning per clip.
        auto *noSound = new QLabel(tr("no audio output: sound is off"), this);
        noSound->setObjectName(QStringLiteral("noAudioOutput"));
        statusBar()->addPermanentWidget(noSound);
    }
    createMenus();
    updateTitle();
    resize(1180, 760);
    if (const QByteArray geometry = AppSettings::windowGeometry(); !geometry.isEmpty())
        restoreGeometry(geometry);
}

MainWindow::~MainWindow()
{
    closeStudy();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open Study Folder..."), QKeySequence::Open, this,
                    &MainWindow::openFolderDialog);
    file->addAction(tr("Open Study &Database..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                    this, &MainWindow::openDatabaseDialog);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    file->addSeparator();
    // Coordinator work; each runs only while no annotator session is open.
    const auto coordinator = [this](void (CoordinatorActions::*action)(StudyDatabase &)) {
        return [this, action] {
            if (m_db && !m_annotator->session() && !areCoordinatorViewsLocked())
                (m_coordinator->*action)(*m_db);
        };
    };
    m_coordinatorActions.append(file->addAction(tr("Prepare Annotator &Package..."), this,
                                                coordinator(&CoordinatorActions::preparePackage)));
    m_coordinatorActions.append(file->addAction(tr("&Merge Results..."), this,
                                                coordinator(&CoordinatorActions::mergeResults)));
    m_coordinatorActions.append(file->addAction(tr("&Export..."), this, [this] {
        if (m_db && !m_annotator->session() && !areCoordinatorViewsLocked())
            m_coordinator->exportStudy(*m_db, m_dashboard->metricsPath());
    }));
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_overviewAction =
        view->addAction(tr("Study &Overview"), QKeySequence(Qt::CTRL | Qt::Key_1), this, [this] {
            if (m_db) {
                refreshStudyPage();
                m_pages->setCurrentWidget(m_overview);
            }
        });
    m_rateAction = view->addAction(tr("&Rate"), QKeySequence(Qt::CTRL | Qt::Key_R), this,
                                   [this] { startRating(); });
    m_coordinatorActions.append(view->addAction(tr("Coordinator &Dashboard"),
                                                QKeySequence(Qt::CTRL | Qt::Key_2), this,
                                                [this] { showDashboard(); }));
    view->addSeparator();
    m_revealAction = view->addAction(tr("Show Hidden Study Details (Coordinator)"));
    m_revealAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_revealAction->setObjectName(QStringLiteral("revealAction"));
    m_revealAction->setCheckable(true);
    connect(m_revealAction, &QAction::toggled, m_overview,
            &StudyOverviewPage::setShowHiddenDetails);
    m_unlockAction = view->addAction(tr("Unlock Coordinator Views..."), this,
                                     &MainWindow::unlockCoordinatorViews);
    m_unlockAction->setObjectName(QStringLiteral("unlockCoordinatorAction"));
    m_unlockAction->setToolTip(
        tr("Show the systems, item ids and file names of a study opened for rating, and open "
           "the dashboard, package, merge and export (asks first, and is logged)"));

    QMenu *appearance = view->addMenu(tr("&Appearance"));
    auto *modes = new QActionGroup(this);
    const QList<QPair<Appearance::Mode, QString>> choices{
        {Appearance::Mode::System, tr("Follow the &System")},
        {Appearance::Mode::Light, tr("&Light")},
        {Appearance::Mode::Dark, tr("&Dark")}};
    const Appearance::Mode current = Appearance::fromString(AppSettings::appearance());
    for (const auto &[mode, label] : choices) {
        QAction *action = appearance->addAction(label);
        action->setCheckable(true);
        action->setChecked(mode == current);
        modes->addAction(action);
        connect(action, &QAction::triggered, this, [mode = mode] {
            AppSettings::setAppearance(Appearance::toString(mode));
            Appearance::apply(mode);
        });
    }
    createLanguageMenu(view->addMenu(tr("&Language")));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard Shortcuts"), QKeySequence(Qt::Key_F1), this,
                    &MainWindow::showShortcuts);
    help->addAction(tr("&About AV-EMO Rater"), this, &MainWindow::showAbout);
}

void MainWindow::createLanguageMenu(QMenu *menu)
{
    auto *languages = new QActionGroup(this);
    const QString current = AppSettings::language();
    const auto add = [&](const QString &code, const QString &label) {
        QAction *action = menu->addAction(label);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            AppSettings::setLanguage(code);
            // Widgets keep the texts they were built with: the new language needs a restart.
            auto *box =
                new QMessageBox(QMessageBox::Information, tr("Language"),
                                tr("The language changes the next time AV-EMO Rater starts."),
                                QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
    };
    add(QString(), tr("Follow the &System"));
    menu->addSeparator();
    // Each language named in itself, so that someone who cannot read the current one finds it.
    for (const QString &code : Language::available())
        add(code, Language::nativeName(code));
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = AppSettings::recentStudies();
    for (const QString &path : recent)
        m_recentMenu->addAction(path, this, [this, path] { openStudy(path); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::openFolderDialog()
{
    const QString path = QFileDialog::getExistingDirectory(this, tr("Open Study Folder"),
                                                           AppSettings::lastStudyPath());
    if (!path.isEmpty())
        openStudy(path);
}

void MainWindow::openDatabaseDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Study Database"), AppSettings::lastStudyPath(),
                                     tr("Study databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openStudy(path);
}

bool MainWindow::openStudy(const QString &path)
{
    closeStudy();
    QProgressDialog progress(tr("Checking the study's media..."), QString(), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    StudyFolderLoader::Options options;
    options.mediaProgress = [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
    };
    QApplication::setOverrideCursor(Qt::WaitCursor);
    StudyLibrary::Opened opened = m_library.open(path, options);
    QApplication::restoreOverrideCursor();
    progress.reset();
    if (!opened.db) {
        showProblems(path, opened.problems, opened.error);
        return false;
    }
    m_db = std::move(opened.db);
    m_kind = opened.kind;
    m_forRating = opened.isForRating();
    m_coordinatorUnlocked = false;
    StudyReader reader(*m_db);
    StudySummary summary;
    StudyDefinition definition;
    QList<StoredItem> items;
    QString error;
    if (!reader.summary(summary, error) || !reader.definition(definition, error) ||
        !reader.items(items, error)) {
        m_db.reset();
        showError(tr("Cannot read the study in %1: %2").arg(path, error));
        return false;
    }
    m_studyPath = path;
    m_studyTitle = definition.title.text(QLocale()); // in the annotator's language
    m_studyId = summary.studyId;
    m_definition = definition;
    m_overview->setStudy(summary, definition, reader.systems(), std::move(items));
    refreshStudyPage();
    m_annotator->setHandBackNote(answersNote());
    m_pages->setCurrentWidget(m_overview);
    m_banner->hide();
    AppSettings::setLastStudyPath(path);
    AppSettings::addRecentStudy(path);
    rebuildRecentMenu();
    updateTitle();
    // Which file was opened, so that nobody rates in a file they did not mean.
    const QString file = QDir::toNativeSeparators(m_db->path());
    statusBar()->showMessage(opened.importedNow ? tr("Study imported and opened: %1").arg(file)
                                                : tr("Study opened: %1").arg(file));
    if (opened.changedMedia > 0)
        showError(tr("%n media file(s) of this study changed since it was imported. Items using "
                     "them may not play; Ctrl+K skips and flags such an item.",
                     nullptr, opened.changedMedia));
    return true;
}

bool MainWindow::startRating(const QString &raterId)
{
    if (!m_db)
        return false;
    QString rater = raterId;
    if (rater.isEmpty()) {
        StudyDefinition definition;
        QString error;
        StudyReader(*m_db).definition(definition, error);
        RaterDialog dialog(RatingStore(*m_db).raterIds(), definition.presentation.allowNewRaters,
                           AppSettings::lastRater(m_studyId), this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        rater = dialog.raterId();
    }
    QString error;
    auto session = AnnotationSession::start(*m_db, rater, error);
    if (!session) {
        showError(tr("Cannot start rating: %1").arg(error));
        return false;
    }
    AppSettings::setLastRater(m_studyId, rater);
    m_annotator->setSession(std::move(session));
    // Annotators of a blind study must not be able to reveal what it hides.
    updateCoordinatorActions();
    m_pages->setCurrentWidget(m_annotator);
    updateTitle();
    return true;
}

bool MainWindow::showDashboard()
{
    if (!m_db || m_annotator->session() || areCoordinatorViewsLocked())
        return false;
    // Computed when first shown (never for an annotator who only opens the study), and
    // recomputed on every visit: ratings may have arrived since.
    if (m_dashboard->database() != m_db.get())
        m_dashboard->setDatabase(m_db.get());
    else
        m_dashboard->refresh();
    m_pages->setCurrentWidget(m_dashboard);
    return true;
}

void MainWindow::closeStudy()
{
    if (m_annotator)
        m_annotator->endSession();
    if (m_dashboard)
        m_dashboard->setDatabase(nullptr); // before the connection it uses goes
    m_db.reset();
    m_forRating = false;
    m_coordinatorUnlocked = false;
    if (m_unlockAction)
        updateCoordinatorActions();
    if (m_pages)
        m_pages->setCurrentWidget(m_welcome);
}

void MainWindow::updateTitle()
{
    // The study title only: never a path, a file name or a system (blind studies).
    setWindowTitle(m_db ? tr("%1 - AV-EMO Rater").arg(m_studyTitle) : tr("AV-EMO Rater"));
    m_rateAction->setEnabled(m_db != nullptr);
    m_overviewAction->setEnabled(m_db != nullptr);
    updateCoordinatorActions();
}

bool MainWindow::areCoordinatorViewsLocked() const
{
    return m_forRating && !m_coordinatorUnlocked;
}

void MainWindow::updateCoordinatorActions()
{
    const bool allowed = m_db && !m_annotator->session() && !areCoordinatorViewsLocked();
    if (!allowed)
        m_revealAction->setChecked(false);
    m_revealAction->setEnabled(allowed);
    for (QAction *action : std::as_const(m_coordinatorActions))
        action->setEnabled(allowed);
    m_unlockAction->setEnabled(m_db && !m_annotator->session() && areCoordinatorViewsLocked());
}

bool MainWindow::unlockCoordinatorViews()
{
    if (!m_db || m_annotator->session() || !areCoordinatorViewsLocked())
        return false;
    QMessageBox box(QMessageBox::Warning, tr("Unlock Coordinator Views"),
                    tr("This study is opened for rating. Unlocking shows what annotators must not "
                       "see: every item id, which system made each reply, and the media file "
                       "names (View > Show Hidden Study Details), and opens the coordinator's "
                       "dashboard, package, merge and export.\n\nThe unlock is recorded in the "
                       "study's event log. Unlock until the study is closed?"),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setDefaultButton(QMessageBox::Cancel);
    box.button(QMessageBox::Yes)->setText(tr("Unlock"));
    if (box.exec() != QMessageBox::Yes)
        return false;
    QString error;
    if (!RatingStore(*m_db).logEvent({0, 0, QStringLiteral("coordinator_unlock"), -1,
                                      QStringLiteral("hidden details, dashboard, package, merge, "
                                                     "export")},
                                     error)) {
        showError(
            tr("The coordinator views stay locked: the unlock could not be logged: %1").arg(error));
        return false;
    }
    m_coordinatorUnlocked = true;
    updateCoordinatorActions();
    statusBar()->showMessage(tr("Coordinator views unlocked until the study is closed"), 8000);
    return true;
}

QString MainWindow::answersNote() const
{
    const QString file = QDir::toNativeSeparators(m_db->path());
    switch (m_kind) {
    case StudyLibrary::Kind::Package:
        return tr("Your answers are saved as you go in %1. When you are done, close AV-EMO Rater "
                  "and give your coordinator this file (the rest of the folder is the study you "
                  "were given).")
            .arg(file);
    case StudyLibrary::Kind::Library:
        return tr("Your answers are saved as you go in %1, in your own AV-EMO Rater library (not "
                  "in the study folder). When you are done, close AV-EMO Rater and give your "
                  "coordinator this file.")
            .arg(file);
    case StudyLibrary::Kind::Database:
        break;
    }
    return tr("Answers are saved as you go in %1.").arg(file);
}

void MainWindow::refreshStudyPage()
{
    // The rater this computer last rated as (or a package's only rater), with their progress.
    RatingStore store(*m_db);
    const QStringList raters = store.raterIds();
    QString rater = AppSettings::lastRater(m_studyId);
    if (!raters.contains(rater))
        rater = m_kind == StudyLibrary::Kind::Package && raters.size() == 1 ? raters.first()
                                                                            : QString();
    const auto progress = rater.isEmpty() ? std::nullopt : store.progress(rater);
    if (progress && progress->assigned > 0)
        m_overview->setRaterProgress(rater, progress->finished, progress->assigned);
    else
        m_overview->setRaterProgress({}, 0, 0);
    m_overview->setAnswersNote(answersNote());
}

void MainWindow::showError(const QString &message)
{
    m_banner->setText(message);
    m_banner->show();
}

QString MainWindow::bannerText() const
{
    return m_banner->isVisible() ? m_banner->text() : QString();
}

void MainWindow::showProblems(const QString &path, const ProblemList &problems,
                              const QString &error)
{
    showError(tr("Cannot open %1: %2").arg(path, error));
    if (problems.isEmpty())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Problems in the study"));
    auto *text = new QPlainTextEdit(&dialog);
    text->setReadOnly(true);
    QStringList lines;
    for (const Problem &p : problems)
        lines.append(p.toString());
    text->setPlainText(lines.join(u'\n'));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(
        tr("%1 could not be opened. Fix these problems and open it again:").arg(path), &dialog));
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog.resize(760, 360);
    dialog.exec();
}

QList<ShortcutSection> MainWindow::shortcutSections() const
{
    QList<ShortcutSection> sections{{tr("Player"), m_annotator->playerKeys()},
                                    {tr("Items"), m_annotator->navigationKeys()}};
    if (m_annotator->session() || !m_db) {
        sections += m_annotator->panel()->shortcutSections();
    } else {
        // On the study page: the answer keys of this study, before rating starts.
        const RatingPanel preview(m_definition.questions, m_definition.labelSets);
        sections += preview.shortcutSections();
    }
    sections.append({tr("Application"),
                     {{QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText),
                       tr("Open a study folder")},
                      {tr("Ctrl+R"), tr("Start rating")},
                      {tr("F1"), tr("This list")},
                      {QKeySequence(QKeySequence::Quit).toString(QKeySequence::NativeText),
                       tr("Quit (everything is already saved)")}}});
    return sections;
}

void MainWindow::showShortcuts()
{
    KeyboardShortcutsDialog dialog(this);
    dialog.addSections(shortcutSections());
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About AV-EMO Rater"),
        tr("<b>AV-EMO Rater %1</b><p>Blind, keyboard-driven perceptual rating of audio-visual "
           "emotional dialogue, with agreement statistics and tidy exports.</p>")
            .arg(QStringLiteral(AVEMO_VERSION)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    AppSettings::setWindowGeometry(saveGeometry());
    closeStudy();
    event->accept();
}

} // namespace avemo
