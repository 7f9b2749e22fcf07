#pragma once

#include "TaskControl.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <functional>
#include <thread>

class QProgressDialog;
class QWidget;

namespace avemo {

// Runs one long coordinator job (statistics with bootstrap, merge, export, package) on a
// worker thread so the window stays responsive. The job gets a TaskControl whose progress is
// forwarded to the GUI thread and whose cancelled() answers from an atomic flag; `done` runs
// on the GUI thread once the job has returned. The job must open its own database connection:
// QSqlDatabase connections belong to the thread that made them.
class TaskRunner : public QObject
{
    Q_OBJECT

public:
    explicit TaskRunner(QObject *parent = nullptr);
    // Cancels a running job and waits for it: the job only holds its own connection and
    // copies, so waiting is short (one step of the job).
    ~TaskRunner() override;

    // False (nothing started) while another job runs. With a dialogParent, a cancellable
    // progress dialog titled `label` shows while the job runs (after a short delay, so quick
    // jobs do not flash a dialog).
    bool start(const QString &label, std::function<void(const TaskControl &)> job,
               std::function<void(bool cancelled)> done, QWidget *dialogParent = nullptr);

    bool isRunning() const { return m_running; }
    void cancel() { m_cancel.store(true); }
    // Blocks until the running job returned and its `done` ran (tests, shutdown).
    bool waitForDone(int timeoutMs = 30000);

signals:
    void progressChanged(int done, int total);
    void finished(bool cancelled);

private:
    void onJobReturned();

    std::thread m_thread;
    std::atomic<bool> m_cancel{false};
    bool m_running = false;
    std::function<void(bool)> m_done;
    QPointer<QProgressDialog> m_dialog;
};

} // namespace avemo
