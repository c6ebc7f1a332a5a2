#include "ui/help/HelpMenu.h"

#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

#include <functional>

namespace DepositDesk {

namespace {

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.isEmpty() ? QStringLiteral("—") : value.toHtmlEscaped());
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// A window of its own over `parent` that shows `widgets` above a Close button and goes when
// closed.
QDialog *showClosable(QWidget *parent, const QString &name, const QString &title,
                      const std::function<QList<QWidget *>(QDialog *)> &makeWidgets)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(name);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto *layout = new QVBoxLayout(dialog);
    const QList<QWidget *> widgets = makeWidgets(dialog);
    for (QWidget *widget : widgets)
        layout->addWidget(widget);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->show();
    return dialog;
}

} // namespace

HelpMenu::HelpMenu(QWidget *parent)
    : QMenu(parent)
{
    setObjectName(QStringLiteral("helpMenu"));
    m_guide = addAction(QString(), this, &HelpMenu::showGuide);
    m_guide->setObjectName(QStringLiteral("guideAction"));
    m_guide->setShortcut(QKeySequence::HelpContents);
    m_logFolder = addAction(QString(), this, &HelpMenu::openLogFolder);
    m_logFolder->setObjectName(QStringLiteral("logFolderAction"));
    m_logFolder->setEnabled(false); // until setAboutInfo() names it
    addSeparator();
    m_about = addAction(QString(), this, &HelpMenu::showAbout);
    m_about->setObjectName(QStringLiteral("aboutAction"));
    m_about->setMenuRole(QAction::AboutRole);
    retranslateUi();
}

void HelpMenu::setAboutInfo(const AboutInfo &info)
{
    m_info = info;
    m_logFolder->setEnabled(!info.logFolder.isEmpty());
}

QString HelpMenu::userGuide()
{
    QFile file(QStringLiteral(":/docs/README.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString readme = QString::fromUtf8(file.readAll());
    static const QRegularExpression heading(QStringLiteral("^## (.*)$"),
                                            QRegularExpression::MultilineOption);
    qsizetype from = -1;
    qsizetype to = readme.size();
    for (auto it = heading.globalMatch(readme); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString title = m.captured(1).trimmed();
        if (from < 0 && title != u"Layout")
            from = m.capturedStart();
        else if (from >= 0 && title == u"Benchmarks")
            to = m.capturedStart();
    }
    return from < 0 ? QString() : readme.mid(from, to - from);
}

void HelpMenu::showGuide()
{
    QDialog *dialog = showClosable(window(), QStringLiteral("userGuideDialog"),
                                   tr("DepositDesk user guide"), [](QDialog *parent) {
                                       auto *text = new QTextBrowser(parent);
                                       text->setObjectName(QStringLiteral("userGuideText"));
                                       text->setOpenExternalLinks(true);
                                       text->setMarkdown(userGuide());
                                       return QList<QWidget *>{text};
                                   });
    dialog->resize(820, 640);
}

void HelpMenu::openLogFolder()
{
    if (m_info.logFolder.isEmpty())
        return;
    QDir().mkpath(m_info.logFolder);
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(m_info.logFolder)))
        QMessageBox::information(window(), tr("Log folder"),
                                 tr("No file manager could be opened. The log files are in %1.")
                                     .arg(nativePath(m_info.logFolder)));
}

void HelpMenu::showAbout()
{
    showClosable(window(), QStringLiteral("aboutDialog"), tr("About DepositDesk"),
                 [this](QDialog *dialog) { return aboutWidgets(dialog); });
}

QList<QWidget *> HelpMenu::aboutWidgets(QWidget *dialog) const
{
    auto *title = new QLabel(dialog);
    title->setText(QStringLiteral("<h2>%1</h2><p>%2</p>")
                       .arg(tr("DepositDesk %1").arg(m_info.version).toHtmlEscaped(),
                            tr("Deposit-free operations console for Alipay fund "
                               "pre-authorization")
                                .toHtmlEscaped()));
    auto *details = new QLabel(dialog);
    details->setObjectName(QStringLiteral("aboutDetails"));
    details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    details->setText(
        QStringLiteral("<table>") +
        row(tr("Qt"), tr("%1 (built with %2)").arg(m_info.qtRuntime, m_info.qtBuilt)) +
        row(tr("OpenSSL"), m_info.openSsl) + row(tr("Environment"), m_info.environment) +
        row(tr("Proxy"), m_info.proxy) + row(tr("Settings file"), nativePath(m_info.settingsFile)) +
        row(tr("Database"), nativePath(m_info.database)) +
        row(tr("Downloaded bills"), nativePath(m_info.dataDirectory)) +
        row(tr("Log files"), nativePath(m_info.logFolder)) + QStringLiteral("</table>"));
    return {title, details};
}

void HelpMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

void HelpMenu::retranslateUi()
{
    setTitle(tr("&Help"));
    m_guide->setText(tr("User &guide"));
    m_logFolder->setText(tr("Open the &log folder"));
    m_about->setText(tr("&About DepositDesk"));
}

} // namespace DepositDesk
