#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace DepositDesk {

class StoreOpener;

// Shown at start when the team database cannot be reached: since when, that it is retried, the
// last failure; Quit leaves. Accepted as soon as the StoreOpener opened the database, rejected
// when it failed for a reason that waiting does not fix (the caller shows that reason) or when
// the operator quits.
class DatabaseWaitDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DatabaseWaitDialog(StoreOpener &opener, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void update();

    StoreOpener &m_opener;
    QLabel *m_message = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_quit = nullptr;
};

} // namespace DepositDesk
