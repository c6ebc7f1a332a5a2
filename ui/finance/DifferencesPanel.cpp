#include "ui/finance/DifferencesPanel.h"
#include "ui/finance/BillDownloadPanel.h"
#include "ui/finance/DifferencesModel.h"
#include "ui/finance/ResolveDifferenceDialog.h"
#include "ui/widgets/TableExportMenu.h"

#include "services/ConsoleServices.h"
#include "services/finance/DifferenceCorrections.h"
#include "services/finance/ReconciliationService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace DepositDesk {

namespace {

std::optional<Money> amountFilter(const QLineEdit *edit, bool *valid)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    std::optional<Money> amount = Money::fromYuan(text);
    if (!amount)
        *valid = false;
    return amount;
}

} // namespace

DifferencesPanel::DifferencesPanel(ConsoleServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_model(new DifferencesModel(this))
{
    setObjectName(QStringLiteral("differencesPanel"));
    QLayout *filters = createFilters();
    createTable();
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_count);
    actions->addStretch();
    actions->addWidget(m_open);
    actions->addWidget(m_resolve);
    actions->addSpacing(12);
    actions->addWidget(m_exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addLayout(actions);

    connectFilters();
    connectActions();
    retranslateUi();
}

QLayout *DifferencesPanel::createFilters()
{
    m_kindLabel = new QLabel(this);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_kind->addItem(QString());
    const QList<DifferenceKind> kinds = allDifferenceKinds();
    for (DifferenceKind kind : kinds)
        m_kind->addItem(QString(), differenceKindCode(kind));
    m_kindLabel->setBuddy(m_kind);
    m_dates = new QCheckBox(this);
    m_dates->setObjectName(QStringLiteral("dateFilterCheck"));
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("fromDateEdit"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("toDateEdit"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    m_amountLabel = new QLabel(this);
    m_minAmount = new QLineEdit(this);
    m_minAmount->setObjectName(QStringLiteral("minAmountEdit"));
    m_maxAmount = new QLineEdit(this);
    m_maxAmount->setObjectName(QStringLiteral("maxAmountEdit"));
    for (QLineEdit *edit : {m_minAmount, m_maxAmount}) {
        edit->setMaximumWidth(100);
        edit->setClearButtonEnabled(true);
    }
    m_amountLabel->setBuddy(m_minAmount);
    m_showResolved = new QCheckBox(this);
    m_showResolved->setObjectName(QStringLiteral("showResolvedCheck"));
    m_showResolved->setChecked(true);
    m_showGone = new QCheckBox(this);
    m_showGone->setObjectName(QStringLiteral("showGoneCheck"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_kindLabel);
    filters->addWidget(m_kind);
    filters->addSpacing(12);
    filters->addWidget(m_dates);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(QStringLiteral("–"), this));
    filters->addWidget(m_to);
    filters->addSpacing(12);
    filters->addWidget(m_amountLabel);
    filters->addWidget(m_minAmount);
    filters->addWidget(new QLabel(QStringLiteral("–"), this));
    filters->addWidget(m_maxAmount);
    filters->addSpacing(12);
    filters->addWidget(m_showResolved);
    filters->addWidget(m_showGone);
    filters->addStretch();
    return filters;
}

void DifferencesPanel::createTable()
{
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("differencesView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_export = TableExportMenu::install(m_view, QStringLiteral("reconciliation-differences"));
    m_exportButton = m_export->createButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("differencesCountLabel"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("differencesMessageLabel"));
    m_message->setWordWrap(true);
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("openOrderButton"));
    m_resolve = new QPushButton(this);
    m_resolve->setObjectName(QStringLiteral("resolveButton"));
}

void DifferencesPanel::connectFilters()
{
    connect(m_kind, &QComboBox::currentIndexChanged, this, &DifferencesPanel::reload);
    connect(m_dates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        reload();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &DifferencesPanel::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &DifferencesPanel::reload);
    connect(m_minAmount, &QLineEdit::editingFinished, this, &DifferencesPanel::reload);
    connect(m_maxAmount, &QLineEdit::editingFinished, this, &DifferencesPanel::reload);
    connect(m_showResolved, &QCheckBox::toggled, this, &DifferencesPanel::reload);
    connect(m_showGone, &QCheckBox::toggled, this, &DifferencesPanel::reload);
}

void DifferencesPanel::connectActions()
{
    connect(m_view, &QTableView::activated, this, &DifferencesPanel::openSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DifferencesPanel::updateButtons);
    connect(m_open, &QPushButton::clicked, this, &DifferencesPanel::openSelected);
    connect(m_resolve, &QPushButton::clicked, this, &DifferencesPanel::resolveSelected);
    connect(m_export, &TableExportMenu::exported, this, [this](const QString &path) {
        //: %1 the file written
        m_message->setText(tr("Exported the differences listed to %1.").arg(path));
        m_message->setVisible(true);
    });
    connect(m_export, &TableExportMenu::exportFailed, this, [this](const QString &message) {
        m_message->setText(message);
        m_message->setVisible(true);
    });
    connect(&m_services.reconciliation(), &ReconciliationService::differencesChanged, this,
            [this](const QString &period) {
                if (period == m_period)
                    reload();
            });
}

void DifferencesPanel::setPeriod(const QString &period, const QString &billType)
{
    m_period = period;
    m_billType = billType;
    const auto [first, last] = billPeriodDays(period);
    if (first.isValid()) {
        const QSignalBlocker fromBlocker(m_from), toBlocker(m_to);
        m_from->setDate(first);
        m_to->setDate(last);
    }
    reload();
}

DifferenceFilter DifferencesPanel::filter() const
{
    DifferenceFilter filter;
    filter.period = m_period;
    filter.billType = m_billType;
    if (m_kind->currentIndex() > 0)
        filter.kind = differenceKindFromCode(m_kind->currentData().toString());
    if (m_dates->isChecked()) {
        filter.from = m_from->date();
        filter.to = m_to->date();
    }
    bool valid = true;
    filter.minAmount = amountFilter(m_minAmount, &valid);
    filter.maxAmount = amountFilter(m_maxAmount, &valid);
    filter.includeResolved = m_showResolved->isChecked();
    filter.includeGone = m_showGone->isChecked();
    return filter;
}

void DifferencesPanel::reload()
{
    bool valid = true;
    amountFilter(m_minAmount, &valid);
    amountFilter(m_maxAmount, &valid);
    m_message->setText(valid ? QString()
                             : tr("Amounts are in yuan, for example 12.50; the amount filter "
                                  "is left out until it reads as one."));
    m_message->setVisible(!valid);
    const OperatorSession &session = m_services.session();
    const bool allowed = session.can(Capability::RunReconciliation) && !m_period.isEmpty();
    const ReconciliationService &service = m_services.reconciliation();
    const std::optional<ReconciliationRun> latest =
        allowed ? service.latestRun(m_period, m_billType) : std::nullopt;
    m_model->setDifferences(latest ? service.differences(session, filter()) : QList<Difference>(),
                            latest ? latest->id : 0);
    m_view->resizeColumnsToContents();
    const int detail = DifferencesModel::Detail;
    m_view->setColumnWidth(detail, qMin(m_view->columnWidth(detail), 360));
    int open = 0;
    for (const Difference &difference : m_model->differences())
        open += difference.isResolved() ? 0 : 1;
    if (!latest)
        m_count->setText(tr("Not reconciled yet."));
    else
        //: %n how many differences are listed, %1 how many of them nobody resolved yet
        m_count->setText(
            tr("%n difference(s) listed, %1 open", nullptr, m_model->rowCount()).arg(open));
    updateButtons();
}

const Difference *DifferencesPanel::selected() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->differenceAt(rows.first().row());
}

void DifferencesPanel::openSelected()
{
    if (const Difference *difference = selected(); difference && !difference->outOrderNo.isEmpty())
        Q_EMIT openOrderRequested(difference->outOrderNo);
}

void DifferencesPanel::resolveSelected()
{
    const Difference *difference = selected();
    if (!difference)
        return;
    auto *dialog = new ResolveDifferenceDialog(
        *difference, m_services.corrections().available(*difference), this);
    const int row = int(difference - m_model->differences().constData());
    dialog->setDetail(m_model->index(row, DifferencesModel::Detail).data().toString());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = difference->id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        if (const auto correction = dialog->correction())
            correct(id, *correction, dialog->note());
        else
            resolve(id, dialog->note());
    });
    dialog->open();
}

void DifferencesPanel::correct(qint64 differenceId, Correction correction, const QString &note)
{
    DifferenceCorrections &corrections = m_services.corrections();
    const auto done = [this](const DifferenceCorrections::Result &result) {
        m_correcting = false;
        reload();
        m_message->setText(result.ok ? result.message
                                     //: %1 why the correction was refused (translated)
                                     : tr("The correction was not made: %1").arg(result.message));
        m_message->setVisible(true);
    };
    m_correcting = true;
    updateButtons();
    m_message->setText(tr("Working on the correction…"));
    m_message->setVisible(true);
    switch (correction) {
    case Correction::RefreshOrder:
        corrections.refreshOrder(m_services.session(), differenceId, note, this, done);
        break;
    case Correction::SettleByQuery:
        corrections.settleByQuery(m_services.session(), differenceId, note, this, done);
        break;
    case Correction::KnownExternalPayment:
        done(corrections.recordExternalPayment(m_services.session(), differenceId, note));
        break;
    }
}

void DifferencesPanel::resolve(qint64 differenceId, const QString &note)
{
    const StoreResult resolved =
        m_services.reconciliation().resolve(m_services.session(), differenceId, note);
    reload();
    if (!resolved) {
        //: %1 why the store refused (translated)
        m_message->setText(
            tr("The difference was not marked resolved: %1").arg(resolved.errorString));
        m_message->setVisible(true);
    }
}

void DifferencesPanel::updateButtons()
{
    const Difference *difference = selected();
    m_open->setEnabled(difference && !difference->outOrderNo.isEmpty());
    m_resolve->setEnabled(difference != nullptr && !m_correcting);
    m_exportButton->setEnabled(m_model->rowCount() > 0);
}

void DifferencesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DifferencesPanel::retranslateUi()
{
    m_kindLabel->setText(tr("&Kind"));
    m_kind->setItemText(0, tr("All kinds"));
    const QList<DifferenceKind> kinds = allDifferenceKinds();
    for (int i = 0; i < kinds.size(); ++i)
        m_kind->setItemText(i + 1, differenceKindDisplayName(kinds.at(i)));
    //: Filter: only differences that happened between these days
    m_dates->setText(tr("&Dates"));
    m_amountLabel->setText(tr("&Amount ¥"));
    m_minAmount->setPlaceholderText(tr("from"));
    m_maxAmount->setPlaceholderText(tr("to"));
    m_showResolved->setText(tr("Show &resolved"));
    m_showGone->setText(tr("Show &no longer found"));
    m_showGone->setToolTip(
        tr("Differences an earlier run found that the latest run did not find again."));
    m_open->setText(tr("&Open order"));
    m_resolve->setText(tr("Re&solve…"));
    if (!m_period.isEmpty())
        reload();
}

} // namespace DepositDesk
