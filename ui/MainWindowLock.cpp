// MainWindow's idle lock: kept apart from the window's pages and menus.

#include "ui/MainWindow.h"

#include "ui/orders/SearchPage.h"
#include "ui/session/IdleLock.h"
#include "ui/session/LockScreen.h"

#include "services/ConsoleServices.h"
#include "services/session/SessionLock.h"

#include <QApplication>
#include <QDialog>
#include <QMenuBar>
#include <QStackedWidget>

namespace DepositDesk {

void MainWindow::createLock()
{
    m_sessionLock = new SessionLock(*m_services, this);
    m_lockScreen = new LockScreen(*m_services, *m_sessionLock, m_stack);
    m_stack->addWidget(m_lockScreen);
    m_idleLock = new IdleLock(this);
    connect(m_idleLock, &IdleLock::idle, this, [this] { lockDesk(m_idleLock->idleMinutes()); });
    connect(m_lockScreen, &LockScreen::unlocked, this, &MainWindow::unlocked);
}

bool MainWindow::isLocked() const
{
    return m_sessionLock && m_sessionLock->isLocked();
}

void MainWindow::lockDesk(int idleMinutes)
{
    if (!m_sessionLock || !m_sessionLock->lock(idleMinutes))
        return;
    m_idleLock->stop();
    closeDialogs();
    m_beforeLock = m_stack->currentWidget();
    m_lockScreen->prepare(idleMinutes);
    m_stack->setCurrentWidget(m_lockScreen);
    // Menus would lead around the lock (Orders, Settings ...): off until unlocked.
    menuBar()->setEnabled(false);
    const QList<QAction *> actions = menuBar()->actions();
    for (QAction *menu : actions)
        menu->setEnabled(false);
    m_lockScreen->setFocus();
}

void MainWindow::closeDialogs()
{
    // A dialog left open would show (and allow) work over the lock page. Rejecting it ends any
    // exec() waiting for it; what was typed into it is lost.
    while (QWidget *popup = QApplication::activePopupWidget())
        popup->close();
    const QList<QWidget *> windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        auto *dialog = qobject_cast<QDialog *>(window);
        if (dialog && dialog->isVisible())
            dialog->reject();
    }
}

void MainWindow::unlocked()
{
    const QList<QAction *> actions = menuBar()->actions();
    for (QAction *menu : actions)
        menu->setEnabled(true);
    menuBar()->setEnabled(true);
    // The same operator finds their page again; someone else starts at the search, and only
    // on a page their role may see.
    QWidget *back = m_beforeLock;
    m_beforeLock = nullptr;
    const bool same = back && m_services->session().login == m_lockScreen->lockedLogin();
    if (same && back != m_lockScreen)
        m_stack->setCurrentWidget(back);
    else
        showSearch();
    updateOperator();
    updateIdleWatch();
}

void MainWindow::updateIdleWatch()
{
    if (!m_idleLock)
        return;
    const bool watch = m_services->session().isValid() && !isLocked();
    if (watch && !m_idleLock->isWatching())
        m_idleLock->start();
    else if (!watch)
        m_idleLock->stop();
}

} // namespace DepositDesk
