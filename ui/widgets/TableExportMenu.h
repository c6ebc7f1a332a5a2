#pragma once

#include <QObject>
#include <QString>
#include <QToolButton> // createButton()'s type, complete for callers

#include <functional>

class QAbstractItemView;
class QAction;
class QWidget;

namespace DepositDesk {

// "Export as CSV…" and "Export as Excel…" for any table or tree view (TableExport): one call
// adds both to the view's context menu; button() gives a tool button with the same two actions
// for a page's button row. Each asks for a file (QFileDialog), writes what the view's model holds
// and says plainly what went wrong if the file cannot be written.
//
//     TableExportMenu::install(m_table, QStringLiteral("orders"));
//
// The menu is a child of the view. The file name offered is <baseName>-<yyyyMMdd>.csv/.xlsx in
// the folder used last (the documents folder at first).
class TableExportMenu : public QObject
{
    Q_OBJECT

public:
    enum class Format { Csv, Xlsx };

    static TableExportMenu *install(QAbstractItemView *view, const QString &baseName);

    QAction *csvAction() const { return m_csv; }
    QAction *xlsxAction() const { return m_xlsx; }
    // A tool button "Export" whose menu holds both actions (for a page's button row).
    QToolButton *createButton(QWidget *parent);

    // Writes the view's model to `path`; false with *error (translated) when it cannot.
    bool exportTo(Format format, const QString &path, QString *error = nullptr) const;

    // Tests: replaces the file dialog (returns the chosen path, empty = cancelled).
    void setFileChooser(std::function<QString(Format, const QString &suggested)> chooser)
    {
        m_chooser = std::move(chooser);
    }

Q_SIGNALS:
    void exported(const QString &path);
    void exportFailed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    TableExportMenu(QAbstractItemView *view, const QString &baseName);
    void run(Format format);
    QString choosePath(Format format);
    void retranslate();

    QAbstractItemView *m_view;
    QString m_baseName;
    QAction *m_csv;
    QAction *m_xlsx;
    std::function<QString(Format, const QString &)> m_chooser;
};

} // namespace DepositDesk
