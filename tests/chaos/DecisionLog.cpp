#include "DecisionLog.h"

#include <unistd.h>

namespace DepositDesk::Chaos {

bool DecisionLog::open(const QString &path, QString *error)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadWrite | QIODevice::Append)) {
        *error = m_file.errorString();
        return false;
    }
    m_file.seek(0);
    while (!m_file.atEnd()) {
        QString line = QString::fromUtf8(m_file.readLine());
        while (line.endsWith(u'\n') || line.endsWith(u'\r'))
            line.chop(1);
        const QStringList f = line.split(u'\t');
        if (f.size() >= 6 && f[0] == u"B") {
            Decision d{f[1], f[1].section(u'.', -1).toInt(), f[2], f[3], f[4], f[5]};
            m_begun.insert(d.number, d);
            m_lastNumber = qMax(m_lastNumber, d.number);
        } else if (f.size() >= 3 && f[0] == u"E") {
            m_ended.insert(f[1].section(u'.', -1).toInt(), f[2]);
        }
    }
    m_file.seek(m_file.size());
    if (m_file.size() > 0) { // a line cut by a kill is left alone: the next one starts afresh
        m_file.seek(m_file.size() - 1);
        const bool cut = m_file.read(1) != "\n";
        m_file.seek(m_file.size());
        if (cut && !append({}))
            return false;
    }
    return true;
}

bool DecisionLog::append(const QByteArray &line)
{
    if (m_file.write(line + '\n') != line.size() + 1 || !m_file.flush())
        return false;
    return ::fsync(m_file.handle()) == 0;
}

bool DecisionLog::begin(const Decision &d)
{
    m_begun.insert(d.number, d);
    m_lastNumber = qMax(m_lastNumber, d.number);
    return append(
        QStringList{QStringLiteral("B"), d.id, d.kind, d.order, d.a, d.b}.join(u'\t').toUtf8());
}

bool DecisionLog::end(const Decision &d, const QString &status)
{
    m_ended.insert(d.number, status);
    return append(QStringList{QStringLiteral("E"), d.id, status}.join(u'\t').toUtf8());
}

bool DecisionLog::fault(const QString &kind, const QString &method)
{
    return append(QStringList{QStringLiteral("F"), kind, method}.join(u'\t').toUtf8());
}

QList<Decision> DecisionLog::unfinished() const
{
    QList<Decision> list;
    for (const Decision &d : m_begun)
        if (!m_ended.contains(d.number) || isOpen(m_ended.value(d.number)))
            list << d;
    return list;
}

bool DecisionLog::isOpen(const QString &status)
{
    for (const char *open : {"unknown", "no-answer"})
        if (status == QLatin1String(open) || status.endsWith(u':' + QLatin1String(open)))
            return true;
    return false;
}

} // namespace DepositDesk::Chaos
