#pragma once
#include "analysis/victimtrail.h"

#include <QJsonObject>

namespace dt::analysis {

/**
 * The one place where a victim's trail meets JSON: the document `dialtrace-cli trail --json` prints
 * (docs/cli.md; fields are only ever added). Nowhere else names its keys.
 */
class VictimTrailJson
{
public:
    static QJsonObject toJson(const VictimTrailResult &t);
};

} // namespace dt::analysis
