#pragma once
#include "ingest/csvparser.h"

#include <QCoreApplication>
#include <QStringList>

namespace dt::ingest {

/**
 * JSON lists of reported numbers (complaint feeds): an array of numbers or strings becomes one
 * column; an array of objects becomes one column per key (first-seen order). Record "lines" are
 * 1-based array positions.
 */
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(dt::ingest::JsonReader)
public:
    static constexpr qint64 kMaxBytes = 256LL << 20;
    static bool looksLikeJson(const QByteArray &head);
    static bool read(const QString &path, QVector<Record> *rows, QStringList *headers, QString *error);
};

} // namespace dt::ingest
