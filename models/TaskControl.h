#pragma once

#include <QtGlobal>

#include <functional>

namespace avemo {

// How a long task (packaging, merging, exporting, the dashboard's statistics) reports progress
// and learns that the user wants it to stop: the one such type, so a runner (the GUI's
// TaskRunner, avemo-cli) drives every task alike. Both callbacks are optional and are called on
// the thread that runs the task, so a GUI that runs it on a worker thread forwards progress
// with a queued signal and answers cancelled() from an atomic flag. done counts in units of
// total.
struct TaskControl
{
    std::function<void(qint64 done, qint64 total)> progress;
    std::function<bool()> cancelled;

    void report(qint64 done, qint64 total) const
    {
        if (progress)
            progress(done, total);
    }
    bool isCancelled() const { return cancelled && cancelled(); }
};

} // namespace avemo
