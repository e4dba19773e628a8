#pragma once
#include "analysis/activity.h"

#include <QWidget>

class QCustomPlot;
class QLabel;

namespace dt::ui {

/**
 * The selection's activity (QCustomPlot): calls per day, by hour of day, an hour × weekday heatmap and
 * a duration histogram. The analysis page feeds it the selected operator's or number's calls.
 */
class ActivityCharts : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityCharts(QWidget *parent = nullptr);
    void setActivity(const analysis::Activity &activity, const QString &title);
    void clear();
    const analysis::Activity &activity() const { return m_activity; }
    QString title() const { return m_titleText; }
    QCustomPlot *perDayPlot() const { return m_day; }
    QCustomPlot *heatPlot() const { return m_heat; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void redraw();
    analysis::Activity m_activity;
    QString m_titleText;
    QLabel *m_title = nullptr;
    QCustomPlot *m_day = nullptr, *m_hour = nullptr, *m_heat = nullptr, *m_duration = nullptr;
};

} // namespace dt::ui
