#include "alipay/SignContent.h"

#include <algorithm>

namespace DepositDesk {

namespace {

// java.lang.Character.isWhitespace: Unicode space separators except the no-break ones, plus
// the ASCII controls \t \n \v \f \r and the separators U+001C..U+001F.
bool isJavaWhitespace(char32_t c)
{
    if (c == 0x00A0 || c == 0x2007 || c == 0x202F)
        return false;
    if ((c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F))
        return true;
    switch (QChar::category(c)) {
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

} // namespace

bool SignContent::isEmptyValue(const QString &value)
{
    const QList<uint> codePoints = value.toUcs4();
    return std::all_of(codePoints.cbegin(), codePoints.cend(),
                       [](uint c) { return isJavaWhitespace(char32_t(c)); });
}

QByteArray SignContent::build(const ParameterList &parameters, Kind kind)
{
    QList<QPair<QByteArray, QByteArray>> kept;
    kept.reserve(parameters.size());
    for (const Parameter &parameter : parameters) {
        if (parameter.first == u"sign")
            continue;
        if (kind == Kind::Notification && parameter.first == u"sign_type")
            continue;
        if (isEmptyValue(parameter.first) || isEmptyValue(parameter.second))
            continue;
        kept.append({parameter.first.toUtf8(), parameter.second.toUtf8()});
    }
    // Byte order of the UTF-8 keys (what Java's TreeMap gives for ASCII keys); a repeated key
    // keeps the order in which it was given.
    std::stable_sort(kept.begin(), kept.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray content;
    for (const auto &[key, value] : std::as_const(kept)) {
        if (!content.isEmpty())
            content += '&';
        content += key + '=' + value;
    }
    return content;
}

} // namespace DepositDesk
