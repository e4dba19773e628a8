#include "ingest/phonedbreader.h"

#include "case/database.h"

namespace dt::ingest {

namespace {

constexpr int kBatch = 1024;

bool hasTable(Database &db, const char *name)
{
    Statement st =
        db.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    st.bind(1, name);
    return st.step();
}

bool hasColumn(Database &db, const char *table, const char *column)
{
    Statement info = db.prepare(QStringLiteral("PRAGMA table_info(%1)").arg(QLatin1String(table)));
    while (info.step()) {
        if (info.text(1).compare(QLatin1String(column), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

/// "android-calls", "ios-callhistory", "calllog-db", or "" when no known table is there.
QString detect(Database &db)
{
    if (hasTable(db, "ZCALLRECORD"))
        return QStringLiteral("ios-callhistory");
    if (hasTable(db, "calls"))
        return QStringLiteral("android-calls");
    if (hasTable(db, "CallLog"))
        return QStringLiteral("calllog-db");
    return {};
}

/// The statement giving every record's columns (id, other number, direction, start, duration in
/// seconds, and ANSWERED / NO ANSWER where the table says so, else "") in the table's order, or "" with @p
/// error set.
QString recordsSql(Database &db, const QString &format, const QString &path, QString *error)
{
    if (format == QLatin1String("ios-callhistory")) {
        // ZORIGINATED 1 = outgoing, 0 incoming; ZDATE seconds since 2001-01-01 UTC; ZDURATION seconds.
        // Another value is no direction: the row is rejected naming it, not taken as incoming.
        // ZANSWERED says whether an incoming call was picked up (0 for a missed one); for an outgoing
        // call it says nothing reliable, so the duration decides there as for any call log.
        const bool hasAnswered = hasColumn(db, "ZCALLRECORD", "zanswered");
        return QStringLiteral("SELECT Z_PK, ZADDRESS, CASE ZORIGINATED WHEN 1 THEN 'out' WHEN 0 THEN 'in' "
                              "ELSE 'type ' || "
                              "coalesce(ZORIGINATED, 'none') END, ZDATE, "
                              "CAST(round(ZDURATION) AS INTEGER), %1 FROM ZCALLRECORD ORDER BY Z_PK")
            .arg(hasAnswered
                     ? QStringLiteral("CASE WHEN ZORIGINATED = 0 AND ZANSWERED = 1 THEN 'ANSWERED' "
                                      "WHEN ZORIGINATED = 0 AND ZANSWERED = 0 THEN 'NO ANSWER' ELSE '' END")
                     : QStringLiteral("''"));
    }
    if (format == QLatin1String("android-calls")) {
        // type 2 = outgoing; 1 incoming (picked up), 3 missed, 4 voicemail, 5 rejected, 6 blocked,
        // 7 answered elsewhere; date in ms. Another type is no direction: the row is rejected naming
        // it. The incoming types also say whether the owner answered: a missed, rejected or blocked
        // call is stored as not answered, not as an answered incoming call. An outgoing call's type
        // says nothing about the far end: its duration decides, as for any call log.
        return QStringLiteral(
            "SELECT _id, number, CASE WHEN type = 2 THEN 'out' WHEN type IN (1, 3, 4, 5, 6, 7) THEN 'in' "
            "ELSE 'type ' || coalesce(type, 'none') END, CAST(date / 1000 AS INTEGER), "
            "duration, CASE WHEN type IN (1, 7) THEN 'ANSWERED' WHEN type IN (3, 4, 5, 6) THEN 'NO ANSWER' "
            "ELSE '' END FROM calls ORDER BY _id");
    }
    if (format == QLatin1String("calllog-db")) {
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
            *error = PhoneDbReader::tr(
                         "%1: a CallLog table without number, calltype, start and duration columns (has %2)")
                         .arg(path, cols.join(QStringLiteral(", ")));
            return {};
        }
        return QStringLiteral("SELECT rowid, %1, calltype, %2, CAST(round(%3 / 1000.0) AS INTEGER), '' FROM "
                              "CallLog ORDER BY rowid")
            .arg(number, start, duration);
    }
    *error = PhoneDbReader::tr("%1: not a known phone database").arg(path);
    return {};
}

/// The database's records, a row at a time.
class Table
{
public:
    bool open(Input &input, const QString &format, QString *error)
    {
        m_path = input.displayName();
        const QString file = input.localFile(error);
        if (file.isEmpty())
            return false;
        if (!m_db.open(file, Database::OpenMode::ReadOnly)) {
            *error = PhoneDbReader::tr("%1: cannot open the database: %2").arg(m_path, m_db.lastError());
            return false;
        }
        m_format = format.isEmpty() ? detect(m_db) : format;
        if (m_format.isEmpty()) {
            *error = PhoneDbReader::tr("%1: an SQLite database without a call table DialTrace knows (calls, "
                                       "ZCALLRECORD, CallLog)")
                         .arg(m_path);
            return false;
        }
        const QString sql = recordsSql(m_db, m_format, m_path, error);
        if (sql.isEmpty())
            return false;
        m_st = m_db.prepare(sql);
        if (!m_st.isValid()) {
            *error = PhoneDbReader::tr("%1: unexpected table layout: %2").arg(m_path, m_db.lastError());
            return false;
        }
        m_rows = m_db.scalar(QStringLiteral("SELECT count(*) FROM (%1)").arg(sql)).toLongLong();
        return true;
    }
    /// The next record; false at the end (@p error empty) or on an error.
    bool next(const QByteArray &owner, Record *r, QString *error)
    {
        error->clear();
        if (!m_st.step()) {
            if (!m_st.ok())
                *error = PhoneDbReader::tr("%1: %2").arg(m_path, m_db.lastError());
            return false;
        }
        const bool apple = m_format == QLatin1String("ios-callhistory");
        r->line = m_st.int64(0);
        r->fields = {owner,
                     m_st.text(1).toUtf8(),
                     m_st.text(2).toUtf8(),
                     QByteArray::number(apple ? qint64(m_st.real(3)) : m_st.int64(3)),
                     QByteArray::number(m_st.int64(4)),
                     m_st.text(5).toUtf8()};
        r->raw = r->fields.join(',');
        ++m_done;
        return true;
    }
    QString format() const { return m_format; }
    double fraction() const { return m_rows > 0 ? double(m_done) / double(m_rows) : 1.0; }

private:
    Database m_db;
    Statement m_st;
    QString m_path, m_format;
    qint64 m_rows = 0, m_done = 0;
};

} // namespace

QStringList PhoneDbReader::formats() const
{
    return {QStringLiteral("android-calls"), QStringLiteral("ios-callhistory"), QStringLiteral("calllog-db")};
}

QStringList PhoneDbReader::patterns() const
{
    return {QStringLiteral("*.db"), QStringLiteral("*.sqlite"), QStringLiteral("*.storedata")};
}

int PhoneDbReader::confidence(const QByteArray &head, const QString &) const
{
    return isSqlite(head) ? 100 : 0;
}

bool PhoneDbReader::open(Input &input, const ImportOptions &, Layout *layout, QString *error) const
{
    Table table;
    if (!table.open(input, {}, error))
        return false;
    Layout l;
    l.format = table.format();
    l.encoding = QStringLiteral("UTF-8");
    l.encodingHow = QStringLiteral("SQLite (UTF-8)");
    l.kind = QStringLiteral("calls");
    if (l.format == QLatin1String("ios-callhistory"))
        l.details.insert(QLatin1String(Layout::kAppleEpoch), true);
    l.headers = QStringList{QStringLiteral("owner"), QStringLiteral("number"),   QStringLiteral("direction"),
                            QStringLiteral("start"), QStringLiteral("duration"), QStringLiteral("answered")};
    l.mapping.set(Field::Local, 0, 1.0);
    l.mapping.set(Field::Other, 1, 1.0);
    l.mapping.set(Field::Direction, 2, 1.0);
    l.mapping.set(Field::Start, 3, 1.0);
    l.mapping.set(Field::Duration, 4, 1.0);
    l.mapping.set(Field::Disposition, 5, 1.0);
    Record r;
    while (l.preview.size() < kPreviewRows && table.next("owner", &r, error)) {
        QStringList row;
        for (const QByteArray &f : std::as_const(r.fields))
            row << QString::fromUtf8(f);
        l.preview.push_back(row);
    }
    if (!error->isEmpty())
        return false;
    if (l.preview.isEmpty()) {
        *error = tr("%1: no data rows (header only?)").arg(input.displayName());
        return false;
    }
    *layout = l;
    return true;
}

bool PhoneDbReader::read(Input &input, const Layout &layout, const ImportOptions &options, RecordSink &sink,
                         const ReadContext &context, QString *error) const
{
    Table table;
    if (!table.open(input, layout.format, error))
        return false;
    const QByteArray owner =
        (options.owner.isEmpty() ? QStringLiteral("owner:") + context.sourceName : options.owner).toUtf8();
    QVector<Record> batch;
    Record r;
    for (;;) {
        const bool more = table.next(owner, &r, error);
        if (!more && !error->isEmpty())
            return false;
        if (more)
            batch.push_back(std::move(r));
        if (batch.size() == kBatch || (!more && !batch.isEmpty())) {
            if (isCancelled(context, input, error) || !sink.records(batch))
                return false;
            batch.clear();
            if (context.progress)
                context.progress(qint64(table.fraction() * double(input.size())), input.size());
        }
        if (!more)
            return true;
    }
}

} // namespace dt::ingest
