#include "ui/widgets/ErrorBanner.h"

#include "services/actions/ActionOutcome.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QToolButton>

namespace DepositDesk {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    // A light red panel that stays readable in dark palettes too (text keeps its own role).
    setStyleSheet(
        QStringLiteral("DepositDesk--ErrorBanner { background: rgba(220, 53, 69, 28); "
                       "border: 1px solid rgba(220, 53, 69, 140); border-radius: 4px; }"));

    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("errorBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_detailsButton = new QToolButton(this);
    m_detailsButton->setObjectName(QStringLiteral("errorBannerDetailsButton"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setAutoRaise(true);
    connect(m_detailsButton, &QToolButton::toggled, this, &ErrorBanner::toggleDetails);

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("errorBannerDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setVisible(false);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_text, 0, 0);
    layout->addWidget(m_detailsButton, 0, 1, Qt::AlignTop);
    layout->addWidget(m_details, 1, 0, 1, 2);
    layout->setColumnStretch(0, 1);

    setVisible(false);
    retranslateUi();
}

void ErrorBanner::showError(const Error &error)
{
    m_error = error;
    m_text->setText(error.message);
    const QString details = detailsText();
    m_details->setText(details);
    m_detailsButton->setVisible(!details.isEmpty());
    m_detailsButton->setChecked(false);
    m_details->setVisible(false);
    setVisible(true);
}

void ErrorBanner::showOutcome(const ActionOutcome &outcome)
{
    showError({outcome.message, outcome.code, outcome.subCode, outcome.subMsg, outcome.technical,
               outcome.requestNo});
}

void ErrorBanner::clear()
{
    m_error = {};
    m_text->clear();
    m_details->clear();
    m_detailsButton->setChecked(false);
    setVisible(false);
}

bool ErrorBanner::detailsVisible() const
{
    return m_details->isVisibleTo(this);
}

void ErrorBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void ErrorBanner::retranslateUi()
{
    m_detailsButton->setText(m_detailsButton->isChecked() ? tr("Hide details") : tr("Details"));
    m_detailsButton->setToolTip(tr("Alipay's codes and the technical text, for an expert"));
    m_details->setText(detailsText());
}

void ErrorBanner::toggleDetails()
{
    m_details->setVisible(m_detailsButton->isChecked());
    retranslateUi();
    Q_EMIT resized();
}

QString ErrorBanner::detailsText() const
{
    QStringList lines;
    //: Error details: Alipay's answer code, e.g. "40004".
    if (!m_error.code.isEmpty())
        lines << tr("Alipay code: %1").arg(m_error.code);
    if (!m_error.subCode.isEmpty())
        lines << tr("sub_code: %1").arg(m_error.subCode);
    if (!m_error.subMsg.isEmpty())
        lines << tr("sub_msg: %1").arg(m_error.subMsg);
    if (!m_error.requestNo.isEmpty())
        lines << tr("Request number: %1").arg(m_error.requestNo);
    if (!m_error.technical.isEmpty())
        lines << tr("Technical: %1").arg(m_error.technical);
    return lines.join(QLatin1Char('\n'));
}

} // namespace DepositDesk
