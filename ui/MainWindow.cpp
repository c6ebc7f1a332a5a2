#include "MainWindow.h"

#include "LanguageSwitcher.h"

#include <QActionGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QUrl>
#include <QVBoxLayout>

namespace DepositDesk {

namespace {

const QString AppIcon = QStringLiteral(":/icons/depositdesk.svg");

} // namespace

MainWindow::MainWindow(LanguageSwitcher &languages, QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(AppIcon));
    setCentralWidget(createEmptyState());
    createLanguageMenu();

    // A permanent widget: unlike showMessage(), status tips of menu entries never hide it.
    m_environmentLabel = new QLabel(this);
    m_environmentLabel->setObjectName(QStringLiteral("environmentLabel"));
    m_environmentLabel->setContentsMargins(8, 0, 8, 0);
    statusBar()->addPermanentWidget(m_environmentLabel);

    connect(&m_languages, &LanguageSwitcher::languageChanged, this,
            &MainWindow::updateLanguageChecks);
    resize(1200, 760);
    retranslateUi();
}

void MainWindow::setDemoDetails(const QUrl &gateway, int orders)
{
    m_demoGateway = gateway.toString();
    m_demoOrders = orders;
    setEnvironment(Environment::Demo);
}

void MainWindow::setEnvironment(Environment environment)
{
    m_environment = environment;
    retranslateUi();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

QWidget *MainWindow::createEmptyState()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("emptyStateWidget"));

    auto *iconLabel = new QLabel(page);
    iconLabel->setObjectName(QStringLiteral("iconLabel"));
    iconLabel->setPixmap(QIcon(AppIcon).pixmap(QSize(96, 96), devicePixelRatio()));
    iconLabel->setAlignment(Qt::AlignCenter);

    m_productLabel = new QLabel(page);
    m_productLabel->setObjectName(QStringLiteral("productLabel"));
    m_productLabel->setAlignment(Qt::AlignCenter);
    QFont productFont = m_productLabel->font();
    productFont.setPointSizeF(productFont.pointSizeF() * 2.2);
    productFont.setBold(true);
    m_productLabel->setFont(productFont);

    m_purposeLabel = new QLabel(page);
    m_purposeLabel->setObjectName(QStringLiteral("purposeLabel"));
    m_purposeLabel->setAlignment(Qt::AlignCenter);
    m_purposeLabel->setWordWrap(true);
    m_purposeLabel->setMaximumWidth(640);
    m_purposeLabel->setMinimumWidth(240);
    m_purposeLabel->setForegroundRole(QPalette::PlaceholderText);
    QFont purposeFont = m_purposeLabel->font();
    purposeFont.setPointSizeF(purposeFont.pointSizeF() * 1.15);
    m_purposeLabel->setFont(purposeFont);

    // No alignment flags on the word-wrapped label: a QBoxLayout only honours heightForWidth
    // (and so shows every wrapped line) for items it may size freely.
    auto *purposeRow = new QHBoxLayout;
    purposeRow->addStretch(1);
    purposeRow->addWidget(m_purposeLabel, 100); // as wide as its maximum allows
    purposeRow->addStretch(1);

    auto *layout = new QVBoxLayout(page);
    layout->addStretch(3);
    layout->addWidget(iconLabel);
    layout->addSpacing(12);
    layout->addWidget(m_productLabel);
    layout->addSpacing(4);
    layout->addLayout(purposeRow);
    layout->addStretch(4);
    return page;
}

void MainWindow::createLanguageMenu()
{
    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageActions = new QActionGroup(this);
    m_languageActions->setExclusive(true);
    const QStringList languages = LanguageSwitcher::availableLanguages();
    for (const QString &language : languages) {
        // Each language is named in itself, so that a reader of either finds their own.
        QAction *action = m_languageMenu->addAction(LanguageSwitcher::nativeName(language));
        action->setObjectName(QStringLiteral("languageAction_%1").arg(language));
        action->setData(language);
        action->setCheckable(true);
        m_languageActions->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, language] { m_languages.setLanguage(language); });
    }
    updateLanguageChecks();
}

void MainWindow::updateLanguageChecks()
{
    const QList<QAction *> actions = m_languageActions->actions();
    for (QAction *action : actions)
        action->setChecked(action->data().toString() == m_languages.language());
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("DepositDesk"));
    m_productLabel->setText(tr("DepositDesk"));
    m_purposeLabel->setText(
        tr("Find a customer's deposit order, explain its freeze, and unfreeze, charge or "
           "refund it through Alipay."));
    m_languageMenu->setTitle(tr("&Language"));

    switch (m_environment) {
    case Environment::NotConnected:
        m_environmentLabel->setText(tr("Not connected"));
        break;
    case Environment::Demo:
        //: Status bar: the console talks to its embedded sandbox with made-up orders.
        if (m_demoGateway.isEmpty())
            m_environmentLabel->setText(tr("Demo mode"));
        else
            //: Status bar: %1 is the embedded sandbox's address, %n the seeded orders.
            m_environmentLabel->setText(
                tr("Demo mode: sandbox at %1, %n order(s)", nullptr, m_demoOrders)
                    .arg(m_demoGateway));
        break;
    case Environment::AlipaySandbox:
        m_environmentLabel->setText(tr("Alipay sandbox"));
        break;
    case Environment::Production:
        //: Status bar: real customers, real money.
        m_environmentLabel->setText(tr("Production"));
        break;
    }
}

} // namespace DepositDesk
