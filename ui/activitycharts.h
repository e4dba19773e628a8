#pragma once
#include "analysis/activity.h"

#include <QWidget>

class QCustomPlot;
class QCPBarsGroup;
class QCPColorScale;
class QLabel;

namespace dt::ui {

/**
 * The selection's activity (QCustomPlot): calls per day, by hour of day, an hour × weekday heatmap,
 * a duration histogram and, per leaked list holding its victims, the lag from the list's acquisition
 * to each victim's first call. The analysis page feeds it the selected operator's or number's calls.
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
    QCPColorScale *heatScale() const { return m_heatScale; }
    QCustomPlot *lagPlot() const { return m_lag; }
    /// At most this many lists in the lag chart (the ones holding most victims).
    static constexpr int kLagLists = 4;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void redraw();
    void redrawLags();
    /// Keys in as many columns as the lag chart's width takes, in at most two rows: the lists'
    /// names in full when they fit, else shorter, else elided in the middle (they never overflow).
    void fitLagLegend();
    struct LagKey
    {
        QString list;
        int victims = 0;
    };
    QList<LagKey> m_lagKeys;
    analysis::Activity m_activity;
    QString m_titleText;
    QLabel *m_title = nullptr;
    QCustomPlot *m_day = nullptr, *m_hour = nullptr, *m_heat = nullptr, *m_duration = nullptr,
                *m_lag = nullptr;
    QCPBarsGroup *m_lagGroup = nullptr;   ///< the lists' bars side by side
    QCPColorScale *m_heatScale = nullptr; ///< what the heatmap's colours count
};

} // namespace dt::ui
