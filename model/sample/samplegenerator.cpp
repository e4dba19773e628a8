#include "sample/samplegenerator.h"

#include "core/caseclock.h"
#include "dt/version.h"
#include "sample/actors.h"
#include "sample/xlsxwriter.h"

#include <algorithm>
#include <cstdio>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStringEncoder>

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

const CaseClock &worldClock()
{
    static const CaseClock clock(QString::fromLatin1(kWorldZone));
    return clock;
}
constexpr qint64 kPbxClockOffset = 317; // the PBX clock runs this many seconds fast

/// Buffered, fast output for the big files; rows are assembled by hand, not through streams.
class Out
{
public:
    bool open(const QString &path)
    {
        m_f = std::fopen(QFile::encodeName(path).constData(), "wb");
        m_buf.reserve(kFlushAt + 4096);
        return m_f != nullptr;
    }
    ~Out() { close(); }
    bool close()
    {
        bool ok = true;
        if (m_f) {
            flush();
            ok = !m_failed && std::fclose(m_f) == 0;
        }
        m_f = nullptr;
        return ok;
    }
    Out &operator<<(const QByteArray &s)
    {
        m_buf.append(s);
        return maybeFlush();
    }
    Out &operator<<(const char *s)
    {
        m_buf.append(s);
        return maybeFlush();
    }
    Out &operator<<(char c)
    {
        m_buf.append(c);
        return maybeFlush();
    }
    Out &num(qint64 v)
    {
        char buf[24];
        int n = 0;
        const bool neg = v < 0;
        quint64 u = neg ? quint64(-v) : quint64(v);
        do {
            buf[n++] = char('0' + u % 10);
            u /= 10;
        } while (u);
        if (neg)
            m_buf.append('-');
        while (n)
            m_buf.append(buf[--n]);
        return maybeFlush();
    }

private:
    static constexpr qsizetype kFlushAt = 1 << 20;
    Out &maybeFlush()
    {
        if (m_buf.size() >= kFlushAt)
            flush();
        return *this;
    }
    void flush()
    {
        if (!m_buf.isEmpty() &&
            std::fwrite(m_buf.constData(), 1, size_t(m_buf.size()), m_f) != size_t(m_buf.size()))
            m_failed = true;
        m_buf.clear();
    }
    std::FILE *m_f = nullptr;
    QByteArray m_buf;
    bool m_failed = false;
};

/// Local wall-clock text for UTC seconds: "2026-09-01 09:15:32".
class Clock
{
public:
    explicit Clock(qint64 startUtc)
        : m_start(startUtc)
    {}
    void write(Out &o, qint64 utc)
    {
        const qint64 local = worldClock().local(utc);
        const qint64 day = local / 86400;
        if (day != m_day) {
            m_day = day;
            m_date = QDateTime::fromSecsSinceEpoch(day * 86400, Qt::UTC)
                         .toString(QStringLiteral("yyyy-MM-dd "))
                         .toLatin1();
        }
        const int sod = int(local % 86400);
        char buf[9] = {char('0' + sod / 36000),      char('0' + sod / 3600 % 10), ':',
                       char('0' + sod % 3600 / 600), char('0' + sod % 600 / 60),  ':',
                       char('0' + sod % 60 / 10),    char('0' + sod % 10),        0};
        o << m_date << buf;
    }

private:
    qint64 m_start;
    qint64 m_day = -1;
    QByteArray m_date;
};

QString isoDate(qint64 utc)
{
    return worldClock().date(utc).toString(Qt::ISODate);
}

QByteArray maskPhone(const QByteArray &p)
{
    return p.left(3) + "****" + p.right(4);
}

QByteArray maskId(const QByteArray &id)
{
    return id.left(6) + "********" + id.right(4);
}

std::vector<quint64> sortedByHash(std::vector<quint64> v, quint64 seed, quint64 salt)
{
    std::sort(v.begin(), v.end(),
              [&](quint64 a, quint64 b) { return hash3(seed, salt, a) < hash3(seed, salt, b); });
    return v;
}

} // namespace

bool SampleGenerator::generate(const QString &dirPath, const SampleOptions &opt, SampleSummary *summary,
                               QString *error, const ProgressFn &progress, const std::atomic_bool *cancel)
{
    QElapsedTimer timer;
    timer.start();
    QDir dir(dirPath);
    if (!dir.mkpath(QStringLiteral("."))) {
        if (error)
            *error = tr("%1: cannot create the folder").arg(dirPath);
        return false;
    }
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    SampleSummary sum;
    World w(opt.seed, opt.population);
    w.days = opt.days;
    w.startUtc = worldClock().startOfDay(QDate(2026, 9, 1));
    w.socialShare = std::min(0.5, 0.26 * double(opt.targetCalls) / (1.3 * opt.days) / double(opt.population));

    // ---- leaked lists -----------------------------------------------------------------------------
    const quint64 P = opt.population;
    std::vector<quint64> insurance, loan, property, decoy, compilation;
    std::vector<char> fromParent(P, 0); // bit 1: taken from insurance, bit 2: from loan
    for (quint64 i = 0; i < P; ++i) {
        const quint64 h = hash3(opt.seed, 0x1ea4, i);
        if (h % 1000 < 200)
            insurance.push_back(i);
        if (h / 1000 % 1000 < 150)
            loan.push_back(i);
        if (h / 1000000 % 1000 < (w.population.isLocal(i) ? 160u : 20u))
            property.push_back(i);
        if (h / 1000000000 % 1000 < 80)
            decoy.push_back(i);
    }
    qint64 takenInsurance = 0, takenLoan = 0;
    for (quint64 i : insurance) {
        if (hash3(opt.seed, 0xc041, i) % 100 < 40)
            fromParent[i] |= 1, ++takenInsurance;
    }
    for (quint64 i : loan) {
        if (hash3(opt.seed, 0xc042, i) % 100 < 50)
            fromParent[i] |= 2, ++takenLoan;
    }
    qint64 fresh = 0;
    for (quint64 i = 0; i < P; ++i) {
        if (fromParent[i])
            compilation.push_back(i);
        else if (hash3(opt.seed, 0xc043, i) % 1000 < 25 && hash3(opt.seed, 0x1ea4, i) % 1000 >= 200 &&
                 hash3(opt.seed, 0x1ea4, i) / 1000 % 1000 >= 150)
            compilation.push_back(i), ++fresh;
    }
    w.leaks.push_back({QStringLiteral("leak_insurance_giveaway"),
                       QStringLiteral("insurance giveaway sign-ups (赠险领取)"), QStringLiteral("2026-06-15"),
                       sortedByHash(insurance, opt.seed, 11)});
    w.leaks.push_back({QStringLiteral("leak_loan_app_users"),
                       QStringLiteral("loan app users (贷款APP注册用户)"), QStringLiteral("2026-07-20"),
                       sortedByHash(loan, opt.seed, 12)});
    w.leaks.push_back({QStringLiteral("leak_property_owners"),
                       QStringLiteral("property owners (小区业主名单)"), QStringLiteral("2026-05-10"),
                       sortedByHash(property, opt.seed, 13)});
    w.leaks.push_back(
        {QStringLiteral("leak_resold_compilation"),
         QStringLiteral("resold compilation of insurance and loan lists plus new records (整合转卖)"),
         QStringLiteral("2026-08-20"), sortedByHash(compilation, opt.seed, 14)});
    w.leaks.push_back({QStringLiteral("leak_education_parents"),
                       QStringLiteral("education parents list (教育培训家长), decoy"),
                       QStringLiteral("2026-08-01"), sortedByHash(decoy, opt.seed, 15)});

    // Complainants: a few victims of each list whose own records the police requested.
    const std::pair<int, int> complainRates[] = {{0, 15}, {1, 25}, {2, 15}, {3, 30}};
    for (const auto &[leakIndex, perMille] : complainRates) {
        for (quint64 i : w.leaks[size_t(leakIndex)].members) {
            if (hash3(opt.seed, 0xc0e, i) % 1000 < quint64(perMille))
                w.requestedPersons.insert(i);
        }
    }

    auto actors = makeActors(w, opt.targetCalls);

    // ---- calls, one day at a time -------------------------------------------------------------
    const QString cdrName = QStringLiteral("cdr_carrier.csv"), pbxName = QStringLiteral("pbx_master.csv");
    Out cdr, pbx;
    if (!cdr.open(dir.filePath(cdrName)) || !pbx.open(dir.filePath(pbxName)))
        return fail(tr("%1: cannot write the call files").arg(dirPath));
    cdr << "本机号码,对方号码,呼叫类型,开始时间,通话时长,IMEI,LAC,CELLID\n";
    Clock cdrClock(w.startUtc), pbxClock(w.startUtc);
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
    std::unordered_set<quint64> subscriberCallers; // subscribers seen placing a call in the files
    for (int day = 0; day <= w.days; ++day) {
        if (cancel && cancel->load())
            return fail(tr("cancelled"));
        const qint64 dayStart = w.startUtc + qint64(day) * 86400;
        if (day < w.days) {
            for (auto &a : actors)
                a->generateDay(day, dayStart, pending);
        }
        std::sort(pending.begin(), pending.end(), byTime);
        const qint64 cutoff = day < w.days ? dayStart + 86400 : std::numeric_limits<qint64>::max();
        size_t n = 0;
        for (; n < pending.size() && pending[n].t < cutoff; ++n) {
            const Call &c = pending[n];
            ++sum.calls;
            const bool callerSide = w.isRequested(c.caller), calleeSide = w.isRequested(c.callee);
            if (callerSide)
                writeSide(c, true);
            if (calleeSide)
                writeSide(c, false);
            if (c.caller >= 0 && (callerSide || calleeSide))
                subscriberCallers.insert(quint64(c.caller));
            if (c.caller < 0 && w.lines[size_t(lineOf(c.caller))].pbx)
                writePbx(c);
        }
        pending.erase(pending.begin(), pending.begin() + qint64(n));
        if (progress)
            progress(day + 1, w.days + 1);
    }
    if (!cdr.close() || !pbx.close())
        return fail(tr("%1: write error (disk full?)").arg(dirPath));
    for (auto &a : actors)
        a->finish();

    // ---- leak files -------------------------------------------------------------------------------
    QStringEncoder gb18030("GB18030");
    if (!gb18030.isValid())
        return fail(tr("this Qt has no GB18030 encoder (built without ICU)"));
    auto enc = [&gb18030](const QString &s) { return QByteArray(gb18030.encode(s)); };
    const Population &pop = w.population;
    {
        Out f;
        f.open(dir.filePath(QStringLiteral("leak_insurance_giveaway.csv")));
        f << "序号,姓名,手机号码,身份证号,所在城市,领取时间,赠险产品\r\n";
        const char *const products[] = {"百万医疗险", "意外险", "重疾险体验版", "交通意外险"};
        qint64 row = 0;
        for (quint64 i : w.leaks[0].members) {
            const Person p = pop.person(i);
            const QString when = QDate(2026, 3, 1)
                                     .addDays(qint64(hash3(opt.seed, 0x77, i) % 100))
                                     .toString(QStringLiteral("yyyy-MM-dd"));
            f.num(++row) << ',' << p.name.toUtf8() << ',' << p.phone.national() << ',' << p.idCard << ','
                         << p.city.toUtf8() << ',' << when.toLatin1() << ','
                         << products[hash3(opt.seed, 0x78, i) % 4] << "\r\n";
        }
        sum.leakRows += row;
    }
    {
        Out f;
        f.open(dir.filePath(QStringLiteral("leak_loan_app_users.txt")));
        for (quint64 i : w.leaks[1].members) {
            const Person p = pop.person(i);
            const QDateTime reg = QDateTime(QDate(2025, 11, 1), QTime(8, 0), Qt::UTC)
                                      .addSecs(qint64(hash3(opt.seed, 0x79, i) % (240 * 86400)));
            f << p.phone.national() << '\t' << enc(p.name) << '\t' << maskId(p.idCard) << '\t';
            f.num(qint64(hash3(opt.seed, 0x7a, i) % 50 + 1) * 1000)
                << '\t' << reg.toString(QStringLiteral("yyyy/MM/dd HH:mm")).toLatin1() << "\n";
        }
        sum.leakRows += qint64(w.leaks[1].members.size());
    }
    {
        XlsxWriter x(QStringLiteral("业主信息"));
        x.addRow({QStringLiteral("业主姓名"), QStringLiteral("联系电话"), QStringLiteral("小区名称"),
                  QStringLiteral("楼栋房号"), QStringLiteral("身份证号码")});
        const char *const estates[] = {"滨江花园", "西溪诚园", "钱江府", "翡翠城",
                                       "金色家园", "阳光郡",   "运河湾"};
        for (quint64 i : w.leaks[2].members) {
            const Person p = pop.person(i);
            const quint64 h = hash3(opt.seed, 0x7b, i);
            x.addRow({p.name, QString::fromLatin1(p.phone.national()), QString::fromUtf8(estates[h % 7]),
                      QStringLiteral("%1幢%2室").arg(h / 7 % 30 + 1).arg(h / 210 % 2600 + 101),
                      QString::fromLatin1(p.idCard)});
        }
        QString err;
        if (!x.save(dir.filePath(QStringLiteral("leak_property_owners.xlsx")), &err))
            return fail(err);
        sum.leakRows += qint64(w.leaks[2].members.size());
    }
    {
        Out f;
        f.open(dir.filePath(QStringLiteral("leak_resold_compilation.csv")));
        f << "\xEF\xBB\xBF"
          << "姓名,电话,城市\r\n";
        for (quint64 i : w.leaks[3].members) {
            const Person p = pop.person(i);
            const bool masked = hash3(opt.seed, 0x3a5c, i) % 100 < 30;
            f << p.name.toUtf8() << ',' << (masked ? maskPhone(p.phone.national()) : p.phone.national())
              << ',' << p.city.toUtf8() << "\r\n";
        }
        sum.leakRows += qint64(w.leaks[3].members.size());
    }
    {
        Out f;
        f.open(dir.filePath(QStringLiteral("leak_education_parents.csv")));
        f << enc(QStringLiteral("学生姓名,家长姓名,家长电话,年级,学校\r\n"));
        const char *const grades[] = {"一年级", "三年级", "五年级", "初一", "初二", "高一"};
        for (quint64 i : w.leaks[4].members) {
            const Person p = pop.person(i);
            const Person child = pop.person(hash3(opt.seed, 0xc4, i) % P);
            const QString row = p.name.left(1) + child.name.mid(1) + QLatin1Char(',') + p.name +
                                QLatin1Char(',') + QString::fromLatin1(p.phone.national()) +
                                QLatin1Char(',') + QString::fromUtf8(grades[hash3(opt.seed, 0xc5, i) % 6]) +
                                QLatin1Char(',') + p.city + QStringLiteral("实验学校\r\n");
            f << enc(row);
        }
        sum.leakRows += qint64(w.leaks[4].members.size());
    }

    // ---- complaints -------------------------------------------------------------------------------
    std::vector<Complaint> complaints;
    for (auto &a : actors)
        complaints.insert(complaints.end(), a->complaints.begin(), a->complaints.end());
    std::sort(complaints.begin(), complaints.end(), [](const Complaint &a, const Complaint &b) {
        return a.t != b.t ? a.t < b.t : a.reporter < b.reporter;
    });
    QJsonArray mistaken;
    {
        Out f;
        f.open(dir.filePath(QStringLiteral("complaints_12321.csv")));
        f << "举报编号,举报时间,被举报号码,举报人号码,举报类型,举报内容\n";
        Clock clock(w.startUtc);
        qint64 n = 0;
        for (const auto &c : complaints) {
            f << "JB2026" << QByteArray::number(++n).rightJustified(6, '0') << ',';
            clock.write(f, c.t);
            f << ',' << w.numOf(c.reported).national() << ',' << pop.phone(c.reporter).national() << ','
              << c.type.toUtf8() << ',' << c.text.toUtf8() << '\n';
            if (c.mistaken && !mistaken.contains(w.numOf(c.reported).e164()))
                mistaken.append(w.numOf(c.reported).e164());
        }
        sum.complaints = n;
    }

    // ---- truth ------------------------------------------------------------------------------------
    QJsonArray operators, harassment, legitimate;
    // QJsonObject inserts are linear; a million labels are collected here and written by hand.
    std::vector<std::pair<QString, QString>> labels;
    for (const auto &a : actors) {
        QJsonArray numbers, imeis;
        for (int li : a->lines()) {
            const Line &l = w.lines[size_t(li)];
            if (l.callsPlaced == 0)
                continue; // spare numbers the operator never brought into service
            numbers.append(l.num.e164());
            if (!l.imei.isEmpty() && !imeis.contains(QString::fromLatin1(l.imei)))
                imeis.append(QString::fromLatin1(l.imei));
            labels.emplace_back(l.num.e164(), l.label);
        }
        if (a->kind() == QLatin1String("harassment_storm")) {
            for (const auto &n : numbers)
                harassment.append(n);
        } else if (!a->isOperator()) {
            if (a->kind() != QLatin1String("social"))
                for (const auto &n : numbers)
                    legitimate.append(
                        QJsonObject{{QStringLiteral("number"), n}, {QStringLiteral("kind"), a->kind()}});
            continue;
        }
        operators.append(QJsonObject{
            {QStringLiteral("id"), a->truthId()},
            {QStringLiteral("kind"), a->kind()},
            {QStringLiteral("numbers"), numbers},
            {QStringLiteral("imeis"), imeis},
            {QStringLiteral("leak"), a->leakName().isEmpty() ? QJsonValue() : QJsonValue(a->leakName())},
            {QStringLiteral("calls"), a->calls()},
            {QStringLiteral("victims"), qint64(a->victims().size())}});
    }
    // Subscribers who placed calls: the social sample, bank customers, recipients calling couriers back.
    std::vector<quint64> callers(subscriberCallers.begin(), subscriberCallers.end());
    std::sort(callers.begin(), callers.end());
    for (quint64 i : callers)
        labels.emplace_back(pop.phone(i).e164(),
                            w.isSocial(i) ? QStringLiteral("social") : QStringLiteral("subscriber"));
    std::sort(labels.begin(), labels.end());
    QJsonArray files, lineage, leaks;
    auto file = [&](const QString &name, const char *kind, const char *format, const char *encoding,
                    const QString &acquired, qint64 offset, qint64 rows) {
        QJsonObject o{{QStringLiteral("file"), name},
                      {QStringLiteral("kind"), QLatin1String(kind)},
                      {QStringLiteral("format"), QLatin1String(format)},
                      {QStringLiteral("encoding"), QLatin1String(encoding)},
                      {QStringLiteral("clock_offset"), offset},
                      {QStringLiteral("rows"), rows}};
        if (!acquired.isEmpty())
            o.insert(QStringLiteral("acquired"), acquired);
        files.append(o);
        sum.files << name;
    };
    file(cdrName, "calls", "carrier-cdr", "UTF-8", QString(), 0, sum.cdrRows);
    file(pbxName, "calls", "asterisk-master-csv", "UTF-8", QString(), -kPbxClockOffset, sum.pbxRows);
    const char *const leakFormats[][3] = {{"leak_insurance_giveaway.csv", "delimited", "UTF-8"},
                                          {"leak_loan_app_users.txt", "delimited-tab-noheader", "GB18030"},
                                          {"leak_property_owners.xlsx", "xlsx", "UTF-8"},
                                          {"leak_resold_compilation.csv", "delimited", "UTF-8-BOM"},
                                          {"leak_education_parents.csv", "delimited", "GB18030"}};
    for (size_t k = 0; k < w.leaks.size(); ++k) {
        const Leak &l = w.leaks[k];
        file(QString::fromLatin1(leakFormats[k][0]), "leak", leakFormats[k][1], leakFormats[k][2], l.acquired,
             0, qint64(l.members.size()));
        leaks.append(QJsonObject{{QStringLiteral("name"), l.name},
                                 {QStringLiteral("origin"), l.origin},
                                 {QStringLiteral("acquired"), l.acquired},
                                 {QStringLiteral("records"), qint64(l.members.size())},
                                 {QStringLiteral("decoy"), k == 4}});
    }
    file(QStringLiteral("complaints_12321.csv"), "complaints", "delimited", "UTF-8", QString(), 0,
         sum.complaints);
    lineage.append(QJsonObject{{QStringLiteral("parent"), w.leaks[0].name},
                               {QStringLiteral("child"), w.leaks[3].name},
                               {QStringLiteral("records"), takenInsurance}});
    lineage.append(QJsonObject{{QStringLiteral("parent"), w.leaks[1].name},
                               {QStringLiteral("child"), w.leaks[3].name},
                               {QStringLiteral("records"), takenLoan}});

    const QJsonObject truth{
        {QStringLiteral("generator"),
         QJsonObject{{QStringLiteral("tool_version"), QStringLiteral(DT_VERSION_STRING)},
                     {QStringLiteral("seed"), QString::number(opt.seed)},
                     {QStringLiteral("scale"), opt.scale},
                     {QStringLiteral("days"), opt.days},
                     {QStringLiteral("first_day"), isoDate(w.startUtc)},
                     {QStringLiteral("timezone"), QString::fromLatin1(kWorldZone)},
                     {QStringLiteral("population"), qint64(P)},
                     {QStringLiteral("calls"), sum.calls}}},
        {QStringLiteral("files"), files},
        {QStringLiteral("leaks"), leaks},
        {QStringLiteral("operators"), operators},
        {QStringLiteral("harassment"), harassment},
        {QStringLiteral("legitimate"), legitimate},
        {QStringLiteral("mistaken_complaints"), mistaken},
        {QStringLiteral("lineage"), lineage},
        {QStringLiteral("decoy_leaks"), QJsonArray{w.leaks[4].name}},
        {QStringLiteral("compilation_new_records"), fresh},
        {QStringLiteral("clock_offsets"), QJsonObject{{cdrName, 0}, {pbxName, -kPbxClockOffset}}}};
    QSaveFile t(dir.filePath(QStringLiteral("truth.json")));
    if (!t.open(QIODevice::WriteOnly))
        return fail(tr("%1: cannot write truth.json").arg(dirPath));
    QByteArray doc = QJsonDocument(truth).toJson(QJsonDocument::Indented);
    doc.chop(doc.size() - doc.lastIndexOf('}')); // reopen the top-level object for "labels"
    while (doc.endsWith('\n') || doc.endsWith(' '))
        doc.chop(1);
    doc += ",\n    \"labels\": {";
    for (size_t k = 0; k < labels.size(); ++k) // keys are digits and '+', values plain ASCII
        doc += (k ? ",\n        \"" : "\n        \"") + labels[k].first.toLatin1() + "\": \"" +
               labels[k].second.toLatin1() + '"';
    doc += "\n    }\n}\n";
    t.write(doc);
    if (!t.commit())
        return fail(tr("%1: cannot write truth.json").arg(dirPath));
    sum.files << QStringLiteral("truth.json");
    sum.seconds = timer.nsecsElapsed() / 1e9;
    if (summary)
        *summary = sum;
    return true;
}

} // namespace dt::sample
