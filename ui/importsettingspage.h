#pragma once
#include "ingest/importer.h"

#include <QFutureWatcher>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;

namespace dt::ingest {
class MappingModel;
class ImportPreviewModel;
} // namespace dt::ingest

namespace dt::ui {

class ImportTimesPanel;
class ImportWizard;

/// The outcome of one sniff, run off the GUI thread.
struct SniffResult
{
    int generation = 0;
    bool ok = false;
    ingest::Layout layout;
    ingest::ImportOptions options;
    QString error;
};

/**
 * The import wizard's settings page: per file, the kind, format, encoding, time zone, clock
 * offset, acquired date, source name and owner; the column mapping (editable, with the detected
 * confidence) and a preview of the first rows as they will be parsed. Any change re-sniffs the
 * file off the GUI thread after a short pause, and the preview follows.
 */
class ImportSettingsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportSettingsPage(ImportWizard *wizard);
    ~ImportSettingsPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    /// Shows the settings of file @p index.
    void setCurrentFile(int index);
    int currentFile() const;
    /// True while a sniff is waiting or running.
    bool isSniffing() const;
    /// The layout of the last successful sniff of the current file.
    const ingest::Layout &layout() const { return m_layout; }
    QString sniffError() const { return m_error; }
    /// Saves the shown mapping as profile @p name in the case.
    bool saveProfile(const QString &name, QString *error);

    ingest::MappingModel *mappingModel() const { return m_mapping; }
    ingest::ImportPreviewModel *previewModel() const { return m_preview; }
    QComboBox *fileCombo() const { return m_fileCombo; }
    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *formatCombo() const { return m_format; }
    QComboBox *encodingCombo() const { return m_encoding; }
    QComboBox *timezoneCombo() const { return m_timezone; }
    QComboBox *profileCombo() const { return m_profile; }
    QSpinBox *clockOffsetSpin() const { return m_clockOffset; }
    QComboBox *dateOrderCombo() const { return m_dateOrder; }
    ImportTimesPanel *timesPanel() const { return m_times; }
    QLineEdit *acquiredEdit() const { return m_acquired; }
    QLineEdit *sourceEdit() const { return m_source; }
    QLineEdit *ownerEdit() const { return m_owner; }
    QCheckBox *decodedCheck() const { return m_decoded; }

Q_SIGNALS:
    /// A sniff finished and the mapping and preview show its result (ok or not).
    void previewUpdated();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuildFiles();
    void rebuildProfiles();
    void loadWidgets();
    void storeWidgets();
    void settingsEdited();
    void applyProfile();
    void askProfileName();
    void resetMapping();
    void startSniff();
    void sniffDone();

    ImportWizard *m_wizard;
    int m_current = -1;
    bool m_loading = false;
    int m_generation = 0;
    bool m_pending = false;
    bool m_sniffing = false; ///< until sniffDone() has shown the result
    ingest::Layout m_layout;
    QString m_error;
    QTimer *m_debounce = nullptr;
    QFutureWatcher<SniffResult> m_watcher;

    QFormLayout *m_form = nullptr;
    QVector<QLabel *> m_formLabels;
    QComboBox *m_fileCombo = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_timezone = nullptr;
    QSpinBox *m_clockOffset = nullptr; ///< its minimum stands for "measured" (no offset given)
    QComboBox *m_dateOrder = nullptr;
    QLineEdit *m_acquired = nullptr;
    QLineEdit *m_source = nullptr;
    QLineEdit *m_owner = nullptr;
    QCheckBox *m_force = nullptr;
    QComboBox *m_profile = nullptr;
    QPushButton *m_saveProfile = nullptr;
    QPushButton *m_resetMapping = nullptr;
    QLabel *m_detected = nullptr;
    QLabel *m_status = nullptr;
    ImportTimesPanel *m_times = nullptr; ///< the file's date order and clock, before the import
    QLabel *m_mappingLabel = nullptr;
    QLabel *m_previewLabel = nullptr;
    QCheckBox *m_decoded = nullptr;
    QTableView *m_mappingView = nullptr;
    QTableView *m_previewView = nullptr;
    ingest::MappingModel *m_mapping = nullptr;
    ingest::ImportPreviewModel *m_preview = nullptr;
};

} // namespace dt::ui
