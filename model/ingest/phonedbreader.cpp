#include "ingest/phonedbreader.h"

#include "case/database.h"

namespace dt::ingest {

namespace {
bool hasTable(Database &db, const char *name)
{
    Statement st =
        db.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    st.bind(1, name);
    return st.step();
}
} // namespace

QString PhoneDbReader::detect(const QString &path)
{
    Database db;
    if (!db.open(path, Database::OpenMode::ReadOnly))
        return {};
    if (hasTable(db, "ZCALLRECORD"))
        return QStringLiteral("ios-callhistory");
    if (hasTable(db, "calls"))
        return QStringLiteral("android-calls");
    if (hasTable(db, "CallLog"))
        return QStringLiteral("calllog-db");
    return {};
}

bool PhoneDbReader::read(const QString &path, const QString &format, const QString &owner,
                         QVector<Record> *rows, bool *appleEpoch, QString *error)
{
    Database db;
    if (!db.open(path, Database::OpenMode::ReadOnly)) {
        *error = tr("%1: cannot open the database: %2").arg(path, db.lastError());
        return false;
    }
    QString sql;
    *appleEpoch = false;
    if (format == QLatin1String("ios-callhistory")) {
        // ZORIGINATED 1 = outgoing; ZDATE seconds since 2001-01-01 UTC; ZDURATION seconds.
        sql =
            QStringLiteral("SELECT Z_PK, ZADDRESS, CASE ZORIGINATED WHEN 1 THEN 'out' ELSE 'in' END, ZDATE, "
                           "CAST(round(ZDURATION) AS INTEGER) FROM ZCALLRECORD ORDER BY Z_PK");
        *appleEpoch = true;
    } else if (format == QLatin1String("android-calls")) {
        // type 2 = outgoing; 1 incoming, 3 missed, 4 voicemail, 5 rejected, 6 blocked; date in ms.
        sql = QStringLiteral(
            "SELECT _id, number, CASE type WHEN 2 THEN 'out' ELSE 'in' END, CAST(date / 1000 AS INTEGER), "
            "duration FROM calls ORDER BY _id");
    } else if (format == QLatin1String("calllog-db")) {
        // Bill converters: 主叫/被叫 as text, unix seconds, durations in milliseconds; the column names
        // differ between converters (callnumber/phonenumber, starttime/callstarttime, duration/callduration).
        QStringList cols;
        Statement info = db.prepare(QStringLiteral("PRAGMA table_info(CallLog)"));
        while (info.step())
            cols << info.text(1).toLower();
        auto pick = [&cols](std::initializer_list<const char *> names) {
            for (const char *n : names) {
                if (cols.contains(QLatin1String(n)))
                    return QString::fromLatin1(n);
            }
            return QString();
        };
        const QString number = pick({"callnumber", "phonenumber", "number"});
        const QString start = pick({"starttime", "callstarttime", "start_time"});
        const QString duration = pick({"duration", "callduration"});
        if (number.isEmpty() || start.isEmpty() || duration.isEmpty() ||
            !cols.contains(QLatin1String("calltype"))) {
            *error = tr("%1: a CallLog table without number, calltype, start and duration columns (has %2)")
                         .arg(path, cols.join(QStringLiteral(", ")));
            return false;
        }
        sql = QStringLiteral("SELECT rowid, %1, calltype, %2, CAST(round(%3 / 1000.0) AS INTEGER) FROM "
                             "CallLog ORDER BY rowid")
                  .arg(number, start, duration);
    } else {
        *error = tr("%1: not a known phone database").arg(path);
        return false;
    }
    Statement st = db.prepare(sql);
    if (!st.isValid()) {
        *error = tr("%1: unexpected table layout: %2").arg(path, db.lastError());
        return false;
    }
    while (st.step()) {
        Record r;
        r.line = st.int64(0);
        r.fields = {owner.toUtf8(), st.text(1).toUtf8(), st.text(2).toUtf8(),
                    QByteArray::number(*appleEpoch ? qint64(st.real(3)) : st.int64(3)),
                    QByteArray::number(st.int64(4))};
        r.raw = r.fields.join(',');
        rows->push_back(std::move(r));
    }
    if (!st.ok()) {
        *error = tr("%1: %2").arg(path, db.lastError());
        return false;
    }
    return true;
}

} // namespace dt::ingest
