#include "ui/orders/CustomerScriptPanel.h"

#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace DepositDesk {

CustomerScriptPanel::CustomerScriptPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("customerScriptPanel"));

    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    m_titles = new QComboBox(this);
    m_titles->setObjectName(QStringLiteral("customerScriptList"));
    m_titles->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_titles, &QComboBox::currentIndexChanged, this, &CustomerScriptPanel::showCurrent);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("customerScriptText"));
    m_text->setReadOnly(true);

    m_copyButton = new QPushButton(this);
    m_copyButton->setObjectName(QStringLiteral("copyScriptButton"));
    connect(m_copyButton, &QPushButton::clicked, this, &CustomerScriptPanel::copyCurrent);

    m_copiedLabel = new QLabel(this);
    m_copiedLabel->setObjectName(QStringLiteral("copyScriptConfirmation"));
    m_copiedTimer = new QTimer(this);
    m_copiedTimer->setSingleShot(true);
    m_copiedTimer->setInterval(4000);
    connect(m_copiedTimer, &QTimer::timeout, m_copiedLabel, &QLabel::clear);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copyButton);
    buttons->addWidget(m_copiedLabel, 1);

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading);
    top->addWidget(m_titles, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);
    retranslateUi();
    showCurrent();
}

void CustomerScriptPanel::setScripts(const QList<CustomerScripts::Script> &scripts)
{
    // The same choice as before (a reload of an unchanged order) keeps the agent's pick; a new
    // state starts at the first script, the one that fits it best.
    bool sameTitles = scripts.size() == m_scripts.size();
    for (qsizetype i = 0; sameTitles && i < scripts.size(); ++i)
        sameTitles = scripts.at(i).title == m_scripts.at(i).title;
    const int previous = m_titles->currentIndex();
    m_scripts = scripts;
    const QSignalBlocker blocker(m_titles);
    m_titles->clear();
    for (const CustomerScripts::Script &script : scripts)
        m_titles->addItem(script.title);
    m_titles->setCurrentIndex(scripts.isEmpty() ? -1 : sameTitles ? qMax(0, previous) : 0);
    showCurrent();
}

QString CustomerScriptPanel::currentText() const
{
    const int row = m_titles->currentIndex();
    return row >= 0 && row < m_scripts.size() ? m_scripts.at(row).text : QString();
}

void CustomerScriptPanel::showCurrent()
{
    m_text->setPlainText(currentText());
    m_copyButton->setEnabled(!currentText().isEmpty());
    m_copiedLabel->clear();
}

void CustomerScriptPanel::copyCurrent()
{
    const QString text = currentText();
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    //: Shown next to the copy button for a few seconds after copying.
    m_copiedLabel->setText(tr("Copied. Paste it into the chat with the customer."));
    m_copiedTimer->start();
    Q_EMIT copied(text);
}

void CustomerScriptPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CustomerScriptPanel::retranslateUi()
{
    //: Heading of the panel with suggested words (话术) for the customer.
    m_heading->setText(tr("What to tell the customer"));
    m_copyButton->setText(tr("Copy"));
    m_copyButton->setToolTip(tr("Copy these words to the clipboard"));
    m_titles->setAccessibleName(tr("Suggested replies"));
    m_text->setAccessibleName(tr("Suggested words for the customer"));
    if (!m_copiedLabel->text().isEmpty())
        m_copiedLabel->setText(tr("Copied. Paste it into the chat with the customer."));
}

} // namespace DepositDesk
