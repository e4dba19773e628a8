#pragma once
// Why an import rejected a row, stored as a code with its figures (rejected_rows.reason) and
// written in the reader's language only when shown: the rows view in the interface's language, a
// report in its own, the CLI in English. A case whose reasons were stored as text before keeps
// them exactly as stored.
#include "core/language.h"

#include <optional>
#include <QString>
#include <QStringList>
#include <QVector>

namespace dt {

class RejectReason
{
public:
    /// The kinds of rejection. The stored names (code()) never change: cases keep them.
    enum class Code {
        CallDirectionUnknown, ///< args: the direction as in the file
        CallerMissing,
        CalleeMissing,
        StartMissing,
        StartNotTime,        ///< args: the start as in the file
        DurationNotDuration, ///< args: the duration as in the file
        DurationTooLong,     ///< args: the duration as in the file
        LeakNoPhoneOrId,
        LeakPhoneNotNumber, ///< args: the phone as in the file
        ReportedMissing,
        ComplaintTimeNotTime, ///< args: the time as in the file
        RowTooLong,           ///< args: the most bytes, the most fields a row may have
        QuoteUnterminated,
        OtherKinds, ///< a summary's count of the kinds past its limit (never a row's own reason)
    };
    using Language = dt::Language;

    /// Every code, in order (the tests render each in both languages).
    static QVector<Code> allCodes();
    /// The code's stored name ("start_not_time").
    static QString code(Code c);
    static std::optional<Code> fromCode(const QString &name);
    /// How many values the code's sentence quotes.
    static int argCount(Code c);

    /// The value stored in rejected_rows.reason: a versioned prefix, the code and its arguments.
    static QString encode(Code c, const QStringList &args = {});
    /// The code and arguments of a stored value; nullopt for a reason stored as text (older cases)
    /// or a value this version does not read.
    static std::optional<RejectReason> decode(const QString &stored);

    /// The sentence of a stored reason in @p lang; a reason stored as text, exactly as stored.
    static QString text(const QString &stored, Language lang);
    /// The sentence of @p c with @p args in @p lang.
    static QString text(Code c, const QStringList &args, Language lang);

    /// What a summary counts a stored reason under: the code without its arguments, so that a
    /// million bad durations count as one kind whatever the language they are read in; a reason
    /// stored as text, its text without the values it quotes.
    static QString kind(const QString &stored);
    /// The words of a kind (kind()) in @p lang: the sentence with "…" for the values it quotes.
    static QString kindText(const QString &kind, Language lang);

    Code c = Code::OtherKinds;
    QStringList args;
};

} // namespace dt
