// Leak attribution benchmark: R leak records (default 5,000,000) in five lists, 10 % of them
// masked, against V victims (default 1,000,000) of five operators. Times LeakTrace::compute (reading
// the records from the case included) and, as the baseline, the SQL that counts only the exact
// overlaps per operator and list (a join and a GROUP BY over the same case).
// Usage: bench_leaktrace [RECORDS] [VICTIMS]
#include "analysis/calltable.h"
#include "analysis/leaktrace.h"
#include "case/casefile.h"
#include "case/database.h"

#include <cstdio>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace dt;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 records = argc > 1 ? atoll(argv[1]) : 5000000;
    const qint64 victims = argc > 2 ? atoll(argv[2]) : 1000000;
    const qint64 numbers = std::max<qint64>(records, victims) * 3 / 5 + victims; // lists overlap
    QTemporaryDir dir;
    QString error;
    auto cf = CaseFile::create(dir.filePath(QStringLiteral("bench.dtcase")), QStringLiteral("bench"), &error);
    if (!cf) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    Database &db = cf->db();
    QElapsedTimer t;
    t.start();
    analysis::CallTable calls;
    calls.numberKey.assign(size_t(numbers + 1), QString());
    calls.numberType.assign(size_t(numbers + 1), 0);
    quint64 x = 88172645463325252ULL;
    auto next = [&x] {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        return x;
    };
    {
        Transaction tx(db);
        Statement n = db.prepare(QStringLiteral("INSERT INTO numbers(id, value, type) VALUES(?, ?, 1)"));
        for (qint64 i = 1; i <= numbers; ++i) {
            // Distinct mobiles: a bijection of i onto 13x numbers.
            const QString key =
                QStringLiteral("+8613") +
                QString::number((i * 2654435761LL) % 1000000000LL).rightJustified(9, QLatin1Char('0'));
            calls.numberKey[size_t(i)] = key;
            n.reset();
            n.bind(1, i).bind(2, key);
            n.exec();
        }
        Statement s = db.prepare(QStringLiteral(
            "INSERT INTO sources(id, name, file_name, original_path, sha256, size, kind, acquired, analyst, "
            "host, registered_utc) VALUES(?, ?, 'f', 'f', ?, 0, 'leak', '2026-08-01', 'bench', 'bench', "
            "'')"));
        for (int l = 1; l <= 5; ++l) {
            s.reset();
            s.bind(1, l).bind(2, QStringLiteral("list%1").arg(l)).bind(3, QString::number(l));
            s.exec();
        }
        Statement r = db.prepare(QStringLiteral(
            "INSERT INTO leak_records(source_id, line, phone, phone_pattern, name) VALUES(?, ?, ?, ?, ?)"));
        const double shares[] = {0.3, 0.25, 0.2, 0.15, 0.1};
        qint64 written = 0;
        for (int l = 1; l <= 5; ++l) {
            const qint64 size = qint64(double(records) * shares[l - 1]);
            for (qint64 line = 1; line <= size; ++line, ++written) {
                const qint64 phone = qint64(next() % quint64(numbers)) + 1;
                r.reset();
                r.bind(1, l).bind(2, line + 1);
                if (next() % 10 == 0) {
                    const QString &k = calls.numberKey[size_t(phone)];
                    r.bindNull(3).bind(4, k.mid(3, 3) + QStringLiteral("????") + k.right(4));
                } else {
                    r.bind(3, phone).bindNull(4);
                }
                r.bind(5, QStringLiteral("姓名%1").arg(phone % 5000));
                r.exec();
            }
        }
        tx.commit();
    }
    // Five operators of ten numbers; each victim called once, by one operator.
    std::vector<analysis::Operator> ops(5);
    for (int o = 0; o < 5; ++o) {
        ops[size_t(o)].id = QStringLiteral("OPR-%1").arg(o + 1);
        for (int k = 0; k < 10; ++k)
            ops[size_t(o)].numbers << calls.numberKey[size_t(o * 10 + k + 1)];
    }
    {
        Transaction tx(db);
        db.exec(QStringLiteral("CREATE TABLE bench_victims(op INTEGER, phone INTEGER)"));
        Statement v = db.prepare(QStringLiteral("INSERT INTO bench_victims VALUES(?, ?)"));
        for (qint64 i = 0; i < victims; ++i) {
            const qint64 victim = 51 + (i * 7919) % (numbers - 50);
            const int o = int(i % 5);
            calls.caller.push_back(qint32(o * 10 + 1 + int(i % 10)));
            calls.callee.push_back(qint32(victim));
            calls.start.push_back(1790000000 + i);
            v.reset();
            v.bind(1, o).bind(2, victim);
            v.exec();
        }
        tx.commit();
    }
    db.exec(QStringLiteral("UPDATE sources SET rows_accepted = (SELECT count(*) FROM leak_records r WHERE "
                           "r.source_id = sources.id)"));
    std::printf("setup: %lld numbers, %lld leak records, %lld victims in %.1f s\n", numbers, records, victims,
                double(t.elapsed()) / 1000.0);

    t.restart();
    {
        Statement scan =
            db.prepare(QStringLiteral("SELECT source_id, line, phone, phone_pattern, name, id_card, "
                                      "address IS NOT NULL FROM leak_records ORDER BY id"));
        qint64 sum = 0;
        while (scan.step())
            sum += scan.int64(2) + scan.utf8(4).size();
        std::printf("plain scan of the records: %.2f s (%lld)\n", double(t.elapsed()) / 1000.0, sum);
        t.restart();
        Statement ints = db.prepare(QStringLiteral("SELECT source_id, line, phone FROM leak_records"));
        while (ints.step())
            sum += ints.int64(2) + ints.int64(1);
        std::printf("integer scan of the records: %.2f s (%lld)\n", double(t.elapsed()) / 1000.0, sum);
        t.restart();
        Statement idx = db.prepare(
            QStringLiteral("SELECT phone FROM leak_records INDEXED BY leak_records_phone WHERE phone > 0"));
        while (idx.step())
            sum += idx.int64(0);
        std::printf("covering index scan: %.2f s (%lld)\n", double(t.elapsed()) / 1000.0, sum);
    }
    t.restart();
    analysis::LeakTrace lt;
    if (!lt.compute(db, calls, ops, analysis::Detector::defaultParameters(), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double ours = double(t.elapsed()) / 1000.0;
    qint64 attributionMs = 0;
    bool beforeLineage = true;
    for (const auto &[name, ms] : lt.phaseMs) {
        std::printf("  %-16s %6.2f s\n", qPrintable(name), double(ms) / 1000.0);
        beforeLineage = beforeLineage && name != QLatin1String("read names");
        if (beforeLineage)
            attributionMs += ms;
    }
    std::printf("attribution (lists, pass A, index, attribution): %.2f s  target <= 5 s\n",
                double(attributionMs) / 1000.0);
    qint64 attributed = 0;
    for (const auto &a : lt.byOperator)
        for (const auto &x2 : a)
            attributed += x2.victimsInLeak + x2.maskedMatches;
    std::printf("LeakTrace::compute (exact + masked matches, uniqueness, p-values, lags, order, lineage): "
                "%.2f s (%lld victim-list matches)\n",
                ours, attributed);

    t.restart();
    Statement q =
        db.prepare(QStringLiteral("SELECT v.op, l.source_id, count(DISTINCT l.phone) FROM bench_victims v "
                                  "JOIN leak_records l ON l.phone = v.phone GROUP BY v.op, l.source_id"));
    qint64 rows = 0;
    while (q.step())
        rows += q.int64(2);
    const double sql = double(t.elapsed()) / 1000.0;
    std::printf("baseline SQL join + GROUP BY (exact overlaps only): %.2f s (%lld matches)\n", sql, rows);
    std::printf("ratio ours / baseline: %.2f\n", ours / sql);
    return 0;
}
