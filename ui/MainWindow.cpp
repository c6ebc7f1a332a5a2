#include "MainWindow.h"

#include <QEvent>
#include <QLabel>
#include <QStatusBar>

namespace DepositDesk {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    auto *welcome = new QLabel(this);
    welcome->setObjectName(QStringLiteral("welcomeLabel"));
    welcome->setAlignment(Qt::AlignCenter);
    setCentralWidget(welcome);
    resize(1200, 760);
    retranslateUi();
}

void MainWindow::setEnvironmentDescription(const QString &text)
{
    m_environment = text;
    retranslateUi();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("DepositDesk"));
    if (auto *welcome = qobject_cast<QLabel *>(centralWidget()))
        welcome->setText(tr("Deposit-free operations console"));
    statusBar()->showMessage(m_environment);
}

} // namespace DepositDesk
