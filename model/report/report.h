#pragma once
#include "case/verifier.h"
#include "core/sha256.h"

#include <atomic>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

class QIODevice;
class QTextDocument;

namespace dt {
class CaseFile;
}

namespace dt::report {

struct PageFurniture;

/// What a report is made for.
struct ReportOptions
{
    QString lang = QStringLiteral("zh");             ///< zh | en
    QString audience = QStringLiteral("prosecutor"); ///< prosecutor | trainer | internal
    int maxSupporting = 10;                          ///< supporting records listed per finding
    QString generatedUtc;                            ///< ISO time; empty: now
};

/// The result of checking a report against its manifest.
struct ReportVerdict
{
    bool ok = false;             ///< the report is as signed (and, with a case, made from a state it held)
    Trust trust = Trust::Broken; ///< ok and signed by a trusted key, ok by another key, or not ok
    QString path;
    struct Check
    {
        QString name;
        bool ok = false;
        QString message;
    };
    QList<Check> checks;
    QJsonObject manifest;
    bool signerTrusted = false;
    QJsonObject toJson() const;
};

/**
 * Evidence reports: a self-contained HTML document (or a PDF rendered from it with an embedded CJK
 * font) with the case's sources and their SHA-256, the methods and parameters, the findings with the
 * figures behind them, an appendix of supporting records (source file and line), the audit log and a
 * glossary; personal data masked for the audience. Each report gets a signed manifest
 * (`FILE.manifest.json`: the report's file name and SHA-256, the case's state (its seal root, the
 * audit entry it follows, the analysis run), the findings section's SHA-256, an Ed25519 signature
 * with the workstation's key). The report and its manifest are each written whole or not at all.
 *
 * The findings section (between `<!-- findings:begin -->` and `<!-- findings:end -->`) holds no
 * timestamps of its own making: the same case and parameters give it byte for byte.
 */
class Report
{
    Q_DECLARE_TR_FUNCTIONS(dt::report::Report)
public:
    static bool validOptions(const ReportOptions &opt, QString *error);
    /// The report as HTML (UTF-8, inline styles). @p signerFingerprint / @p publicKeyHex are printed in it.
    /// @p progress hears of each section done; @p cancel stops it with the error "cancelled".
    static bool html(CaseFile &cf, const ReportOptions &opt, const QString &signerFingerprint,
                     const QString &publicKeyHex, QString *out, QString *error,
                     const ProgressFn &progress = {}, const std::atomic_bool *cancel = nullptr);
    /// The findings section of a report's HTML (markers included), or empty.
    static QByteArray findingsSection(const QByteArray &html);
    /// Lays @p html out in @p doc as the PDF has it (fonts that render Chinese, charts as pictures), for
    /// the PDF and for printing. Needs a QGuiApplication. Without @p drawCharts the charts' pictures
    /// are a blank pixel shown at the chart's size: enough to measure the document, not to paint it.
    static void layOutForPrint(const QString &html, QTextDocument *doc, bool drawCharts = true);
    /// Renders @p html to a PDF (A4 landscape, embedded fonts) into @p out: no table row split across
    /// pages, table headers repeated, @p furniture (case, report id, "n / N") on every page. Needs a
    /// QGuiApplication. @p progress hears how far it is; @p cancel stops it with the error "cancelled".
    static bool renderPdf(const QString &html, const PageFurniture &furniture, QIODevice *out, QString *error,
                          const ProgressFn &progress = {}, const std::atomic_bool *cancel = nullptr);
    /// The id a report's pages carry: the first 16 hex digits of the SHA-256 of its HTML.
    static QString reportId(const QByteArray &html);
    /// Writes the report (.html, .htm or .pdf by extension) and its signed manifest; audits the export
    /// when the case is writable.
    static bool write(CaseFile &cf, const QString &path, const ReportOptions &opt, QJsonObject *manifest,
                      QString *error);
    /**
     * The same with the HTML already built by html() (e.g. off the GUI thread, for a preview) with the
     * workstation key and @p opt.generatedUtc set. @p progress hears how far the PDF is (an HTML
     * report is written at once); setting @p cancel stops it with the error "cancelled", leaving
     * neither the report nor its manifest on disk and nothing in the audit log.
     */
    static bool write(CaseFile &cf, const QString &path, const ReportOptions &opt,
                      const QString &prebuiltHtml, QJsonObject *manifest, QString *error,
                      const ProgressFn &progress = {}, const std::atomic_bool *cancel = nullptr);
    static QString manifestPath(const QString &reportPath)
    {
        return reportPath + QStringLiteral(".manifest.json");
    }
    /**
     * Checks a report against its manifest: SHA-256, file name, signature, and whether the key that
     * signed it is trusted here (core/trustedkeys.h). With @p casePath, also that the case verifies
     * and held the state the manifest names (its signed root, the analysis run).
     */
    static ReportVerdict verify(const QString &reportPath, const QString &casePath = {});
    /// Masking helpers (public for tests).
    static QString maskPhone(const QString &key);
    static QString maskIdCard(const QString &id);
    static QString maskName(const QString &name);
};

} // namespace dt::report
