#pragma once

#include "finance/DifferenceWords.h"
#include "finance/ReconciliationTypes.h"

#include <QDialog>

#include <optional>

class QButtonGroup;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace DepositDesk {

// Resolves one difference: with a note alone, or with one of the corrections that apply to it
// (`corrections`, from DifferenceCorrections::available) and a note. Shows what the difference
// is in the viewer's words (DifferenceWords); a note already given is offered for editing. The
// caller runs correction() (if any) through DifferenceCorrections, else
// ReconciliationService::resolve with note().
class ResolveDifferenceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ResolveDifferenceDialog(const Difference &difference,
                                     const QList<Correction> &corrections = {},
                                     QWidget *parent = nullptr);

    QString note() const;
    // The correction chosen; nullopt: only mark it resolved with the note.
    std::optional<Correction> correction() const;
    // Replaces the sentence shown under the kind (the table's, which names the other problems
    // of the same order).
    void setDetail(const QString &detail);
    // Chooses a correction (nullopt: the note alone); false when it is not offered.
    bool setCorrection(std::optional<Correction> correction);

private:
    void updateOk();

    QString m_heading; // kind and order
    QLabel *m_summary = nullptr;
    QButtonGroup *m_choices = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace DepositDesk
