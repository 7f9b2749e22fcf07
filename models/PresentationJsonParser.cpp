#include "PresentationJsonParser.h"

#include <cmath>

namespace avemo {

namespace {

const KnownKeys kPresentationKeys{{
                                      QStringLiteral("blind"),
                                      QStringLiteral("seed"),
                                      QStringLiteral("must_play_fully"),
                                      QStringLiteral("gold_rate"),
                                      QStringLiteral("allow_new_raters"),
                                      QStringLiteral("autoplay"),
                                      QStringLiteral("loudness_lufs"),
                                  },
                                  Problem::Severity::Error};

} // namespace

void PresentationJsonParser::read(const QJsonValue &value, Presentation &p)
{
    const QString ptr = QStringLiteral("/presentation");
    if (value.isUndefined())
        return;
    if (!value.isObject()) {
        error(ptr, tr("presentation is %1 (expected an object)").arg(typeName(value)));
        return;
    }
    const QJsonObject obj = value.toObject();
    checkKeys(obj, ptr, kPresentationKeys);
    p.blind = optionalBool(obj, ptr, QStringLiteral("blind"), true);
    const double seed = optionalNumber(obj, ptr, QStringLiteral("seed"), 1);
    if (seed < 0 || seed != std::floor(seed) || seed > 9007199254740992.0)
        error(child(ptr, QStringLiteral("seed")),
              tr("seed must be a non-negative integer below 2^53"));
    else
        p.seed = quint64(seed);
    p.mustPlayFully = optionalBool(obj, ptr, QStringLiteral("must_play_fully"), false);
    p.goldRate = optionalNumber(obj, ptr, QStringLiteral("gold_rate"), 0.0);
    if (p.goldRate < 0 || p.goldRate > 1)
        error(child(ptr, QStringLiteral("gold_rate")),
              tr("gold_rate %1 is outside 0..1 (expected a share such as 0.1)").arg(p.goldRate));
    p.allowNewRaters = optionalBool(obj, ptr, QStringLiteral("allow_new_raters"), true);
    p.autoplay = optionalBool(obj, ptr, QStringLiteral("autoplay"), true);
    readLoudnessTarget(obj, ptr, p);
}

void PresentationJsonParser::readLoudnessTarget(const QJsonObject &obj, const QString &ptr,
                                                Presentation &p)
{
    const QJsonValue value = obj.value(QStringLiteral("loudness_lufs"));
    const QString where = child(ptr, QStringLiteral("loudness_lufs"));
    if (value.isNull()) { // normalisation off
        p.loudnessLufs.reset();
        return;
    }
    if (value.isUndefined())
        return;
    if (!value.isDouble()) {
        error(where, tr("loudness_lufs is %1 (expected a number of LUFS such as -23, or null to "
                        "play tracks as recorded)")
                         .arg(typeName(value)));
        return;
    }
    const double lufs = value.toDouble();
    // Below -70 LUFS is under the BS.1770 absolute gate; above 0 no real track can be raised to.
    if (lufs < -70.0 || lufs > 0.0) {
        error(where,
              tr("loudness_lufs %1 is outside -70..0 (expected a target such as -23)").arg(lufs));
        return;
    }
    p.loudnessLufs = lufs;
}

} // namespace avemo
