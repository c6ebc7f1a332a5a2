#include "ui/widgets/ProportionBar.h"
#include "domain/YuanText.h"

#include <QEvent>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

namespace DepositDesk {

namespace {

constexpr int BarHeight = 22;
constexpr int Gap = 8;       // between bar and legend, and between legend rows
constexpr int Swatch = 12;   // legend colour square
constexpr int EntryGap = 20; // between legend entries

} // namespace

ProportionBar::ProportionBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("proportionBar"));
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    updateAccessibleName();
}

void ProportionBar::setAmounts(const Amounts &amounts)
{
    m_amounts = amounts;
    updateAccessibleName();
    updateGeometry();
    update();
}

QList<ProportionBar::Segment> ProportionBar::segments() const
{
    const Money keptCharge = m_amounts.charged - m_amounts.refunded;
    return {
        {tr("Unfrozen"), m_amounts.unfrozen, QColor(0x4c, 0xaf, 0x50), false},
        //: Legend: charged and not refunded (the refunded part has its own entry).
        {tr("Charged, not refunded"), keptCharge, QColor(0xe6, 0x7e, 0x22), false},
        {tr("Refunded"), m_amounts.refunded, QColor(0xe6, 0x7e, 0x22), true},
        {tr("Still frozen"), m_amounts.rest, QColor(0x1e, 0x88, 0xe5), false},
    };
}

int ProportionBar::legendEntryWidth(const Segment &segment) const
{
    const QFontMetrics metrics(font());
    return Swatch + 6 +
           metrics.horizontalAdvance(tr("%1 ¥%2").arg(segment.label, yuanDigits(segment.amount)));
}

QList<QPoint> ProportionBar::legendPositions(int width) const
{
    const int lineHeight = qMax(QFontMetrics(font()).height(), Swatch);
    QList<QPoint> positions;
    int x = 0;
    int y = BarHeight + Gap;
    const QList<Segment> all = segments();
    for (const Segment &segment : all) {
        const int entry = legendEntryWidth(segment);
        if (x > 0 && x + entry > width) {
            x = 0;
            y += lineHeight + Gap / 2;
        }
        positions.append(QPoint(x, y));
        x += entry + EntryGap;
    }
    positions.append(QPoint(0, y + lineHeight));
    return positions;
}

int ProportionBar::heightForWidth(int width) const
{
    return legendPositions(width).constLast().y() + 2;
}

QSize ProportionBar::sizeHint() const
{
    int width = 0;
    const QList<Segment> all = segments();
    for (const Segment &segment : all)
        width += legendEntryWidth(segment) + EntryGap;
    return QSize(width, heightForWidth(width));
}

QSize ProportionBar::minimumSizeHint() const
{
    return QSize(160, heightForWidth(160));
}

void ProportionBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF bar(0.5, 0.5, width() - 1.0, BarHeight - 1.0);
    const QList<Segment> all = segments();

    // Empty track first: an order with nothing frozen still shows where the bar would be.
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(palette().color(QPalette::AlternateBase));
    painter.drawRoundedRect(bar, 3, 3);

    const qint64 total =
        qMax<qint64>(1, m_amounts.unfrozen.fen() + m_amounts.charged.fen() + m_amounts.rest.fen());
    qreal x = bar.left();
    painter.save();
    QPainterPath clip;
    clip.addRoundedRect(bar, 3, 3);
    painter.setClipPath(clip);
    for (const Segment &segment : all) {
        if (segment.amount.fen() <= 0)
            continue;
        // Any non-zero part stays visible (2 px at least), whatever its share.
        const qreal share = qMax(2.0, bar.width() * qreal(segment.amount.fen()) / qreal(total));
        const QRectF part(x, bar.top(), qMin(share, bar.right() - x), bar.height());
        painter.fillRect(part, segment.color);
        if (segment.hatched)
            painter.fillRect(part, QBrush(palette().color(QPalette::Base), Qt::BDiagPattern));
        x += share;
    }
    painter.restore();
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(bar, 3, 3);

    const QList<QPoint> positions = legendPositions(width());
    const int lineHeight = qMax(QFontMetrics(font()).height(), Swatch);
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Segment &segment = all.at(i);
        const QPoint at = positions.at(i);
        const QRect swatch(at.x(), at.y() + (lineHeight - Swatch) / 2, Swatch, Swatch);
        painter.fillRect(swatch, segment.color);
        if (segment.hatched)
            painter.fillRect(swatch, QBrush(palette().color(QPalette::Base), Qt::BDiagPattern));
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(at.x() + Swatch + 6, at.y(), width(), lineHeight),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         //: Legend of the proportion bar: "Unfrozen ¥20.00".
                         tr("%1 ¥%2").arg(segment.label, yuanDigits(segment.amount)));
    }
}

void ProportionBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        updateAccessibleName();
        updateGeometry();
        update();
    }
    QWidget::changeEvent(event);
}

void ProportionBar::updateAccessibleName()
{
    //: Read by screen readers for the deposit's proportion bar.
    setAccessibleName(tr("Deposit of ¥%1: ¥%2 unfrozen, ¥%3 charged (¥%4 of it refunded), "
                         "¥%5 still frozen")
                          .arg(yuanDigits(m_amounts.total), yuanDigits(m_amounts.unfrozen),
                               yuanDigits(m_amounts.charged), yuanDigits(m_amounts.refunded),
                               yuanDigits(m_amounts.rest)));
    setToolTip(accessibleName());
}

} // namespace DepositDesk
