#include "CustomerScriptPanel.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
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

    m_titles = new QListWidget(this);
    m_titles->setObjectName(QStringLiteral("customerScriptList"));
    m_titles->setMaximumWidth(220);
    connect(m_titles, &QListWidget::currentRowChanged, this, &CustomerScriptPanel::showCurrent);

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

    auto *textColumn = new QVBoxLayout;
    textColumn->addWidget(m_text, 1);
    textColumn->addLayout(buttons);

    auto *body = new QHBoxLayout;
    body->addWidget(m_titles);
    body->addLayout(textColumn, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addLayout(body, 1);
    retranslateUi();
    showCurrent();
}

void CustomerScriptPanel::setScripts(const QList<CustomerScripts::Script> &scripts)
{
    const QString selected = m_titles->currentItem() ? m_titles->currentItem()->text() : QString();
    m_scripts = scripts;
    const QSignalBlocker blocker(m_titles);
    m_titles->clear();
    int row = 0;
    for (qsizetype i = 0; i < scripts.size(); ++i) {
        m_titles->addItem(scripts.at(i).title);
        if (scripts.at(i).title == selected)
            row = int(i);
    }
    m_titles->setCurrentRow(scripts.isEmpty() ? -1 : row);
    showCurrent();
}

QString CustomerScriptPanel::currentText() const
{
    const int row = m_titles->currentRow();
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
