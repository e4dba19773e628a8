#include "importwizard.h"

#include "case/casefile.h"
#include "importfilespage.h"
#include "importrunpage.h"
#include "importsettingspage.h"
#include "importsummarypage.h"

#include <QEvent>
#include <QFileInfo>

namespace dt::ui {

ingest::ImportOptions ImportFileSettings::effectiveOptions() const
{
    ingest::ImportOptions o = options;
    QStringList parts;
    if (!profileMap.isEmpty())
        parts << profileMap;
    if (!overridesSpec.isEmpty())
        parts << overridesSpec; // later entries win
    o.map = parts.join(QLatin1Char(','));
    return o;
}

ImportWizard::ImportWizard(CaseFile *cf, const QStringList &files, QWidget *parent)
    : QWizard(parent)
    , m_case(cf)
{
    setObjectName(QStringLiteral("importWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    m_filesPage = new ImportFilesPage(this);
    m_settingsPage = new ImportSettingsPage(this);
    m_runPage = new ImportRunPage(this);
    m_summaryPage = new ImportSummaryPage(this);
    setPage(FilesPageId, m_filesPage);
    setPage(SettingsPageId, m_settingsPage);
    setPage(RunPageId, m_runPage);
    setPage(SummaryPageId, m_summaryPage);
    resize(1280, 860);
    addFiles(files);
    retranslateUi();
}

ImportWizard::~ImportWizard()
{
    m_runPage->cancelAndWait();
}

void ImportWizard::addFiles(const QStringList &paths)
{
    bool added = false;
    for (const QString &p : paths) {
        const QString abs = QFileInfo(p).absoluteFilePath();
        if (!QFileInfo(abs).isFile() ||
            std::any_of(m_files.cbegin(), m_files.cend(), [&abs](const auto &f) { return f.path == abs; }))
            continue;
        ImportFileSettings s;
        s.path = abs;
        if (m_case) // a file's times without a zone are in the case's zone unless the analyst says otherwise
            s.options.timezone = m_case->timeZone();
        m_files.append(s);
        added = true;
    }
    if (added)
        Q_EMIT filesChanged();
}

void ImportWizard::removeFile(int index)
{
    if (index < 0 || index >= m_files.size())
        return;
    m_files.removeAt(index);
    Q_EMIT filesChanged();
}

void ImportWizard::reject()
{
    // Closing during the run cancels it: the file in progress rolls back.
    m_runPage->cancelAndWait();
    QWizard::reject();
}

void ImportWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

void ImportWizard::retranslateUi()
{
    setWindowTitle(tr("Import Files"));
    setButtonText(QWizard::CommitButton, tr("Import"));
}

} // namespace dt::ui
