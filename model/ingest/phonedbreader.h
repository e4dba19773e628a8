#pragma once
#include "ingest/reader.h"

#include <QCoreApplication>
#include <QStringList>

namespace dt::ingest {

/**
 * Call logs inside SQLite databases from phone extractions and other tools: Android `calls`
 * (contacts2.db / calllog.db, vendor variants: only the standard columns are read), iOS
 * CallHistory.storedata (Core Data ZCALLRECORD, Apple 2001 epoch: Layout::kAppleEpoch), and
 * `CallLog` tables written by bill converters. Rows come out as perspective records: owner, other
 * number, direction, start, duration; the owner is --owner, else "owner:<source>". The table is
 * read by stepping one statement over it: a database of any size needs bounded memory.
 */
class PhoneDbReader : public Reader
{
    Q_DECLARE_TR_FUNCTIONS(dt::ingest::PhoneDbReader)
public:
    QString name() const override { return QStringLiteral("phone-db"); }
    QStringList formats() const override;
    QStringList patterns() const override;
    int confidence(const QByteArray &head, const QString &fileName) const override;
    bool open(Input &input, const ImportOptions &options, Layout *layout, QString *error) const override;
    bool read(Input &input, const Layout &layout, const ImportOptions &options, RecordSink &sink,
              const ReadContext &context, QString *error) const override;

    static bool isSqlite(const QByteArray &head)
    {
        return head.startsWith(QByteArray("SQLite format 3\0", 16));
    }
};

} // namespace dt::ingest
