#pragma once

#include "services/actions/ActionOutcome.h"
#include "services/actions/OrderActions.h"
#include "services/orders/OrderSnapshot.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QFormLayout;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;

namespace DepositDesk {

class ConsoleServices;
class ErrorBanner;

// The frame every guarded action dialog shares: what the action does, its fields (added by the
// subclass), the amounts before and after, a required reason, validation as the user types, one
// submit that is disabled while anything is invalid and while sending (a double click sends
// once), and the outcome in plain words. The dialog stays open on the outcome; Close ends it.
class ActionDialog : public QDialog
{
    Q_OBJECT

public:
    ~ActionDialog() override;

    const OrderSnapshot &snapshot() const { return m_snapshot; }
    bool isSending() const { return m_sending; }
    // An outcome that ends the dialog arrived (done, recorded or awaiting confirmation).
    bool isFinished() const { return m_finished; }
    const std::optional<ActionOutcome> &outcome() const { return m_outcome; }

Q_SIGNALS:
    void outcomeShown(const DepositDesk::ActionOutcome &outcome);

protected:
    ActionDialog(ConsoleServices &services, const OrderSnapshot &snapshot, QWidget *parent);

    // What the inputs come to now. `problem` is shown under the fields; `incomplete` only keeps
    // submit disabled (an untouched empty field is not an error yet). `before` / `after` are
    // the amounts lines; both empty hides them.
    struct Check
    {
        QString problem;
        bool incomplete = false;
        QString before;
        QString after;
    };
    virtual Check check() const = 0;
    // Sends the action through OrderActions with session() and reason(); calls `done` once.
    virtual void send(OrderActions::Done done) = 0;
    // Title, intro, field labels, submit text: called on construction and language change.
    virtual void retranslateFields() = 0;

    // Building blocks for subclasses (call finishSetup() last in the constructor).
    QFormLayout *form() const { return m_form; }
    // Adds the yuan amount field (`actionAmount`) with an optional widget beside it.
    QLineEdit *addAmountField(QWidget *beside = nullptr);
    // The amount typed, parsed for a request; nullopt with *problem (translated, empty for an
    // empty field) when it is not one.
    std::optional<Money> typedAmount(QString *problem) const;
    // The typed amount when it is a request amount of at most `most`; otherwise nullopt with
    // check->incomplete (empty field) or check->problem set: the parse error, or `tooMuch`
    // with the typed amount as %1 and `most` as %2.
    std::optional<Money> amountUpTo(Money most, const QString &tooMuch, Check *check) const;
    // Adds `field` with a label (its text set later with setRowLabel, on every retranslation).
    void addLabelledRow(QWidget *field);
    void setRowLabel(QWidget *field, const QString &text);
    void setIntro(const QString &text);
    void setSubmitText(const QString &text);
    void finishSetup();
    void revalidate();

    ConsoleServices &services() const { return m_services; }
    const OperatorSession &session() const;
    QString reason() const;
    QLineEdit *amountField() const { return m_amount; }

    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void submit();
    void showOutcome(const ActionOutcome &outcome);
    void showOutcomeText();
    void setFieldsEnabled(bool enabled);
    void growToFit();

    ConsoleServices &m_services;
    OrderSnapshot m_snapshot;
    QLabel *m_intro = nullptr;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_amount = nullptr;
    QLabel *m_amountLabel = nullptr;
    QLineEdit *m_reason = nullptr;
    QFrame *m_amountsBox = nullptr;
    QLabel *m_before = nullptr;
    QLabel *m_after = nullptr;
    QLabel *m_validation = nullptr;
    QLabel *m_outcomeLabel = nullptr;
    ErrorBanner *m_errorBanner = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_submit = nullptr;
    QPushButton *m_close = nullptr;
    QString m_submitText;
    std::optional<ActionOutcome> m_outcome;
    bool m_sending = false;
    bool m_finished = false;
};

} // namespace DepositDesk
