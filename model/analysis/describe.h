#pragma once
// Findings in words: the sentence of a reason, an evidence link or a violation, and the display name
// of every code shown to users, in the reader's language. The GUI passes its interface language, a
// report its --lang; the stored runs and the CLI's JSON keep the English sentence (`text`).
#include "analysis/findings.h"
#include "core/language.h"

#include <functional>
#include <QString>

namespace dt::analysis {

using dt::Language;
using dt::languageFromCode;

/// How a sentence shows what it names: a report masks numbers by audience and writes times in the
/// case's zone. Unset functions leave the value as stored (numbers as keys, times ISO 8601 UTC).
struct Presentation
{
    std::function<QString(const QString &)> number; ///< a phone number or identifier
    std::function<QString(const QString &)> imei;
    std::function<QString(qint64)> time; ///< an instant, UTC seconds
};

/// The sentence of a reason with its figures ("109.5 outgoing calls per active day over 4 days").
QString describe(const Reason &r, Language lang, const Presentation &how = {});
/// The sentence of a violation ("92 calls to … after they complained on …").
QString describe(const Violation &v, Language lang, const Presentation &how = {});
/// A chance given by its log10 as a reader expects it in plain text: "p ≈ 0.012",
/// "p ≈ 3.2 × 10⁻²³", or "p < 10⁻³⁰⁰" below what a double holds.
QString probabilityText(double log10P);
/// The sentence of a handset rotation ("Handset IMEI … carried 3 numbers in turn: …").
QString describe(const HandsetRotation &h, Language lang, const Presentation &how = {});
/// The figures of an evidence link, after its kind's name ("IMEI 867531049699552",
/// "Jaccard 0.62, 120 shared victims"); empty when the kind says it all.
QString describeFigures(const EvidenceLink &l, Language lang, const Presentation &how = {});

/// Display names of the codes users see.
QString displayName(Category c, Language lang);
QString displayName(ReasonCode c, Language lang);
QString displayName(LinkType t, Language lang);
QString displayName(ViolationType t, Language lang);

/// Vocabularies of codes that are stored or printed as text (docs/cli.md).
enum class Vocabulary {
    NumberType,     ///< lookup's `type`: mobile, virtual_mobile, service_95, …
    Callability,    ///< callable, unreliable, not_callable, unknown
    LeakField,      ///< name, phone, id_card, address
    Transformation, ///< masking, unmasking, dropped:<field>, renamed:<field> (a → b), header_added
    DirectionBasis, ///< information_loss, dates, size
};
/// The display name of @p code; the code itself when the vocabulary does not know it.
QString displayName(Vocabulary v, const QString &code, Language lang);

} // namespace dt::analysis
