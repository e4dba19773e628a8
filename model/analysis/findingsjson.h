#pragma once
#include "analysis/findings.h"

#include <QJsonArray>
#include <QJsonObject>

namespace dt::analysis {

/**
 * The one place where findings meet JSON: the stored run's `findings` rows and the CLI's
 * `findings --json` document (docs/cli.md; fields are only ever added) are written and read here,
 * and nowhere else names their keys.
 *
 * Reasons and violations are written with their English sentence (`text`, made by describe()) and
 * their figures (`params`); a run stored before the figures were kept reads back with its sentence
 * as the only description (Reason::legacyText), and is written back exactly as it was stored.
 */
class FindingsJson
{
public:
    /// The `findings --json` document.
    static QJsonObject toJson(const Findings &f);
    static Findings fromJson(const QJsonObject &o);

    static QJsonObject toJson(const RunInfo &r);
    static RunInfo runFromJson(const QJsonObject &o);
    static QJsonObject toJson(const Suspect &s);
    static Suspect suspectFromJson(const QJsonObject &o);
    static QJsonObject toJson(const Operator &o);
    static Operator operatorFromJson(const QJsonObject &o);
    static QJsonObject toJson(const Violation &v);
    static Violation violationFromJson(const QJsonObject &o);
    static QJsonObject toJson(const HandsetRotation &h);
    static HandsetRotation rotationFromJson(const QJsonObject &o);
    static QJsonObject toJson(const ListSummary &l);
    static ListSummary listFromJson(const QJsonObject &o);
    static QJsonObject toJson(const Resale &e);
    static Resale resaleFromJson(const QJsonObject &o);
    static QJsonObject toJson(const Compilation &c);
    static Compilation compilationFromJson(const QJsonObject &o);
    static QJsonObject toJson(const ListAttribution &a);
    static ListAttribution attributionFromJson(const QJsonObject &o);
    static QJsonObject toJson(const EvidenceLink &l);
    static EvidenceLink linkFromJson(const QJsonObject &o);
    static QJsonObject toJson(const Profile &p);
    static Profile profileFromJson(const QJsonObject &o);

    /// An instant as the findings write it: ISO 8601 UTC ("…Z"); empty for 0 (unknown).
    static QString isoUtc(qint64 utc);
    /// The inverse; 0 for an empty or unreadable text.
    static qint64 utcOf(const QString &iso);
};

} // namespace dt::analysis
