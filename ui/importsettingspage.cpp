#include "importsettingspage.h"

#include "case/casefile.h"
#include "columnchoicedelegate.h"
#include "importtimespanel.h"
#include "importwizard.h"
#include "importwords.h"
#include "ingest/importpreviewmodel.h"
#include "ingest/mappingmodel.h"
#include "ingest/mappingprofiles.h"
#include "ingest/readerregistry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>
#include <QTimer>
#include <QVBoxLayout>

namespace dt::ui {

namespace {

QTableView *makeTable(QWidget *parent, const QString &name)
{
    auto *v = new QTableView(parent);
    v->setObjectName(name);
    v->setAlternatingRowColors(true);
    v->setWordWrap(false);
    v->horizontalHeader()->setStretchLastSection(true);
    v->verticalHeader()->setDefaultSectionSize(v->fontMetrics().height() + 10);
    return v;
}

const char *const kKinds[] = {"auto", "calls", "leak", "complaints"};
const char *const kEncodings[] = {"auto", "UTF-8", "GB18030", "UTF-16LE", "UTF-16BE", "ISO-8859-1"};
const char *const kZones[] = {"Asia/Shanghai", "Asia/Hong_Kong",  "Asia/Taipei",
                              "Asia/Tokyo",    "Asia/Singapore",  "UTC",
                              "Europe/London", "America/New_York"};

bool isDelimited(const ingest::Layout &layout)
{
    const ingest::Reader *reader = ingest::ReaderRegistry::instance().readerOf(layout);
    return reader && reader->delimited(layout);
}

void selectData(QComboBox *c, const QString &value)
{
    const int i = c->findData(value);
    c->setCurrentIndex(i >= 0 ? i : 0);
}

} // namespace

ImportSettingsPage::ImportSettingsPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("importSettingsPage"));
    setCommitPage(true);
    m_mapping = new ingest::MappingModel(this);
    m_preview = new ingest::ImportPreviewModel(this);
    if (wizard->caseFile())
        m_preview->setClock(wizard->caseFile()->clock());
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_debounce, &QTimer::timeout, this, &ImportSettingsPage::startSniff);
    connect(&m_watcher, &QFutureWatcher<SniffResult>::finished, this, &ImportSettingsPage::sniffDone);

    m_fileCombo = new QComboBox(this);
    m_fileCombo->setObjectName(QStringLiteral("importFileCombo"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("importKind"));
    for (const char *k : kKinds)
        m_kind->addItem(QString(), QLatin1String(k));
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("importFormat"));
    m_format->addItem(QStringLiteral("auto"), QStringLiteral("auto"));
    for (const QString &f : ingest::ReaderRegistry::instance().formats())
        m_format->addItem(f, f);
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("importEncoding"));
    for (const char *e : kEncodings)
        m_encoding->addItem(QLatin1String(e), QLatin1String(e));
    m_timezone = new QComboBox(this);
    m_timezone->setObjectName(QStringLiteral("importTimezone"));
    m_timezone->setEditable(true);
    for (const char *z : kZones)
        m_timezone->addItem(QLatin1String(z));
    m_clockOffset = new QSpinBox(this);
    m_clockOffset->setObjectName(QStringLiteral("importClockOffset"));
    // One below the range: no offset given, the import measures it against the case.
    m_clockOffset->setRange(-30 * 86400 - 1, 30 * 86400);
    m_clockOffset->setValue(m_clockOffset->minimum());
    m_dateOrder = new QComboBox(this);
    m_dateOrder->setObjectName(QStringLiteral("importDateOrder"));
    for (const char *o : {"auto", "dmy", "mdy", "ymd"})
        m_dateOrder->addItem(QString(), QLatin1String(o));
    m_acquired = new QLineEdit(this);
    m_acquired->setObjectName(QStringLiteral("importAcquired"));
    m_acquired->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
    m_source = new QLineEdit(this);
    m_source->setObjectName(QStringLiteral("importSource"));
    m_owner = new QLineEdit(this);
    m_owner->setObjectName(QStringLiteral("importOwner"));
    m_force = new QCheckBox(this);
    m_force->setObjectName(QStringLiteral("importForce"));
    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("importProfile"));
    m_saveProfile = new QPushButton(this);
    m_saveProfile->setObjectName(QStringLiteral("importSaveProfile"));
    m_resetMapping = new QPushButton(this);
    m_resetMapping->setObjectName(QStringLiteral("importResetMapping"));
    m_detected = new QLabel(this);
    m_detected->setObjectName(QStringLiteral("importDetected"));
    m_detected->setWordWrap(true);
    m_detected->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    m_decoded = new QCheckBox(this);
    m_decoded->setObjectName(QStringLiteral("importShowDecoded"));

    auto *settings = new QWidget(this);
    m_form = new QFormLayout(settings);
    m_form->setContentsMargins(0, 0, 0, 0);
    auto row = [this, settings](QWidget *field, QLayout *fieldLayout = nullptr) {
        auto *l = new QLabel(settings);
        m_formLabels.append(l);
        if (fieldLayout)
            m_form->addRow(l, fieldLayout);
        else
            m_form->addRow(l, field);
    };
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_fileCombo, m_kind, m_format, m_encoding, m_timezone, m_dateOrder,
                                          m_clockOffset, m_acquired, m_source, m_owner, m_force})
        row(w);
    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profile, 1);
    profileRow->addWidget(m_saveProfile);
    row(nullptr, profileRow);

    auto *mappingBox = new QWidget(this);
    auto *mappingLayout = new QVBoxLayout(mappingBox);
    mappingLayout->setContentsMargins(0, 0, 0, 0);
    m_mappingLabel = new QLabel(this);
    m_mappingView = makeTable(mappingBox, QStringLiteral("importMappingView"));
    m_mappingView->setModel(m_mapping);
    m_mappingView->setItemDelegateForColumn(ingest::MappingModel::SourceColumn,
                                            new ColumnChoiceDelegate(this));
    m_mappingView->verticalHeader()->hide();
    m_mappingView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    auto *mappingHead = new QHBoxLayout;
    mappingHead->addWidget(m_mappingLabel, 1);
    mappingHead->addWidget(m_resetMapping);
    mappingLayout->addLayout(mappingHead);
    mappingLayout->addWidget(m_mappingView, 1);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(settings);
    top->addWidget(mappingBox);
    top->setStretchFactor(0, 2);
    top->setStretchFactor(1, 3);

    auto *previewBox = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    m_previewLabel = new QLabel(this);
    auto *previewHead = new QHBoxLayout;
    previewHead->addWidget(m_previewLabel, 1);
    previewHead->addWidget(m_decoded);
    m_previewView = makeTable(previewBox, QStringLiteral("importPreviewView"));
    m_previewView->setModel(m_preview);
    m_previewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    previewLayout->addLayout(previewHead);
    previewLayout->addWidget(m_previewView, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(previewBox);
    m_times = new ImportTimesPanel(this);
    m_times->setCase(wizard->caseFile());
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_detected);
    layout->addWidget(split, 1);
    layout->addWidget(m_times);
    layout->addWidget(m_status);

    for (QComboBox *c : {m_kind, m_format, m_encoding})
        connect(c, &QComboBox::currentIndexChanged, this, &ImportSettingsPage::settingsEdited);
    connect(m_timezone, &QComboBox::currentTextChanged, this, &ImportSettingsPage::settingsEdited);
    connect(m_clockOffset, &QSpinBox::valueChanged, this, &ImportSettingsPage::settingsEdited);
    connect(m_dateOrder, &QComboBox::currentIndexChanged, this, &ImportSettingsPage::settingsEdited);
    for (QLineEdit *e : {m_acquired, m_source, m_owner})
        connect(e, &QLineEdit::textChanged, this, &ImportSettingsPage::settingsEdited);
    connect(m_force, &QCheckBox::toggled, this, &ImportSettingsPage::settingsEdited);
    connect(m_fileCombo, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (!m_loading)
            setCurrentFile(i);
    });
    connect(m_profile, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            applyProfile();
    });
    connect(m_saveProfile, &QPushButton::clicked, this, &ImportSettingsPage::askProfileName);
    connect(m_resetMapping, &QPushButton::clicked, this, &ImportSettingsPage::resetMapping);
    connect(m_mapping, &ingest::MappingModel::mappingEdited, this, [this] {
        if (m_current < 0)
            return;
        ImportFileSettings &s = m_wizard->files()[m_current];
        s.overrides = m_mapping->overrides();
        s.overridesSpec = m_mapping->overridesSpec();
        m_debounce->start();
    });
    connect(m_mapping, &QAbstractItemModel::modelReset, this, [this] {
        for (int r = 0; r < m_mapping->rowCount(); ++r)
            m_mappingView->openPersistentEditor(m_mapping->index(r, ingest::MappingModel::SourceColumn));
        m_mappingView->resizeColumnToContents(ingest::MappingModel::FieldColumn);
        m_mappingView->setColumnWidth(ingest::MappingModel::SourceColumn, 220);
    });
    connect(m_decoded, &QCheckBox::toggled, this, [this](bool on) {
        m_preview->setMode(on ? ingest::ImportPreviewModel::Mode::Decoded
                              : ingest::ImportPreviewModel::Mode::Parsed);
        m_previewView->resizeColumnsToContents();
    });
    connect(wizard, &ImportWizard::filesChanged, this, &ImportSettingsPage::rebuildFiles);
    retranslateUi();
}

ImportSettingsPage::~ImportSettingsPage()
{
    m_watcher.waitForFinished();
}

void ImportSettingsPage::initializePage()
{
    rebuildProfiles();
    rebuildFiles();
}

void ImportSettingsPage::rebuildFiles()
{
    m_loading = true;
    m_fileCombo->clear();
    for (const ImportFileSettings &f : std::as_const(m_wizard->files()))
        m_fileCombo->addItem(QFileInfo(f.path).fileName(), f.path);
    m_loading = false;
    setCurrentFile(m_wizard->files().isEmpty() ? -1
                                               : std::clamp(m_current, 0, int(m_wizard->files().size()) - 1));
}

void ImportSettingsPage::rebuildProfiles()
{
    m_loading = true;
    m_profile->clear();
    m_profile->addItem(tr("(no profile)"), QString());
    if (m_wizard->caseFile()) {
        for (const ingest::MappingProfile &p : ingest::MappingProfiles::list(m_wizard->caseFile()->db()))
            m_profile->addItem(QStringLiteral("%1 — %2").arg(p.name, p.map), p.name);
    }
    m_loading = false;
}

int ImportSettingsPage::currentFile() const
{
    return m_current;
}

void ImportSettingsPage::setCurrentFile(int index)
{
    m_current = index;
    m_layout = ingest::Layout();
    m_mapping->clear();
    m_preview->clear();
    if (index < 0 || index >= m_wizard->files().size()) {
        m_current = -1;
        Q_EMIT completeChanged();
        return;
    }
    loadWidgets();
    m_debounce->stop();
    startSniff();
}

void ImportSettingsPage::loadWidgets()
{
    const ImportFileSettings &s = m_wizard->files().at(m_current);
    m_loading = true;
    m_fileCombo->setCurrentIndex(m_current);
    selectData(m_kind, s.options.kind);
    selectData(m_format, s.options.format);
    selectData(m_encoding, s.options.encoding);
    m_timezone->setCurrentText(s.options.timezone);
    m_clockOffset->setValue(s.options.clockOffset ? int(*s.options.clockOffset) : m_clockOffset->minimum());
    selectData(m_dateOrder, s.options.dateOrder);
    m_acquired->setText(s.options.acquired);
    m_source->setText(s.options.source);
    m_source->setPlaceholderText(QFileInfo(s.path).completeBaseName());
    m_owner->setText(s.options.owner);
    m_force->setChecked(s.options.force);
    selectData(m_profile, s.profile);
    m_loading = false;
}

void ImportSettingsPage::storeWidgets()
{
    ImportFileSettings &s = m_wizard->files()[m_current];
    s.options.kind = m_kind->currentData().toString();
    s.options.format = m_format->currentData().toString();
    s.options.encoding = m_encoding->currentData().toString();
    s.options.timezone = m_timezone->currentText().trimmed();
    s.options.clockOffset = m_clockOffset->value() == m_clockOffset->minimum()
                                ? std::nullopt
                                : std::optional<qint64>(m_clockOffset->value());
    s.options.dateOrder = m_dateOrder->currentData().toString();
    s.options.acquired = m_acquired->text().trimmed();
    s.options.source = m_source->text().trimmed();
    s.options.owner = m_owner->text().trimmed();
    s.options.force = m_force->isChecked();
}

void ImportSettingsPage::settingsEdited()
{
    if (m_loading || m_current < 0)
        return;
    storeWidgets();
    Q_EMIT completeChanged();
    m_debounce->start();
}

void ImportSettingsPage::applyProfile()
{
    if (m_current < 0)
        return;
    ImportFileSettings &s = m_wizard->files()[m_current];
    s.profile = m_profile->currentData().toString();
    s.profileMap.clear();
    s.overrides.clear();
    s.overridesSpec.clear();
    if (!s.profile.isEmpty() && m_wizard->caseFile()) {
        if (const auto p = ingest::MappingProfiles::load(m_wizard->caseFile()->db(), s.profile)) {
            s.profileMap = p->map;
            if (!p->kind.isEmpty())
                s.options.kind = p->kind;
            if (!p->format.isEmpty())
                s.options.format = p->format;
        }
    }
    loadWidgets();
    m_debounce->start();
}

void ImportSettingsPage::resetMapping()
{
    if (m_current < 0)
        return;
    ImportFileSettings &s = m_wizard->files()[m_current];
    s.overrides.clear();
    s.overridesSpec.clear();
    m_debounce->stop();
    startSniff();
}

bool ImportSettingsPage::saveProfile(const QString &name, QString *error)
{
    if (!m_wizard->caseFile() || m_current < 0 || m_layout.kind.isEmpty()) {
        *error = tr("There is no mapping to save yet.");
        return false;
    }
    ingest::MappingProfile p;
    p.name = name.trimmed();
    p.kind = m_layout.kind;
    p.format = m_layout.format;
    p.map = m_mapping->mappingSpec();
    if (p.name.isEmpty()) {
        *error = tr("A profile needs a name.");
        return false;
    }
    if (!ingest::MappingProfiles::save(*m_wizard->caseFile(), p, error))
        return false;
    ImportFileSettings &s = m_wizard->files()[m_current];
    s.profile = p.name;
    s.profileMap = p.map;
    s.overrides.clear();
    s.overridesSpec.clear();
    rebuildProfiles();
    loadWidgets();
    m_debounce->start();
    return true;
}

void ImportSettingsPage::askProfileName()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Mapping Profile"),
                                               tr("Name for this mapping (kept in the case, reusable for "
                                                  "files of the same layout):"),
                                               QLineEdit::Normal, m_profile->currentData().toString(), &ok);
    if (!ok)
        return;
    QString error;
    if (!saveProfile(name, &error))
        m_status->setText(error);
}

bool ImportSettingsPage::isSniffing() const
{
    return m_debounce->isActive() || m_sniffing || m_pending;
}

void ImportSettingsPage::startSniff()
{
    if (m_current < 0)
        return;
    if (m_sniffing) {
        m_pending = true; // one more pass once the running one is done
        return;
    }
    m_pending = false;
    m_sniffing = true;
    const ImportFileSettings &s = m_wizard->files().at(m_current);
    const QString path = s.path;
    const ingest::ImportOptions opt = s.effectiveOptions();
    const int generation = ++m_generation;
    m_status->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    // Spreadsheets, JSON and phone databases are read whole to sniff them: never on the GUI thread.
    m_watcher.setFuture(QtConcurrent::run([path, opt, generation] {
        SniffResult r;
        r.generation = generation;
        r.options = opt;
        r.ok = ingest::Importer::sniff(path, opt, &r.layout, &r.error);
        return r;
    }));
}

void ImportSettingsPage::sniffDone()
{
    m_sniffing = false;
    const SniffResult r = m_watcher.result();
    if (m_pending || r.generation != m_generation || m_current < 0) {
        startSniff();
        return;
    }
    const ImportFileSettings &s = m_wizard->files().at(m_current);
    m_error = r.ok ? QString() : r.error;
    m_layout = r.ok ? r.layout : ingest::Layout();
    if (r.ok) {
        m_mapping->setLayout(r.layout, s.overrides);
        m_preview->setLayout(r.layout, r.options);
        m_times->start(s.path, r.layout, r.options);
        m_detected->setText(
            tr("Read as: %1 · format %2 · encoding %3 (%4)%5 · %6 columns%7")
                .arg(ImportWords::kind(r.layout.kind), ImportWords::format(r.layout.format),
                     r.layout.encoding, ImportWords::encodingBasis(r.layout.encodingHow),
                     isDelimited(r.layout)
                         ? tr(" · delimiter %1")
                               .arg(r.layout.delimiter == '\t' ? QStringLiteral("TAB")
                                                               : QString(QLatin1Char(r.layout.delimiter)))
                         : QString())
                .arg(r.layout.headers.size())
                .arg(r.layout.header ? tr(" · header row") : QString()));
        const int bad = m_preview->problemRows();
        m_status->setStyleSheet(bad ? QStringLiteral("color: #b71c1c;") : QString());
        m_status->setText(bad ? tr("%1 of the %2 preview rows would be rejected; check the mapping and the "
                                   "settings.")
                                    .arg(bad)
                                    .arg(m_preview->rowCount())
                              : tr("All %1 preview rows would be imported.").arg(m_preview->rowCount()));
    } else {
        m_mapping->clear();
        m_preview->clear();
        m_times->clear();
        m_detected->clear();
        m_status->setStyleSheet(QStringLiteral("color: #b71c1c;"));
        m_status->setText(r.error);
    }
    m_previewView->resizeColumnsToContents();
    Q_EMIT completeChanged();
    Q_EMIT previewUpdated();
}

bool ImportSettingsPage::isComplete() const
{
    if (m_current < 0)
        return false;
    for (const ImportFileSettings &s : std::as_const(m_wizard->files())) {
        if (!s.options.acquired.isEmpty() && !QDate::fromString(s.options.acquired, Qt::ISODate).isValid())
            return false;
    }
    return m_error.isEmpty();
}

bool ImportSettingsPage::validatePage()
{
    // The import sniffs each file again with the stored settings: no need to wait for the preview.
    if (m_current >= 0)
        storeWidgets();
    if (isComplete())
        m_times->clear(); // the import measures again: no second read of the file meanwhile
    return isComplete();
}

void ImportSettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ImportSettingsPage::retranslateUi()
{
    setTitle(tr("How each file is read"));
    setSubTitle(tr("Check what DialTrace detected and change anything that is wrong: the preview below "
                   "follows every change."));
    const QString labels[] = {tr("File:"),         tr("Holds:"),       tr("Format:"),
                              tr("Encoding:"),     tr("Time zone:"),   tr("Date order:"),
                              tr("Clock offset:"), tr("Acquired on:"), tr("Source name:"),
                              tr("Owner number:"), QString(),          tr("Mapping profile:")};
    for (int i = 0; i < m_formLabels.size() && i < int(std::size(labels)); ++i)
        m_formLabels.at(i)->setText(labels[i]);
    const QString kindNames[] = {tr("detect automatically"), tr("call records"), tr("leaked personal data"),
                                 tr("complaints")};
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, kindNames[i]);
    m_format->setItemText(0, tr("detect automatically"));
    for (int i = 1; i < m_format->count(); ++i)
        m_format->setItemText(i, ImportWords::format(m_format->itemData(i).toString()));
    m_encoding->setItemText(0, tr("detect automatically"));
    m_clockOffset->setSuffix(tr(" s"));
    m_clockOffset->setSpecialValueText(tr("measured from the case"));
    m_clockOffset->setToolTip(
        tr("Seconds added to every time in the file, for a device whose clock was wrong. Lowest value: "
           "measured against the case's other sources and applied when the evidence is clear."));
    const QString orderNames[] = {tr("decide from the data"), tr("day/month/year"), tr("month/day/year"),
                                  tr("year first")};
    for (int i = 0; i < m_dateOrder->count(); ++i)
        m_dateOrder->setItemText(i, orderNames[i]);
    m_dateOrder->setToolTip(tr("How dates such as 6/1/2006 are read: DialTrace decides from the file's "
                               "dates unless you say."));
    m_acquired->setToolTip(tr("For leaked lists: the date the list was seized or acquired."));
    m_owner->setToolTip(tr("Phone databases: the device owner's number. HTML bills: the bill's own number."));
    m_force->setText(tr("Import even if the same file is already in the case"));
    if (m_profile->count() > 0)
        m_profile->setItemText(0, tr("(no profile)"));
    m_saveProfile->setText(tr("Save Mapping as Profile…"));
    m_resetMapping->setText(tr("Reset to detected"));
    m_mappingLabel->setText(tr("Columns: which column of the file holds each field"));
    m_previewLabel->setText(tr("Preview: the first rows as they will be imported"));
    m_decoded->setText(tr("Show the file's columns as decoded"));
}

} // namespace dt::ui
