#pragma once
// The band at the top of an exported chart (PNG, SVG): what the chart is, the case it comes from,
// the time window it shows and when it was exported, so a picture pasted into a file still says so.
#include <QCoreApplication>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;

namespace dt {
class CaseClock;
}

namespace dt::ui {

/// What the band says, in the interface's language.
struct ChartCaption
{
    QString title; ///< what the chart shows ("Link chart")
    QString caseTitle;
    QString window;   ///< the time window shown, in words
    QString exported; ///< the export's date and time, labelled with the zone
};

class ChartCaptionBand
{
    Q_DECLARE_TR_FUNCTIONS(dt::ui::ChartCaptionBand)
public:
    /// A caption for a chart of @p caseTitle showing the calls from @p from to @p to (UTC seconds;
    /// 0: open end), exported now, its times written by @p clock.
    static ChartCaption make(const QString &title, const QString &caseTitle, const CaseClock &clock,
                             qint64 from, qint64 to);
    /// The band's lines: the title, then "Case: …", "Calls shown: …", "Exported: …".
    static QStringList lines(const ChartCaption &c);
    /// The band's height for a chart @p width wide (in the painter's units), the lines wrapped.
    static qreal height(const ChartCaption &c, qreal width);
    /// Draws the band into @p band (its height from height()), with a rule under it.
    static void draw(QPainter *painter, const QRectF &band, const ChartCaption &c);
};

} // namespace dt::ui
