#include "alipay/RequestNumberGenerator.h"

#include "domain/ChinaTime.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <openssl/rand.h>

namespace DepositDesk {

namespace {

constexpr char Crockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

void appendBase32(QString &out, const unsigned char *bytes, int count)
{
    unsigned buffer = 0;
    int bits = 0;
    for (int i = 0; i < count; ++i) {
        buffer = (buffer << 8) | bytes[i];
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out.append(QLatin1Char(Crockford[(buffer >> bits) & 0x1f]));
        }
    }
    if (bits > 0)
        out.append(QLatin1Char(Crockford[(buffer << (5 - bits)) & 0x1f]));
}

} // namespace

RequestNumberGenerator::RequestNumberGenerator(const Clock &clock)
    : m_clock(&clock)
{}

QString RequestNumberGenerator::prefix(Kind kind)
{
    switch (kind) {
    case Kind::FreezeOrder:
        return QStringLiteral("FO");
    case Kind::FreezeRequest:
        return QStringLiteral("FR");
    case Kind::Unfreeze:
        return QStringLiteral("UF");
    case Kind::Pay:
        return QStringLiteral("PAY");
    case Kind::Refund:
        return QStringLiteral("RF");
    case Kind::OrderSync:
        return QStringLiteral("SY");
    }
    return QStringLiteral("NO");
}

std::optional<QString> RequestNumberGenerator::next(Kind kind, QString *error) const
{
    unsigned char random[RandomBytes];
    if (RAND_bytes(random, RandomBytes) != 1) {
        if (error)
            *error = QCoreApplication::translate(
                "DepositDesk::RequestNumberGenerator",
                "The system's random number generator failed, so no request number could be "
                "made. Nothing was sent; try again, and restart the computer if it persists.");
        return std::nullopt;
    }
    QString number = prefix(kind);
    number.reserve(number.size() + 10 + 26);
    number.append(u'_');
    number.append(ChinaTime::compactDate(m_clock->now()));
    number.append(u'_');
    appendBase32(number, random, RandomBytes);
    return number;
}

QString RequestNumberGenerator::derived(Kind kind, const QByteArray &seed)
{
    const QByteArray digest = QCryptographicHash::hash(seed, QCryptographicHash::Sha256);
    QString number = prefix(kind);
    number.append(QStringLiteral("_B_"));
    appendBase32(number, reinterpret_cast<const unsigned char *>(digest.constData()), RandomBytes);
    return number;
}

bool RequestNumberGenerator::isWellFormed(QStringView number)
{
    if (number.isEmpty() || number.size() > MaxLength)
        return false;
    for (const QChar c : number) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') ||
                        (u >= u'0' && u <= u'9') || u == u'_';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace DepositDesk
