#include "ui/audit/AuditLogPage.h"

#include "ui/widgets/PageTitle.h"

#include "services/ConsoleServices.h"
#include "services/audit/AuditTableModel.h"
#include "services/audit/AuditWords.h"

#include "domain/ChinaTime.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace DepositDesk {

namespace {

// Midnight of a China day, as an instant.
QDateTime chinaMidnight(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).addSecs(-ChinaTime::OffsetSeconds);
}

} // namespace

AuditLogPage::AuditLogPage(ConsoleServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_model(new AuditTableModel(this))
{
    setObjectName(QStringLiteral("auditLogPage"));
    m_title = new QLabel(this);
    setPageTitleFont(m_title);
    m_refusal = new QLabel(this);
    m_refusal->setObjectName(QStringLiteral("auditRefusalLabel"));
    m_refusal->setWordWrap(true);
    m_refusal->setVisible(false);

    m_body = new QWidget(this);
    m_operatorLabel = new QLabel(m_body);
    m_operator = new QLineEdit(m_body);
    m_operator->setObjectName(QStringLiteral("auditOperatorFilter"));
    m_operator->setClearButtonEnabled(true);
    m_operatorLabel->setBuddy(m_operator);
    m_actionLabel = new QLabel(m_body);
    m_action = new QComboBox(m_body);
    m_action->setObjectName(QStringLiteral("auditActionFilter"));
    m_action->addItem(QString(), QString());
    for (const QString &action : AuditWords::knownActions())
        m_action->addItem(QString(), action);
    m_actionLabel->setBuddy(m_action);
    m_orderLabel = new QLabel(m_body);
    m_order = new QLineEdit(m_body);
    m_order->setObjectName(QStringLiteral("auditOrderFilter"));
    m_order->setClearButtonEnabled(true);
    m_orderLabel->setBuddy(m_order);
    m_period = new QCheckBox(m_body);
    m_period->setObjectName(QStringLiteral("auditPeriodFilter"));
    const QDate today = ChinaTime::toChina(QDateTime::currentDateTimeUtc()).date();
    m_from = new QDateEdit(today.addDays(-6), m_body);
    m_from->setObjectName(QStringLiteral("auditFromDate"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_toLabel = new QLabel(m_body);
    m_to = new QDateEdit(today, m_body);
    m_to->setObjectName(QStringLiteral("auditToDate"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_from->setEnabled(false);
    m_to->setEnabled(false);

    m_verify = new QPushButton(m_body);
    m_verify->setObjectName(QStringLiteral("verifyChainButton"));
    connect(m_verify, &QPushButton::clicked, this, &AuditLogPage::verifyChain);
    m_export = new QToolButton(m_body);
    m_export->setObjectName(QStringLiteral("auditExportButton"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_export);
    m_exportCsv = menu->addAction(QString(), this, [this] { exportAs(AuditService::Format::Csv); });
    m_exportCsv->setObjectName(QStringLiteral("auditExportCsvAction"));
    m_exportXlsx =
        menu->addAction(QString(), this, [this] { exportAs(AuditService::Format::Xlsx); });
    m_exportXlsx->setObjectName(QStringLiteral("auditExportXlsxAction"));
    m_export->setMenu(menu);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_operatorLabel);
    filters->addWidget(m_operator, 1);
    filters->addWidget(m_actionLabel);
    filters->addWidget(m_action, 2);
    filters->addWidget(m_orderLabel);
    filters->addWidget(m_order, 2);
    filters->addSpacing(8);
    filters->addWidget(m_period);
    filters->addWidget(m_from);
    filters->addWidget(m_toLabel);
    filters->addWidget(m_to);

    m_verdict = new QLabel(m_body);
    m_verdict->setObjectName(QStringLiteral("verdictLabel"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_count = new QLabel(m_body);
    m_count->setObjectName(QStringLiteral("auditCountLabel"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_count, 1);
    buttons->addWidget(m_verify);
    buttons->addWidget(m_export);

    m_table = new QTableView(m_body);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(AuditTableModel::Seq, 70);
    m_table->setColumnWidth(AuditTableModel::When, 150);
    m_table->setColumnWidth(AuditTableModel::Operator, 110);
    m_table->setColumnWidth(AuditTableModel::Order, 150);
    m_table->setColumnWidth(AuditTableModel::What, 480);
    m_table->setColumnWidth(AuditTableModel::Action, 190);
    m_details = new QPlainTextEdit(m_body);
    m_details->setObjectName(QStringLiteral("auditDetails"));
    m_details->setReadOnly(true);
    auto *splitter = new QSplitter(Qt::Vertical, m_body);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);

    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addLayout(filters);
    bodyLayout->addLayout(buttons);
    bodyLayout->addWidget(m_verdict);
    bodyLayout->addWidget(splitter, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_refusal);
    layout->addWidget(m_body, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &AuditLogPage::reload);
    const auto later = [this] {
        m_debounce->start();
    };
    connect(m_operator, &QLineEdit::textEdited, this, later);
    connect(m_order, &QLineEdit::textEdited, this, later);
    connect(m_operator, &QLineEdit::returnPressed, this, &AuditLogPage::reload);
    connect(m_order, &QLineEdit::returnPressed, this, &AuditLogPage::reload);
    connect(m_action, &QComboBox::activated, this, &AuditLogPage::reload);
    connect(m_period, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        reload();
    });
    connect(m_from, &QDateEdit::dateChanged, this, later);
    connect(m_to, &QDateEdit::dateChanged, this, later);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditLogPage::showSelected);
    m_model->setFetcher([this] { fetchMore(); });
    connect(&m_services, &ConsoleServices::sessionChanged, this, [this] {
        if (isVisible())
            reload();
    });
    retranslateUi();
}

AuditFilter AuditLogPage::filter() const
{
    AuditFilter f;
    f.operatorLogin = m_operator->text().trimmed().toLower();
    f.action = m_action->currentData().toString();
    f.outOrderNo = m_order->text().trimmed();
    if (m_period->isChecked()) {
        f.from = chinaMidnight(m_from->date());
        f.before = chinaMidnight(m_to->date().addDays(1));
    }
    return f;
}

void AuditLogPage::setOperatorFilter(const QString &login)
{
    m_operator->setText(login);
    reload();
}

void AuditLogPage::setActionFilter(const QString &action)
{
    const int index = m_action->findData(action);
    m_action->setCurrentIndex(index < 0 ? 0 : index);
    reload();
}

void AuditLogPage::setOrderFilter(const QString &outOrderNo)
{
    m_order->setText(outOrderNo);
    reload();
}

void AuditLogPage::setPeriod(const QDate &from, const QDate &to)
{
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    const QSignalBlocker blockPeriod(m_period);
    const bool on = from.isValid() && to.isValid();
    if (on) {
        m_from->setDate(from);
        m_to->setDate(to);
    }
    m_period->setChecked(on);
    m_from->setEnabled(on);
    m_to->setEnabled(on);
    reload();
}

QString AuditLogPage::verdictText() const
{
    return m_verdict->text();
}

QString AuditLogPage::detailsText() const
{
    return m_details->toPlainText();
}

void AuditLogPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void AuditLogPage::reload()
{
    m_debounce->stop();
    const quint64 generation = ++m_generation;
    m_model->clear();
    m_details->clear();
    m_shownFilter = filter();
    const QString refused = m_services.auditLog().page(
        m_services.session(), m_shownFilter, this,
        [this, generation](const QList<AuditEntry> &entries, bool more, const QString &error) {
            if (generation != m_generation)
                return;
            m_model->append(entries, more);
            if (!error.isEmpty())
                m_count->setText(error);
            else
                updateCount();
            if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
                m_table->selectRow(0);
            Q_EMIT pageLoaded();
        });
    m_refusal->setText(refused);
    m_refusal->setVisible(!refused.isEmpty());
    m_body->setVisible(refused.isEmpty());
    if (!refused.isEmpty())
        Q_EMIT pageLoaded();
    else
        m_count->setText(tr("Loading…"));
}

void AuditLogPage::fetchMore()
{
    if (m_model->rowCount() == 0)
        return;
    const quint64 generation = m_generation;
    AuditFilter next = m_shownFilter;
    next.beforeSeq = m_model->entries().last().seq;
    const QString refused = m_services.auditLog().page(
        m_services.session(), next, this,
        [this, generation](const QList<AuditEntry> &entries, bool more, const QString &) {
            if (generation != m_generation)
                return;
            m_model->append(entries, more);
            updateCount();
            Q_EMIT pageLoaded();
        });
    if (!refused.isEmpty())
        m_model->append({}, false);
}

void AuditLogPage::updateCount()
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        m_count->setText(tr("No entries match these filters."));
    else if (m_model->hasMore())
        //: Audit log page: %Ln entries loaded so far; more load when the table is scrolled
        m_count->setText(
            tr("The newest %Ln entries are shown; scroll down for older ones.", nullptr, rows));
    else
        //: Audit log page: %Ln how many entries the filters select (all loaded)
        m_count->setText(tr("Entries matching these filters: %Ln", nullptr, rows));
}

void AuditLogPage::showSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const AuditEntry &e = m_model->entry(current.row());
    const QJsonDocument json = QJsonDocument::fromJson(e.detail.toUtf8());
    const QString detail = json.isObject()
                               ? QString::fromUtf8(json.toJson(QJsonDocument::Indented)).trimmed()
                               : e.detail;
    QStringList lines;
    lines << AuditWords::sentence(e);
    //: Audit log details pane: %1 entry number, %2 time (China), %3 operator
    lines << tr("Entry %1, written %2 (China time) by %3")
                 .arg(QString::number(e.seq), ChinaTime::format(e.at), e.operatorLogin);
    //: Audit log details pane: %1 the action's code as stored
    lines << tr("Action code: %1").arg(e.action);
    if (!e.outOrderNo.isEmpty())
        lines << tr("Order: %1").arg(e.outOrderNo);
    lines << tr("Recorded details:") << detail;
    //: Audit log details pane: the entry's hash and the previous entry's hash (the chain)
    lines << tr("Hash: %1").arg(e.hash) << tr("Previous entry's hash: %1").arg(e.prevHash);
    m_details->setPlainText(lines.join(u'\n'));
}

void AuditLogPage::verifyChain()
{
    if (m_verifying)
        return;
    const QString refused = m_services.auditLog().verify(
        m_services.session(), this, [this](const AuditService::Verdict &verdict) {
            m_verifying = false;
            m_verify->setEnabled(true);
            m_verdict->setText(verdict.text);
            m_verdict->setStyleSheet(
                verdict.ok ? QString()
                           : QStringLiteral("QLabel { color: #b00020; font-weight: bold; }"));
            reload(); // the check's own entry is in the log now
            Q_EMIT verified(verdict.ok);
        });
    if (!refused.isEmpty()) {
        m_verdict->setText(refused);
        Q_EMIT verified(false);
        return;
    }
    m_verifying = true;
    m_verify->setEnabled(false);
    m_verdict->setStyleSheet(QString());
    m_verdict->setText(tr("Checking every entry of the audit log…"));
}

void AuditLogPage::exportAs(AuditService::Format format)
{
    if (m_exporting)
        return;
    const bool csv = format == AuditService::Format::Csv;
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("audit-log-%1.%2")
                          .arg(ChinaTime::compactDate(QDateTime::currentDateTimeUtc()),
                               csv ? QStringLiteral("csv") : QStringLiteral("xlsx")));
    const QString path =
        m_chooser ? m_chooser(format, suggested)
                  : QFileDialog::getSaveFileName(
                        this, csv ? tr("Export as CSV") : tr("Export as Excel"), suggested,
                        csv ? tr("CSV files (*.csv)") : tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    const QString refused =
        m_services.auditLog().exportTo(m_services.session(), filter(), format, path, this,
                                       [this](const AuditService::Exported &exported) {
                                           m_exporting = false;
                                           m_export->setEnabled(true);
                                           m_count->setText(exported.message);
                                           Q_EMIT exportFinished(exported.ok, exported.message);
                                       });
    if (!refused.isEmpty()) {
        m_count->setText(refused);
        Q_EMIT exportFinished(false, refused);
        return;
    }
    m_exporting = true;
    m_export->setEnabled(false);
    m_count->setText(tr("Exporting…"));
}

void AuditLogPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AuditLogPage::retranslateUi()
{
    m_title->setText(tr("Audit log"));
    m_operatorLabel->setText(tr("O&perator:"));
    m_operator->setPlaceholderText(tr("any"));
    m_actionLabel->setText(tr("&Action:"));
    m_action->setItemText(0, tr("Any action"));
    for (int i = 1; i < m_action->count(); ++i)
        m_action->setItemText(i, AuditWords::actionName(m_action->itemData(i).toString()));
    m_orderLabel->setText(tr("O&rder:"));
    m_order->setPlaceholderText(tr("any"));
    //: Audit log filter: only entries written in these days (China time)
    m_period->setText(tr("&From"));
    //: Audit log filter: "From <day> to <day>"
    m_toLabel->setText(tr("to"));
    m_verify->setText(tr("&Verify the chain"));
    m_verify->setToolTip(tr("Check every entry of the audit log against its hash and the entry "
                            "before it"));
    m_export->setText(tr("&Export"));
    m_export->setToolTip(tr("Write the entries these filters select to a file"));
    m_exportCsv->setText(tr("Export as CSV…"));
    m_exportXlsx->setText(tr("Export as Excel…"));
    m_model->retranslate();
    if (m_model->rowCount() > 0)
        updateCount();
    showSelected();
}

} // namespace DepositDesk
