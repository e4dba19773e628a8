#include "export/csv.h"

#include <QAbstractItemModel>

namespace dt::exports {

QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')) &&
        !s.contains(QLatin1Char('\r')))
        return s;
    QString q = s;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

namespace {
void appendLine(QByteArray *out, const QStringList &cells)
{
    QString line;
    for (int i = 0; i < cells.size(); ++i) {
        if (i)
            line += QLatin1Char(',');
        line += csvField(cells[i]);
    }
    line += QLatin1String("\r\n");
    out->append(line.toUtf8());
}
} // namespace

QByteArray csvDocument(const QStringList &header, const std::vector<QStringList> &rows)
{
    QByteArray out("\xEF\xBB\xBF");
    appendLine(&out, header);
    for (const QStringList &r : rows)
        appendLine(&out, r);
    return out;
}

QByteArray csvOfModel(const QAbstractItemModel &model)
{
    QStringList header;
    for (int c = 0; c < model.columnCount(); ++c)
        header << model.headerData(c, Qt::Horizontal).toString();
    std::vector<QStringList> rows;
    rows.reserve(size_t(model.rowCount()));
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model.columnCount(); ++c)
            cells << model.index(r, c).data().toString();
        rows.push_back(cells);
    }
    return csvDocument(header, rows);
}

} // namespace dt::exports
