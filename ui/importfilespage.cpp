#include "importfilespage.h"

#include "importwizard.h"
#include "ingest/readerregistry.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace dt::ui {

ImportFilesPage::ImportFilesPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("importFilesPage"));
    auto *layout = new QVBoxLayout(this);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("importFileList"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAcceptDrops(true);
    m_list->viewport()->setAcceptDrops(true);
    m_list->viewport()->installEventFilter(this);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("importAddFiles"));
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("importRemoveFiles"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addWidget(m_hint);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &ImportFilesPage::browse);
    connect(m_remove, &QPushButton::clicked, this, &ImportFilesPage::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });
    connect(wizard, &ImportWizard::filesChanged, this, &ImportFilesPage::rebuild);
    retranslateUi();
    rebuild();
}

bool ImportFilesPage::isComplete() const
{
    return !m_wizard->files().isEmpty();
}

void ImportFilesPage::rebuild()
{
    m_list->clear();
    const QLocale loc;
    for (const ImportFileSettings &f : std::as_const(m_wizard->files())) {
        const QFileInfo info(f.path);
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 — %2").arg(info.fileName(), loc.formattedDataSize(info.size())), m_list);
        item->setToolTip(f.path);
    }
    m_remove->setEnabled(false);
    Q_EMIT completeChanged();
}

void ImportFilesPage::browse()
{
    QSettings s;
    const QString dir = s.value(QStringLiteral("importDir"), QDir::homePath()).toString();
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Files to Import"), dir,
        tr("Call logs, lists and complaints (%1);;All files (*)")
            .arg(ingest::ReaderRegistry::instance().patterns().join(QLatin1Char(' '))));
    if (paths.isEmpty())
        return;
    s.setValue(QStringLiteral("importDir"), QFileInfo(paths.constFirst()).absolutePath());
    m_wizard->addFiles(paths);
}

void ImportFilesPage::removeSelected()
{
    QList<int> rows;
    for (const QListWidgetItem *item : m_list->selectedItems())
        rows << m_list->row(item);
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int r : std::as_const(rows))
        m_wizard->removeFile(r);
}

bool ImportFilesPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list->viewport()) {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto *e = static_cast<QDropEvent *>(event);
            if (e->mimeData()->hasUrls()) {
                e->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto *e = static_cast<QDropEvent *>(event);
            QStringList paths;
            for (const QUrl &u : e->mimeData()->urls()) {
                if (u.isLocalFile())
                    paths << u.toLocalFile();
            }
            m_wizard->addFiles(paths);
            e->acceptProposedAction();
            return true;
        }
    }
    return QWizardPage::eventFilter(watched, event);
}

void ImportFilesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ImportFilesPage::retranslateUi()
{
    setTitle(tr("Files to import"));
    setSubTitle(tr("Call logs, leaked lists and complaints: CSV/TXT in any common encoding, Excel, JSON, "
                   "HTML bills and phone call databases."));
    m_hint->setText(tr("Add the files, or drag them here from the file manager. The next page shows how "
                       "each one will be read; nothing is imported before you click Import."));
    m_add->setText(tr("Add Files…"));
    m_remove->setText(tr("Remove"));
}

} // namespace dt::ui
