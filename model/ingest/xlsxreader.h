#pragma once
#include "ingest/reader.h"

#include <QCoreApplication>
#include <QString>

namespace dt::ingest {

/**
 * The rows of one worksheet of an .xlsx workbook (libzip + QXmlStreamReader): shared and inline
 * strings, numbers, gaps in the cell references. The sheet is read from its zip entry a chunk at a
 * time (only the shared strings table is held whole), so a workbook of any size needs bounded memory.
 * Refuses zip bombs: a part held in memory over kMaxPartBytes, or any part compressed beyond a
 * plausible ratio. A record's line is its row number; its fields are UTF-8.
 */
class XlsxReader : public Reader
{
    Q_DECLARE_TR_FUNCTIONS(dt::ingest::XlsxReader)
public:
    static constexpr qint64 kMaxPartBytes = 512LL << 20;
    static constexpr qint64 kMaxRatio = 200;

    QString name() const override { return QStringLiteral("xlsx"); }
    QStringList formats() const override { return {QStringLiteral("xlsx")}; }
    QStringList patterns() const override { return {QStringLiteral("*.xlsx"), QStringLiteral("*.xlsm")}; }
    /// A zip whose first entry is a part of an Office package, or a zip named .xlsx.
    int confidence(const QByteArray &head, const QString &fileName) const override;
    bool open(Input &input, const ImportOptions &options, Layout *layout, QString *error) const override;
    bool read(Input &input, const Layout &layout, const ImportOptions &options, RecordSink &sink,
              const ReadContext &context, QString *error) const override;

    static bool isZip(const QByteArray &head) { return head.startsWith("PK\x03\x04"); }
    /// The name of the first entry of the zip starting with @p head (its local header), or "".
    static QString firstEntryName(const QByteArray &head);
};

} // namespace dt::ingest
