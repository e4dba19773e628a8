#pragma once
#include "ingest/csvparser.h"

#include <QCoreApplication>
#include <QString>

namespace dt::ingest {

/**
 * Reads the rows of one worksheet of an .xlsx workbook (libzip + QXmlStreamReader): shared and
 * inline strings, numbers, gaps in the cell references. Refuses zip bombs: parts over the size
 * limit or compressed beyond a plausible ratio.
 */
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(dt::ingest::XlsxReader)
public:
    static constexpr qint64 kMaxPartBytes = 512LL << 20;
    static constexpr qint64 kMaxRatio = 200;

    /// Rows of the first sheet (or @p sheetName) as records of UTF-8 fields; line = row number.
    static bool read(const QString &path, QVector<Record> *rows, QString *error,
                     const QString &sheetName = {});
    static bool isZip(const QByteArray &head) { return head.startsWith("PK\x03\x04"); }
};

} // namespace dt::ingest
