#include "ui/risk/RiskReportModel.h"

#include "domain/YuanText.h"

#include "finance/TableExport.h"

#include <QFont>
#include <QLocale>

#include <cmath>

namespace DepositDesk {

void RiskReportModel::setResult(const RiskReport::Result &result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

const RiskReport::Row &RiskReportModel::rowAt(int row) const
{
    return isTotal(row) ? m_result.total : m_result.rows.at(row);
}

QString RiskReportModel::label(int row) const
{
    if (isTotal(row))
        //: Risk report: the row of all groups together
        return tr("Total");
    return RiskReport::groupLabel(m_result.query.grouping, m_result.rows.at(row).key);
}

QString RiskReportModel::percentText(double percent)
{
    return QLocale().toString(percent, 'f', 1) + u'%';
}

int RiskReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_result.ok ? 0 : int(m_result.rows.size()) + 1;
}

int RiskReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RiskReportModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const RiskReport::Row &r = rowAt(index.row());
    const int column = index.column();
    if (role == Qt::FontRole && isTotal(index.row())) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole)
        return column == Group ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                               : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != TableExport::ExportRole)
        return {};
    const bool display = role == Qt::DisplayRole;
    const auto count = [display](qint64 n) -> QVariant {
        return display ? QVariant(QString::number(n)) : QVariant(n);
    };
    const auto money = [display](Money m) -> QVariant {
        return display ? QVariant(yuanText(m)) : QVariant::fromValue(m);
    };
    switch (column) {
    case Group:
        return label(index.row());
    case Orders:
        return count(r.orders);
    case Deposits:
        return money(r.deposits);
    case Waived:
        return money(r.waived);
    case Charges:
        return count(r.charges);
    case Charged:
        return money(r.charged);
    case FailedCharges:
        return count(r.failedCharges);
    case FailedAmount:
        return money(r.failedAmount);
    case Defaults:
        return count(r.defaults);
    case Lost:
        return money(r.lost);
    case DefaultRate:
        return display ? QVariant(percentText(r.defaultRate()))
                       : QVariant(std::round(r.defaultRate() * 10.0) / 10.0);
    default:
        return {};
    }
}

QVariant RiskReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Group:
        switch (m_result.query.grouping) {
        case RiskReport::Grouping::Category:
            return tr("Category");
        case RiskReport::Grouping::Store:
            return tr("Store");
        case RiskReport::Grouping::WaivedShare:
            //: Risk report column: the part of the deposit Sesame credit waived
            return tr("Waived share");
        }
        return {};
    case Orders:
        return tr("Orders");
    case Deposits:
        return tr("Deposits");
    case Waived:
        //: Risk report column: the part of the deposits Sesame credit waived, in yuan
        return tr("Waived");
    case Charges:
        //: Risk report column: succeeded charges from deposits (count)
        return tr("Charges");
    case Charged:
        //: Risk report column: the amount of the succeeded charges
        return tr("Charged");
    case FailedCharges:
        //: Risk report column: charges the customer could not pay (count)
        return tr("Failed charges");
    case FailedAmount:
        return tr("Failed amount");
    case Defaults:
        //: Risk report column: orders reported to Sesame as defaulted (VIOLATED)
        return tr("Defaults reported");
    case Lost:
        //: Risk report column: failed charges never charged again later
        return tr("Amount lost");
    case DefaultRate:
        return tr("Default rate");
    default:
        return {};
    }
}

void RiskReportModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Group), index(rowCount() - 1, DefaultRate));
}

} // namespace DepositDesk
