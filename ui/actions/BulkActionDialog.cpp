#include "ui/actions/BulkActionDialog.h"

#include "ui/widgets/TableExportMenu.h"

#include "services/ConsoleServices.h"
#include "services/bulk/BulkRowsModel.h"
#include "services/bulk/BulkRunner.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace DepositDesk {

BulkActionDialog::BulkActionDialog(ConsoleServices &services, const QStringList &orders,
                                   const QString &source, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_orders(orders)
    , m_source(source)
{
    setObjectName(QStringLiteral("bulkActionDialog"));
    m_model = new BulkRowsModel(this);

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("bulkAction"));
    for (const BulkActions::Action a :
         {BulkActions::Action::UnfreezeRest, BulkActions::Action::UnfreezeAmount,
          BulkActions::Action::SesameComplete, BulkActions::Action::RefundRequest})
        m_action->addItem(QString(), QVariant::fromValue(int(a)));
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("bulkAmount"));
    m_amount->setMaximumWidth(m_amount->fontMetrics().horizontalAdvance(u'0') * 16);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("bulkReason"));
    m_actionLabel = new QLabel(this);
    m_amountLabel = new QLabel(this);
    m_reasonLabel = new QLabel(this);
    auto *form = new QFormLayout;
    form->addRow(m_actionLabel, m_action);
    form->addRow(m_amountLabel, m_amount);
    form->addRow(m_reasonLabel, m_reason);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("bulkProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("bulkTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    const int digit = m_table->fontMetrics().horizontalAdvance(u'0');
    m_table->setColumnWidth(BulkRowsModel::RowColumn, 6 * digit);
    m_table->setColumnWidth(BulkRowsModel::OrderColumn, 22 * digit);
    m_table->setColumnWidth(BulkRowsModel::BeforeColumn, 13 * digit);
    m_table->setColumnWidth(BulkRowsModel::AmountColumn, 13 * digit);
    m_table->setColumnWidth(BulkRowsModel::AfterColumn, 13 * digit);
    m_table->setColumnWidth(BulkRowsModel::ResultColumn, 20 * digit);
    m_table->setColumnWidth(BulkRowsModel::DetailsColumn, 60 * digit);
    m_table->setColumnWidth(BulkRowsModel::RequestColumn, 34 * digit);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("bulkSummary"));
    m_summary->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("bulkProgress"));
    m_progress->hide();

    m_previewButton = new QPushButton(this);
    m_previewButton->setObjectName(QStringLiteral("bulkPreviewButton"));
    m_runButton = new QPushButton(this);
    m_runButton->setObjectName(QStringLiteral("bulkRunButton"));
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(QStringLiteral("bulkCancelButton"));
    m_closeButton = new QPushButton(this);
    m_closeButton->setObjectName(QStringLiteral("bulkCloseButton"));
    for (QPushButton *b : {m_previewButton, m_runButton, m_cancelButton, m_closeButton})
        b->setAutoDefault(false);
    auto *exportMenu = TableExportMenu::install(m_table, QStringLiteral("bulk-action"));
    m_exportButton = exportMenu->createButton(this);
    m_exportButton->setObjectName(QStringLiteral("bulkExportButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_previewButton);
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch(1);
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_closeButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addLayout(buttons);

    BulkRunner &bulk = m_services.bulkRunner();
    connect(m_action, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &BulkActionDialog::inputsChanged);
    connect(m_amount, &QLineEdit::textChanged, this, &BulkActionDialog::inputsChanged);
    connect(m_reason, &QLineEdit::textChanged, this, &BulkActionDialog::inputsChanged);
    connect(m_previewButton, &QPushButton::clicked, this, &BulkActionDialog::preview);
    connect(m_runButton, &QPushButton::clicked, this, &BulkActionDialog::run);
    connect(m_cancelButton, &QPushButton::clicked, this, &BulkActionDialog::cancel);
    connect(m_closeButton, &QPushButton::clicked, this, &BulkActionDialog::reject);
    connect(&bulk, &BulkRunner::progress, this, [this](int finished, int total) {
        if (!m_ran)
            return;
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(finished);
        updateSummary();
    });
    connect(&bulk, &BulkRunner::finished, this, [this](bool cancelled) {
        if (!m_ran)
            return;
        m_cancelled = cancelled;
        m_model->setRows(m_services.bulkRunner().rows());
        updateSummary();
        updateButtons();
        Q_EMIT runFinished(cancelled);
    });

    retranslateUi();
    inputsChanged();
    resize(1100, 640);
}

BulkActionDialog::~BulkActionDialog() = default;

BulkActions::Request BulkActionDialog::request() const
{
    BulkActions::Request r;
    r.action = BulkActions::Action(m_action->currentData().toInt());
    if (BulkActions::takesAmount(r.action) && !m_amount->text().trimmed().isEmpty())
        r.amount = Money::fromRequestYuan(m_amount->text().trimmed()).value_or(Money());
    r.reason = m_reason->text();
    r.orders = m_orders;
    return r;
}

bool BulkActionDialog::isRunning() const
{
    return m_ran && m_services.bulkRunner().isRunning();
}

void BulkActionDialog::inputsChanged()
{
    if (isRunning())
        return;
    const BulkActions::Action action = BulkActions::Action(m_action->currentData().toInt());
    m_model->setAction(action);
    const bool amount = BulkActions::takesAmount(action);
    m_amount->setVisible(amount);
    m_amountLabel->setVisible(amount);
    retranslateAmount();
    const QString problem = amountProblem();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    // What was previewed is no longer what would run.
    m_previewed = false;
    m_ran = false;
    m_model->setRows({});
    updateSummary();
    updateButtons();
}

void BulkActionDialog::preview()
{
    if (isRunning())
        return;
    const BulkActions::Request r = request();
    // An amount that does not read is never taken for "none" (a refund of everything left).
    QString problem = amountProblem();
    if (problem.isEmpty())
        problem = BulkActions::requestProblem(r);
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        return;
    }
    m_problem->hide();
    m_model->setRows(m_services.bulk().preview(m_services.session(), r));
    m_previewed = true;
    m_ran = false;
    m_progress->hide();
    updateSummary();
    updateButtons();
}

void BulkActionDialog::run()
{
    if (!m_previewed || isRunning())
        return;
    BulkRunner &bulk = m_services.bulkRunner();
    m_ran = true;
    m_cancelled = false;
    if (!bulk.run(m_services.session(), request())) {
        m_ran = false;
        m_problem->setText(tr("Another bulk action is running on this desk. Wait until it has "
                              "finished."));
        m_problem->show();
        return;
    }
    m_model->follow(&bulk);
    m_progress->setRange(0, std::max(1, int(m_model->rowCount())));
    m_progress->setValue(0);
    m_progress->show();
    updateSummary();
    updateButtons();
}

void BulkActionDialog::cancel()
{
    if (isRunning())
        m_services.bulkRunner().cancel();
}

void BulkActionDialog::reject()
{
    // Closing while rows are out would hide their results: cancel first, close when it ends.
    if (isRunning()) {
        cancel();
        return;
    }
    QDialog::reject();
}

QString BulkActionDialog::amountProblem() const
{
    const BulkActions::Action action = BulkActions::Action(m_action->currentData().toInt());
    QString problem;
    if (BulkActions::takesAmount(action) && !m_amount->text().trimmed().isEmpty())
        Money::fromRequestYuan(m_amount->text().trimmed(), &problem);
    return problem;
}

void BulkActionDialog::retranslateAmount()
{
    const bool optional =
        BulkActions::Action(m_action->currentData().toInt()) == BulkActions::Action::RefundRequest;
    m_amountLabel->setText(optional ? tr("Amount to refund of each order (¥):")
                                    : tr("Amount of each order (¥):"));
    m_amount->setPlaceholderText(optional ? tr("Empty: all that is left of its latest charge")
                                          : QString());
}

void BulkActionDialog::updateButtons()
{
    const bool running = isRunning();
    // Also when nothing is left to send: a run of a list done before reports every row's result
    // (and sends nothing).
    const bool ready = m_model->rowCount() > m_model->count(BulkActions::State::Refused);
    for (QWidget *w : {static_cast<QWidget *>(m_action), static_cast<QWidget *>(m_amount),
                       static_cast<QWidget *>(m_reason)})
        w->setEnabled(!running);
    m_previewButton->setEnabled(!running);
    m_runButton->setEnabled(!running && m_previewed && !m_ran && ready);
    m_cancelButton->setEnabled(running);
    m_cancelButton->setVisible(m_ran);
    m_exportButton->setEnabled(!running && m_model->rowCount() > 0);
    m_closeButton->setEnabled(!running);
}

void BulkActionDialog::updateSummary()
{
    using S = BulkActions::State;
    const BulkRowsModel &m = *m_model;
    if (m.rowCount() == 0) {
        m_summary->setText(tr("Choose the action and give a reason, then Preview to see what "
                              "will happen to each order before anything is sent."));
        return;
    }
    if (!m_ran) {
        m_summary->setText(tr("Preview: %1 will be sent, %2 refused, %3 already handled by an "
                              "earlier run of this list. Nothing has been sent yet.")
                               .arg(m.count(S::Ready))
                               .arg(m.count(S::Refused))
                               .arg(m.count(S::Done) + m.count(S::Failed) + m.count(S::Unknown)));
        return;
    }
    const QString counts =
        tr("%1 done, %2 refused, %3 failed, %4 awaiting confirmation, %5 cancelled")
            .arg(m.count(S::Done))
            .arg(m.count(S::Refused))
            .arg(m.count(S::Failed))
            .arg(m.count(S::Unknown))
            .arg(m.count(S::Cancelled));
    if (isRunning()) {
        m_summary->setText(tr("Sending… %1 of %2 rows have their result (%3).")
                               .arg(m_progress->value())
                               .arg(m.rowCount())
                               .arg(counts));
        return;
    }
    QString text = (m_cancelled ? tr("Cancelled: %1.") : tr("Finished: %1.")).arg(counts);
    if (m.count(S::Unknown) > 0)
        text += u' ' + tr("DepositDesk asks Alipay about the rows awaiting confirmation by "
                          "itself; running the same list again never sends a row twice.");
    else if (m.count(S::Cancelled) > 0)
        text += u' ' + tr("Run the same list again to send the cancelled rows; rows already "
                          "done are not sent again.");
    m_summary->setText(text);
}

void BulkActionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void BulkActionDialog::retranslateUi()
{
    setWindowTitle(tr("Bulk action"));
    m_intro->setText(
        m_source.isEmpty()
            ? tr("%n selected order(s). Every order goes through the same checks, locks and "
                 "audit log as a single action.",
                 nullptr, int(m_orders.size()))
            : tr("%1: %n order(s). Every order goes through the same checks, locks and audit "
                 "log as a single action.",
                 nullptr, int(m_orders.size()))
                  .arg(m_source));
    for (int i = 0; i < m_action->count(); ++i)
        m_action->setItemText(
            i, BulkActions::actionName(BulkActions::Action(m_action->itemData(i).toInt())));
    m_actionLabel->setText(tr("Action:"));
    retranslateAmount();
    m_reasonLabel->setText(tr("Reason:"));
    m_reason->setPlaceholderText(tr("Kept in the audit log of every order"));
    m_previewButton->setText(tr("Preview"));
    m_runButton->setText(tr("Run"));
    m_cancelButton->setText(tr("Cancel"));
    m_closeButton->setText(tr("Close"));
    updateSummary();
}

} // namespace DepositDesk
