#include "analysis/leakrecords.h"

#include "analysis/leaktrace.h"
#include "case/database.h"
#include "phone/idcard.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <numeric>

namespace dt::analysis::leak {

void readPhones(Database &db, const QHash<qint64, int> &listOf, size_t numbers, qint64 fromSource,
                qint64 toSource, bool masked, RecordChunk *out, const std::atomic_bool *cancel)
{
    // One query per list: the list is known, nothing to look up per row.
    Statement rec =
        db.prepare(QStringLiteral("SELECT line, phone FROM leak_records INDEXED BY leak_records_trace "
                                  "WHERE phone IS NOT NULL AND source_id = ? ORDER BY line"));
    QList<qint64> sources = listOf.keys();
    std::sort(sources.begin(), sources.end());
    qint64 rows = 0;
    for (qint64 source : std::as_const(sources)) {
        if (source < fromSource || source > toSource)
            continue;
        const qint16 list = qint16(listOf.value(source));
        rec.reset();
        rec.bind(1, source);
        while (rec.step()) {
            if ((++rows & 0xffff) == 0 && cancel && cancel->load())
                break;
            const qint64 phone = rec.int64(1);
            if (phone > 0 && size_t(phone) < numbers)
                out->entries.push_back(
                    {qint32(phone), qint32(std::min<qint64>(rec.int64(0), INT_MAX)), 0, list});
        }
        if (!rec.ok()) {
            out->error = db.lastError();
            return;
        }
    }
    if (!masked)
        return;
    Statement m = db.prepare(QStringLiteral(
        "SELECT source_id, phone_pattern, name FROM leak_records INDEXED BY leak_records_masked "
        "WHERE phone IS NULL AND phone_pattern IS NOT NULL ORDER BY source_id, line"));
    while (m.step()) {
        const auto li = listOf.constFind(m.int64(0));
        if (li == listOf.constEnd())
            continue;
        const QByteArrayView name = m.utf8(2);
        const quint32 nameHash = quint32(hashBytes(name)) | (name.isEmpty() ? 0u : 1u);
        char digits[kMobileDigits];
        quint16 shape = 0;
        if (parsePattern(m.utf8(1), digits, &shape))
            out->masked.push_back({shapeKey(digits, shape), nameHash, shape, qint16(*li)});
    }
    if (!m.ok())
        out->error = db.lastError();
}

void readRecords(Database &db, const QHash<qint64, int> &listOf, size_t numbers, qint64 fromId, qint64 toId,
                 RecordChunk *out, const std::atomic_bool *cancel)
{
    const size_t L = size_t(listOf.size());
    for (auto *v : {&out->records, &out->named, &out->withId, &out->withAddress, &out->idCards})
        v->assign(L, 0);
    Statement rec = db.prepare(
        QStringLiteral("SELECT source_id, line, coalesce(phone, 0), phone_pattern, name, id_card, "
                       "address IS NOT NULL AND address <> '' FROM leak_records WHERE id BETWEEN ? AND ? "
                       "ORDER BY id"));
    rec.bind(1, fromId).bind(2, toId);
    qint64 rows = 0;
    quint64 sum = 0;
    while (rec.step()) {
        if ((++rows & 0xffff) == 0 && cancel && cancel->load())
            break;
        const qint64 source = rec.int64(0), line = rec.int64(1), phone = rec.int64(2);
        const QByteArrayView name = rec.utf8(4), id = rec.utf8(5);
        const quint32 nameHash = quint32(hashBytes(name)) | (name.isEmpty() ? 0u : 1u);
        sum += mix(quint64(source) << 40 ^ quint64(line) << 20 ^ quint64(phone)) ^ nameHash ^ hashBytes(id);
        const auto li = listOf.constFind(source);
        if (li == listOf.constEnd())
            continue;
        const int list = *li;
        ++out->records[size_t(list)];
        out->named[size_t(list)] += !name.isEmpty();
        out->withAddress[size_t(list)] += rec.int64(6) != 0;
        if (!id.isEmpty()) {
            ++out->withId[size_t(list)];
            if (id.size() == 18 && !id.contains('*') && IdCard::parse(QString::fromLatin1(id)).valid) {
                ++out->idCards[size_t(list)];
                out->ids.emplace_back(hashBytes(id), list);
            }
        }
        if (phone > 0 && size_t(phone) < numbers && nameHash)
            out->names.push_back(
                {qint32(phone), qint32(std::min<qint64>(line, INT_MAX)), nameHash, qint16(list)});
        else if (!rec.isNull(3))
            sum += hashBytes(rec.utf8(3));
    }
    if (!rec.ok())
        out->error = db.lastError();
    else if (cancel && cancel->load())
        out->error = LeakTrace::tr("leak tracing cancelled");
    out->checksum = sum;
}

double round4(double v)
{
    return std::round(v * 10000.0) / 10000.0;
}

double logChoose(double n, double k)
{
    return std::lgamma(n + 1) - std::lgamma(k + 1) - std::lgamma(n - k + 1);
}

double percentile(std::vector<double> v, double q)
{
    if (v.empty())
        return -1;
    const size_t i = std::min(v.size() - 1, size_t(q * double(v.size() - 1) + 0.5));
    std::nth_element(v.begin(), v.begin() + qsizetype(i), v.end());
    return v[i];
}

std::vector<double> ranks(const std::vector<double> &x)
{
    std::vector<size_t> idx(x.size());
    std::iota(idx.begin(), idx.end(), 0);
    std::stable_sort(idx.begin(), idx.end(), [&](size_t a, size_t b) { return x[a] < x[b]; });
    std::vector<double> r(x.size());
    for (size_t i = 0; i < idx.size();) {
        size_t j = i;
        while (j + 1 < idx.size() && x[idx[j + 1]] == x[idx[i]])
            ++j;
        for (size_t k = i; k <= j; ++k)
            r[idx[k]] = double(i + j) / 2.0;
        i = j + 1;
    }
    return r;
}

double spearman(const std::vector<double> &a, const std::vector<double> &b)
{
    if (a.size() < 3)
        return 0;
    const std::vector<double> ra = ranks(a), rb = ranks(b);
    const double n = double(a.size()), mean = (n - 1) / 2.0;
    double sab = 0, saa = 0, sbb = 0;
    for (size_t i = 0; i < ra.size(); ++i) {
        sab += (ra[i] - mean) * (rb[i] - mean);
        saa += (ra[i] - mean) * (ra[i] - mean);
        sbb += (rb[i] - mean) * (rb[i] - mean);
    }
    return saa > 0 && sbb > 0 ? sab / std::sqrt(saa * sbb) : 0;
}

} // namespace dt::analysis::leak
