#include "ui/widgets/TableExportMenu.h"

#include "finance/TableExport.h"

#include <QAbstractItemView>
#include <QAction>
#include <QDate>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>
#include <QToolButton>

namespace DepositDesk {

namespace {

// The folder of the last export in this run of the program.
QString &lastFolder()
{
    static QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return folder;
}

} // namespace

TableExportMenu *TableExportMenu::install(QAbstractItemView *view, const QString &baseName)
{
    return new TableExportMenu(view, baseName);
}

TableExportMenu::TableExportMenu(QAbstractItemView *view, const QString &baseName)
    : QObject(view)
    , m_view(view)
    , m_baseName(baseName)
    , m_csv(new QAction(view))
    , m_xlsx(new QAction(view))
{
    setObjectName(QStringLiteral("tableExportMenu"));
    m_csv->setObjectName(QStringLiteral("exportCsvAction"));
    m_xlsx->setObjectName(QStringLiteral("exportXlsxAction"));
    // A view that draws its own context menu adds csvAction()/xlsxAction() to it itself.
    if (view->contextMenuPolicy() == Qt::DefaultContextMenu)
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->addAction(m_csv);
    view->addAction(m_xlsx);
    connect(m_csv, &QAction::triggered, this, [this] { run(Format::Csv); });
    connect(m_xlsx, &QAction::triggered, this, [this] { run(Format::Xlsx); });
    view->installEventFilter(this);
    retranslate();
}

QToolButton *TableExportMenu::createButton(QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(QStringLiteral("exportButton"));
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(button);
    menu->addAction(m_csv);
    menu->addAction(m_xlsx);
    button->setMenu(menu);
    const auto label = [button] {
        button->setText(tr("Export"));
        button->setToolTip(tr("Save this table as a CSV or Excel file"));
    };
    label();
    // The button follows the language with the view (the actions are retranslated here).
    connect(m_csv, &QAction::changed, button, label);
    return button;
}

bool TableExportMenu::exportTo(Format format, const QString &path, QString *error) const
{
    const QAbstractItemModel *model = m_view->model();
    if (!model) {
        if (error)
            *error = tr("This table has nothing to export.");
        return false;
    }
    if (format == Format::Xlsx)
        return TableExport::writeXlsx(*model, path, m_baseName, error);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("%1 could not be opened for writing: %2. Choose another folder or "
                        "file name.")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (!TableExport::writeCsv(*model, &file, error)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = tr("%1 could not be saved: %2. Check that the disk has room, then export "
                        "again.")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool TableExportMenu::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void TableExportMenu::run(Format format)
{
    const QString path = choosePath(format);
    if (path.isEmpty())
        return;
    lastFolder() = QFileInfo(path).absolutePath();
    QString error;
    if (exportTo(format, path, &error)) {
        Q_EMIT exported(path);
        return;
    }
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Export failed"), error, QMessageBox::Ok, m_view);
    box->setObjectName(QStringLiteral("exportFailedMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    Q_EMIT exportFailed(error);
}

QString TableExportMenu::choosePath(Format format)
{
    const bool csv = format == Format::Csv;
    const QString suggested =
        QDir(lastFolder())
            .filePath(QStringLiteral("%1-%2.%3")
                          .arg(m_baseName,
                               QDate::currentDate().toString(QStringLiteral("yyyyMMdd")),
                               csv ? QStringLiteral("csv") : QStringLiteral("xlsx")));
    if (m_chooser)
        return m_chooser(format, suggested);
    return QFileDialog::getSaveFileName(
        m_view, csv ? tr("Export as CSV") : tr("Export as Excel"), suggested,
        csv ? tr("CSV files (*.csv)") : tr("Excel workbooks (*.xlsx)"));
}

void TableExportMenu::retranslate()
{
    m_csv->setText(tr("Export as CSV…"));
    m_xlsx->setText(tr("Export as Excel…"));
}

} // namespace DepositDesk
