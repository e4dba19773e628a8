#include "activitycharts.h"

#include "qcustomplotinclude.h"

#include <algorithm>
#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace dt::ui {

namespace {

QCustomPlot *makePlot(QWidget *parent, const QString &name)
{
    auto *p = new QCustomPlot(parent);
    p->setObjectName(name);
    p->setMinimumSize(220, 120);
    p->plotLayout()->insertRow(0);
    p->plotLayout()->addElement(0, 0,
                                new QCPTextElement(p, QString(), QFont(p->font().family(), 9, QFont::Bold)));
    return p;
}

void setTitle(QCustomPlot *p, const QString &title)
{
    static_cast<QCPTextElement *>(p->plotLayout()->element(0, 0))->setText(title);
}

void bars(QCustomPlot *p, const QVector<double> &values, const QVector<QString> &labels, const QColor &colour)
{
    p->clearPlottables();
    auto *b = new QCPBars(p->xAxis, p->yAxis);
    QVector<double> keys(values.size());
    for (int i = 0; i < values.size(); ++i)
        keys[i] = i;
    b->setData(keys, values, true);
    b->setBrush(colour);
    b->setPen(Qt::NoPen);
    b->setWidth(0.8);
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    const int step = std::max(1, (int(labels.size()) + 5) / 6); // about six labels: they must not overlap
    for (int i = 0; i < labels.size(); i += step)
        ticker->addTick(i, labels.at(i));
    p->xAxis->setTicker(ticker);
    p->xAxis->setRange(-0.6, std::max(1.0, values.size() - 0.4));
    double top = 1;
    for (double v : values)
        top = std::max(top, v);
    p->yAxis->setRange(0, top * 1.1);
    p->replot();
}

} // namespace

ActivityCharts::ActivityCharts(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("activityCharts"));
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_day = makePlot(this, QStringLiteral("perDayPlot"));
    m_hour = makePlot(this, QStringLiteral("perHourPlot"));
    m_heat = makePlot(this, QStringLiteral("heatPlot"));
    // A colour says nothing without its scale: calls per hour cell, beside the map.
    m_heatScale = new QCPColorScale(m_heat);
    m_heatScale->setType(QCPAxis::atRight);
    m_heatScale->setBarWidth(8);
    m_heatScale->axis()->setTickLabelFont(QFont(font().family(), 7));
    m_heatScale->axis()->ticker()->setTickCount(3);
    m_heat->plotLayout()->addElement(1, 1, m_heatScale);
    m_heat->plotLayout()->setColumnStretchFactor(1, 0.01);
    m_duration = makePlot(this, QStringLiteral("durationPlot"));
    m_lag = makePlot(this, QStringLiteral("lagPlot"));
    m_lagGroup = new QCPBarsGroup(m_lag);
    // The key under the bars, two lists a row, not over them.
    m_lag->axisRect()->insetLayout()->take(m_lag->legend);
    m_lag->plotLayout()->addElement(2, 0, m_lag->legend);
    m_lag->plotLayout()->setRowStretchFactor(2, 0.001);
    m_lag->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_lag->legend->setWrap(2);
    m_lag->legend->setBorderPen(Qt::NoPen);
    m_lag->legend->setFont(QFont(font().family(), 8));
    m_lag->legend->setIconSize(14, 12);
    m_lag->legend->setIconTextPadding(4);
    m_lag->installEventFilter(this);
    m_lag->xAxis->setTickLabelFont(QFont(font().family(), 7));
    m_lag->setMinimumHeight(170);
    auto *grid = new QGridLayout;
    grid->addWidget(m_day, 0, 0);
    grid->addWidget(m_hour, 0, 1);
    grid->addWidget(m_heat, 1, 0);
    grid->addWidget(m_duration, 1, 1);
    grid->addWidget(m_lag, 2, 0, 1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(grid, 1);
    clear();
}

void ActivityCharts::clear()
{
    setActivity(analysis::Activity(), QString());
}

void ActivityCharts::setActivity(const analysis::Activity &activity, const QString &title)
{
    m_activity = activity;
    m_titleText = title;
    redraw();
}

void ActivityCharts::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        redraw();
    QWidget::changeEvent(event);
}

void ActivityCharts::redraw()
{
    m_title->setText(m_titleText.isEmpty()
                         ? tr("Select an operator or a number to see when it called.")
                         : tr("%1: %n call(s) placed", nullptr, int(m_activity.calls)).arg(m_titleText));
    // Days and hours are the case's local ones: the titles name the zone.
    const bool zoned = !m_activity.zone.isEmpty();
    setTitle(m_day, zoned ? tr("Calls per day (%1)").arg(m_activity.zone) : tr("Calls per day"));
    setTitle(m_hour,
             zoned ? tr("Calls by hour of day (%1)").arg(m_activity.zone) : tr("Calls by hour of day"));
    setTitle(m_heat, zoned ? tr("Hour × weekday (%1)").arg(m_activity.zone) : tr("Hour × weekday"));
    setTitle(m_duration, tr("Call durations (s)"));
    QVector<QString> dayLabels;
    for (int i = 0; i < m_activity.perDay.size(); ++i)
        dayLabels << CaseClock::dateOfDay(m_activity.firstDay + i).toString(QStringLiteral("MM-dd"));
    bars(m_day, m_activity.perDay, dayLabels, QColor(0x1f, 0x77, 0xb4));
    QVector<QString> hours;
    for (int h = 0; h < 24; ++h)
        hours << QString::number(h);
    bars(m_hour, m_activity.perHour.isEmpty() ? QVector<double>(24, 0.0) : m_activity.perHour, hours,
         QColor(0xd6, 0x27, 0x28));
    const QStringList bins = analysis::Activity::durationBinLabels();
    bars(m_duration,
         m_activity.durationBins.isEmpty() ? QVector<double>(int(bins.size()), 0.0) : m_activity.durationBins,
         QVector<QString>(bins.begin(), bins.end()), QColor(0x2c, 0xa0, 0x2c));
    // Heatmap: x hour 0–23, y weekday Monday (0) – Sunday (6).
    m_heat->clearPlottables();
    auto *map = new QCPColorMap(m_heat->xAxis, m_heat->yAxis);
    map->data()->setSize(24, 7);
    map->data()->setRange(QCPRange(0, 23), QCPRange(0, 6));
    for (int d = 0; d < 7; ++d)
        for (int h = 0; h < 24; ++h)
            map->data()->setCell(h, d, m_activity.heat.isEmpty() ? 0.0 : m_activity.heat.at(d * 24 + h));
    // White for no calls, then yellow to dark red.
    QCPColorGradient gradient;
    gradient.setColorStopAt(0.0, Qt::white);
    gradient.setColorStopAt(0.15, QColor(0xff, 0xe0, 0x80));
    gradient.setColorStopAt(0.6, QColor(0xe8, 0x50, 0x20));
    gradient.setColorStopAt(1.0, QColor(0x70, 0x00, 0x00));
    map->setColorScale(m_heatScale);
    map->setGradient(gradient);
    map->setInterpolate(false);
    double top = 0;
    for (double v : m_activity.heat)
        top = std::max(top, v);
    map->setDataRange(QCPRange(0, std::max(1.0, top)));
    m_heatScale->axis()->setLabel(tr("calls"));
    QSharedPointer<QCPAxisTickerText> days(new QCPAxisTickerText);
    const QStringList names = {tr("Mon"), tr("Tue"), tr("Wed"), tr("Thu"), tr("Fri"), tr("Sat"), tr("Sun")};
    for (int d = 0; d < 7; ++d)
        days->addTick(d, names.at(d));
    m_heat->yAxis->setTicker(days);
    // Seven weekday labels must fit the chart's height at 1366x768 too.
    m_heat->yAxis->setTickLabelFont(QFont(font().family(), 7));
    m_heat->yAxis->setRangeReversed(true);
    m_heat->rescaleAxes();
    m_heat->replot();
    redrawLags();
}

void ActivityCharts::redrawLags()
{
    setTitle(m_lag, tr("Leaked list acquired → victim's first call (days)"));
    m_lag->clearPlottables();
    m_lagKeys.clear();
    const QStringList labels = analysis::Activity::lagBinLabels();
    const QVector<double> edges = analysis::Activity::lagBinEdges();
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int i = 0; i < labels.size(); ++i)
        ticker->addTick(i, labels.at(i));
    m_lag->xAxis->setTicker(ticker);
    m_lag->xAxis->setRange(-0.6, labels.size() - 0.4);
    m_lag->yAxis->setLabel(tr("victims"));
    const int lists = std::min<int>(kLagLists, int(m_activity.leakLags.size()));
    const QColor colours[kLagLists] = {QColor(0x8e, 0x44, 0xad), QColor(0xe6, 0x7e, 0x22),
                                       QColor(0x16, 0xa0, 0x85), QColor(0x7f, 0x8c, 0x8d)};
    double top = 1;
    for (int l = 0; l < lists; ++l) {
        const analysis::Activity::LeakLag &lag = m_activity.leakLags.at(l);
        QVector<double> keys(labels.size()), counts(labels.size(), 0.0);
        for (int i = 0; i < labels.size(); ++i)
            keys[i] = i;
        for (double d : lag.days) // bin 0: before acquisition; bin i: [edges[i-1], edges[i])
            ++counts[int(std::upper_bound(edges.begin(), edges.end(), d) - edges.begin())];
        auto *bars = new QCPBars(m_lag->xAxis, m_lag->yAxis);
        bars->setData(keys, counts, true);
        m_lagKeys.append({lag.list, int(lag.days.size())});
        bars->setBrush(colours[l]);
        bars->setPen(Qt::NoPen);
        bars->setWidth(0.8 / lists);
        bars->setBarsGroup(m_lagGroup);
        for (double c : counts)
            top = std::max(top, c);
    }
    m_lag->yAxis->setRange(0, top * 1.15);
    m_lag->yAxis->ticker()->setTickCount(3); // a short chart at 1366x768: labels that never overlap
    m_lag->legend->setVisible(lists > 0);
    fitLagLegend();
    m_lag->replot();
}

bool ActivityCharts::eventFilter(QObject *watched, QEvent *event)
{
    // Before the chart lays itself out again for its new size.
    if (watched == m_lag && event->type() == QEvent::Resize)
        fitLagLegend();
    return QWidget::eventFilter(watched, event);
}

void ActivityCharts::fitLagLegend()
{
    QCPLegend *legend = m_lag->legend;
    const int n = int(std::min<qsizetype>(m_lagKeys.size(), m_lag->plottableCount()));
    if (n == 0)
        return;
    const int room = m_lag->width() - 16; // the legend's margins
    for (int i = 0; i < n; ++i)           // room under the text: an underscore was clipped off the names
        if (QCPAbstractLegendItem *item = legend->itemWithPlottable(m_lag->plottable(i)))
            item->setMargins(QMargins(0, 0, 0, 3));
    const auto label = [this](const LagKey &k, bool full, const QString &name) {
        return full ? tr("%1: %n victim(s)", nullptr, k.victims).arg(name)
                    : tr("%1: %n", "a leaked list and its victims in the lag chart's key", k.victims)
                          .arg(name);
    };
    const auto setNames = [&](bool full, int elideTo) {
        const QFontMetrics fm(legend->font());
        for (int i = 0; i < n; ++i) {
            const QString name = elideTo > 0 ? fm.elidedText(m_lagKeys.at(i).list, Qt::ElideMiddle, elideTo)
                                             : m_lagKeys.at(i).list;
            m_lag->plottable(i)->setName(label(m_lagKeys.at(i), full, name));
        }
    };
    // The widest key in each column of a layout of `columns` keys a row.
    const auto widthFor = [&](int columns) {
        int total = 0;
        for (int c = 0; c < columns; ++c) {
            int widest = 0;
            for (int i = c; i < n; i += columns)
                if (QCPAbstractLegendItem *item = legend->itemWithPlottable(m_lag->plottable(i)))
                    widest = std::max(widest, item->minimumOuterSizeHint().width());
            total += widest;
        }
        return total + (columns - 1) * legend->columnSpacing();
    };
    const int minColumns = std::min(n, 2); // two rows at most: the bars keep their height
    for (const bool full : {true, false}) {
        setNames(full, 0);
        for (int columns = n; columns >= minColumns; --columns) {
            if (widthFor(columns) <= room) {
                legend->setWrap(columns);
                return;
            }
        }
    }
    // Names elided to what two columns leave them.
    const QFontMetrics fm(legend->font());
    const int other = fm.horizontalAdvance(label(m_lagKeys.front(), false, QString())) +
                      legend->iconSize().width() + legend->iconTextPadding() + 24;
    setNames(false, std::max(40, (room - legend->columnSpacing()) / minColumns - other));
    legend->setWrap(minColumns);
}

} // namespace dt::ui
