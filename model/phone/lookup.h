#pragma once
#include <QJsonObject>
#include <QString>

namespace dt {

/**
 * What is known offline about one value an analyst types: a phone number (any spelling), a masked
 * phone, a resident ID number or an IMEI. The result's "kind" says which it was taken for.
 */
QJsonObject lookupValue(const QString &value, const QString &region = QStringLiteral("CN"));

} // namespace dt
