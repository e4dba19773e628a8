#include "sample/samplegenerator.h"

#include "sample/generation.h"

#include <algorithm>
#include <QElapsedTimer>

namespace dt::sample {

bool SampleOptions::setScale(const QString &s, QString *error)
{
    scale = s;
    if (s == QLatin1String("small")) {
        targetCalls = 12000, days = 10, population = 8000;
    } else if (s == QLatin1String("medium")) {
        targetCalls = 300000, days = 30, population = 60000;
    } else if (s == QLatin1String("large")) {
        // A city-sized population, so the leaked lists hold over a million records in all: the size
        // of the lists a real case seizes, which the workspace's list views must handle.
        targetCalls = 10000000, days = 61, population = 1600000;
    } else {
        bool ok = false;
        const qint64 n = s.toLongLong(&ok);
        if (!ok || n < 5000 || n > 1000000000) {
            if (error)
                *error = SampleGenerator::tr("scale must be small, medium, large or a number of calls "
                                             "between 5000 and 10^9, not '%1'")
                             .arg(s);
            return false;
        }
        targetCalls = n;
        // Few days for small targets: every operator keeps a realistic daily volume.
        days = n <= 50000 ? int(std::clamp<qint64>(n / 1200, 4, 10)) : (n <= 1000000 ? 30 : 61);
        population = quint64(std::clamp<qint64>(n / 10, 8000, 2000000));
    }
    return true;
}

namespace {

std::vector<quint64> sortedByHash(std::vector<quint64> v, quint64 seed, quint64 salt)
{
    std::sort(v.begin(), v.end(),
              [&](quint64 a, quint64 b) { return hash3(seed, salt, a) < hash3(seed, salt, b); });
    return v;
}

} // namespace

/// The five leaked lists: who is in each, in file order, and which records the compilation took.
void Generation::drawLeakedLists()
{
    const quint64 seed = m_opt.seed, P = m_opt.population;
    std::vector<quint64> insurance, loan, property, decoy, compilation;
    std::vector<char> fromParent(P, 0); // bit 1: taken from insurance, bit 2: from loan
    for (quint64 i = 0; i < P; ++i) {
        const quint64 h = hash3(seed, 0x1ea4, i);
        if (h % 1000 < 200)
            insurance.push_back(i);
        if (h / 1000 % 1000 < 150)
            loan.push_back(i);
        if (h / 1000000 % 1000 < (m_w.population.isLocal(i) ? 160u : 20u))
            property.push_back(i);
        if (h / 1000000000 % 1000 < 80)
            decoy.push_back(i);
    }
    for (quint64 i : insurance) {
        if (hash3(seed, 0xc041, i) % 100 < 40)
            fromParent[i] |= 1, ++m_takenInsurance;
    }
    for (quint64 i : loan) {
        if (hash3(seed, 0xc042, i) % 100 < 50)
            fromParent[i] |= 2, ++m_takenLoan;
    }
    for (quint64 i = 0; i < P; ++i) {
        if (fromParent[i])
            compilation.push_back(i);
        else if (hash3(seed, 0xc043, i) % 1000 < 25 && hash3(seed, 0x1ea4, i) % 1000 >= 200 &&
                 hash3(seed, 0x1ea4, i) / 1000 % 1000 >= 150)
            compilation.push_back(i), ++m_fresh;
    }
    m_w.leaks.push_back({QStringLiteral("leak_insurance_giveaway"),
                         QStringLiteral("insurance giveaway sign-ups (赠险领取)"),
                         QStringLiteral("2026-06-15"), sortedByHash(insurance, seed, 11)});
    m_w.leaks.push_back({QStringLiteral("leak_loan_app_users"),
                         QStringLiteral("loan app users (贷款APP注册用户)"), QStringLiteral("2026-07-20"),
                         sortedByHash(loan, seed, 12)});
    m_w.leaks.push_back({QStringLiteral("leak_property_owners"),
                         QStringLiteral("property owners (小区业主名单)"), QStringLiteral("2026-05-10"),
                         sortedByHash(property, seed, 13)});
    m_w.leaks.push_back(
        {QStringLiteral("leak_resold_compilation"),
         QStringLiteral("resold compilation of insurance and loan lists plus new records (整合转卖)"),
         QStringLiteral("2026-08-20"), sortedByHash(compilation, seed, 14)});
    m_w.leaks.push_back({QStringLiteral("leak_education_parents"),
                         QStringLiteral("education parents list (教育培训家长), decoy"),
                         QStringLiteral("2026-08-01"), sortedByHash(decoy, seed, 15)});
    if (!m_opt.hard())
        return;
    // The hard variant's lists: car owners (the call centre's) and stock investors (bought by two
    // operations). Drawn from their own hashes, so the five lists above do not change.
    std::vector<quint64> cars, stocks;
    for (quint64 i = 0; i < P; ++i) {
        const quint64 h = hash3(seed, 0x4a2d, i);
        if (h % 1000 < 120)
            cars.push_back(i);
        if (h / 1000 % 1000 < 100)
            stocks.push_back(i);
    }
    m_w.leaks.push_back({QStringLiteral("leak_car_owners"), QStringLiteral("car owners (车主信息)"),
                         QStringLiteral("2026-07-01"), sortedByHash(cars, seed, 16)});
    m_w.leaks.push_back({QStringLiteral("leak_stock_investors"),
                         QStringLiteral("stock investors, resold to two buyers (股民名单)"),
                         QStringLiteral("2026-08-05"), sortedByHash(stocks, seed, 17)});
}

/// Complainants: a few victims of each list whose own records the police requested.
void Generation::chooseComplainants()
{
    const std::pair<int, int> complainRates[] = {{0, 15}, {1, 25}, {2, 15}, {3, 30}, {5, 20}, {6, 20}};
    for (const auto &[leakIndex, perMille] : complainRates) {
        if (size_t(leakIndex) >= m_w.leaks.size())
            continue;
        for (quint64 i : m_w.leaks[size_t(leakIndex)].members) {
            if (hash3(m_opt.seed, 0xc0e, i) % 1000 < quint64(perMille))
                m_w.requestedPersons.insert(i);
        }
    }
}

/// The carrier CDR and the PBX log, one day at a time: memory stays bounded by a day's traffic.
bool Generation::writeCalls(const ProgressFn &progress, const std::atomic_bool *cancel, QString *error)
{
    World &w = m_w;
    SampleSummary &sum = m_sum;
    Out cdr, pbx;
    if (!cdr.open(path(kCdrName)) || !pbx.open(path(kPbxName))) {
        *error = SampleGenerator::tr("%1: cannot write the call files").arg(m_dir.path());
        return false;
    }
    cdr << "本机号码,对方号码,呼叫类型,开始时间,通话时长,IMEI,LAC,CELLID\n";
    Clock cdrClock, pbxClock;
    qint64 pbxSeq = 0;
    auto writeSide = [&](const Call &c, bool callerSide) {
        const Party me = callerSide ? c.caller : c.callee;
        const Party other = callerSide ? c.callee : c.caller;
        cdr << w.numOf(me).national() << ',' << w.numOf(other).national() << ','
            << (callerSide ? "主叫" : "被叫") << ',';
        cdrClock.write(cdr, c.t);
        cdr << ',';
        cdr.num(c.duration) << ',';
        const int cell = callerSide ? c.callerCell : c.calleeCell;
        if (me >= 0) {
            cdr << w.population.imei(quint64(me)) << ',';
            cdr.num(w.population.lac(quint64(me))) << ',';
            cdr.num(cell) << '\n';
        } else {
            const Line &l = w.lines[size_t(lineOf(me))];
            cdr << l.imei << ',';
            if (l.lac)
                cdr.num(l.lac) << ',', cdr.num(cell);
            else
                cdr << ',';
            cdr << '\n';
        }
        ++sum.cdrRows;
    };
    auto writePbx = [&](const Call &c) {
        const Line &l = w.lines[size_t(lineOf(c.caller))];
        const QByteArray src = l.num.national(), dst = w.numOf(c.callee).national();
        const qint64 start = c.t + kPbxClockOffset;
        const QByteArray uid = "pbx01-" + QByteArray::number(start) + '.' + QByteArray::number(pbxSeq);
        const QByteArray chan = QByteArray::number(pbxSeq, 16).rightJustified(8, '0');
        pbx << "\"\",\"" << src << "\",\"" << dst << "\",\"from-internal\",\"\"\"置业顾问 "
            << QByteArray::number(l.extension) << "\"\" <" << src << ">\",\"SIP/"
            << QByteArray::number(l.extension) << '-' << chan << "\",\"SIP/trunk-cmcc-" << chan
            << "\",\"Dial\",\"SIP/trunk-cmcc/" << dst << ",60,tT\",\"";
        pbxClock.write(pbx, start);
        pbx << "\",";
        if (c.answered) {
            pbx << '"';
            pbxClock.write(pbx, start + c.ring);
            pbx << '"';
        }
        pbx << ",\"";
        pbxClock.write(pbx, start + c.ring + c.duration);
        pbx << "\",";
        pbx.num(c.ring + c.duration) << ',';
        pbx.num(c.duration) << ",\"" << (c.answered ? "ANSWERED" : (c.ring < 20 ? "BUSY" : "NO ANSWER"))
                            << "\",\"DOCUMENTATION\",\"" << uid << "\",\"\",\"\",\"" << uid << "\",";
        pbx.num(pbxSeq) << '\n';
        ++pbxSeq;
        ++sum.pbxRows;
    };
    auto byTime = [](const Call &a, const Call &b) {
        if (a.t != b.t)
            return a.t < b.t;
        if (a.caller != b.caller)
            return a.caller < b.caller;
        return a.callee < b.callee;
    };
    std::vector<Call> pending;
    for (int day = 0; day <= w.days; ++day) {
        if (cancel && cancel->load()) {
            *error = SampleGenerator::tr("cancelled");
            return false;
        }
        const qint64 dayStart = w.startUtc + qint64(day) * 86400;
        if (day < w.days) {
            for (auto &a : m_actors)
                a->generateDay(day, dayStart, pending);
        }
        std::sort(pending.begin(), pending.end(), byTime);
        if (m_detail)
            m_detail->takeComplaints();
        const qint64 cutoff = day < w.days ? dayStart + 86400 : std::numeric_limits<qint64>::max();
        size_t n = 0;
        for (; n < pending.size() && pending[n].t < cutoff; ++n) {
            const Call &c = pending[n];
            ++sum.calls;
            const bool callerSide = w.isRequested(c.caller), calleeSide = w.isRequested(c.callee);
            if (m_detail) // the rows this call is about to get (the CDR's header is line 1, the PBX has none)
                m_detail->onCall(c, callerSide ? sum.cdrRows + 2 : 0,
                                 calleeSide ? sum.cdrRows + 2 + (callerSide ? 1 : 0) : 0,
                                 c.caller < 0 && w.lines[size_t(lineOf(c.caller))].pbx ? sum.pbxRows + 1 : 0);
            if (callerSide)
                writeSide(c, true);
            if (calleeSide)
                writeSide(c, false);
            if (c.caller >= 0 && (callerSide || calleeSide))
                m_subscriberCallers.insert(quint64(c.caller));
            if (c.caller < 0 && w.lines[size_t(lineOf(c.caller))].pbx)
                writePbx(c);
        }
        pending.erase(pending.begin(), pending.begin() + qint64(n));
        if (progress)
            progress(day + 1, w.days + 1);
    }
    if (!cdr.close() || !pbx.close()) {
        *error = SampleGenerator::tr("%1: write error (disk full?)").arg(m_dir.path());
        return false;
    }
    for (auto &a : m_actors)
        a->finish();
    return true;
}

bool SampleGenerator::generate(const QString &dirPath, const SampleOptions &opt, SampleSummary *summary,
                               QString *error, const ProgressFn &progress, const std::atomic_bool *cancel)
{
    QElapsedTimer timer;
    timer.start();
    QDir dir(dirPath);
    QString why;
    if (!dir.mkpath(QStringLiteral("."))) {
        why = tr("%1: cannot create the folder").arg(dirPath);
    } else {
        Generation g(dir, opt);
        g.drawLeakedLists();
        g.chooseComplainants();
        g.castActors(m_detail);
        if (g.writeCalls(progress, cancel, &why) && g.writeLeakFiles(&why)) {
            g.writeComplaints();
            if (g.writeTruth(&why)) {
                SampleSummary sum = g.summary();
                sum.seconds = timer.nsecsElapsed() / 1e9;
                if (summary)
                    *summary = sum;
                return true;
            }
        }
    }
    if (error)
        *error = why;
    return false;
}

} // namespace dt::sample
