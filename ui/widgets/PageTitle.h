#pragma once

#include <QFont>
#include <QLabel>

namespace DepositDesk {

// The title at the top of a page: the label's font 1.4 times as large, bold.
inline void setPageTitleFont(QLabel *title)
{
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);
}

} // namespace DepositDesk
