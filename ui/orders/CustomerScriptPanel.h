#pragma once

#include "services/orders/CustomerScripts.h"

#include <QWidget>

class QLabel;
class QComboBox;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace DepositDesk {

// The suggested words for the customer (话术) for the order's state: pick one (the first fits
// best), read it, copy it to the clipboard with one click ("Copied" confirms), paste it.
class CustomerScriptPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerScriptPanel(QWidget *parent = nullptr);

    // Replaces the scripts; keeps the selected one when the titles are the same as before.
    void setScripts(const QList<CustomerScripts::Script> &scripts);
    QString currentText() const;

Q_SIGNALS:
    void copied(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showCurrent();
    void copyCurrent();

    QList<CustomerScripts::Script> m_scripts;
    QLabel *m_heading = nullptr;
    QComboBox *m_titles = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QPushButton *m_copyButton = nullptr;
    QLabel *m_copiedLabel = nullptr;
    QTimer *m_copiedTimer = nullptr;
};

} // namespace DepositDesk
