#pragma once
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace dt::sample {

/**
 * Writes a one-sheet .xlsx workbook the way spreadsheet programs do (shared strings, a styles
 * part), deterministically: fixed zip timestamps, so the same rows give the same bytes.
 * Rows are buffered; workbooks here are leak-list sized, not call-log sized.
 */
class XlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(dt::sample::XlsxWriter)
public:
    explicit XlsxWriter(QString sheetName = QStringLiteral("Sheet1"));
    /// Cells that look like plain integers up to 15 digits are written as numbers, everything else
    /// as shared strings (so 18-digit ID numbers and phone numbers stay text, as exports keep them).
    void addRow(const QStringList &cells);
    bool save(const QString &path, QString *error) const;

private:
    QString m_sheet;
    QVector<QStringList> m_rows;
};

} // namespace dt::sample
