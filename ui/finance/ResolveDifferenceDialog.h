#pragma once

#include "finance/ReconciliationTypes.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace DepositDesk {

// Asks for the note that marks one difference resolved (required: what was done about it, for
// the audit log and the next person). Shows what the difference is; a note already given is
// offered for editing. The caller calls ReconciliationService::resolve with note().
class ResolveDifferenceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ResolveDifferenceDialog(const Difference &difference, QWidget *parent = nullptr);

    QString note() const;

private:
    void updateOk();

    QLabel *m_summary = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace DepositDesk
