// Handset rotation: a handset that carried an operator's numbers in turn is a finding of its own and
// makes the shared-handset link say so; numbers used side by side in one handset (a SIM box), a person
// who changed phones once and a handset passed on between ordinary people are not rotations.
#include "analysis/describe.h"
#include "analysis/detection.h"
#include "analysis/findingsjson.h"
#include "phone/phonenumber.h"
#include "testutil.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace dt;
using namespace dt::analysis;

namespace {
constexpr qint64 kDay0 = 1788220800; // 2026-09-01T00:00:00Z: 08:00 in China

/// Calls made one by one into an in-memory call table, with their handsets.
struct Calls
{
    CallTable t;
    explicit Calls(int numbers)
    {
        t.numberKey.assign(size_t(numbers), QString());
        t.numberType.assign(size_t(numbers), int(NumberClass::Mobile));
        for (int n = 1; n < numbers; ++n)
            t.numberKey[size_t(n)] = QStringLiteral("+86139%1").arg(n * 7919, 8, 10, QLatin1Char('0'));
        t.sourceFormat = {QString(), QStringLiteral("carrier-cdr")};
        t.deviceImei = {QString(), QStringLiteral("356938030000112"), QStringLiteral("356938030000229")};
    }
    void call(qint32 from, qint32 to, qint64 when, qint32 device, qint32 duration = 0)
    {
        t.caller.push_back(from);
        t.callee.push_back(to);
        t.start.push_back(when);
        t.duration.push_back(duration);
        t.answered.push_back(duration > 0);
        t.device.push_back(device);
        t.cell.push_back(0);
        t.source.push_back(1);
        t.id.push_back(qint64(t.caller.size()));
    }
};

enum Layout { InTurn, SideBySide, ChangedPhone, PassedOn };
} // namespace

class TestHandsetRotation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rotation_data()
    {
        QTest::addColumn<int>("layout");
        QTest::addColumn<int>("stints"); // 0: no rotation
        QTest::addColumn<int>("operators");
        QTest::newRow("an operator's three SIMs in turn") << int(InTurn) << 3 << 1;
        QTest::newRow("an operator's three SIMs side by side") << int(SideBySide) << 0 << 1;
        QTest::newRow("a person who changed phones once") << int(ChangedPhone) << 0 << 0;
        QTest::newRow("a phone passed on between two people") << int(PassedOn) << 0 << 0;
    }
    void rotation()
    {
        QFETCH(int, layout);
        QFETCH(int, stints);
        QFETCH(int, operators);
        // Numbers 1-3 are an auto-dialler's SIMs, each dialling 200 victims of its own at machine pace
        // over two days from handset 1: in turn (one after the other, a day apart) or side by side.
        // Numbers 4 and 5 are ordinary people calling three friends (6-8), who call back.
        const int victims = 200;
        Calls c(9 + 3 * victims);
        if (layout == InTurn || layout == SideBySide) {
            for (qint32 n = 1; n <= 3; ++n) {
                const qint64 from = kDay0 + (layout == InTurn ? (n - 1) * 3 * 86400 : 0);
                for (int k = 0; k < victims; ++k)
                    c.call(n, 9 + (n - 1) * victims + k, from + (k / 100) * 86400 + 3600 + (k % 100) * 60, 1);
            }
        } else {
            for (int k = 0; k < 12; ++k) {
                const qint64 when = kDay0 + k * 86400 + 10 * 3600;
                const bool before = k < 6;
                // 4 changes phones halfway (handset 1, then 2); or 4 hands handset 1 on to 5.
                const qint32 who = layout == PassedOn && !before ? 5 : 4;
                const qint32 device = layout == ChangedPhone && !before ? 2 : 1;
                c.call(who, 6 + k % 3, when, device, 120);
                c.call(6 + k % 3, who, when + 3600, 0, 90);
            }
        }
        ComplaintIndex complaints;
        Detector d;
        QString error;
        QVERIFY2(d.run(c.t, complaints, &error), qPrintable(error));
        QCOMPARE(int(d.operators().size()), operators);
        QCOMPARE(d.handsetRotations().empty(), stints == 0);
        if (!stints)
            return;
        const HandsetRotation &r = d.handsetRotations().front();
        QCOMPARE(r.imei, QStringLiteral("356938030000112"));
        QCOMPARE(int(r.stints.size()), stints);
        QCOMPARE(r.operatorId, d.operators().front().id);
        for (int n = 1; n <= 3; ++n) {
            const HandsetRotation::Stint &s = r.stints[size_t(n - 1)];
            QCOMPARE(s.number, c.t.numberKey[size_t(n)]);
            QCOMPARE(s.calls, victims);
            QCOMPARE(s.first, kDay0 + (n - 1) * 3 * 86400 + 3600);
            QCOMPARE(s.last, kDay0 + (n - 1) * 3 * 86400 + 86400 + 3600 + 99 * 60);
        }
        // The calls at each switch: the last of one number, the first of the next (call ids = rows + 1).
        QCOMPARE(r.supportingCalls, (QList<qint64>{victims, victims + 1, 2 * victims, 2 * victims + 1}));
        // The operator's shared-handset links go from each number to the next, with the switch.
        QStringList turns;
        for (const Evidence &e : d.operators().front().evidence)
            for (const EvidenceLink &l : e.links)
                if (l.type == LinkType::SharedDevice)
                    turns << QStringLiteral("%1>%2 %3h").arg(l.from, l.to).arg(l.gapHours);
        QCOMPARE(
            turns,
            (QStringList{QStringLiteral("%1>%2 %3h").arg(r.stints[0].number, r.stints[1].number).arg(46.4),
                         QStringLiteral("%1>%2 %3h").arg(r.stints[1].number, r.stints[2].number).arg(46.4)}));
    }

    void storedRunCliAndReport()
    {
        // The same rotation through the whole pipeline: a CDR imported, analysed and stored, read
        // back by `findings --json`, and in the report's operator section.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QByteArray cdr = "本机号码,对方号码,呼叫类型,开始时间,通话时长,IMEI\n";
        for (int n = 0; n < 3; ++n)
            for (int k = 0; k < 200; ++k)
                cdr += QStringLiteral("1700000000%1,1390%2,主叫,2026-09-%3 %4:%5:00,0,356938030000112\n")
                           .arg(n + 1)
                           .arg(n * 1000 + k, 7, 10, QLatin1Char('0'))
                           .arg(1 + 3 * n + k / 100, 2, 10, QLatin1Char('0'))
                           .arg(9 + k % 100 / 60, 2, 10, QLatin1Char('0'))
                           .arg(k % 100 % 60, 2, 10, QLatin1Char('0'))
                           .toUtf8();
        const QString file = dttest::writeFile(dir.filePath(QStringLiteral("cdr.csv")), cdr);
        const QString path = dir.filePath(QStringLiteral("rotation.dtcase"));
        QByteArray out, err;
        QCOMPARE(dttest::runCli({QStringLiteral("new"), path}, &out, &err), 0);
        QCOMPARE(dttest::runCli({QStringLiteral("import"), path, file}, &out, &err), 0);
        QCOMPARE(dttest::runCli({QStringLiteral("analyze"), path}, &out, &err), 0);
        QCOMPARE(dttest::runCli({QStringLiteral("findings"), path, QStringLiteral("--json")}, &out, &err), 0);
        const QJsonArray rotations =
            QJsonDocument::fromJson(out).object().value(QStringLiteral("handset_rotations")).toArray();
        QCOMPARE(rotations.size(), 1);
        const QJsonObject r = rotations.at(0).toObject();
        QCOMPARE(r.value(QStringLiteral("imei")).toString(), QStringLiteral("356938030000112"));
        QCOMPARE(r.value(QStringLiteral("operator")).toString(), QStringLiteral("OPR-001"));
        QCOMPARE(r.value(QStringLiteral("numbers")).toArray().size(), 3);
        QCOMPARE(r.value(QStringLiteral("switches")).toArray().size(), 2);
        QCOMPARE(r.value(QStringLiteral("supporting_calls")).toArray().size(), 4);
        const QString html = dir.filePath(QStringLiteral("report.html"));
        QCOMPARE(dttest::runCli({QStringLiteral("report"), path, QStringLiteral("--out"), html,
                                 QStringLiteral("--lang"), QStringLiteral("en")},
                                &out, &err),
                 0);
        QFile f(html);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.contains(QStringLiteral("SIMs rotated through one handset")));
        QVERIFY(text.contains(QStringLiteral("carried 3 numbers in turn")));
    }

    void jsonAndWords()
    {
        HandsetRotation r;
        r.imei = QStringLiteral("356938030000112");
        r.operatorId = QStringLiteral("OPR-002");
        r.stints = {{QStringLiteral("+8617000000001"), kDay0, kDay0 + 86400, 40},
                    {QStringLiteral("+8617000000002"), kDay0 + 2 * 86400, kDay0 + 3 * 86400, 50}};
        r.supportingCalls = {17, 18};
        const QJsonObject o = FindingsJson::toJson(r);
        QCOMPARE(
            o.value(QStringLiteral("switches")).toArray().at(0).toObject().value(QStringLiteral("took_over")),
            QJsonValue(QStringLiteral("2026-09-03T00:00:00Z")));
        const HandsetRotation back = FindingsJson::rotationFromJson(o);
        QCOMPARE(back.imei, r.imei);
        QCOMPARE(back.operatorId, r.operatorId);
        QCOMPARE(back.supportingCalls, r.supportingCalls);
        QCOMPARE(back.stints.size(), size_t(2));
        QCOMPARE(back.stints[1].first, r.stints[1].first);
        QCOMPARE(back.stints[1].calls, 50);
        Findings f;
        f.handsetRotations.push_back(r);
        QCOMPARE(FindingsJson::fromJson(FindingsJson::toJson(f)).handsetRotations.size(), size_t(1));
        QCOMPARE(
            describe(r, Language::English),
            QStringLiteral("Handset IMEI 356938030000112 carried 2 numbers in turn: +8617000000001 until "
                           "2026-09-02T00:00:00Z; +8617000000002 from 2026-09-03T00:00:00Z"));
        QVERIFY(describe(r, Language::Chinese)
                    .startsWith(QStringLiteral("手机 IMEI 356938030000112 先后使用了 2 个号码")));
        EvidenceLink l;
        l.imei = r.imei;
        l.from = r.stints[0].number;
        l.to = r.stints[1].number;
        l.gapHours = 24;
        QCOMPARE(
            describeFigures(l, Language::English),
            QStringLiteral("IMEI 356938030000112, +8617000000001 then +8617000000002 in turn, 24 h apart"));
        QCOMPARE(FindingsJson::linkFromJson(FindingsJson::toJson(l)).to, l.to);
    }
};

QTEST_GUILESS_MAIN(TestHandsetRotation)
#include "tst_handsetrotation.moc"
