#pragma once

#include "services/system/AboutInfo.h"

#include <QMenu>

class QAction;

namespace DepositDesk {

// Help: the user guide (F1), the log folder in the file manager, About (versions and the
// desk's folders). The window sets what About shows with setAboutInfo().
class HelpMenu : public QMenu
{
    Q_OBJECT

public:
    explicit HelpMenu(QWidget *parent = nullptr);

    void setAboutInfo(const AboutInfo &info);
    const AboutInfo &aboutInfo() const { return m_info; }

    QAction *guideAction() const { return m_guide; }
    QAction *logFolderAction() const { return m_logFolder; }
    QAction *aboutAction() const { return m_about; }

    // The user guide's text (Markdown): the user sections of the README that ships with this
    // build, from the first section after its layout table up to its benchmarks.
    static QString userGuide();

public Q_SLOTS:
    void showGuide();
    void openLogFolder();
    void showAbout();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QList<QWidget *> aboutWidgets(QWidget *dialog) const;

    AboutInfo m_info;
    QAction *m_guide = nullptr;
    QAction *m_logFolder = nullptr;
    QAction *m_about = nullptr;
};

} // namespace DepositDesk
