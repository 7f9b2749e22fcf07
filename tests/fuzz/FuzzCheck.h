#pragma once

#include "Problem.h"

#include <cstdio>
#include <cstdlib>

// An invariant the fuzzed code must keep whatever the input; a broken one aborts, which
// libFuzzer reports (and saves the input) like a crash.
#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "FUZZ_CHECK failed: %s (%s:%d)\n", #condition, __FILE__,          \
                         __LINE__);                                                                \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

namespace avemo::fuzz {

// Every problem names its file, has a message, and a position that exists (0 = whole file).
inline void checkProblems(const ProblemList &problems, const QString &file)
{
    for (const Problem &p : problems) {
        FUZZ_CHECK(p.file == file);
        FUZZ_CHECK(!p.message.isEmpty());
        FUZZ_CHECK(p.line >= 0 && p.column >= 0);
        FUZZ_CHECK(!p.toString().isEmpty());
    }
}

} // namespace avemo::fuzz
