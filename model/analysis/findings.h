#pragma once
// The typed result of one detection run: what Detector::compute() builds, what a stored run reads
// back as, and what the report, the GUI, the link chart, the evaluation and the CLI read. JSON is
// only its serialisation (analysis/findingsjson.h, the schema of docs/cli.md); sentences are made
// from the codes and figures at display time (analysis/describe.h).
#include "analysis/profile.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <vector>

namespace dt::analysis {

/// What a suspect number's calling looks like: the stable codes of the `category` field.
enum class Category { AutodialerMarketing, HarassmentStorm, DebtCollection, PossibleFraud };

/// Why a number was scored: the stable codes of a reason's `code` field.
enum class ReasonCode {
    HighVolume,
    NoCallbacks,
    LowAnswer,
    MachinePacing,
    Storm,
    RepeatNight,
    VirtualNumber,
    ServiceNumberMarketing,
    DataOnlySegment,
    Complaints,
    FraudComplaints,
    LegitimatePattern,
    LeakedListCallees, ///< callees concentrated in a leaked list beyond chance
    GeneralPublic,     ///< legitimate: callees the general public, not a list, and not complained about
    AnalystJudgement,  ///< the analyst's recorded verdict on the number (case/verdictoverrides.h)
    GroupOperation,    ///< one of several one-way numbers scored together as one operation
};

/// Why two numbers belong to one operator: the stable codes of an evidence link's `type` field.
enum class LinkType {
    SharedDevice,
    SharedCell,
    SamePbxTrunk,
    VictimOverlap,
    SynchronisedHours,
    ListTakeover,
    ListContinuation, ///< B starts where A stopped in the same leaked list's order, without shared victims
};

/// The rules of the 2018 campaign a flagged number can break: a violation's `type` field.
enum class ViolationType {
    CallAfterComplaint,
    OutsidePermittedHours,
    ServiceNumberMarketing,
    AutodialVolume
};

/// A figure a sentence is made from (a reason's or a violation's `params`).
enum class Figure {
    MaxPerCalleeDay,   ///< most calls to one callee in one day
    CallsPerActiveDay, ///< outgoing calls per active day
    ActiveDays,
    Reciprocity,   ///< share of callees who called back
    CalleeCount,   ///< distinct callees
    AnsweredShare, ///< share of calls answered
    GapCv,         ///< coefficient of variation of the gaps between calls
    RepeatedShare, ///< share of callees called 3 times or more
    LateShare,     ///< share of calls between the end and the start of the permitted hours
    NumberType,    ///< the number's type (text: "service_95", …)
    Complainants,
    FraudComplaints,
    CallbackShare,     ///< share of calls answering the callee's own call
    PermittedFromHour, ///< local hour from which marketing calls are allowed
    PermittedToHour,   ///< local hour until which they are allowed
    ListName,          ///< a leaked list (text: its source name)
    ListCallees,       ///< distinct callees the list holds
    Lift,              ///< observed over what chance gives
    Log10P,            ///< log10 of the chance (hypergeometric) p-value
    Verdict,           ///< an analyst's verdict (text: "suspect", "legitimate")
    Analyst,           ///< who recorded it (text)
    Note,              ///< the analyst's reason in their own words (text)
    GroupNumbers,      ///< numbers scored together as one operation
    GroupLinks,        ///< what joined them (text: link codes, comma-separated)
};

/// The figures behind one sentence, each a number or a text, kept as the sentence shows them
/// (a share of 0.196 printed as "19.6%" is stored as 0.196), so the sentence made from them in any
/// language says exactly what the stored English one says.
class Figures
{
public:
    struct Entry
    {
        Figure figure;
        double number = 0;
        QString text;
        bool isText = false;
    };
    Figures &set(Figure f, double value);
    Figures &set(Figure f, const QString &value);
    bool has(Figure f) const;
    double number(Figure f) const; ///< 0 when absent
    QString text(Figure f) const;  ///< empty when absent
    const std::vector<Entry> &entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.empty(); }
    bool operator==(const Figures &o) const;

private:
    Entry *find(Figure f);
    std::vector<Entry> m_entries;
};

/// One reason a number was scored, with the figures behind it.
struct Reason
{
    ReasonCode code = ReasonCode::HighVolume;
    double weight = 0;
    Figures figures;
    /// The sentence a run stored without figures (made before they were kept): the only words there
    /// are for it. Empty for reasons with figures.
    QString legacyText;
};

/// The analyst's verdict on a number, recorded in the case before the run: it decides the number's
/// verdict whatever the score (which stays as computed, with its reasons).
enum class AnalystVerdict { None, Suspect, Legitimate };

/// A scored number: flagged (a suspect) or judged legitimate despite its volume.
struct Suspect
{
    qint32 number = 0; ///< the number's id in the call table, during the detection only (not stored)
    QString key;       ///< the number: E.164 or the normalised identifier
    double score = 0;  ///< 0..1 (stored with three decimals)
    Category category = Category::AutodialerMarketing;
    QVector<Reason> reasons;
    bool legitimate = false; ///< high volume, but a legitimate pattern (kept for the record, not flagged)
    AnalystVerdict analystVerdict = AnalystVerdict::None;
    Profile profile; ///< as stored: shares with three decimals, no hour shares or days
    /// A suspect of the run: scored at or above @p flagScore and not legitimate, or judged a suspect by
    /// the analyst (whose judgement of "legitimate" sets `legitimate`).
    bool flagged(double flagScore) const
    {
        return !legitimate && (score >= flagScore || analystVerdict == AnalystVerdict::Suspect);
    }
};

/// One piece of evidence that two numbers belong to one operator. Which fields hold depends on
/// the type (docs/cli.md: shared_device → imei, shared_cell → cell, …).
struct EvidenceLink
{
    LinkType type = LinkType::SharedDevice;
    QString imei; ///< SharedDevice
    /// SharedDevice too, when the handset carried the numbers in turn (a HandsetRotation): `from`
    /// stopped using it at `silentFrom`, `to` started at `tookOver`, `gapHours` apart; else empty/0.
    QString cell;                        ///< SharedCell: LAC-CI as imported
    qint64 sourceId = 0;                 ///< SamePbxTrunk: the PBX log both numbers were dialled through
    double jaccard = 0;                  ///< VictimOverlap: callees shared / callees of either
    qint64 sharedVictims = 0;            ///< VictimOverlap, ListTakeover
    double hourProfileCosine = 0;        ///< SynchronisedHours
    qint64 sharedDays = 0;               ///< SynchronisedHours
    QString from, to;                    ///< ListTakeover: `to` took over `from`'s dialling list
    double rankCorrelation = 0;          ///< ListTakeover: Spearman over the shared victims' first calls
    qint64 silentFrom = 0, tookOver = 0; ///< ListTakeover: UTC seconds of A's last and B's first call
    double gapHours = 0;                 ///< ListTakeover, ListContinuation
    QString list;                        ///< ListContinuation: the leaked list both dial in its order
    qint64 fromLine = 0, toLine = 0;     ///< ListContinuation: where A stopped, where B started (lines)
};

/// The links between two numbers of one operator.
struct Evidence
{
    QString a, b;
    std::vector<EvidenceLink> links;
};

/// How well one leaked list explains one operator's victims (as stored: rounded as docs/cli.md says).
struct ListAttribution
{
    QString source; ///< the list's source name
    int rank = 0;   ///< 1 = the best source of this operator's victims
    bool significant = false;
    qint64 victimsInLeak = 0, maskedMatches = 0, unique = 0, calledBeforeAcquired = 0;
    double shareOfVictims = 0, shareOfLeak = 0, lift = 0;
    double pValue = 0; ///< 0 when it underflows: then log10P says how small
    double log10P = 0;
    QString acquired;     ///< the list's acquisition date (YYYY-MM-DD), may be empty
    bool hasLags = false; ///< the lag figures below are known
    double lagDaysMedian = 0, lagDaysP10 = 0, lagDaysP90 = 0;
    double orderCorrelation = 0;
    bool dialledInListOrder = false;
};

/// A group of numbers run by one operation, with the evidence for each link and the lists it dialled.
struct Operator
{
    QString id; ///< OPR-001, …
    QStringList numbers, imeis;
    std::vector<Evidence> evidence;
    qint64 firstCall = 0, lastCall = 0; ///< UTC seconds, 0 when unknown
    qint64 calls = 0, victims = 0;
    std::vector<ListAttribution> leaks; ///< best first
};

/// A handset that carried two or more flagged numbers in turn (SIMs rotated through one phone): each
/// number's last call from it came before the next number's first. Numbers used in it at the same time
/// are a shared handset, not a rotation.
struct HandsetRotation
{
    /// One number's time in the handset: its calls made from it.
    struct Stint
    {
        QString number;
        qint64 first = 0, last = 0; ///< UTC seconds of its first and last call from the handset
        qint64 calls = 0;
    };
    QString imei;
    std::vector<Stint> stints; ///< in turn (by first call), two or more
    QString operatorId;        ///< the operator of its numbers (empty when they were not grouped)
    /// Ids of the case's calls at each switch: the number's last call from the handset, then the next
    /// number's first (2 per switch, in order).
    QList<qint64> supportingCalls;
};

/// A rule of the 2018 campaign broken by a flagged number, with its supporting calls.
struct Violation
{
    ViolationType type = ViolationType::CallAfterComplaint;
    QString number;
    qint64 count = 0;
    QString complainant;                ///< CallAfterComplaint
    qint64 complainedUtc = 0;           ///< CallAfterComplaint
    qint64 firstCall = 0, lastCall = 0; ///< UTC seconds: the period the violating calls span
    QList<qint64> supportingCalls;      ///< ids of the case's calls, at most max_supporting_calls
    Figures figures;
    QString legacyText; ///< as Reason::legacyText
};

/// A leaked list of the case as the run saw it.
struct ListSummary
{
    QString source;
    qint64 sourceId = 0;
    QString acquired; ///< YYYY-MM-DD, may be empty
    qint64 records = 0, phones = 0, maskedPhones = 0, idCards = 0;
    QStringList fields; ///< name, phone, id_card, address
    qint64 dialledByOperators = 0;
};

/// A resale: the child list holds records of the parent.
struct Resale
{
    QString parent, child;
    double containment = 0, parentShare = 0;
    qint64 sharedRecords = 0, sharedPhones = 0, sharedMasked = 0, sharedIdCards = 0, nameAgreement = 0;
    double lift = 0, log10P = 0;
    QStringList
        transformations; ///< masking, unmasking, dropped:<field>, renamed:<field> (a → b), header_added
    QStringList directionBasis; ///< information_loss, dates, size
};

/// A list assembled from two or more parents.
struct Compilation
{
    struct Parent
    {
        QString source;
        qint64 records = 0;
        double share = 0;
    };
    QString source;
    qint64 records = 0;
    std::vector<Parent> parents;
    qint64 newRecords = 0;
    double newShare = 0;
};

/// The analysis run a set of findings came from.
struct RunInfo
{
    qint64 id = 0; ///< 0 until stored
    QString startedUtc, finishedUtc, toolVersion, inputDigest;
    QJsonObject parameters; ///< every threshold, by its documented name (Detector::defaultParameters())
    /// The parameter @p name (docs/cli.md, `analyze --params`), or @p fallback when the run has none.
    double parameter(const char *name, double fallback = 0) const;
};

/// Everything one detection run found.
struct Findings
{
    RunInfo run;
    std::vector<Suspect> suspects;   ///< flagged, highest score first
    std::vector<Suspect> legitimate; ///< high volume judged legitimate (or under the flag score)
    std::vector<Operator> operators;
    std::vector<Violation> violations;
    std::vector<HandsetRotation> handsetRotations; ///< by IMEI
    std::vector<ListSummary> leakLists;
    std::vector<Resale> lineage;
    std::vector<Compilation> compilations;

    /// No run: the case was never analysed (or the run could not be read).
    bool isEmpty() const { return run.id == 0 && suspects.empty() && operators.empty(); }
    const Operator *operatorById(const QString &id) const;
    /// The operator a number belongs to, or nullptr.
    const Operator *operatorOf(const QString &number) const;
};

} // namespace dt::analysis

namespace dt::analysis {

/// The stable code of each enumeration as JSON and the CSV blocklist write it (docs/cli.md).
QString code(Category c);
QString code(ReasonCode c);
QString code(LinkType t);
QString code(ViolationType t);
QString code(Figure f); ///< the figure's name in `params`
/// The enumerator a code names; false (and @p out unchanged) for an unknown code.
bool fromCode(const QString &code, Category *out);
bool fromCode(const QString &code, ReasonCode *out);
bool fromCode(const QString &code, LinkType *out);
bool fromCode(const QString &code, ViolationType *out);
bool fromCode(const QString &code, Figure *out);

} // namespace dt::analysis
