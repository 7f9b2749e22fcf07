#pragma once

#include "export/DashboardSnapshot.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QTabWidget;

namespace avemo {

class ConfusionTab;
class DriftChartTab;
class ItemsTab;
class MetricsChartTab;
class MosChartTab;
class OverviewTab;
class RatersTab;
class RaterTableModel;
class StudyDatabase;
class TaskRunner;

// The coordinator's dashboard: unblinded, a page of its own apart from the annotator's view.
// The figures come from a DashboardSnapshot computed on a worker thread with its own
// connection; the few writes (exclusions, adjudications) go through the window's connection on
// the GUI thread and are followed by a recompute.
class CoordinatorDashboard : public QWidget
{
    Q_OBJECT

public:
    explicit CoordinatorDashboard(QWidget *parent = nullptr);
    ~CoordinatorDashboard() override;

    // The open study (null: none). The dashboard keeps the pointer until the next call, so
    // the window calls setDatabase(nullptr) before closing the database.
    void setDatabase(StudyDatabase *db);
    // Recomputes in the background; a request while computing runs once that one is done.
    void refresh();
    void setBootstrapResamples(std::size_t resamples) { m_resamples = resamples; }

    StudyDatabase *database() const { return m_db; }
    std::shared_ptr<const DashboardSnapshot> snapshot() const { return m_snapshot; }
    TaskRunner *runner() const { return m_runner; }
    QTabWidget *tabs() const { return m_tabs; }
    OverviewTab *overviewTab() const { return m_overview; }
    RatersTab *ratersTab() const { return m_raters; }
    ItemsTab *itemsTab() const { return m_items; }
    MosChartTab *mosTab() const { return m_mos; }
    ConfusionTab *confusionTab() const { return m_confusion; }
    DriftChartTab *driftTab() const { return m_drift; }
    MetricsChartTab *metricsTab() const { return m_metrics; }
    // The metrics file the charts use (empty: none), for File > Export.
    QString metricsPath() const;
    RaterTableModel *raterModel() const { return m_raterModel; }

    // Record a change (and recompute). False with the reason in error.
    bool excludeRater(const QString &raterId, const QString &reason, QString &error);
    bool includeRater(const QString &raterId, QString &error);
    // The coordinator's decision on an item, kept apart from the raters' answers.
    bool adjudicate(const QString &itemId, const QString &questionId, const QString &value,
                    const QString &reason, QString &error);

    // Asks the coordinator why a rater is excluded (nullopt: cancelled). A dialog by default;
    // tests put an answer in its place.
    using ReasonPrompt = std::function<std::optional<QString>(const QString &raterId)>;
    void setReasonPrompt(ReasonPrompt prompt) { m_askReason = std::move(prompt); }

signals:
    void errorOccurred(const QString &message);
    void refreshed();

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void onExclusionToggle(const QString &raterId, bool exclude);
    void setSnapshot(std::shared_ptr<const DashboardSnapshot> snapshot);
    void onAdjudicate(const QString &itemId, const QString &questionId);
    void reloadAdjudications();

    StudyDatabase *m_db = nullptr;
    ReasonPrompt m_askReason;
    std::shared_ptr<const DashboardSnapshot> m_snapshot;
    std::size_t m_resamples = 1000;
    bool m_refreshPending = false;
    quint64 m_generation = 0; // a result for an earlier study is dropped
    TaskRunner *m_runner = nullptr;
    QLabel *m_status = nullptr;
    QTabWidget *m_tabs = nullptr;
    RaterTableModel *m_raterModel = nullptr;
    OverviewTab *m_overview = nullptr;
    RatersTab *m_raters = nullptr;
    ItemsTab *m_items = nullptr;
    MosChartTab *m_mos = nullptr;
    ConfusionTab *m_confusion = nullptr;
    DriftChartTab *m_drift = nullptr;
    MetricsChartTab *m_metrics = nullptr;
};

} // namespace avemo
