#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QtEndian>

#include <cmath>

// Writes test tracks of known loudness: a 1 kHz sine (the tone of EBU Tech 3341's test signals)
// as 16-bit PCM WAV at 48 kHz, every channel at `peakDbfs` (sine amplitude relative to full
// scale). Tech 3341 case 1: stereo, -23 dBFS, measures -23.0 LUFS. Optionally one full-scale
// click in the middle: a peak that barely changes the loudness.
struct ToneWav
{
    int channels = 2;
    double peakDbfs = -23.0;
    double seconds = 5.0;
    bool click = false;
    bool silent = false;

    bool write(const QString &path) const
    {
        constexpr int kRate = 48000;
        const qint64 frames = qint64(seconds * kRate);
        const double amplitude = silent ? 0.0 : std::pow(10.0, peakDbfs / 20.0);
        QByteArray data;
        data.reserve(int(frames * channels * 2));
        for (qint64 i = 0; i < frames; ++i) {
            double v = amplitude * std::sin(2.0 * M_PI * 1000.0 * double(i) / kRate);
            if (click && i == frames / 2)
                v = 0.99;
            const qint16 sample = qint16(std::lround(v * 32767.0));
            for (int c = 0; c < channels; ++c) {
                char bytes[2];
                qToLittleEndian(sample, bytes);
                data.append(bytes, 2);
            }
        }
        QByteArray wav("RIFF");
        append32(wav, quint32(36 + data.size()));
        wav.append("WAVEfmt ");
        append32(wav, 16);
        append16(wav, 1); // PCM
        append16(wav, quint16(channels));
        append32(wav, kRate);
        append32(wav, quint32(kRate * channels * 2));
        append16(wav, quint16(channels * 2));
        append16(wav, 16);
        wav.append("data");
        append32(wav, quint32(data.size()));
        wav.append(data);
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(wav) == wav.size();
    }

private:
    static void append32(QByteArray &out, quint32 v)
    {
        char b[4];
        qToLittleEndian(v, b);
        out.append(b, 4);
    }
    static void append16(QByteArray &out, quint16 v)
    {
        char b[2];
        qToLittleEndian(v, b);
        out.append(b, 2);
    }
};
