#include "services/audit/AuditTableModel.h"

#include "services/audit/AuditWords.h"

#include "domain/ChinaTime.h"
#include "finance/TableExport.h"

#include <QCoreApplication>

namespace DepositDesk {

namespace {

constexpr int ExportRole = TableExport::ExportRole;

} // namespace

AuditTableModel::AuditTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AuditTableModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_sentences.clear();
    m_more = false;
    m_fetching = false;
    endResetModel();
}

void AuditTableModel::append(const QList<AuditEntry> &entries, bool more)
{
    m_fetching = false;
    m_more = more;
    if (entries.isEmpty())
        return;
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + entries.size() - 1));
    for (const AuditEntry &e : entries) {
        m_entries.append(e);
        m_sentences.append(AuditWords::sentence(e));
    }
    endInsertRows();
}

void AuditTableModel::retranslate()
{
    for (int i = 0; i < m_entries.size(); ++i)
        m_sentences[i] = AuditWords::sentence(m_entries.at(i));
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_entries.size()) - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    if (role == EntryRole)
        return e.seq;
    if (role == ExportRole) {
        if (index.column() == Seq)
            return e.seq;
        if (index.column() == When)
            return e.at;
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() == Seq)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && (index.column() == What || index.column() == Details))
        return index.column() == What ? m_sentences.at(index.row()) : e.detail;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Seq:
        return QString::number(e.seq);
    case When:
        return ChinaTime::format(e.at);
    case Operator:
        return e.operatorLogin;
    case Order:
        return e.outOrderNo;
    case What:
        return m_sentences.at(index.row());
    case Action:
        return e.action;
    case Details:
        return e.detail;
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Seq:
        //: Audit log column: the entry's number in the chain
        return tr("No.");
    case When:
        return tr("When (China time)");
    case Operator:
        return tr("Operator");
    case Order:
        return tr("Order");
    case What:
        return tr("What happened");
    case Action:
        //: Audit log column: the action's code as stored ("order.unfreeze.requested")
        return tr("Action code");
    case Details:
        //: Audit log column: the entry's recorded details as stored (JSON)
        return tr("Recorded details");
    default:
        return {};
    }
}

bool AuditTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more && !m_fetching && m_fetcher;
}

void AuditTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    m_fetcher();
}

} // namespace DepositDesk
