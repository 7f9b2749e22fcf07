#pragma once

#include <functional>

namespace avemo {

// How a long coordinator task (packaging, merging) reports progress and learns that the user
// wants it to stop. Both callbacks are optional and are called on the thread that runs the
// task, so a GUI that runs it on a worker thread forwards progress with a queued signal and
// answers cancelled() from an atomic flag.
struct TaskControl
{
    std::function<void(int done, int total)> progress;
    std::function<bool()> cancelled;

    void report(int done, int total) const
    {
        if (progress)
            progress(done, total);
    }
    bool isCancelled() const { return cancelled && cancelled(); }
};

} // namespace avemo
