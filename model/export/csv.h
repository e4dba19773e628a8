#pragma once
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <vector>

class QAbstractItemModel;

namespace dt::exports {

/// One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break, quotes doubled.
QString csvField(const QString &s);
/// A CSV document as spreadsheets open it: UTF-8 with a byte order mark (so Excel reads Chinese as
/// UTF-8), CRLF line ends, the header first. Values are written exactly as given.
QByteArray csvDocument(const QStringList &header, const std::vector<QStringList> &rows);
/// The rows of a table model (its display texts, every column, header included) as csvDocument().
QByteArray csvOfModel(const QAbstractItemModel &model);

} // namespace dt::exports
