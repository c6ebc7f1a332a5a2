#include "ui/finance/ResolveDifferenceDialog.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace DepositDesk {

namespace {

constexpr int NoteOnly = -1; // the button id of "only mark it resolved"

} // namespace

ResolveDifferenceDialog::ResolveDifferenceDialog(const Difference &difference,
                                                 const QList<Correction> &corrections,
                                                 QWidget *parent)
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
    //: Resolve dialog: %1 the kind of difference, %2 the order number
    m_heading = tr("%1 — order %2").arg(differenceKindDisplayName(difference.kind), order);
    setDetail(DifferenceWords::sentence(difference));

    auto *choices = new QGroupBox(tr("What to do"), this);
    choices->setObjectName(QStringLiteral("correctionsBox"));
    auto *choiceLayout = new QVBoxLayout(choices);
    m_choices = new QButtonGroup(this);
    auto *noteOnly = new QRadioButton(tr("Only mark it resolved with the note"), choices);
    noteOnly->setObjectName(QStringLiteral("noteOnlyChoice"));
    noteOnly->setChecked(true);
    m_choices->addButton(noteOnly, NoteOnly);
    choiceLayout->addWidget(noteOnly);
    for (Correction correction : corrections) {
        auto *choice = new QRadioButton(DifferenceWords::correctionAction(correction), choices);
        choice->setObjectName(correctionCode(correction) + QStringLiteral("Choice"));
        m_choices->addButton(choice, int(correction));
        choiceLayout->addWidget(choice);
    }
    choices->setVisible(!corrections.isEmpty());

    auto *noteLabel =
        new QLabel(tr("What was done about it, or why (required, kept in the audit log):"), this);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setPlainText(difference.note);
    m_note->setTabChangesFocus(true);
    noteLabel->setBuddy(m_note);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("hintLabel"));
    m_hint->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_note, &QPlainTextEdit::textChanged, this, &ResolveDifferenceDialog::updateOk);
    connect(m_choices, &QButtonGroup::idToggled, this, &ResolveDifferenceDialog::updateOk);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(choices);
    layout->addWidget(noteLabel);
    layout->addWidget(m_note, 1);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    resize(520, corrections.isEmpty() ? 300 : 420);
    updateOk();
}

void ResolveDifferenceDialog::setDetail(const QString &detail)
{
    m_summary->setText(m_heading + u'\n' + detail);
}

QString ResolveDifferenceDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

std::optional<Correction> ResolveDifferenceDialog::correction() const
{
    const int id = m_choices->checkedId();
    return id == NoteOnly || id < 0 ? std::nullopt : std::optional<Correction>(Correction(id));
}

bool ResolveDifferenceDialog::setCorrection(std::optional<Correction> correction)
{
    QAbstractButton *button = m_choices->button(correction ? int(*correction) : NoteOnly);
    if (button)
        button->setChecked(true);
    return button != nullptr;
}

void ResolveDifferenceDialog::updateOk()
{
    const bool ok = !note().isEmpty();
    QPushButton *button = m_buttons->button(QDialogButtonBox::Ok);
    button->setEnabled(ok);
    button->setText(correction() ? tr("Make the correction") : tr("Mark resolved"));
    m_hint->setText(ok             ? QString()
                    : correction() ? tr("Write a note saying why you make this correction.")
                                   : tr("Write a note to mark the difference resolved."));
}

} // namespace DepositDesk
