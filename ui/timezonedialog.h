#pragma once
#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace dt::ui {

/// Chooses a case's time zone (an IANA name: any this workstation knows, typed or picked), showing
/// what it means: its offsets, and a time of the case in it.
class TimeZoneDialog : public QDialog
{
    Q_OBJECT
public:
    /// @p current is preselected; @p example (UTC seconds, 0 for none) is shown in the chosen zone.
    TimeZoneDialog(const QString &current, qint64 example, QWidget *parent = nullptr);
    QString zone() const;

private:
    void zoneEdited();
    QComboBox *m_zones = nullptr;
    QLabel *m_about = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    qint64 m_example = 0;
};

} // namespace dt::ui
