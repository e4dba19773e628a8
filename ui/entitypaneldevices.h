#pragma once
#include <functional>
#include <QString>

namespace dt {
struct EntityDetails;
}

namespace dt::ui {

/// The details panel's handset and SIM changes: for a number, "Handsets over time"; for an IMEI,
/// "Numbers used in this handset"; each a table (the other side as a link, first — last call through
/// @p localTime, calls). Empty when there is nothing to show.
QString handsetTimelineHtml(const EntityDetails &d, const std::function<QString(qint64)> &localTime);

} // namespace dt::ui
