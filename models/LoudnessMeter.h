#pragma once

#include <QCoreApplication>
#include <QString>

#include <cmath>
#include <optional>

namespace avemo {

// Integrated loudness (EBU R128 / ITU-R BS.1770, in LUFS) and true peak (dBTP) of a file's
// first audio stream, measured with libebur128 on samples decoded by GStreamer (the decoder the
// player uses, so what is measured is what is played). Blocks until the whole stream is decoded:
// about a second per minute of audio. Needs no event loop.
class LoudnessMeter
{
    Q_DECLARE_TR_FUNCTIONS(avemo::LoudnessMeter)

public:
    struct Figures
    {
        // Unset for a file whose audio is silent (below the absolute gate): nothing to normalise.
        std::optional<double> integratedLufs;
        double truePeakDbtp = -HUGE_VAL;
    };
    struct Result
    {
        bool ok = false;
        QString error; // why the file could not be measured, when !ok
        Figures figures;
    };

    static Result measure(const QString &absolutePath);
};

// The gain that brings a track measured at `measuredLufs` to `targetLufs`, in dB. None when
// normalisation is off (no target) or the track has no measured loudness. Not capped: P.808
// practice is one loudness for every stimulus, so a track whose peak would exceed -1 dBTP is
// reported by `validate` (peakAfterGainDbtp) rather than turned down on its own.
double normalisationGainDb(std::optional<double> targetLufs, std::optional<double> measuredLufs);
// The ceiling a normalised track's true peak should stay under (EBU R128: -1 dBTP).
constexpr double kTruePeakCeilingDbtp = -1.0;

} // namespace avemo
