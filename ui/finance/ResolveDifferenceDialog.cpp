#include "ui/finance/ResolveDifferenceDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace DepositDesk {

ResolveDifferenceDialog::ResolveDifferenceDialog(const Difference &difference, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("resolveDifferenceDialog"));
    setWindowTitle(tr("Resolve difference"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    const QString order = difference.outOrderNo.isEmpty()
                              //: Resolve dialog: a bill line of a trade DepositDesk never saw
                              ? tr("no order of ours")
                              : difference.outOrderNo;
    //: Resolve dialog: %1 the kind of difference, %2 the order number, %3 what was found
    m_summary->setText(
        tr("%1 — order %2\n%3")
            .arg(differenceKindDisplayName(difference.kind), order, difference.detail));

    auto *noteLabel =
        new QLabel(tr("What was done about it (required, kept in the audit log):"), this);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setPlainText(difference.note);
    m_note->setTabChangesFocus(true);
    noteLabel->setBuddy(m_note);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("hintLabel"));
    m_hint->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Mark resolved"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_note, &QPlainTextEdit::textChanged, this, &ResolveDifferenceDialog::updateOk);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(noteLabel);
    layout->addWidget(m_note, 1);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    resize(480, 300);
    updateOk();
}

QString ResolveDifferenceDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void ResolveDifferenceDialog::updateOk()
{
    const bool ok = !note().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    m_hint->setText(ok ? QString() : tr("Write a note to mark the difference resolved."));
}

} // namespace DepositDesk
