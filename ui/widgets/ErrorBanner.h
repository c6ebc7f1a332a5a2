#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace DepositDesk {

struct ActionOutcome;

// An inline error near where the user acted: a plain sentence for the agent, and behind
// "Details" Alipay's code, sub_code, sub_msg and the technical text for the expert. All text is
// selectable, so it can be pasted into a ticket. Hidden while there is nothing to say.
class ErrorBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    struct Error
    {
        QString message;
        QString code;
        QString subCode;
        QString subMsg;
        QString technical;
        QString requestNo;
    };

    // Shows `error` (and itself); an error without any detail has no Details button.
    void showError(const Error &error);
    void showOutcome(const ActionOutcome &outcome);
    // Hides the banner and forgets the error.
    void clear();

    QString message() const { return m_error.message; }
    bool detailsVisible() const;

Q_SIGNALS:
    // The banner's height changed (details shown or hidden): a dialog may need to grow.
    void resized();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void toggleDetails();
    QString detailsText() const;

    Error m_error;
    QLabel *m_text = nullptr;
    QToolButton *m_detailsButton = nullptr;
    QLabel *m_details = nullptr;
};

} // namespace DepositDesk
