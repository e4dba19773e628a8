#pragma once
// The report's HTML builder, shared by its source files (not a public interface): escaping and
// number formats, the document writer, and the Builder that walks the case section by section.
#include "analysis/describe.h"
#include "analysis/findings.h"
#include "case/callstore.h"
#include "case/casefile.h"
#include "case/database.h"
#include "report/report.h"

#include <atomic>
#include <cmath>
#include <functional>
#include <iterator>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <unordered_map>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <utility>

namespace dt::report::detail {

inline constexpr const char *kBegin = "<!-- findings:begin -->";
inline constexpr const char *kEnd = "<!-- findings:end -->";

inline QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

inline QString num(qint64 v)
{
    // Thousands separated by a thin space would vary by locale: plain digits, grouped by commas.
    QString s = QString::number(v < 0 ? -v : v);
    for (qsizetype i = s.size() - 3; i > 0; i -= 3)
        s.insert(i, QLatin1Char(','));
    return v < 0 ? QLatin1Char('-') + s : s;
}

inline QString pct(double v)
{
    return QString::number(v * 100.0, 'f', 1) + QLatin1Char('%');
}

/// A probability as a reader expects it: 0.012, 4.4 × 10⁻³⁹, or "< 10⁻³⁰⁰" below what a double holds
/// (@p log10P then says how small; HTML).
inline QString pvalueText(double p, double log10P)
{
    if (!(p > 0) && log10P > -300)
        p = std::pow(10.0, log10P);
    if (!(p > 0) || p < 1e-300)
        return QStringLiteral("&lt; 10<sup>-300</sup>");
    if (p >= 0.001)
        return QString::number(p, 'f', 3);
    const int exponent = int(std::floor(std::log10(p)));
    double mantissa = p / std::pow(10.0, exponent);
    if (mantissa >= 9.95) // rounds up to the next power of ten
        return QStringLiteral("1.0 × 10<sup>%1</sup>").arg(exponent + 1);
    return QStringLiteral("%1 × 10<sup>%2</sup>").arg(mantissa, 0, 'f', 1).arg(exponent);
}

/// "p = 0.012", or "p < 10⁻³⁰⁰" (HTML).
inline QString pStatement(const QString &pvalue)
{
    return pvalue.startsWith(QLatin1String("&lt;")) ? QStringLiteral("p ") + pvalue
                                                    : QStringLiteral("p = ") + pvalue;
}

inline QString pvalue(const analysis::ListAttribution &a)
{
    return pvalueText(a.pValue, a.log10P);
}

/// Builds the document: headings, paragraphs, tables; every text escaped here.
class Writer
{
public:
    explicit Writer(const ReportOptions &opt)
        : m_zh(opt.lang == QLatin1String("zh"))
    {}
    QString t(const char *en, const char *zh) const { return QString::fromUtf8(m_zh ? zh : en); }
    bool zh() const { return m_zh; }
    void raw(const QString &s) { m_out += s; }
    void h(int level, const QString &text, const QString &id = {})
    {
        m_out += QStringLiteral("<h%1%2>%3</h%1>\n")
                     .arg(level)
                     .arg(id.isEmpty() ? QString() : QStringLiteral(" id=\"%1\"").arg(id), esc(text));
    }
    void p(const QString &text, bool escape = true)
    {
        m_out += QStringLiteral("<p>") + (escape ? esc(text) : text) + QStringLiteral("</p>\n");
    }
    /// Cells are HTML already (callers escape).
    void table(const QStringList &headers, const QList<QStringList> &rows, const QString &cls = {})
    {
        m_out += QStringLiteral(
                     "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"%1>\n<thead><tr>")
                     .arg(cls.isEmpty() ? QString() : QStringLiteral(" class=\"%1\"").arg(cls));
        for (const QString &hd : headers)
            m_out +=
                QStringLiteral("<th bgcolor=\"#e8ecf2\" align=\"left\">") + esc(hd) + QStringLiteral("</th>");
        m_out += QStringLiteral("</tr></thead>\n<tbody>\n");
        for (const QStringList &r : rows) {
            m_out += QStringLiteral("<tr>");
            for (const QString &c : r)
                m_out += QStringLiteral("<td>") + c + QStringLiteral("</td>");
            m_out += QStringLiteral("</tr>\n");
        }
        m_out += QStringLiteral("</tbody></table>\n");
    }
    void keyValues(const QList<QPair<QString, QString>> &kv)
    {
        m_out += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n");
        for (const auto &[k, v] : kv)
            m_out += QStringLiteral("<tr><th bgcolor=\"#e8ecf2\" align=\"left\">") + esc(k) +
                     QStringLiteral("</th><td>") + v + QStringLiteral("</td></tr>\n");
        m_out += QStringLiteral("</table>\n");
    }
    QString result() const { return m_out; }

private:
    bool m_zh;
    QString m_out;
};

/// Who a number belongs to decides whether the audience may see it.
enum class Role { Suspect, Victim };

class Builder
{
    Q_DECLARE_TR_FUNCTIONS(dt::report::Report)
public:
    Builder(CaseFile &cf, const ReportOptions &opt, const ProgressFn &progress = {},
            const std::atomic_bool *cancel = nullptr)
        : m_cf(cf)
        , m_db(cf.db())
        , m_opt(opt)
        , w(opt)
        , m_progress(progress)
        , m_cancel(cancel)
    {}
    bool build(const QString &fingerprint, const QString &publicKeyHex, QString *out, QString *error);

private:
    /// A time in the case's zone, as analysts and prosecutors read it; the zone is named in the
    /// column header (zoneLabel()) or, with stamp(), beside the time.
    QString localTime(qint64 utc) const { return m_cf.clock().text(utc); }
    QString localTimeIso(const QString &iso) const { return m_cf.clock().textOfIso(iso); }
    QString stamp(const QString &iso) const { return m_cf.clock().stampOfIso(iso); }
    QString zoneLabel() const { return m_cf.clock().label(); }
    /// A number as the audience may see it (plain text; number() escapes it for the HTML).
    QString shownNumber(const QString &key, Role role) const
    {
        if (m_opt.audience == QLatin1String("internal") ||
            (role == Role::Suspect && m_opt.audience == QLatin1String("prosecutor")))
            return key;
        return Report::maskPhone(key);
    }
    QString number(const QString &key, Role role) const { return esc(shownNumber(key, role)); }
    QString shownImei(const QString &v) const
    {
        return m_opt.audience == QLatin1String("trainer") && v.size() > 8
                   ? v.left(8) + QString(v.size() - 8, QLatin1Char('*'))
                   : v;
    }
    QString imei(const QString &v) const { return esc(shownImei(v)); }
    /// How the findings' sentences show what they name in this report: numbers masked for the
    /// audience (suspects', or victims' when @p role says so), times in the case's zone.
    analysis::Presentation presentation(Role role) const
    {
        analysis::Presentation how;
        how.number = [this, role](const QString &key) { return shownNumber(key, role); };
        how.imei = [this](const QString &v) { return shownImei(v); };
        how.time = [this](qint64 utc) { return m_cf.clock().stamp(utc); }; // in running text: with its offset
        return how;
    }
    /// Free text written by the tool or the import (reasons, audit details): digit runs that could
    /// be numbers of people are masked unless the audience is internal.
    QString scrub(const QString &text) const
    {
        if (m_opt.audience == QLatin1String("internal"))
            return esc(text);
        static const QRegularExpression digits(QStringLiteral("(?<![0-9A-Fa-f])\\+?\\d{7,}(?![0-9A-Fa-f])"));
        QString out = text;
        QRegularExpressionMatchIterator it = digits.globalMatch(text);
        QList<QRegularExpressionMatch> ms;
        while (it.hasNext())
            ms.prepend(it.next());
        for (const auto &m : ms)
            out.replace(m.capturedStart(), m.capturedLength(), Report::maskPhone(m.captured()));
        return esc(out);
    }
    void summary();
    void keyFindings(const analysis::Findings &findings);
    void charts(const analysis::Findings &findings);
    void flowGraph(const analysis::Findings &findings);
    void sources();
    void methods(const analysis::Findings &findings);
    void findings(const analysis::Findings &findings);
    void appendix(const analysis::Findings &findings);
    void auditLog();
    /// What an audit entry acted on, with its key figures, from its details (HTML).
    QString auditObject(const QString &action, const QJsonObject &details) const;
    /// An audit entry's action in the report's language.
    QString auditAction(const QString &action) const;
    void glossary();
    /// The report's language for the findings' sentences and names.
    Language language() const { return w.zh() ? Language::Chinese : Language::English; }
    QString reasonLabel(analysis::ReasonCode code) const { return analysis::displayName(code, language()); }
    QString categoryLabel(analysis::Category code) const { return analysis::displayName(code, language()); }
    QString linkLabel(analysis::LinkType code) const { return analysis::displayName(code, language()); }
    QString violationLabel(analysis::ViolationType code) const
    {
        return analysis::displayName(code, language());
    }
    /// The earliest and latest start of the case's calls (0 and 0 when there are none), read once
    /// from the call store's column of starts: through SQL, min() and max() over the calls' virtual
    /// table decode every call, every column, row by row (most of a report's time in a large case).
    std::pair<qint64, qint64> callSpan();
    /// Supporting calls with their source file and line.
    QList<QStringList> callRows(const QString &where, const QList<qint64> &binds,
                                const QString &suspectCaller);
    // The reads of the calls that depend on an operator's numbers (reportcalls.cpp): each costs what
    // the report shows of them, never a pass over the case's calls. Empty optionals on an error of
    // the store: the caller then asks SQL, which fails the same way a query would.
    /// The ids of the numbers @p keys that the case holds, in their order, each once.
    QList<qint64> numberIds(const QStringList &keys);
    /// The first maxSupporting calls placed by @p numbers, by start time then id.
    std::optional<QList<qint64>> firstCallsMade(const QList<qint64> &numbers);
    /// The start times of every call placed by @p numbers (their postings: no call read in full).
    std::optional<std::vector<qint64>> startsOfCallsMade(const QList<qint64> &numbers);
    /// The first maxSupporting records (ids), by line, of the leaked list named @p list whose phone
    /// one of @p numbers called.
    std::optional<QList<qint64>> calledInList(const QString &list, const QList<qint64> &numbers);
    callstore::Reader &callReader();
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    qint64 supportingLimit() const
    {
        return m_opt.maxSupporting < 0 ? std::numeric_limits<qint64>::max() : m_opt.maxSupporting;
    }

    CaseFile &m_cf;
    Database &m_db;
    const ReportOptions &m_opt;
    Writer w;
    ProgressFn m_progress;
    const std::atomic_bool *m_cancel;
    std::optional<std::pair<qint64, qint64>> m_span;
    std::unique_ptr<callstore::Reader> m_calls;
    /// A leaked list as calledInList() reads it, kept for the next operator that dialled it: a case
    /// has few lists and may have hundreds of operators.
    struct ListCalls
    {
        std::vector<std::pair<qint64, qint64>> records; ///< (id, phone), by line
        std::unordered_map<qint64, std::vector<qint64>> received; ///< phone → calls it received, as asked
    };
    std::map<QString, ListCalls> m_listCalls;
};

} // namespace dt::report::detail
