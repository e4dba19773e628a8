#pragma once
#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace dt {

class CaseFile;
class Database;

/// The analyst's verdict on one number, as recorded in the case.
struct VerdictOverride
{
    QString number;  ///< the number's key (E.164 or the normalised identifier), as the case holds it
    QString verdict; ///< "suspect" or "legitimate"
    QString reason;  ///< the analyst's own words: why the computed verdict is wrong
    QString author, createdUtc;
};

/**
 * The analyst's verdicts on numbers (table verdict_overrides, sealed; each change audited): a
 * legitimate bulk caller the analysis flagged, or a suspect it judged legitimate, corrected with a
 * reason. The next analysis run applies them: the number's verdict is the analyst's whatever its
 * score, its reasons say so with the reason and the analyst, and the run records them in its
 * parameters (`analyst_verdicts`), so a report names every judgement it rests on.
 */
class VerdictOverrides
{
    Q_DECLARE_TR_FUNCTIONS(dt::VerdictOverrides)
public:
    /// Records (or replaces) the verdict on @p number, a number in any spelling the case holds.
    /// A reason is required.
    static bool set(CaseFile &cf, const QString &number, const QString &verdict, const QString &reason,
                    QString *error);
    /// Takes the analyst's verdict on @p number off (the analysis decides again).
    static bool clear(CaseFile &cf, const QString &number, QString *error);
    /// Every recorded verdict, by number.
    static QVector<VerdictOverride> all(Database &db);
    /// The number's key as the case holds it, from any spelling; empty when the case has no such number.
    static QString keyOf(Database &db, const QString &input);
};

} // namespace dt
