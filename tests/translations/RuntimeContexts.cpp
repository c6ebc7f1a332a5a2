#include "RuntimeContexts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace DepositDesk {

namespace {

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// Comments become spaces (line breaks kept); with blankLiterals, so do the insides of string
// and character literals, leaving their quotes.
QString blankOut(const QString &text, bool blankLiterals)
{
    QString out = text;
    enum class In { Code, LineComment, BlockComment, String, Char } state = In::Code;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        switch (state) {
        case In::Code:
            if (c == u'/' && next == u'/') {
                state = In::LineComment;
                out[i] = u' ';
            } else if (c == u'/' && next == u'*') {
                state = In::BlockComment;
                out[i] = u' ';
            } else if (c == u'"') {
                state = In::String;
            } else if (c == u'\'' && !(i > 0 && text.at(i - 1).isLetterOrNumber())) {
                state = In::Char; // not a digit separator (1'000)
            }
            break;
        case In::LineComment:
            if (c == u'\n')
                state = In::Code;
            else
                out[i] = u' ';
            break;
        case In::BlockComment:
            if (c == u'*' && next == u'/') {
                out[i] = out[i + 1] = u' ';
                ++i;
                state = In::Code;
            } else if (c != u'\n') {
                out[i] = u' ';
            }
            break;
        case In::String:
        case In::Char: {
            const QChar quote = state == In::String ? u'"' : u'\'';
            if (c == u'\\') {
                if (blankLiterals) {
                    out[i] = u' ';
                    if (i + 1 < out.size())
                        out[i + 1] = u' ';
                }
                ++i;
            } else if (c == quote) {
                state = In::Code;
            } else if (blankLiterals && c != u'\n') {
                out[i] = u' ';
            }
            break;
        }
        }
    }
    return out;
}

// The name a '{' opens, from the code since the previous ';', '{' or '}': a namespace's or a
// class's name; empty for anything else (functions, anonymous namespaces, initialisers).
QString scopeName(const QString &head)
{
    static const QRegularExpression namespaceHead(QStringLiteral("\\bnamespace\\s+([\\w:]+)\\s*$"));
    static const QRegularExpression classHead(QStringLiteral(
        "\\b(?:class|struct)\\s+(?:[A-Z_][A-Z0-9_]*\\s+)?(\\w+)\\s*(?:final\\s*)?(?::[^;{}]*)?$"));
    QRegularExpressionMatch match = namespaceHead.match(head);
    if (match.hasMatch())
        return match.captured(1);
    match = classHead.match(head);
    if (match.hasMatch() && !head.contains(QStringLiteral("enum")))
        return match.captured(1);
    return {};
}

// "N::X" for every Q_OBJECT, by the namespaces and classes around it.
QSet<QString> qobjectClasses(const QString &code)
{
    static const QRegularExpression qobject(QStringLiteral("\\bQ_OBJECT\\b"));
    QList<qsizetype> marks;
    for (const QRegularExpressionMatch &match : qobject.globalMatch(code))
        marks.append(match.capturedStart());
    QSet<QString> found;
    QStringList scopes;
    qsizetype headStart = 0;
    qsizetype nextMark = 0;
    for (qsizetype i = 0; i < code.size() && nextMark < marks.size(); ++i) {
        if (i == marks.at(nextMark)) {
            QStringList names;
            for (const QString &scope : std::as_const(scopes)) {
                if (!scope.isEmpty())
                    names.append(scope);
            }
            found.insert(names.join(QStringLiteral("::")));
            ++nextMark;
        }
        const QChar c = code.at(i);
        if (c == u'{') {
            scopes.append(scopeName(code.mid(headStart, i - headStart)));
        } else if (c == u'}') {
            if (!scopes.isEmpty())
                scopes.removeLast();
        }
        if (c == u'{' || c == u'}' || c == u';')
            headStart = i + 1;
    }
    return found;
}

} // namespace

RuntimeContexts::RuntimeContexts(QStringList includeDirs)
    : m_includeDirs(std::move(includeDirs))
{}

QSet<QString> RuntimeContexts::declaredIn(const QString &text, QStringList *includes)
{
    QSet<QString> contexts;
    static const QRegularExpression uiClass(QStringLiteral("^<ui\\b[^>]*>\\s*<class>([^<]+)</"));
    const QRegularExpressionMatch form = uiClass.match(text.trimmed());
    if (form.hasMatch()) {
        contexts.insert(form.captured(1).trimmed());
        return contexts;
    }

    const QString code = blankOut(text, false);
    static const QRegularExpression literal(QStringLiteral(
        "(?:\\btranslate|\\bQT_TRANSLATE_NOOP3?|\\bQT_TRANSLATE_N_NOOP3?)\\s*\\(\\s*\"([^\"]*)\""));
    static const QRegularExpression declared(
        QStringLiteral("\\bQ_DECLARE_TR_FUNCTIONS\\s*\\(\\s*([\\w:]+)\\s*\\)"));
    for (const QRegularExpressionMatch &match : literal.globalMatch(code))
        contexts.insert(match.captured(1));
    for (const QRegularExpressionMatch &match : declared.globalMatch(code))
        contexts.insert(match.captured(1));
    contexts.unite(qobjectClasses(blankOut(text, true)));

    if (includes) {
        static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*\"([^\"]+)\""),
                                                QRegularExpression::MultilineOption);
        for (const QRegularExpressionMatch &match : include.globalMatch(code))
            includes->append(match.captured(1));
    }
    return contexts;
}

QString RuntimeContexts::resolveInclude(const QString &name, const QString &fromDir) const
{
    const QFileInfo beside(QDir(fromDir), name);
    if (beside.isFile())
        return beside.canonicalFilePath();
    for (const QString &dir : m_includeDirs) {
        const QFileInfo candidate(QDir(dir), name);
        if (candidate.isFile())
            return candidate.canonicalFilePath();
    }
    return {}; // a system or generated header: no contexts of ours
}

const QSet<QString> &RuntimeContexts::ownContexts(const QString &path, QStringList *includePaths)
{
    if (!m_own.contains(path)) {
        QStringList names;
        m_own.insert(path, declaredIn(readText(path), &names));
        QStringList resolved;
        const QString dir = QFileInfo(path).absolutePath();
        for (const QString &name : std::as_const(names)) {
            const QString found = resolveInclude(name, dir);
            if (!found.isEmpty())
                resolved.append(found);
        }
        m_includes.insert(path, resolved);
    }
    *includePaths = m_includes.value(path);
    return m_own[path];
}

QSet<QString> RuntimeContexts::of(const QString &path)
{
    QSet<QString> contexts;
    QSet<QString> seen;
    QStringList pending{QFileInfo(path).canonicalFilePath()};
    while (!pending.isEmpty()) {
        const QString next = pending.takeLast();
        if (next.isEmpty() || seen.contains(next))
            continue;
        seen.insert(next);
        QStringList includes;
        contexts.unite(ownContexts(next, &includes));
        pending.append(includes);
    }
    return contexts;
}

} // namespace DepositDesk
