// Group-first detection on call tables built for it: ten agents of one office, each below every
// per-number threshold, are one operation only when what ties them (one handset, one cell on one
// shift, callees from one list) and what the public says about them (complaints) both hold.
#include "analysis/detection.h"

#include <QTest>

using namespace dt;
using namespace dt::analysis;

class TestGroupScoring : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void groupFirst_data();
    void groupFirst();
};

namespace {

struct Office
{
    int agents = 10;
    bool oneCell = true;     ///< every agent under one cell (else each under its own)
    bool sameShift = true;   ///< every agent 09:00–17:00 (else each agent its own two hours)
    bool sharedList = false; ///< callees drawn from one list of 600 (else each agent its own people)
    int complainants = 3;    ///< distinct callees who complained, about the first agents
    bool calledBack = false; ///< every callee rings its agent back once
    int callsPerDay = 20;
};

} // namespace

// Declared before the first addColumn/QFETCH instantiates QMetaTypeId for it.
Q_DECLARE_METATYPE(Office)

void TestGroupScoring::groupFirst_data()
{
    QTest::addColumn<Office>("office");
    QTest::addColumn<int>("flagged");
    Office o;
    QTest::newRow("call centre: one cell, one shift, complained") << o << 10;
    Office quiet = o;
    quiet.complainants = 0;
    QTest::newRow("same office, nobody complained") << quiet << 0;
    Office twoComplaints = o;
    twoComplaints.complainants = 2;
    QTest::newRow("two complaints are not yet an operation's") << twoComplaints << 0;
    Office back = o;
    back.calledBack = true;
    QTest::newRow("callees call back: a service, not marketing") << back << 0;
    Office scattered = o;
    scattered.oneCell = false;
    scattered.sameShift = false;
    QTest::newRow("own cells, own shifts, own people: nothing ties them") << scattered << 0;
    Office shifts = o;
    shifts.sameShift = false;
    QTest::newRow("one cell but each its own hours") << shifts << 0;
    Office list = scattered;
    list.sharedList = true;
    QTest::newRow("own cells and shifts, one unseized list") << list << 10;
    Office few = o;
    few.callsPerDay = 2;
    QTest::newRow("below min_calls: not scored at all") << few << 0;
}

void TestGroupScoring::groupFirst()
{
    QFETCH(Office, office);
    QFETCH(int, flagged);
    const int people = 4000, days = 12;
    CallTable t;
    const int numbers = 1 + office.agents + people;
    t.numberKey.assign(size_t(numbers), QString());
    t.numberType.assign(size_t(numbers), int(NumberClass::Mobile));
    for (int n = 1; n < numbers; ++n)
        t.numberKey[size_t(n)] =
            QStringLiteral("+86139%1").arg(n * 7919 % 100000000, 8, 10, QLatin1Char('0'));
    t.sourceFormat = {QString(), QStringLiteral("carrier-cdr")};
    t.deviceImei = {QString()};
    for (int a = 0; a < office.agents; ++a)
        t.cells << QStringLiteral("460-00-23001-%1").arg(43000 + a);
    auto call = [&](qint32 from, qint32 to, qint64 when, bool answered, qint32 cell) {
        t.caller.push_back(from);
        t.callee.push_back(to);
        t.start.push_back(when);
        t.duration.push_back(answered ? 180 : 0);
        t.answered.push_back(answered);
        t.device.push_back(0);
        t.cell.push_back(cell);
        t.source.push_back(1);
        t.id.push_back(qint64(t.caller.size()));
    };
    const qint64 day0 = 1788220800 - 8 * 3600; // 2026-09-01 00:00 in China
    quint32 seed = 12345;
    auto next = [&seed] { return (seed = seed * 1103515245u + 12345u) >> 8; };
    for (int a = 0; a < office.agents; ++a) {
        const qint32 me = 1 + a;
        const qint32 cell = office.oneCell ? 1 : 1 + a;
        const qint64 from = office.sameShift ? 9 : 8 + (a % 6) * 2; // local hours of the shift
        const qint64 span = office.sameShift ? 8 * 3600 : 2 * 3600;
        for (int d = 0; d < days; ++d)
            for (int k = 0; k < office.callsPerDay; ++k) {
                // Own people: a slice of 400 for each agent; a list: 600 shared by all.
                const qint32 victim =
                    1 + office.agents +
                    (office.sharedList ? qint32(next() % 600) : qint32(a * 400 + next() % 400) % people);
                const qint64 when = day0 + d * 86400 + from * 3600 + qint64(k) * span / office.callsPerDay +
                                    qint64(next() % 60);
                const bool answered = next() % 2;
                call(me, victim, when, answered, cell);
                if (office.calledBack && answered)
                    call(victim, me, when + 3600, true, 0);
            }
    }
    ComplaintIndex c;
    c.complainantsOf.assign(size_t(numbers), {});
    c.fraud.assign(size_t(numbers), 0);
    for (int k = 0; k < office.complainants; ++k) {
        const qint32 reported = 1 + k % office.agents, complainant = 1 + office.agents + k;
        c.complainantsOf[size_t(reported)].push_back(complainant);
        c.entries.push_back({reported, complainant, day0 + 5 * 86400, k + 1});
    }
    Detector d;
    QString error;
    QVERIFY(d.run(t, c, &error));
    int found = 0;
    for (const Suspect &s : d.suspects()) {
        if (!s.flagged(0.5))
            continue;
        ++found;
        const auto r = std::find_if(s.reasons.cbegin(), s.reasons.cend(),
                                    [](const Reason &x) { return x.code == ReasonCode::GroupOperation; });
        QVERIFY2(r != s.reasons.cend(), qPrintable(s.key));
        QCOMPARE(r->figures.number(Figure::GroupNumbers), double(office.agents));
        QVERIFY(r->figures.number(Figure::CallsPerActiveDay) >= office.agents * office.callsPerDay * 0.9);
        QCOMPARE(r->figures.number(Figure::Complainants), double(office.complainants));
        QVERIFY(r->weight >= 0.5);
    }
    QCOMPARE(found, flagged);
    if (flagged) // the flagged agents are then one operator, as any suspects sharing a cell are
        QCOMPARE(d.operators().size(), size_t(1));
}

QTEST_GUILESS_MAIN(TestGroupScoring)
#include "tst_groupscoring.moc"
