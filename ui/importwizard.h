#pragma once
#include "ingest/importer.h"

#include <QHash>
#include <QStringList>
#include <QVector>
#include <QWizard>

namespace dt {
class CaseFile;
}

namespace dt::ui {

class ImportFilesPage;
class ImportSettingsPage;
class ImportRunPage;
class ImportSummaryPage;

/// What the analyst set for one file in the import wizard.
struct ImportFileSettings
{
    QString path;
    ingest::ImportOptions options; ///< options.map is built by mapSpec() when the import runs
    QHash<int, int> overrides;     ///< mapping edits: Field -> column (-1: not mapped)
    QString overridesSpec;         ///< the same edits as --map entries (MappingModel::overridesSpec())
    QString profile;               ///< the mapping profile chosen, if any
    QString profileMap;            ///< that profile's --map spec
    /// The options the import uses: --map is the profile's columns, then the analyst's edits.
    ingest::ImportOptions effectiveOptions() const;
};

/// How one file's import ended.
struct ImportFileResult
{
    enum class State { NotRun, Imported, Failed, Cancelled };
    State state = State::NotRun;
    QString path, error;
    ingest::ImportSummary summary;
};

/**
 * File > Import: pick files, check and edit how each is read with a live preview, import them off
 * the GUI thread (progress, ETA, cancel) and browse what was accepted and rejected. Every file is
 * its own transaction: a cancelled or failed file leaves the case as it was, files done before stay.
 */
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilesPageId, SettingsPageId, RunPageId, SummaryPageId };

    /// @p cf stays owned by the caller and open while the wizard lives.
    ImportWizard(CaseFile *cf, const QStringList &files = {}, QWidget *parent = nullptr);
    ~ImportWizard() override;

    CaseFile *caseFile() const { return m_case; }
    /// Adds files not yet in the list (settings of the others are kept).
    void addFiles(const QStringList &paths);
    void removeFile(int index);
    QVector<ImportFileSettings> &files() { return m_files; }
    QVector<ImportFileResult> &results() { return m_results; }

    ImportFilesPage *filesPage() const { return m_filesPage; }
    ImportSettingsPage *settingsPage() const { return m_settingsPage; }
    ImportRunPage *runPage() const { return m_runPage; }
    ImportSummaryPage *summaryPage() const { return m_summaryPage; }

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    void filesChanged();
    /// The run ended (done, failed or cancelled): the case may hold new sources.
    void importFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    CaseFile *m_case;
    QVector<ImportFileSettings> m_files;
    QVector<ImportFileResult> m_results;
    ImportFilesPage *m_filesPage;
    ImportSettingsPage *m_settingsPage;
    ImportRunPage *m_runPage;
    ImportSummaryPage *m_summaryPage;
};

} // namespace dt::ui
