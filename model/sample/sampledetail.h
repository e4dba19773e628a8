#pragma once
#include <QString>
#include <QStringList>
#include <vector>

namespace dt::sample {

/**
 * What the generator knows beyond truth.json, for exercises whose answers must be checked: every
 * line's figures, each operator's first call and list, each complaint with the lists holding its
 * complainant, and the calls that show each rule of the 2018 campaign broken. Rows of the written
 * files are named "FILE:LINE" (1-based physical lines, the header being line 1), as the case's
 * provenance names them.
 */
struct SampleDetail
{
    /// A line (a number that is not a subscriber's) that placed calls.
    struct LineInfo
    {
        QString number; ///< E.164 or the service digits
        QString actor;  ///< truth id of its actor: OP1 … OP5, TRAP-COURIER, TRAP-BANK
        QString label;  ///< truth label: operator:OP1, harassment, legitimate:courier …
        QString imei;
        int lac = 0, cell = 0, extension = 0;
        qint64 calls = 0, answered = 0, received = 0;
        int activeDays = 0; ///< local days with a call placed
    };
    struct OperatorInfo
    {
        QString id, kind, leak;
        qint64 firstCallUtc = 0;
        qint64 victims = 0, victimsInLeak = 0;
    };
    struct ComplaintInfo
    {
        QString ref; ///< the complaints file's row
        qint64 timeUtc = 0;
        QString reporter, reported, actor;
        QStringList lists;    ///< leaked lists holding the complainant
        QStringList listRows; ///< their rows in those lists' files (FILE:LINE), in the same order
        bool mistaken = false;
    };
    /// A rule broken by an operator: the calls that show it (refs), or, when refs is empty, any call
    /// placed by one of @c numbers (a rule about the number itself: its resource, its volume).
    struct ViolationInfo
    {
        QString actor, rule;
        QStringList numbers;
        QStringList refs;
    };
    std::vector<LineInfo> lines;
    std::vector<OperatorInfo> operators;
    std::vector<ComplaintInfo> complaints;
    std::vector<ViolationInfo> violations;
};

} // namespace dt::sample
