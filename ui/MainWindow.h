#pragma once

#include <QMainWindow>

namespace DepositDesk {

// The console's main window. Pages are added as the product grows.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Shown in the status bar: which environment the console talks to.
    void setEnvironmentDescription(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QString m_environment;
};

} // namespace DepositDesk
