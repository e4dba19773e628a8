#pragma once
#include "case/devicetimeline.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace dt {

class CaseFile;

/// A leak record that mentions the entity.
struct LeakHit
{
    QString source;
    qint64 line = 0;
    QString name, phone, idCard;
};

/// A complaint naming the number, as reported or as complainant.
struct ComplaintHit
{
    QString source;
    qint64 line = 0;
    qint64 timeUtc = 0;
    QString reported, complainant, category, text;
};

/**
 * Everything a case knows about one value the analyst typed: a number in any spelling, a masked
 * number, an ID number or a name. Offline facts (type, carrier, place, callability) come from
 * lookupValue(); the case adds calls per source, leak records, complaints and devices.
 */
struct EntityDetails
{
    QString input;
    QString kind;        ///< "phone", "masked_phone", "id_card", "imei", "name", "operator", "leak_list"
    QJsonObject offline; ///< lookupValue() for the input
    QString key;         ///< the number's canonical spelling (phones)
    bool inCase = false;
    qint64 callsOut = 0, callsIn = 0, distinctCallees = 0, distinctCallers = 0, firstCall = 0, lastCall = 0;
    QVector<QPair<QString, qint64>> rowsPerSource; ///< call rows naming this number, per source
    QStringList devices;                           ///< IMEIs this number called from
    DeviceTimeline handsets; ///< phones: its handsets over time; IMEIs: the numbers used in it
    QStringList candidates;  ///< masked patterns: the case's numbers that fit
    QStringList
        sameTac; ///< IMEIs: the case's devices of the same model batch (TAC), with the numbers that used them
    QVector<LeakHit> leaks;
    QVector<ComplaintHit> complaintsAgainst, complaintsMade;
    /// Operators and leaked lists: the latest analysis run's finding (its `data`) and that run's id.
    QJsonObject finding;
    qint64 runId = 0;
    /// Leaked lists: the source (file_name, sha256, acquired, accepted, rejected).
    QJsonObject source;

    /// The key notes and tags are kept under. An operator's id names a grouping of one analysis run
    /// only (a later run may number its operators differently): its notes stay with that run.
    QString annotationKey() const
    {
        return kind == QLatin1String("operator") && runId ? QStringLiteral("run%1/%2").arg(runId).arg(key)
                                                          : key;
    }
};

class EntityLookup
{
    Q_DECLARE_TR_FUNCTIONS(dt::EntityLookup)
public:
    static EntityDetails describe(CaseFile &cf, const QString &value, int limit = 200);
};

} // namespace dt
