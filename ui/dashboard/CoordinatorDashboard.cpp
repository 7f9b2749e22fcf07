#include "dashboard/CoordinatorDashboard.h"

#include "StudyDatabase.h"
#include "coordination/Adjudications.h"
#include "coordination/RaterExclusions.h"
#include "dashboard/AdjudicationDialog.h"
#include "dashboard/ConfusionTab.h"
#include "dashboard/DriftChartTab.h"
#include "dashboard/ItemsTab.h"
#include "dashboard/MetricsChartTab.h"
#include "dashboard/MosChartTab.h"
#include "dashboard/OverviewTab.h"
#include "dashboard/RaterTableModel.h"
#include "dashboard/RatersTab.h"
#include "dashboard/TaskRunner.h"
#include "player/PlayerWidget.h"

#include <QInputDialog>
#include <QLabel>
#include <QTabWidget>
#include <QTime>
#include <QVBoxLayout>

namespace avemo {

CoordinatorDashboard::CoordinatorDashboard(QWidget *parent)
    : QWidget(parent)
{
    m_runner = new TaskRunner(this);
    m_status = new QLabel(this);
    m_status->setContentsMargins(4, 0, 4, 0);
    m_raterModel = new RaterTableModel(this);
    m_overview = new OverviewTab(m_raterModel, this);
    m_raters = new RatersTab(m_raterModel, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    // Mnemonics (Alt+letter) switch tabs from the keyboard; they avoid the menus' letters.
    m_tabs->addTab(m_overview, tr("&Overview"));
    m_tabs->addTab(m_raters, tr("&Raters"));
    m_items = new ItemsTab(this);
    m_tabs->addTab(m_items, tr("&Items"));
    // The charts get tabs of their own: each needs the whole page to be readable.
    m_mos = new MosChartTab(this);
    m_tabs->addTab(m_mos, tr("&MOS per System"));
    m_confusion = new ConfusionTab(this);
    m_tabs->addTab(m_confusion, tr("&Label Confusion"));
    m_drift = new DriftChartTab(this);
    m_tabs->addTab(m_drift, tr("Rater &Drift"));
    m_metrics = new MetricsChartTab(this);
    m_tabs->addTab(m_metrics, tr("Scores vs Me&trics"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);

    connect(m_raters, &RatersTab::exclusionToggleRequested, this,
            &CoordinatorDashboard::onExclusionToggle);
    connect(m_items, &ItemsTab::adjudicateRequested, this, &CoordinatorDashboard::onAdjudicate);
    m_askReason = [this](const QString &raterId) -> std::optional<QString> {
        bool ok = false;
        const QString reason = QInputDialog::getText(
            this, tr("Exclude %1").arg(raterId),
            tr("Why is %1 left out of the statistics? The reason is recorded and reported in "
               "every export; the exclusion can be undone.")
                .arg(raterId),
            QLineEdit::Normal, QString(), &ok);
        return ok ? std::optional<QString>(reason.trimmed()) : std::nullopt;
    };
}

CoordinatorDashboard::~CoordinatorDashboard() = default;

void CoordinatorDashboard::setDatabase(StudyDatabase *db)
{
    m_db = db;
    ++m_generation;
    m_runner->cancel();
    setSnapshot(nullptr);
    if (m_db)
        refresh();
}

void CoordinatorDashboard::refresh()
{
    if (!m_db)
        return;
    if (m_runner->isRunning()) {
        m_refreshPending = true;
        m_runner->cancel();
        return;
    }
    m_refreshPending = false;
    m_status->setText(tr("Computing the figures..."));
    auto result = std::make_shared<std::shared_ptr<const DashboardSnapshot>>();
    auto error = std::make_shared<QString>();
    const QString path = m_db->path();
    DashboardSnapshot::Options options;
    options.bootstrapResamples = m_resamples;
    const quint64 generation = m_generation;
    m_runner->start(
        tr("Computing agreement statistics"),
        [result, error, path, options](const TaskControl &control) {
            *result = DashboardSnapshot::compute(path, options, control, *error);
        },
        [this, result, error, generation](bool cancelled) {
            if (generation != m_generation || m_refreshPending) {
                refresh();
                return;
            }
            if (cancelled) {
                m_status->setText(tr("Computing was cancelled; the figures shown may be out of "
                                     "date."));
                return;
            }
            if (!*result) {
                m_status->setText(tr("No figures."));
                emit errorOccurred(tr("Cannot compute the dashboard's figures: %1").arg(*error));
                return;
            }
            setSnapshot(*result);
            emit refreshed();
        },
        this);
}

void CoordinatorDashboard::setSnapshot(std::shared_ptr<const DashboardSnapshot> snapshot)
{
    m_snapshot = std::move(snapshot);
    m_raterModel->setSnapshot(m_snapshot);
    m_overview->setSnapshot(m_snapshot);
    m_raters->setSnapshot(m_snapshot);
    m_items->setSnapshot(m_snapshot);
    m_mos->setSnapshot(m_snapshot);
    m_confusion->setSnapshot(m_snapshot);
    m_drift->setSnapshot(m_snapshot);
    m_metrics->setSnapshot(m_snapshot);
    reloadAdjudications();
    if (m_snapshot)
        m_status->setText(tr("Figures computed at %1 from %n response(s).", nullptr,
                             int(m_snapshot->study.responses().size()))
                              .arg(QTime::currentTime().toString(Qt::ISODate)));
    else
        m_status->clear();
}

QString CoordinatorDashboard::metricsPath() const
{
    return m_metrics->metricsPath();
}

bool CoordinatorDashboard::excludeRater(const QString &raterId, const QString &reason,
                                        QString &error)
{
    if (!m_db || !RaterExclusions(*m_db).exclude(raterId, reason, error))
        return false;
    refresh();
    return true;
}

bool CoordinatorDashboard::includeRater(const QString &raterId, QString &error)
{
    if (!m_db || !RaterExclusions(*m_db).include(raterId, error))
        return false;
    refresh();
    return true;
}

void CoordinatorDashboard::onExclusionToggle(const QString &raterId, bool exclude)
{
    QString error;
    bool ok = false;
    if (exclude) {
        const std::optional<QString> reason = m_askReason(raterId);
        if (!reason)
            return;
        ok = excludeRater(raterId, *reason, error);
    } else {
        ok = includeRater(raterId, error);
    }
    if (!ok)
        emit errorOccurred(tr("Cannot change whether %1 counts: %2").arg(raterId, error));
}

bool CoordinatorDashboard::adjudicate(const QString &itemId, const QString &questionId,
                                      const QString &value, const QString &reason, QString &error)
{
    // Who decided: the desktop user; the study database has no coordinator accounts.
    const QString who = qEnvironmentVariable("USER", QStringLiteral("coordinator"));
    if (!m_db || !Adjudications(*m_db).record(itemId, questionId, value, reason, who, error))
        return false;
    // No recompute: a decision changes none of the raters' figures.
    reloadAdjudications();
    return true;
}

void CoordinatorDashboard::reloadAdjudications()
{
    QList<Adjudication> list;
    QString error;
    if (m_db && !Adjudications(*m_db).list(list, error))
        emit errorOccurred(tr("Cannot read the adjudications: %1").arg(error));
    m_items->setAdjudications(list);
}

void CoordinatorDashboard::onAdjudicate(const QString &itemId, const QString &questionId)
{
    if (!m_snapshot)
        return;
    AdjudicationDialog dialog(m_snapshot->study.definition(), itemId, questionId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!adjudicate(itemId, dialog.questionId(), dialog.value(), dialog.reason(), error))
        emit errorOccurred(tr("Cannot record the decision on %1: %2").arg(itemId, error));
}

void CoordinatorDashboard::hideEvent(QHideEvent *event)
{
    // Nothing plays behind another page (the annotator's view above all).
    m_items->player()->pause();
    QWidget::hideEvent(event);
}

} // namespace avemo
