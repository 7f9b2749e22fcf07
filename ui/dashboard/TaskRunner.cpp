#include "dashboard/TaskRunner.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QProgressDialog>
#include <QThread>

#include <limits>

namespace avemo {

TaskRunner::TaskRunner(QObject *parent)
    : QObject(parent)
{
}

TaskRunner::~TaskRunner()
{
    m_cancel.store(true);
    if (m_thread.joinable())
        m_thread.join();
    // A queued onJobReturned() still pending is dropped with this object's posted events.
}

bool TaskRunner::start(const QString &label, std::function<void(const TaskControl &)> job,
                       std::function<void(bool)> done, QWidget *dialogParent)
{
    if (m_running)
        return false;
    if (m_thread.joinable())
        m_thread.join();
    m_running = true;
    m_cancel.store(false);
    m_done = std::move(done);
    if (dialogParent) {
        // Not exec(): the dialog is window-modal and the event loop keeps running.
        m_dialog = new QProgressDialog(label, tr("Cancel"), 0, 0, dialogParent);
        m_dialog->setWindowTitle(label);
        m_dialog->setWindowModality(Qt::WindowModal);
        m_dialog->setMinimumDuration(300);
        m_dialog->setAutoClose(false);
        m_dialog->setAutoReset(false);
        m_dialog->setValue(0);
        connect(m_dialog, &QProgressDialog::canceled, this, [this] {
            cancel();
            if (m_dialog)
                m_dialog->setLabelText(tr("Stopping..."));
        });
        connect(this, &TaskRunner::progressChanged, m_dialog, [this](int value, int total) {
            if (!m_dialog)
                return;
            m_dialog->setMaximum(total);
            m_dialog->setValue(value);
        });
    }
    m_thread = std::thread([this, job = std::move(job)] {
        TaskControl control;
        control.cancelled = [this] { return m_cancel.load(std::memory_order_relaxed); };
        // Queued to the GUI thread; only whole-percent steps, so a job that reports every
        // row does not flood the event queue. A total past the bar's int range is shown in
        // thousandths.
        control.progress = [this, last = qint64(-1), lastTotal = qint64(-1)](qint64 value,
                                                                             qint64 total) mutable {
            const qint64 percent = total > 0 ? value * 100 / total : 0;
            if (percent == last && total == lastTotal)
                return;
            last = percent;
            lastTotal = total;
            if (total > std::numeric_limits<int>::max())
                emit progressChanged(int(value * 1000 / total), 1000);
            else
                emit progressChanged(int(value), int(total));
        };
        job(control);
        QMetaObject::invokeMethod(this, &TaskRunner::onJobReturned, Qt::QueuedConnection);
    });
    return true;
}

void TaskRunner::onJobReturned()
{
    if (m_thread.joinable())
        m_thread.join();
    const bool cancelled = m_cancel.load();
    m_running = false;
    if (m_dialog) {
        m_dialog->close();
        m_dialog->deleteLater();
    }
    const auto done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(cancelled);
    emit finished(cancelled);
}

bool TaskRunner::waitForDone(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_running && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return !m_running;
}

} // namespace avemo
