#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace DepositDesk {

// The translation contexts a source file can look a message up in at run time, read from the
// code rather than from lupdate:
//   - QCoreApplication::translate("Ctx", ...) (any ::translate with a literal context): "Ctx";
//   - Q_DECLARE_TR_FUNCTIONS(Ctx): "Ctx";
//   - class X { Q_OBJECT ... } inside namespace N (and classes): "N::X", moc's class name;
//   - a Qt Designer form: its <class>, which uic passes to translate().
// A file's contexts include those of every header it includes with quotes (transitively,
// found next to the file or in the include directories), since a class's tr() is declared in
// its header.
class RuntimeContexts
{
public:
    explicit RuntimeContexts(QStringList includeDirs);

    QSet<QString> of(const QString &path);

    // The contexts written in this text alone, and the quoted includes it names.
    static QSet<QString> declaredIn(const QString &text, QStringList *includes = nullptr);

private:
    QString resolveInclude(const QString &name, const QString &fromDir) const;
    const QSet<QString> &ownContexts(const QString &path, QStringList *includePaths);

    QStringList m_includeDirs;
    QHash<QString, QSet<QString>> m_own;
    QHash<QString, QStringList> m_includes;
};

} // namespace DepositDesk
