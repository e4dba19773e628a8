#include "ingest/tablelayout.h"

#include "ingest/fielddecoder.h"
#include "ingest/leggrouper.h"
#include "ingest/valueparsers.h"

#include <QRegularExpression>

namespace dt::ingest::tablelayout {

namespace {

const char *const kDispositions[] = {"ANSWERED", "NO ANSWER", "BUSY", "FAILED", "CONGESTION"};

/// Asterisk cdr-csv, any column order: the disposition column, with duration and billsec before it
/// and start/answer/end times before those; src and dst are columns 2 and 3 in both common orders.
int asteriskDispositionColumn(const QStringList &r)
{
    if (r.size() < 15 || r.size() > 22)
        return -1;
    for (int c = 4; c < r.size(); ++c) {
        for (const char *d : kDispositions) {
            if (r.at(c) == QLatin1String(d) && c >= 5 && parseDuration(r.at(c - 1)).has_value() &&
                parseDuration(r.at(c - 2)).has_value() && parseLocalTime(r.at(c - 5)).has_value())
                return c;
        }
    }
    return -1;
}

/// FreeSWITCH cdr-csv default template: name, number, destination, context, start, answer, end,
/// duration, billsec, hangup_cause, …
bool isFreeswitchRow(const QStringList &r)
{
    static const QRegularExpression cause(QStringLiteral("^[A-Z]+(_[A-Z]+)+$"));
    return r.size() >= 10 && cause.match(r.at(9)).hasMatch() && parseLocalTime(r.at(4)).has_value() &&
           parseDuration(r.at(8)).has_value();
}

void numberedHeaders(Layout *l, const QStringList &first)
{
    for (int i = 0; i < first.size(); ++i)
        l->headers << QStringLiteral("#%1").arg(i + 1);
}

} // namespace

void guess(Layout *l, const QString &plainFormat)
{
    const QStringList first = l->preview.front();
    l->format = plainFormat;
    if (const int disp = asteriskDispositionColumn(first); disp >= 0) {
        l->format =
            disp == 14 ? QStringLiteral("asterisk-master-csv") : QStringLiteral("asterisk-master-csv-custom");
        l->kind = QStringLiteral("calls");
        l->mapping.set(Field::Caller, 1, 1.0);
        l->mapping.set(Field::Callee, 2, 1.0);
        l->mapping.set(Field::Start, disp - 5, 1.0);
        l->mapping.set(Field::Duration, disp - 1, 1.0);
        l->mapping.set(Field::Disposition, disp, 1.0);
        // channel, dstchannel, lastapp, lastdata, start, answer, end, duration, billsec, disposition in
        // both orders; the ids that tie a call's rows together are found by their shape.
        int uniqueId = -1, linkedId = -1;
        LegGrouper::detectIdColumns(l->preview, &uniqueId, &linkedId);
        l->details.insert(QLatin1String(kChannelColumn), disp - 9);
        l->details.insert(QLatin1String(kUniqueIdColumn), uniqueId);
        l->details.insert(QLatin1String(kLinkedIdColumn), linkedId);
        numberedHeaders(l, first);
    } else if (isFreeswitchRow(first)) {
        l->format = QStringLiteral("freeswitch-cdr-csv");
        l->kind = QStringLiteral("calls");
        l->mapping.set(Field::Caller, 1, 1.0);
        l->mapping.set(Field::Callee, 2, 1.0);
        l->mapping.set(Field::Start, 4, 1.0);
        l->mapping.set(Field::Duration, 8, 1.0);
        l->mapping.set(Field::Disposition, 9, 1.0);
        numberedHeaders(l, first);
    } else if (FieldMapper::looksLikeHeader(first)) {
        l->header = true;
        l->headers = first;
        l->mapping = FieldMapper::fromHeader(first);
        l->preview.removeFirst();
    } else {
        l->mapping = FieldMapper::fromContent(l->preview);
        numberedHeaders(l, first);
    }
}

QString kindFromMapping(const Mapping &m)
{
    if (m.has(Field::Reported))
        return QStringLiteral("complaints");
    if ((m.has(Field::Local) && m.has(Field::Other)) || (m.has(Field::Caller) && m.has(Field::Callee)))
        return QStringLiteral("calls");
    if (m.has(Field::Phone) || m.has(Field::IdCard) || m.has(Field::Name))
        return QStringLiteral("leak");
    return {};
}

std::unique_ptr<LegGrouper> legGrouper(const Layout &l)
{
    const Mapping &mp = l.mapping;
    if (l.kind != QLatin1String("calls") || !l.format.startsWith(QLatin1String("asterisk-master-csv")) ||
        !mp.has(Field::Caller) || !mp.has(Field::Callee))
        return nullptr;
    LegGrouper::Columns c;
    c.src = mp.column(Field::Caller);
    c.dst = mp.column(Field::Callee);
    c.start = mp.column(Field::Start);
    c.billsec = mp.column(Field::Duration);
    c.disposition = mp.column(Field::Disposition);
    c.channel = l.details.value(QLatin1String(kChannelColumn), -1).toInt();
    c.uniqueId = l.details.value(QLatin1String(kUniqueIdColumn), -1).toInt();
    c.linkedId = l.details.value(QLatin1String(kLinkedIdColumn), -1).toInt();
    return std::make_unique<LegGrouper>(c);
}

QVector<QStringList> decoded(const QVector<Record> &records, const QString &encoding, bool trim)
{
    FieldDecoder dec(encoding);
    QVector<QStringList> rows;
    rows.reserve(records.size());
    for (const Record &r : records) {
        QStringList row;
        for (const QByteArray &f : r.fields)
            row << (trim ? dec(f, nullptr).trimmed() : dec(f, nullptr));
        rows.push_back(row);
    }
    return rows;
}

} // namespace dt::ingest::tablelayout
