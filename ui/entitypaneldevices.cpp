#include "entitypaneldevices.h"

#include "case/entitydetails.h"

#include <QCoreApplication>

namespace dt::ui {

namespace {
/// tr() for the free function below, under a context of its own.
struct EntityPanelDevices
{
    Q_DECLARE_TR_FUNCTIONS(dt::ui::EntityPanelDevices)
};
} // namespace

QString handsetTimelineHtml(const EntityDetails &d, const std::function<QString(qint64)> &localTime)
{
    const DeviceTimeline &t = d.handsets;
    if (t.uses.empty())
        return {};
    const bool imei = t.kind == QLatin1String("imei");
    const QString title = imei ? EntityPanelDevices::tr("Numbers used in this handset (%1)")
                               : EntityPanelDevices::tr("Handsets over time (%1)");
    QString h =
        QStringLiteral("<h4>%1</h4><table cellspacing='4'><tr><th>%2</th><th>%3</th><th>%4</th></tr>")
            .arg(title.arg(t.uses.size()).toHtmlEscaped(),
                 (imei ? EntityPanelDevices::tr("Number") : EntityPanelDevices::tr("IMEI")).toHtmlEscaped(),
                 EntityPanelDevices::tr("First — last call").toHtmlEscaped(),
                 EntityPanelDevices::tr("Calls").toHtmlEscaped());
    for (const DeviceUse &u : t.uses)
        h += QStringLiteral("<tr><td><a href='dt:%1'>%1</a></td><td>%2</td><td align='right'>%3</td></tr>")
                 .arg(u.value.toHtmlEscaped(),
                      QString(localTime(u.first) + QStringLiteral(" — ") + localTime(u.last)).toHtmlEscaped())
                 .arg(u.calls);
    return h + QStringLiteral("</table>");
}

} // namespace dt::ui
