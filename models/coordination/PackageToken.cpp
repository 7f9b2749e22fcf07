#include "coordination/PackageToken.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace avemo::PackageToken {

namespace {

QString withNonce(const QString &nonce, const QString &masterInstance, const QString &raterId)
{
    const QByteArray mac = QMessageAuthenticationCode::hash(
                               QStringLiteral("avemo-package|%1|%2").arg(raterId, nonce).toUtf8(),
                               masterInstance.toUtf8(), QCryptographicHash::Sha256)
                               .toHex();
    const QString m = QString::fromLatin1(mac);
    // 8-4-4-4-12 hex digits: nonce, then the MAC with the version (4) and variant (8) digits.
    return QStringLiteral("%1-%2-4%3-8%4-%5")
        .arg(nonce, m.mid(0, 4), m.mid(4, 3), m.mid(7, 3), m.mid(10, 12));
}

} // namespace

QString make(const QString &masterInstance, const QString &raterId)
{
    const QString nonce =
        QStringLiteral("%1").arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
    return withNonce(nonce, masterInstance, raterId);
}

bool isFor(const QString &instance, const QString &masterInstance, const QString &raterId)
{
    return instance.size() == 36 && !masterInstance.isEmpty() &&
           withNonce(instance.left(8), masterInstance, raterId) == instance;
}

} // namespace avemo::PackageToken
