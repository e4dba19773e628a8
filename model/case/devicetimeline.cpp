#include "case/devicetimeline.h"

#include "case/callstore.h"
#include "case/database.h"
#include "phone/imei.h"
#include "phone/phonenumber.h"

#include <algorithm>
#include <limits>
#include <map>
#include <QDateTime>
#include <QJsonArray>
#include <set>

namespace dt {

namespace {

/// The calls of one handset with one number while they are read.
struct Tally
{
    qint64 first = 0, last = 0, calls = 0;
    std::set<qint64> sources;
    void add(qint64 start, qint64 source)
    {
        first = calls ? std::min(first, start) : start;
        last = calls ? std::max(last, start) : start;
        ++calls;
        sources.insert(source);
    }
};

QJsonValue iso(qint64 utc)
{
    return QJsonValue(QDateTime::fromSecsSinceEpoch(utc, Qt::UTC).toString(Qt::ISODate));
}

qint64 idOf(Database &db, const char *sql, const QString &value)
{
    Statement s = db.prepare(QLatin1String(sql));
    s.bind(1, value);
    return s.step() ? s.int64(0) : 0;
}

/// Names the tallies (@p valueSql gives a value by id) and orders them by first call, then value.
bool finish(Database &db, const std::map<qint64, Tally> &tallies, const char *valueSql, DeviceTimeline *out,
            QString *error)
{
    Statement value = db.prepare(QLatin1String(valueSql));
    Statement source = db.prepare(QStringLiteral("SELECT name FROM sources WHERE id = ?"));
    for (const auto &[id, t] : tallies) {
        value.reset();
        value.bind(1, id);
        if (!value.step())
            continue; // `verify` names a call whose number or device is not in the case
        DeviceUse u;
        u.value = value.text(0);
        u.first = t.first;
        u.last = t.last;
        u.calls = t.calls;
        for (qint64 s : t.sources) {
            source.reset();
            source.bind(1, s);
            u.sources << (source.step() ? source.text(0) : QString::number(s));
        }
        out->uses.push_back(u);
    }
    if (!value.ok() || !source.ok()) {
        *error = value.ok() ? source.errorString() : value.errorString();
        return false;
    }
    std::sort(out->uses.begin(), out->uses.end(), [](const DeviceUse &a, const DeviceUse &b) {
        return a.first != b.first ? a.first < b.first : a.value < b.value;
    });
    return true;
}

} // namespace

QJsonObject DeviceTimeline::toJson() const
{
    QJsonArray us;
    const QString other = kind == QLatin1String("imei") ? QStringLiteral("number") : QStringLiteral("imei");
    for (const DeviceUse &u : uses)
        us.append(QJsonObject{{other, u.value},
                              {QStringLiteral("first_call"), iso(u.first)},
                              {QStringLiteral("last_call"), iso(u.last)},
                              {QStringLiteral("calls"), u.calls},
                              {QStringLiteral("sources"), QJsonArray::fromStringList(u.sources)}});
    return QJsonObject{
        {QStringLiteral("kind"), kind},
        {kind == QLatin1String("imei") ? QStringLiteral("imei") : QStringLiteral("number"), key},
        {kind == QLatin1String("imei") ? QStringLiteral("numbers") : QStringLiteral("handsets"), us}};
}

bool DeviceTimelines::lookup(Database &db, const QString &value, DeviceTimeline *out, QString *error,
                             const std::atomic_bool *cancel)
{
    // An IMEI the case holds is taken as one; anything else is read as a number.
    const ImeiInfo imei = Imei::parse(value);
    if (imei.valid && idOf(db, "SELECT id FROM devices WHERE imei = ?", imei.imei))
        return ofImei(db, imei.imei, out, error, cancel);
    const QString key = PhoneClassifier().normalize(value);
    if (!key.isEmpty() && idOf(db, "SELECT id FROM numbers WHERE value = ?", key))
        return ofNumber(db, key, out, error);
    *error = tr("the case holds no number or handset '%1'").arg(value);
    return false;
}

bool DeviceTimelines::ofNumber(Database &db, const QString &key, DeviceTimeline *out, QString *error)
{
    *out = DeviceTimeline();
    out->kind = QStringLiteral("number");
    out->key = key;
    const qint64 id = idOf(db, "SELECT id FROM numbers WHERE value = ?", key);
    if (!id) {
        *error = tr("the case holds no number '%1'").arg(key);
        return false;
    }
    // The number's own calls only, through the postings: the caller's handset of the calls it made,
    // the callee's handset of the calls it received.
    std::map<qint64, Tally> byDevice;
    for (const char *sql : {"SELECT device, start_utc, source_id FROM calls WHERE caller = ?",
                            "SELECT callee_device, start_utc, source_id FROM calls WHERE callee = ?"}) {
        Statement s = db.prepare(QLatin1String(sql));
        s.bind(1, id);
        while (s.step())
            if (!s.isNull(0) && s.int64(0))
                byDevice[s.int64(0)].add(s.int64(1), s.int64(2));
        if (!s.ok()) {
            *error = s.errorString();
            return false;
        }
    }
    return finish(db, byDevice, "SELECT imei FROM devices WHERE id = ?", out, error);
}

bool DeviceTimelines::ofImei(Database &db, const QString &imei, DeviceTimeline *out, QString *error,
                             const std::atomic_bool *cancel)
{
    *out = DeviceTimeline();
    out->kind = QStringLiteral("imei");
    out->key = imei;
    const qint64 id = idOf(db, "SELECT id FROM devices WHERE imei = ?", imei);
    if (!id) {
        *error = tr("the case holds no handset '%1'").arg(imei);
        return false;
    }
    const quint32 device = quint32(id);
    std::map<qint64, Tally> byNumber;
    std::vector<qint64> starts;
    callstore::BlockScan scan(db.handle(), std::numeric_limits<qint64>::min(),
                              std::numeric_limits<qint64>::max());
    while (scan.next()) {
        if (cancel && cancel->load()) {
            *error = tr("cancelled");
            return false;
        }
        const int n = scan.count();
        bool loaded = false; // start times are copied for blocks that name the handset only
        for (const auto &[column, party] : {std::pair{callstore::Device, callstore::Caller},
                                            std::pair{callstore::CalleeDevice, callstore::Callee}})
            for (int i = 0; i < n; ++i) {
                if (scan.u32(column, i) != device)
                    continue;
                if (!loaded) {
                    starts.resize(size_t(n));
                    scan.copyStarts(starts.data());
                    loaded = true;
                }
                byNumber[scan.u32(party, i)].add(starts[size_t(i)], scan.sourceId());
            }
    }
    if (!scan.error().isEmpty()) {
        *error = scan.error();
        return false;
    }
    byNumber.erase(0); // a call without the party's number names no SIM
    return finish(db, byNumber, "SELECT value FROM numbers WHERE id = ?", out, error);
}

} // namespace dt
