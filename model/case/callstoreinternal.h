#pragma once
// Shared by the call store's two sources (callstore.cpp, callpostings.cpp); not for other modules.

#include <QString>
#include <QtGlobal>
#include <limits>

namespace dt::callstore {

constexpr qint64 kMaxU32 = std::numeric_limits<quint32>::max();
/// The store's messages, in their translation context ("dt::callstore").
QString tr(const char *text);

} // namespace dt::callstore
