#pragma once
#include <QString>

namespace dt {

/// The analyst behind an action: the operating-system account name, as recorded in provenance and audit.
QString osUserName();
/// This workstation's host name.
QString hostName();
/// Current UTC time as ISO 8601 with milliseconds and a trailing Z.
QString utcNowIso();

} // namespace dt
