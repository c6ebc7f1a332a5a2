#pragma once

#include "services/orders/OrderSnapshot.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace DepositDesk {

// The notes of one order (hand-over between operators), oldest first with author and time, and a
// box to add one. The text is checked while typing (OrderNotesService::problem: length, control
// characters, secrets) and the button stays off until it may be added; what the services answer
// shows below the box. Notes cannot be changed or removed.
class OrderNotesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit OrderNotesPanel(QWidget *parent = nullptr);

    void setNotes(const QList<OrderNote> &notes);
    // Whether a note may be added at all (a valid session with an order shown).
    void setAddingAllowed(bool allowed, const QString &why = {});
    // The answer to the last add: empty clears the box (added), else the refusal is shown and
    // the text stays for the operator to correct.
    void addFinished(const QString &error);
    QString draft() const;

Q_SIGNALS:
    void addRequested(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void validate();
    void retranslateUi();

    QList<OrderNote> m_notes;
    bool m_allowed = false;
    QString m_notAllowed;
    bool m_adding = false;
    QTreeWidget *m_list = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_add = nullptr;
};

} // namespace DepositDesk
