#include "alipay/ResponseVerifier.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <optional>
#include <vector>

namespace DepositDesk {

namespace {

// One member of the top-level JSON object, as positions in the raw body.
struct Member
{
    QByteArray key;      // raw key text between the quotes
    qsizetype begin = 0; // first character of the value
    qsizetype end = 0;   // one past its last character
};

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// A scanner over the raw body: it only finds where things are, it never rebuilds text.
class TopLevelScanner
{
public:
    explicit TopLevelScanner(const QByteArray &body)
        : m_body(body)
    {}

    // Every member of the top-level object, or nullopt when the body is not one object.
    std::optional<QList<Member>> members()
    {
        QList<Member> result;
        if (m_body.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
        skipSpace();
        if (!consume('{'))
            return std::nullopt;
        skipSpace();
        if (!consume('}')) {
            do {
                skipSpace();
                Member member;
                const qsizetype keyBegin = m_pos;
                if (peek() != '"' || !skipString())
                    return std::nullopt;
                member.key = m_body.mid(keyBegin + 1, m_pos - keyBegin - 2);
                skipSpace();
                if (!consume(':'))
                    return std::nullopt;
                skipSpace();
                member.begin = m_pos;
                if (!skipValue())
                    return std::nullopt;
                member.end = m_pos;
                result.append(member);
                skipSpace();
            } while (consume(','));
            if (!consume('}'))
                return std::nullopt;
        }
        skipSpace();
        if (m_pos != m_body.size())
            return std::nullopt;
        return result;
    }

private:
    char peek() const { return m_pos < m_body.size() ? m_body.at(m_pos) : '\0'; }
    bool consume(char c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    void skipSpace()
    {
        while (m_pos < m_body.size() && isJsonSpace(m_body.at(m_pos)))
            ++m_pos;
    }
    // At an opening quote: moves past the closing one, honouring backslash escapes.
    bool skipString()
    {
        for (++m_pos; m_pos < m_body.size(); ++m_pos) {
            const char c = m_body.at(m_pos);
            if (c == '\\')
                ++m_pos;
            else if (c == '"') {
                ++m_pos;
                return true;
            }
        }
        return false;
    }
    // An object or array: brackets counted outside strings, each closer matching its opener.
    bool skipContainer()
    {
        std::vector<char> open;
        while (m_pos < m_body.size()) {
            const char c = m_body.at(m_pos);
            if (c == '"') {
                if (!skipString())
                    return false;
                continue;
            }
            if (c == '{' || c == '[') {
                open.push_back(c == '{' ? '}' : ']');
            } else if (c == '}' || c == ']') {
                if (open.empty() || open.back() != c)
                    return false;
                open.pop_back();
                if (open.empty()) {
                    ++m_pos;
                    return true;
                }
            }
            ++m_pos;
        }
        return false;
    }
    bool skipValue()
    {
        const char c = peek();
        if (c == '"')
            return skipString();
        if (c == '{' || c == '[')
            return skipContainer();
        const qsizetype start = m_pos;
        while (m_pos < m_body.size()) {
            const char d = m_body.at(m_pos);
            if (d == ',' || d == '}' || d == ']' || isJsonSpace(d))
                break;
            ++m_pos;
        }
        return m_pos > start;
    }

    const QByteArray &m_body;
    qsizetype m_pos = 0;
};

// The single member called `key`; nullopt when absent or present more than once (ambiguous).
std::optional<Member> uniqueMember(const QList<Member> &members, const QByteArray &key)
{
    std::optional<Member> found;
    for (const Member &member : members) {
        if (member.key != key)
            continue;
        if (found)
            return std::nullopt;
        found = member;
    }
    return found;
}

// The decoded text of a JSON string value, or nullopt if the value is not a string.
std::optional<QString> stringValue(const QByteArray &body, const Member &member)
{
    const QByteArray raw = body.mid(member.begin, member.end - member.begin);
    if (!raw.startsWith('"'))
        return std::nullopt;
    const QJsonDocument wrapper = QJsonDocument::fromJson('[' + raw + ']');
    if (!wrapper.isArray() || !wrapper.array().at(0).isString())
        return std::nullopt;
    return wrapper.array().at(0).toString();
}

} // namespace

QByteArray ResponseVerifier::nodeNameFor(const QString &method)
{
    return method.toUtf8().replace('.', '_') + "_response";
}

QByteArray ResponseVerifier::extractNode(const QByteArray &body, const QByteArray &nodeName)
{
    const auto members = TopLevelScanner(body).members();
    if (!members)
        return {};
    const auto node = uniqueMember(*members, nodeName);
    if (!node || body.at(node->begin) != '{')
        return {};
    return body.mid(node->begin, node->end - node->begin);
}

ResponseVerifier::Result ResponseVerifier::verify(const QByteArray &body, const QString &method,
                                                  const RsaPublicKey &key)
{
    Result result;
    const auto members = TopLevelScanner(body).members();
    if (!members)
        return result;

    for (const QByteArray &name : {nodeNameFor(method), QByteArray("error_response")}) {
        const auto node = uniqueMember(*members, name);
        if (node && body.at(node->begin) == '{') {
            result.nodeName = name;
            result.nodeText = body.mid(node->begin, node->end - node->begin);
            break;
        }
    }

    if (const auto certSn = uniqueMember(*members, "alipay_cert_sn")) {
        result.alipayCertSn = stringValue(body, *certSn).value_or(QString()).toUtf8();
    }

    qsizetype signCount = 0;
    for (const Member &member : *members)
        signCount += member.key == "sign" ? 1 : 0;
    const auto sign = uniqueMember(*members, "sign");
    const QString signText = sign ? stringValue(body, *sign).value_or(QString()) : QString();
    result.signaturePresent =
        signCount > 1 || !signText.isEmpty() ||
        (sign && !body.mid(sign->begin, sign->end - sign->begin).startsWith('"'));
    if (!signText.isEmpty()) {
        const auto decoded = QByteArray::fromBase64Encoding(
            signText.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (decoded.decodingStatus == QByteArray::Base64DecodingStatus::Ok)
            result.signature = decoded.decoded;
    }

    if (result.nodeText.isEmpty() || result.signature.isEmpty())
        return result;
    result.signatureValid = key.verifySha256(result.nodeText, result.signature);
    // The Java SDK retries once with "\/" unescaped; both texts mean the same JSON.
    if (!result.signatureValid && result.nodeText.contains("\\/")) {
        QByteArray unescaped = result.nodeText;
        result.signatureValid = key.verifySha256(unescaped.replace("\\/", "/"), result.signature);
    }
    return result;
}

} // namespace DepositDesk
