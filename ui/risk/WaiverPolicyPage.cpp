#include "ui/risk/WaiverPolicyPage.h"

#include "domain/ChinaTime.h"
#include "domain/YuanText.h"
#include "services/ConsoleServices.h"
#include "services/risk/WaiverPolicyService.h"
#include "ui/widgets/PageTitle.h"

#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace DepositDesk {

namespace {

// "¥1,200.00", "1200", "1,200.5" → fen; the grouping of any locale the page wrote is removed.
std::optional<Money> amountOf(QString text, QString *error)
{
    text = text.trimmed();
    text.remove(u'¥');
    text.remove(u'￥');
    text.remove(QLocale().groupSeparator());
    text.remove(u',');
    return Money::fromYuan(text, error);
}

QTableWidgetItem *item(const QString &text, bool editable)
{
    auto *cell = new QTableWidgetItem(text);
    if (!editable)
        cell->setFlags(cell->flags() & ~Qt::ItemIsEditable);
    return cell;
}

} // namespace

WaiverPolicyPage::WaiverPolicyPage(ConsoleServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_policy(std::make_unique<WaiverPolicyService>(services.store()))
{
    setObjectName(QStringLiteral("waiverPolicyPage"));
    m_title = new QLabel(this);
    setPageTitleFont(m_title);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_versionLabel = new QLabel(this);
    m_versionLabel->setObjectName(QStringLiteral("waiverVersionLabel"));
    m_versionLabel->setWordWrap(true);
    m_readOnly = new QLabel(this);
    m_readOnly->setObjectName(QStringLiteral("waiverReadOnlyLabel"));
    m_readOnly->setWordWrap(true);
    m_readOnly->setStyleSheet(
        QStringLiteral("QLabel { background: rgba(0, 120, 215, 30); padding: 6px; }"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("waiverMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_bands = new QTableWidget(0, ColumnCount, this);
    m_bands->setObjectName(QStringLiteral("waiverBandsTable"));
    m_bands->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_bands->setSelectionMode(QAbstractItemView::SingleSelection);
    m_bands->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_bands->verticalHeader()->setVisible(false);

    m_addButton = new QPushButton(this);
    m_addButton->setObjectName(QStringLiteral("addBandButton"));
    m_removeButton = new QPushButton(this);
    m_removeButton->setObjectName(QStringLiteral("removeBandButton"));
    m_saveButton = new QPushButton(this);
    m_saveButton->setObjectName(QStringLiteral("saveWaiverPolicyButton"));
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportWaiverPolicyButton"));
    m_importButton = new QPushButton(this);
    m_importButton->setObjectName(QStringLiteral("importWaiverPolicyButton"));
    connect(m_addButton, &QPushButton::clicked, this, &WaiverPolicyPage::addBand);
    connect(m_removeButton, &QPushButton::clicked, this, &WaiverPolicyPage::removeSelectedBand);
    connect(m_saveButton, &QPushButton::clicked, this, &WaiverPolicyPage::askAndSave);
    connect(m_exportButton, &QPushButton::clicked, this, &WaiverPolicyPage::askAndExport);
    connect(m_importButton, &QPushButton::clicked, this, &WaiverPolicyPage::askAndImport);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_importButton);
    buttons->addWidget(m_saveButton);

    m_versionsTitle = new QLabel(this);
    m_versions = new QTableWidget(0, 4, this);
    m_versions->setObjectName(QStringLiteral("waiverVersionsTable"));
    m_versions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_versions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_versions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_versions->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_versions->horizontalHeader()->setStretchLastSection(true);
    m_versions->verticalHeader()->setVisible(false);
    connect(m_versions, &QTableWidget::itemSelectionChanged, this, [this] {
        const QList<QTableWidgetItem *> selected = m_versions->selectedItems();
        if (!selected.isEmpty()) {
            const int number =
                m_versions->item(selected.first()->row(), 0)->data(Qt::UserRole).toInt();
            if (number != shownVersion())
                showVersion(number);
        }
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(m_versionLabel);
    layout->addWidget(m_readOnly);
    layout->addWidget(m_bands, 3);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addSpacing(8);
    layout->addWidget(m_versionsTitle);
    layout->addWidget(m_versions, 2);

    connect(&m_services, &ConsoleServices::sessionChanged, this, [this] {
        if (isVisible())
            reload();
        else
            updateState();
    });
    retranslateUi();
}

WaiverPolicyPage::~WaiverPolicyPage() = default;

bool WaiverPolicyPage::isEditable() const
{
    return m_services.session().can(Capability::ManageWaiverPolicy) &&
           (shownVersion() == 0 || shownVersion() == m_newest);
}

QString WaiverPolicyPage::message() const
{
    return m_message->text();
}

void WaiverPolicyPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: #b00020; }") : QString());
}

void WaiverPolicyPage::reload()
{
    QString error;
    const auto versions = m_policy->versions(m_services.session(), &error);
    if (!versions) {
        m_shown.reset();
        m_newest = 0;
        fillVersions({});
        fillBands({});
        showMessage(error, true);
        updateState();
        return;
    }
    m_newest = versions->isEmpty() ? 0 : versions->first().version;
    fillVersions(*versions);
    showVersion(m_newest);
}

void WaiverPolicyPage::showVersion(int number)
{
    QString error;
    m_shown.reset();
    if (number > 0) {
        m_shown = m_policy->version(m_services.session(), number, &error);
        if (!m_shown)
            showMessage(error, true);
    }
    fillBands(m_shown ? m_shown->bands : QList<WaiverBand>());
    for (int row = 0; row < m_versions->rowCount(); ++row)
        if (m_versions->item(row, 0)->data(Qt::UserRole).toInt() == number &&
            m_versions->currentRow() != row) {
            const QSignalBlocker block(m_versions);
            m_versions->selectRow(row);
        }
    updateState();
}

void WaiverPolicyPage::fillBands(const QList<WaiverBand> &bands)
{
    m_bands->setRowCount(0);
    for (const WaiverBand &band : bands)
        appendBandRow(band);
}

void WaiverPolicyPage::appendBandRow(const WaiverBand &band)
{
    const bool editable = isEditable();
    const int row = m_bands->rowCount();
    m_bands->insertRow(row);
    m_bands->setItem(row, CategoryColumn, item(band.category, editable));
    m_bands->setItem(row, FromColumn, item(QString::number(band.scoreMin), editable));
    m_bands->setItem(row, ToColumn,
                     item(band.scoreMax ? QString::number(*band.scoreMax) : QString(), editable));
    auto *max = item(yuanText(band.maxWaive), editable);
    max->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_bands->setItem(row, MaxColumn, max);
    auto *partial = item(QString(), false);
    partial->setFlags(editable ? (partial->flags() | Qt::ItemIsUserCheckable)
                               : (partial->flags() & ~Qt::ItemIsUserCheckable));
    partial->setCheckState(band.partialAllowed ? Qt::Checked : Qt::Unchecked);
    m_bands->setItem(row, PartialColumn, partial);
}

void WaiverPolicyPage::fillVersions(const QList<WaiverPolicyVersion> &versions)
{
    m_versionList = versions;
    const QSignalBlocker block(m_versions);
    const int selected = m_versions->currentRow();
    m_versions->setRowCount(int(versions.size()));
    for (int row = 0; row < versions.size(); ++row) {
        const WaiverPolicyVersion &v = versions.at(row);
        auto *number = item(QStringLiteral("v%1").arg(v.version), false);
        number->setData(Qt::UserRole, v.version);
        m_versions->setItem(row, 0, number);
        m_versions->setItem(row, 1, item(v.createdBy, false));
        m_versions->setItem(
            row, 2,
            item(QLocale().toString(ChinaTime::toChina(v.createdAt), QLocale::ShortFormat), false));
        m_versions->setItem(row, 3, item(v.reason, false));
    }
    if (selected >= 0 && selected < m_versions->rowCount())
        m_versions->selectRow(selected);
}

void WaiverPolicyPage::updateState()
{
    const OperatorSession &session = m_services.session();
    const bool manages = session.can(Capability::ManageWaiverPolicy);
    const bool editable = isEditable();
    m_bands->setEditTriggers(editable ? QAbstractItemView::AllEditTriggers
                                      : QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < m_bands->rowCount(); ++row)
        for (int column = 0; column < ColumnCount; ++column)
            if (QTableWidgetItem *cell = m_bands->item(row, column)) {
                Qt::ItemFlags flags = cell->flags();
                if (column == PartialColumn)
                    flags.setFlag(Qt::ItemIsUserCheckable, editable);
                else
                    flags.setFlag(Qt::ItemIsEditable, editable);
                cell->setFlags(flags);
            }
    for (QPushButton *button : {m_addButton, m_removeButton, m_saveButton, m_importButton}) {
        button->setEnabled(editable);
        button->setToolTip(
            manages ? QString()
                    : Permissions::deniedReason(session.role, Capability::ManageWaiverPolicy));
    }
    m_exportButton->setEnabled(m_shown.has_value());
    if (!manages && session.isValid())
        m_readOnly->setText(
            //: %1 why the role may not change the policy
            tr("Read-only: %1")
                .arg(Permissions::deniedReason(session.role, Capability::ManageWaiverPolicy)));
    else if (manages && m_shown && m_shown->version != m_newest)
        //: %1 the version shown, %2 the newest version
        m_readOnly->setText(tr("Read-only: version %1 is an earlier version. Choose version %2, "
                               "the one in force now, to change the policy.")
                                .arg(m_shown->version)
                                .arg(m_newest));
    else
        m_readOnly->clear();
    m_readOnly->setVisible(!m_readOnly->text().isEmpty());
    if (!m_shown)
        m_versionLabel->setText(tr("No waiver policy has been saved yet: an order waived by "
                                   "credit says that no policy was in force."));
    else
        //: %1 version number, %2 who saved it, %3 when, %4 why
        m_versionLabel->setText(tr("Version %1, saved by %2 on %3: %4")
                                    .arg(m_shown->version)
                                    .arg(m_shown->createdBy,
                                         QLocale().toString(ChinaTime::toChina(m_shown->createdAt),
                                                            QLocale::ShortFormat),
                                         m_shown->reason));
}

std::optional<QList<WaiverBand>> WaiverPolicyPage::editedBands(QString *error) const
{
    QList<WaiverBand> bands;
    const auto fail = [error](int row, const QString &why) {
        if (error)
            //: %1 row number in the bands table, %2 what is wrong
            *error = tr("Row %1: %2").arg(row + 1).arg(why);
        return std::nullopt;
    };
    const auto text = [this](int row, int column) {
        const QTableWidgetItem *cell = m_bands->item(row, column);
        return cell ? cell->text().trimmed() : QString();
    };
    for (int row = 0; row < m_bands->rowCount(); ++row) {
        WaiverBand band;
        band.category = text(row, CategoryColumn);
        bool ok = false;
        band.scoreMin = text(row, FromColumn).toInt(&ok);
        if (!ok)
            return fail(row, tr("the lowest score is not a whole number."));
        if (!text(row, ToColumn).isEmpty()) {
            band.scoreMax = text(row, ToColumn).toInt(&ok);
            if (!ok)
                return fail(row, tr("the highest score is not a whole number (leave it empty for "
                                    "a band without an upper end)."));
        }
        QString why;
        const std::optional<Money> max = amountOf(text(row, MaxColumn), &why);
        if (!max)
            return fail(row, why);
        band.maxWaive = *max;
        const QTableWidgetItem *partial = m_bands->item(row, PartialColumn);
        band.partialAllowed = partial && partial->checkState() == Qt::Checked;
        bands.append(band);
    }
    return bands;
}

void WaiverPolicyPage::addBand()
{
    if (!isEditable())
        return;
    WaiverBand band;
    const int row = m_bands->currentRow();
    if (row >= 0 && m_bands->item(row, CategoryColumn))
        band.category = m_bands->item(row, CategoryColumn)->text();
    appendBandRow(band);
    m_bands->setCurrentCell(m_bands->rowCount() - 1, CategoryColumn);
}

void WaiverPolicyPage::removeSelectedBand()
{
    if (!isEditable() || m_bands->currentRow() < 0)
        return;
    m_bands->removeRow(m_bands->currentRow());
}

bool WaiverPolicyPage::save(const QString &reason)
{
    QString error;
    const std::optional<QList<WaiverBand>> bands = editedBands(&error);
    if (!bands) {
        showMessage(error, true);
        return false;
    }
    WaiverPolicyVersion written;
    const StoreResult result = m_policy->save(m_services.session(), *bands, reason, &written);
    if (!result) {
        showMessage(result.errorString, true);
        return false;
    }
    reload();
    //: %1 the new version's number
    showMessage(tr("Saved as version %1. Orders made from now on are checked against it.")
                    .arg(written.version),
                false);
    Q_EMIT saved(written.version);
    return true;
}

bool WaiverPolicyPage::exportTo(const QString &path)
{
    const StoreResult result = m_policy->exportCsv(m_services.session(), shownVersion(), path);
    //: %1 version number, %2 file path
    showMessage(result ? tr("Version %1 exported to %2.").arg(shownVersion()).arg(path)
                       : result.errorString,
                !result);
    return result.ok;
}

bool WaiverPolicyPage::importFrom(const QString &path, const QString &reason)
{
    WaiverPolicyVersion written;
    const StoreResult result = m_policy->importCsv(m_services.session(), path, reason, &written);
    if (!result) {
        showMessage(result.errorString, true);
        return false;
    }
    reload();
    //: %1 the new version's number
    showMessage(tr("Imported as version %1.").arg(written.version), false);
    Q_EMIT saved(written.version);
    return true;
}

void WaiverPolicyPage::askAndSave()
{
    bool ok = false;
    const QString reason =
        QInputDialog::getText(this, tr("Save the waiver policy"),
                              tr("Why does the policy change? (kept with the version and in "
                                 "the audit log)"),
                              QLineEdit::Normal, QString(), &ok);
    if (ok)
        save(reason);
}

void WaiverPolicyPage::askAndExport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the waiver policy"),
        QStringLiteral("waiver-policy-v%1.csv").arg(shownVersion()), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

void WaiverPolicyPage::askAndImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a waiver policy"), QString(),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Import a waiver policy"),
        tr("Why does the policy change? (kept with the version and in the audit log)"),
        QLineEdit::Normal, QString(), &ok);
    if (ok)
        importFrom(path, reason);
}

void WaiverPolicyPage::retranslateUi()
{
    //: Page title: 芝麻分减免额度策略
    m_title->setText(tr("Credit waiver policy"));
    m_intro->setText(
        tr("How much of a deposit Alipay may waive by Sesame credit, per rental category and "
           "score range. Each save makes a new version; earlier versions never change, and an "
           "order is checked against the version in force when it was made."));
    m_versionsTitle->setText(tr("Versions"));
    m_bands->setHorizontalHeaderLabels({tr("Category"), tr("Lowest score"), tr("Highest score"),
                                        tr("Most waived"), tr("Partial waiver allowed")});
    m_bands->horizontalHeaderItem(ToColumn)->setToolTip(
        tr("Empty: the band has no upper end (for example 700 and above)."));
    m_versions->setHorizontalHeaderLabels({tr("Version"), tr("Saved by"), tr("When"), tr("Why")});
    m_addButton->setText(tr("&Add band"));
    m_removeButton->setText(tr("&Remove band"));
    m_saveButton->setText(tr("&Save…"));
    m_exportButton->setText(tr("&Export CSV…"));
    m_importButton->setText(tr("&Import CSV…"));
    fillVersions(m_versionList); // the dates in the new language's format
    updateState();
}

void WaiverPolicyPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void WaiverPolicyPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

} // namespace DepositDesk
