#pragma once

#include <QString>

namespace avemo {

// Light or dark. "System" keeps the palette the platform gives (a dark desktop theme gives a
// dark app); Light and Dark force a Fusion palette, for desktops where Qt 6.4 cannot see the
// system's choice. Everything in the app draws with palette roles, so it follows either way.
class Appearance
{
public:
    enum class Mode
    {
        System,
        Light,
        Dark
    };

    static Mode fromString(const QString &name);
    static QString toString(Mode mode);
    static void apply(Mode mode);
};

} // namespace avemo
