#include "secrets/CredentialsCodec.h"

#include "secrets/SecretBytes.h"

#include <QtEndian>

#include <cstring>

namespace DepositDesk::CredentialsCodec {

namespace {

constexpr char Magic[] = {'D', 'D', 'C', '1'};
constexpr qsizetype HeaderSize = 5; // tag + length
constexpr quint32 MaxFieldSize = 1024 * 1024;

void put(char *&out, quint8 tag, const QByteArray &bytes)
{
    *out++ = char(tag);
    qToBigEndian(quint32(bytes.size()), out);
    out += 4;
    if (!bytes.isEmpty())
        std::memcpy(out, bytes.constData(), size_t(bytes.size()));
    out += bytes.size();
}

} // namespace

QByteArray encode(const Credentials &credentials)
{
    QByteArray appId = credentials.appId().toUtf8();
    qsizetype total = qsizetype(sizeof Magic) + HeaderSize + appId.size();
    for (int tag = 1; tag <= Credentials::PartCount; ++tag) {
        const QByteArray part = credentials.part(Credentials::Part(tag));
        if (!part.isEmpty())
            total += HeaderSize + part.size();
    }
    QByteArray entry(total, Qt::Uninitialized);
    char *out = entry.data();
    std::memcpy(out, Magic, sizeof Magic);
    out += sizeof Magic;
    put(out, 0, appId);
    for (int tag = 1; tag <= Credentials::PartCount; ++tag) {
        const QByteArray part = credentials.part(Credentials::Part(tag));
        if (!part.isEmpty())
            put(out, quint8(tag), part);
    }
    Q_ASSERT(out == entry.constData() + entry.size());
    return entry;
}

std::optional<Credentials> decode(const QByteArray &entry)
{
    if (entry.size() < qsizetype(sizeof Magic) ||
        std::memcmp(entry.constData(), Magic, sizeof Magic) != 0)
        return std::nullopt;
    Credentials credentials;
    bool seenAppId = false;
    quint32 seen = 0;
    const char *in = entry.constData() + sizeof Magic;
    const char *const end = entry.constData() + entry.size();
    while (in < end) {
        if (end - in < HeaderSize)
            return std::nullopt;
        const int tag = quint8(*in);
        const quint32 length = qFromBigEndian<quint32>(in + 1);
        in += HeaderSize;
        if (length > MaxFieldSize || qsizetype(length) > end - in || tag > Credentials::PartCount ||
            (seen & (1u << tag)) != 0)
            return std::nullopt;
        seen |= 1u << tag;
        if (tag == 0) {
            credentials.setAppId(QString::fromUtf8(in, qsizetype(length)));
            seenAppId = true;
        } else {
            // Every part was checked when it was saved; one that no longer parses is damage.
            QByteArray part(in, qsizetype(length));
            const bool ok = length > 0 && credentials.setPart(Credentials::Part(tag), part);
            SecretBytes::wipe(part);
            if (!ok)
                return std::nullopt;
        }
        in += length;
    }
    if (!seenAppId || credentials.appId().isEmpty())
        return std::nullopt;
    return credentials;
}

} // namespace DepositDesk::CredentialsCodec
