#include "timezonedialog.h"

#include "core/caseclock.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace dt::ui {

TimeZoneDialog::TimeZoneDialog(const QString &current, qint64 example, QWidget *parent)
    : QDialog(parent)
    , m_example(example)
{
    setObjectName(QStringLiteral("timeZoneDialog"));
    setWindowTitle(tr("Time Zone"));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("The case's times are stored in UTC. They are shown, and local hours (calls at "
                      "night, hours of the day, days since a list was acquired) are counted, in "
                      "this zone. Analyses run after a change count in the new zone."),
                   this);
    intro->setWordWrap(true);
    m_zones = new QComboBox(this);
    m_zones->setObjectName(QStringLiteral("timeZoneCombo"));
    m_zones->setEditable(true);
    m_zones->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zones->addItem(QString::fromUtf8(id));
    m_zones->completer()->setFilterMode(Qt::MatchContains);
    m_zones->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_zones->setCurrentText(current);
    m_about = new QLabel(this);
    m_about->setObjectName(QStringLiteral("timeZoneAbout"));
    m_about->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(intro);
    layout->addWidget(m_zones);
    layout->addWidget(m_about);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_zones, &QComboBox::currentTextChanged, this, &TimeZoneDialog::zoneEdited);
    zoneEdited();
}

QString TimeZoneDialog::zone() const
{
    return m_zones->currentText().trimmed();
}

void TimeZoneDialog::zoneEdited()
{
    const bool known = CaseClock::isKnownZone(zone());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(known);
    if (!known) {
        m_about->setText(
            tr("Unknown time zone: type an IANA name such as Asia/Shanghai, Europe/Berlin or UTC."));
        return;
    }
    const CaseClock clock(zone());
    QString text = clock.description();
    if (m_example)
        text +=
            QLatin1Char('\n') + tr("The case's first call would show as %1.").arg(clock.labelled(m_example));
    m_about->setText(text);
}

} // namespace dt::ui
