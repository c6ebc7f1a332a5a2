#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace DepositDesk::Sentences {

// Sentences one after another, as the interface language writes them: English puts a space
// between two sentences, Chinese none after its "。". Empty parts are left out.
inline QString join(const QStringList &sentences)
{
    QString text;
    for (const QString &sentence : sentences) {
        if (sentence.isEmpty())
            continue;
        if (text.isEmpty()) {
            text = sentence;
            continue;
        }
        //: Two sentences one after the other (%1, then %2). English puts one space between
        //: them; Chinese puts none.
        text = QCoreApplication::translate("DepositDesk::Sentences", "%1 %2").arg(text, sentence);
    }
    return text;
}

inline QString join(const QString &first, const QString &second)
{
    return join(QStringList{first, second});
}

} // namespace DepositDesk::Sentences
