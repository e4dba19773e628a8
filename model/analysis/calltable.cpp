#include "analysis/calltable.h"

#include "case/database.h"

#include <QCryptographicHash>
#include <QHash>

namespace dt::analysis {

bool CallTable::load(Database &db, QString *error, const std::atomic_bool *cancel)
{
    const qint64 maxNumber =
        db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM numbers")).toLongLong();
    numberKey.assign(size_t(maxNumber + 1), QString());
    numberType.assign(size_t(maxNumber + 1), 0);
    Statement nums = db.prepare(QStringLiteral("SELECT id, value, type FROM numbers"));
    while (nums.step()) {
        numberKey[size_t(nums.int64(0))] = nums.text(1);
        numberType[size_t(nums.int64(0))] = int(nums.int64(2));
    }
    const qint64 maxSource =
        db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM sources")).toLongLong();
    sourceFormat.assign(size_t(maxSource + 1), QString());
    Statement srcs = db.prepare(QStringLiteral("SELECT id, format FROM sources"));
    while (srcs.step())
        sourceFormat[size_t(srcs.int64(0))] = srcs.text(1);

    const qint64 maxDevice =
        db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM devices")).toLongLong();
    deviceImei.assign(size_t(maxDevice + 1), QString());
    Statement devs = db.prepare(QStringLiteral("SELECT id, imei FROM devices"));
    while (devs.step())
        deviceImei[size_t(devs.int64(0))] = devs.text(1);

    const qint64 n = db.scalar(QStringLiteral("SELECT count(*) FROM calls")).toLongLong();
    for (auto *v : {&caller, &callee, &device, &cell, &source})
        v->reserve(size_t(n));
    start.reserve(size_t(n));
    id.reserve(size_t(n));
    duration.reserve(size_t(n));
    answered.reserve(size_t(n));
    QHash<QString, int> cellIds;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    Statement st = db.prepare(QStringLiteral("SELECT caller, callee, start_utc, duration, coalesce(answered, "
                                             "-1), coalesce(device, 0), coalesce(cell, ''), "
                                             "source_id, id FROM calls ORDER BY id"));
    qint64 row = 0;
    while (st.step()) {
        if (cancel && (++row & 0xFFFF) == 0 && cancel->load()) {
            *error = tr("cancelled");
            return false;
        }
        caller.push_back(qint32(st.int64(0)));
        callee.push_back(qint32(st.int64(1)));
        start.push_back(st.int64(2));
        duration.push_back(qint32(st.int64(3)));
        answered.push_back(qint8(st.int64(4)));
        device.push_back(qint32(st.int64(5)));
        const QString c = st.text(6);
        int cid = 0;
        if (!c.isEmpty()) {
            auto it = cellIds.constFind(c);
            if (it == cellIds.constEnd()) {
                cells << c;
                it = cellIds.insert(c, int(cells.size()));
            }
            cid = *it;
        }
        cell.push_back(cid);
        source.push_back(qint32(st.int64(7)));
        id.push_back(st.int64(8));
        const qint64 rec[5] = {st.int64(0), st.int64(1), st.int64(2), st.int64(3), st.int64(4)};
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(rec), sizeof(rec)));
    }
    if (!st.ok()) {
        *error = db.lastError();
        return false;
    }
    digest = QString::fromLatin1(hash.result().toHex());
    return true;
}

} // namespace dt::analysis
