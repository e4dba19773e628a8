#pragma once
#include "ingest/csvparser.h"

#include <QCoreApplication>
#include <QStringList>

namespace dt::ingest {

/**
 * Call logs inside SQLite databases from phone extractions and other tools: Android `calls`
 * (contacts2.db / calllog.db, vendor variants: only the standard columns are read), iOS
 * CallHistory.storedata (Core Data ZCALLRECORD, Apple 2001 epoch), and `CallLog` tables written by
 * bill converters. Rows come out as perspective records: owner, other number, direction, start, duration.
 */
class PhoneDbReader
{
    Q_DECLARE_TR_FUNCTIONS(dt::ingest::PhoneDbReader)
public:
    static bool isSqlite(const QByteArray &head)
    {
        return head.startsWith(QByteArray("SQLite format 3\0", 16));
    }
    /// "android-calls", "ios-callhistory", "calllog-db", or "" when no known table is there.
    static QString detect(const QString &path);
    /// Columns of every record: local, other, direction, start, duration (seconds), and whether
    /// start is in the Apple epoch (appleEpoch is set accordingly).
    static bool read(const QString &path, const QString &format, const QString &owner, QVector<Record> *rows,
                     bool *appleEpoch, QString *error);
};

} // namespace dt::ingest
