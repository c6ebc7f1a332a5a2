#pragma once

#include "domain/WaiverPolicy.h"

#include <QList>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace DepositDesk {

class ConsoleServices;
class WaiverPolicyService;

// View > Credit waiver policy: the bands of the Sesame credit waiver policy (芝麻分 → 减免额度)
// per rental category and score range, the versions saved (number, who, when, why; choosing an
// old one shows its bands, read-only), CSV export and import. For roles with Capability::View;
// editing (add or remove a band, change its cells, Save with a reason, Import) only with
// Capability::ManageWaiverPolicy and only on the newest version, otherwise the page is read-only
// and says why. The service checks the role again on every call
// (services/risk/WaiverPolicyService.h).
class WaiverPolicyPage : public QWidget
{
    Q_OBJECT

public:
    enum Column { CategoryColumn, FromColumn, ToColumn, MaxColumn, PartialColumn, ColumnCount };

    explicit WaiverPolicyPage(ConsoleServices &services, QWidget *parent = nullptr);
    ~WaiverPolicyPage() override;

    QTableWidget *bandsTable() const { return m_bands; }
    QTableWidget *versionsTable() const { return m_versions; }
    // The version whose bands are shown (0: there is no policy yet).
    int shownVersion() const { return m_shown ? m_shown->version : 0; }
    // Whether the bands may be edited now (the role, and the newest version shown).
    bool isEditable() const;
    // The last outcome or refusal shown on the page (translated).
    QString message() const;

    // The bands as the table holds them; nullopt and *error (translated, naming the row) when a
    // cell is not a score or an amount.
    std::optional<QList<WaiverBand>> editedBands(QString *error = nullptr) const;

public Q_SLOTS:
    // Reads the newest version and the version list again.
    void reload();
    // Shows version `number`'s bands (the newest: editable when the role allows).
    void showVersion(int number);
    void addBand();
    void removeSelectedBand();
    // Saves the table as a new version with `reason` (what Save does after asking for it).
    bool save(const QString &reason);
    // Writes the shown version's bands to `path` (what Export does after the file dialog).
    bool exportTo(const QString &path);
    // Imports `path` as a new version with `reason` (what Import does after its dialogs).
    bool importFrom(const QString &path, const QString &reason);

Q_SIGNALS:
    void saved(int version);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void fillBands(const QList<WaiverBand> &bands);
    void appendBandRow(const WaiverBand &band);
    void fillVersions(const QList<WaiverPolicyVersion> &versions);
    void updateState();
    void showMessage(const QString &text, bool error);
    void retranslateUi();
    void askAndSave();
    void askAndExport();
    void askAndImport();

    ConsoleServices &m_services;
    std::unique_ptr<WaiverPolicyService> m_policy;
    std::optional<WaiverPolicyVersion> m_shown;
    QList<WaiverPolicyVersion> m_versionList; // as last read, newest first
    int m_newest = 0;
    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_versionLabel = nullptr;
    QLabel *m_readOnly = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_versionsTitle = nullptr;
    QTableWidget *m_bands = nullptr;
    QTableWidget *m_versions = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_importButton = nullptr;
};

} // namespace DepositDesk
