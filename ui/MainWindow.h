#pragma once

#include <QMainWindow>

class QActionGroup;
class QLabel;
class QMenu;
class QUrl;

namespace DepositDesk {

class LanguageSwitcher;

// The console's main window. Pages are added as the product grows; until then it shows an
// empty state (what the console is for) and, in the status bar, which environment it talks to.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Where the console's Alipay calls go; shown in the status bar at all times.
    enum class Environment { NotConnected, Demo, AlipaySandbox, Production };
    Q_ENUM(Environment)

    // The Language menu switches through `languages`, which must outlive the window.
    explicit MainWindow(LanguageSwitcher &languages, QWidget *parent = nullptr);

    void setEnvironment(Environment environment);
    Environment environment() const { return m_environment; }
    // Demo mode: where the embedded sandbox listens and how many orders it was seeded with.
    void setDemoDetails(const QUrl &gateway, int orders);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createEmptyState();
    void createLanguageMenu();
    void updateLanguageChecks();
    void retranslateUi();

    LanguageSwitcher &m_languages;
    Environment m_environment = Environment::NotConnected;
    QString m_demoGateway;
    int m_demoOrders = 0;
    QLabel *m_productLabel = nullptr;
    QLabel *m_purposeLabel = nullptr;
    QLabel *m_environmentLabel = nullptr;
    QMenu *m_languageMenu = nullptr;
    QActionGroup *m_languageActions = nullptr;
};

} // namespace DepositDesk
