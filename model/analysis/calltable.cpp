#include "analysis/calltable.h"

#include "case/database.h"

#include <QCryptographicHash>
#include <sqlite3.h>
#include <string>
#include <unordered_map>

namespace dt::analysis {

namespace {
/// The digest's record per call, as it has always been hashed (the input digest must not change).
struct DigestRecord
{
    qint64 caller, callee, start, duration, answered;
};
static_assert(sizeof(DigestRecord) == 40, "the input digest hashes five 64-bit integers per call");
} // namespace

bool CallTable::load(Database &db, QString *error, const std::atomic_bool *cancel)
{
    const qint64 maxNumber =
        db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM numbers")).toLongLong();
    numberKey.assign(size_t(maxNumber + 1), QString());
    numberType.assign(size_t(maxNumber + 1), 0);
    Statement nums = db.prepare(QStringLiteral("SELECT id, value, type FROM numbers"));
    while (nums.step()) {
        const QByteArrayView v = nums.utf8(1);
        numberKey[size_t(nums.int64(0))] = QString::fromUtf8(v);
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
    // The hot loop: one sequential scan of the table in rowid order through the C API (no QVariant,
    // no QString per call); cells are interned by their bytes, a new one becomes a QString once.
    sqlite3_stmt *st = nullptr;
    const char *sql = "SELECT caller, callee, start_utc, duration, coalesce(answered, -1), device, cell, "
                      "source_id, id FROM calls ORDER BY id";
    if (sqlite3_prepare_v2(db.handle(), sql, -1, &st, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db.handle()));
        sqlite3_finalize(st);
        return false;
    }
    std::unordered_map<std::string, int> cellIds;
    std::string lastCell;
    int lastCellId = 0;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    std::vector<DigestRecord> batch;
    batch.reserve(4096);
    auto flush = [&] {
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(batch.data()),
                                    qsizetype(batch.size() * sizeof(DigestRecord))));
        batch.clear();
    };
    qint64 row = 0;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (cancel && (++row & 0xFFFF) == 0 && cancel->load()) {
            sqlite3_finalize(st);
            *error = tr("cancelled");
            return false;
        }
        const DigestRecord rec{sqlite3_column_int64(st, 0), sqlite3_column_int64(st, 1),
                               sqlite3_column_int64(st, 2), sqlite3_column_int64(st, 3),
                               sqlite3_column_int64(st, 4)};
        caller.push_back(qint32(rec.caller));
        callee.push_back(qint32(rec.callee));
        start.push_back(rec.start);
        duration.push_back(qint32(rec.duration));
        answered.push_back(qint8(rec.answered));
        device.push_back(qint32(sqlite3_column_int64(st, 5)));
        const auto *c = reinterpret_cast<const char *>(sqlite3_column_text(st, 6));
        const int len = c ? sqlite3_column_bytes(st, 6) : 0;
        int cid = 0;
        if (len > 0) {
            if (lastCellId && lastCell.size() == size_t(len) &&
                lastCell.compare(0, size_t(len), c, size_t(len)) == 0) {
                cid = lastCellId;
            } else {
                lastCell.assign(c, size_t(len));
                auto it = cellIds.find(lastCell);
                if (it == cellIds.end()) {
                    cells << QString::fromUtf8(c, len);
                    it = cellIds.emplace(lastCell, int(cells.size())).first;
                }
                cid = lastCellId = it->second;
            }
        }
        cell.push_back(cid);
        source.push_back(qint32(sqlite3_column_int64(st, 7)));
        id.push_back(sqlite3_column_int64(st, 8));
        batch.push_back(rec);
        if (batch.size() == 4096)
            flush();
    }
    if (rc != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errmsg(db.handle()));
        sqlite3_finalize(st);
        return false;
    }
    sqlite3_finalize(st);
    flush();
    digest = QString::fromLatin1(hash.result().toHex());
    return true;
}

} // namespace dt::analysis
