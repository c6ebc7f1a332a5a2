#include "alipay/FormEncoding.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace DepositDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DepositDesk::FormEncoding", text);
}

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

void appendEncoded(QByteArray &out, QStringView text)
{
    static constexpr char Hex[] = "0123456789ABCDEF";
    const QByteArray utf8 = text.toUtf8();
    out.reserve(out.size() + utf8.size() * 3);
    for (const char c : utf8) {
        if (isUnreserved(c)) {
            out.append(c);
        } else {
            const auto byte = static_cast<unsigned char>(c);
            out.append('%');
            out.append(Hex[byte >> 4]);
            out.append(Hex[byte & 0x0f]);
        }
    }
}

} // namespace

QByteArray FormEncoding::encodeComponent(QStringView text)
{
    QByteArray out;
    appendEncoded(out, text);
    return out;
}

QByteArray FormEncoding::encode(const ParameterList &parameters)
{
    QByteArray out;
    for (const Parameter &parameter : parameters) {
        if (!out.isEmpty())
            out.append('&');
        appendEncoded(out, parameter.first);
        out.append('=');
        appendEncoded(out, parameter.second);
    }
    return out;
}

std::optional<QString> FormEncoding::decodeComponent(QByteArrayView text, QString *error)
{
    QByteArray bytes;
    bytes.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '+') {
            bytes.append(' ');
        } else if (c == '%') {
            const int high = i + 2 < text.size() ? hexValue(text[i + 1]) : -1;
            const int low = i + 2 < text.size() ? hexValue(text[i + 2]) : -1;
            if (high < 0 || low < 0) {
                if (error)
                    *error =
                        tr("The form data contains a broken %-escape at position %1.").arg(i + 1);
                return std::nullopt;
            }
            bytes.append(static_cast<char>(high * 16 + low));
            i += 2;
        } else {
            bytes.append(c);
        }
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString decoded = decoder.decode(bytes);
    if (decoder.hasError()) {
        if (error)
            *error = tr("The form data is not valid UTF-8 text.");
        return std::nullopt;
    }
    return decoded;
}

std::optional<ParameterList> FormEncoding::decode(QByteArrayView text, QString *error)
{
    ParameterList parameters;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf('&', start);
        if (end < 0)
            end = text.size();
        const QByteArrayView segment = text.sliced(start, end - start);
        start = end + 1;
        if (segment.isEmpty())
            continue;
        const qsizetype equals = segment.indexOf('=');
        const QByteArrayView rawKey = equals < 0 ? segment : segment.first(equals);
        const QByteArrayView rawValue = equals < 0 ? QByteArrayView() : segment.sliced(equals + 1);
        auto key = decodeComponent(rawKey, error);
        if (!key)
            return std::nullopt;
        auto value = decodeComponent(rawValue, error);
        if (!value)
            return std::nullopt;
        parameters.append({*key, *value});
    }
    return parameters;
}

} // namespace DepositDesk
