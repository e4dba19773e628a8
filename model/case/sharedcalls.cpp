#include "case/sharedcalls.h"

#include "case/sourceregistry.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace dt {

QJsonArray sharedCallsToJson(const QVector<SharedCallCount> &counts)
{
    QJsonArray out;
    for (const SharedCallCount &c : counts)
        out.append(
            QJsonObject{{QStringLiteral("source_id"), c.sourceId}, {QStringLiteral("calls"), c.calls}});
    return out;
}

QMap<qint64, QMap<qint64, qint64>> sharedCallsBySource(const QVector<SourceRecord> &sources)
{
    QMap<qint64, QMap<qint64, qint64>> out;
    for (const SourceRecord &s : sources) {
        const QJsonArray counts = QJsonDocument::fromJson(s.timesDetail.toUtf8())
                                      .object()
                                      .value(QLatin1String(kSharedCallsKey))
                                      .toArray();
        for (const QJsonValue &v : counts) {
            const qint64 other = v.toObject().value(QLatin1String("source_id")).toInteger();
            const qint64 calls = v.toObject().value(QLatin1String("calls")).toInteger();
            if (other <= 0 || other == s.id || calls <= 0)
                continue;
            out[s.id][other] = calls;
            out[other][s.id] = calls;
        }
    }
    return out;
}

} // namespace dt
