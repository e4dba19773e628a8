// Sample generator: determinism, truth agrees with the files, lineage, decoy, scale.
#include "phone/idcard.h"
#include "sample/samplegenerator.h"
#include "testutil.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace dt;
using namespace dt::sample;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Minimal CSV split for the generator's own output (quotes doubled inside quoted fields).
QStringList splitCsv(const QString &line, QChar sep = QLatin1Char(','))
{
    QStringList out;
    QString cur;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"'))
                cur += c, ++i;
            else if (c == QLatin1Char('"'))
                quoted = false;
            else
                cur += c;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == sep) {
            out << cur;
            cur.clear();
        } else {
            cur += c;
        }
    }
    out << cur;
    return out;
}

QStringList lines(const QString &path, const char *encoding = "UTF-8")
{
    QStringDecoder dec(encoding);
    QString text = dec.decode(readAll(path));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.remove(QLatin1Char('\r'));
    QStringList l = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return l;
}

/// The truth's spelling of a number as written in the files.
QString e164(const QString &national)
{
    if (national.startsWith(QLatin1Char('1')) && national.size() == 11)
        return QStringLiteral("+86") + national;
    if (national.startsWith(QLatin1Char('0')))
        return QStringLiteral("+86") + national.mid(1);
    return national;
}

struct Key
{
    QString name, head, tail;
    bool operator==(const Key &o) const { return name == o.name && head == o.head && tail == o.tail; }
};
size_t qHash(const Key &k, size_t seed = 0)
{
    return qHashMulti(seed, k.name, k.head, k.tail);
}

} // namespace

class TestSample : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sameSeedSameBytes();
    void differentSeedDiffers();
    void filesListedInTruth();
    void operatorNumbersAppearAsCallers();
    void cdrSeesBothSidesOfRequestedPairs();
    void pbxClockOffset();
    void lineageChildContainsParents();
    void decoyOnlyChanceOverlap();
    void idCardsValid();
    void scaleOption_data();
    void scaleOption();
    void scaleHonoured();
    void hardVariant();

private:
    QTemporaryDir m_dir;
    QString m_a, m_b;
    QJsonObject m_truth;
    QHash<QString, QSet<QString>> m_calleesOf; // caller (truth spelling) -> callees
};

void TestSample::initTestCase()
{
    m_a = m_dir.filePath(QStringLiteral("a"));
    m_b = m_dir.filePath(QStringLiteral("b"));
    SampleOptions opt;
    opt.seed = 42;
    QString error;
    SampleSummary sum;
    QVERIFY2(SampleGenerator().generate(m_a, opt, &sum, &error), qPrintable(error));
    QVERIFY2(SampleGenerator().generate(m_b, opt, nullptr, &error), qPrintable(error));
    m_truth = QJsonDocument::fromJson(readAll(m_a + QStringLiteral("/truth.json"))).object();
    QVERIFY(!m_truth.isEmpty());
    QCOMPARE(m_truth.value(QStringLiteral("generator")).toObject().value(QStringLiteral("calls")).toInteger(),
             sum.calls);

    const QStringList cdr = lines(m_a + QStringLiteral("/cdr_carrier.csv"));
    QCOMPARE(cdr.first(), QStringLiteral("本机号码,对方号码,呼叫类型,开始时间,通话时长,IMEI,LAC,CELLID"));
    for (int i = 1; i < cdr.size(); ++i) {
        const QStringList f = splitCsv(cdr.at(i));
        QCOMPARE(f.size(), 8);
        const bool out = f.at(2) == QStringLiteral("主叫");
        m_calleesOf[e164(out ? f.at(0) : f.at(1))].insert(e164(out ? f.at(1) : f.at(0)));
    }
    for (const QString &l : lines(m_a + QStringLiteral("/pbx_master.csv"))) {
        const QStringList f = splitCsv(l);
        QCOMPARE(f.size(), 21);
        m_calleesOf[e164(f.at(1))].insert(e164(f.at(2)));
    }
}

void TestSample::sameSeedSameBytes()
{
    const QStringList files = QDir(m_a).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files, QDir(m_b).entryList(QDir::Files, QDir::Name));
    QCOMPARE(files.size(), 9);
    for (const QString &f : files)
        QVERIFY2(readAll(m_a + QLatin1Char('/') + f) == readAll(m_b + QLatin1Char('/') + f), qPrintable(f));
}

void TestSample::differentSeedDiffers()
{
    SampleOptions opt;
    opt.seed = 43;
    QString error;
    const QString c = m_dir.filePath(QStringLiteral("c"));
    QVERIFY(SampleGenerator().generate(c, opt, nullptr, &error));
    QVERIFY(readAll(c + QStringLiteral("/cdr_carrier.csv")) !=
            readAll(m_a + QStringLiteral("/cdr_carrier.csv")));
}

void TestSample::filesListedInTruth()
{
    const QJsonArray files = m_truth.value(QStringLiteral("files")).toArray();
    QCOMPARE(files.size(), 8);
    QSet<QString> kinds;
    for (const auto &v : files) {
        const QJsonObject o = v.toObject();
        QVERIFY2(QFile::exists(m_a + QLatin1Char('/') + o.value(QStringLiteral("file")).toString()),
                 qPrintable(o.value(QStringLiteral("file")).toString()));
        kinds.insert(o.value(QStringLiteral("kind")).toString());
    }
    QCOMPARE(kinds,
             (QSet<QString>{QStringLiteral("calls"), QStringLiteral("leak"), QStringLiteral("complaints")}));
    const QByteArray xlsx = readAll(m_a + QStringLiteral("/leak_property_owners.xlsx"));
    QVERIFY(xlsx.startsWith("PK\x03\x04"));
    QVERIFY(xlsx.contains("xl/worksheets/sheet1.xml") && xlsx.contains("xl/sharedStrings.xml"));
    QVERIFY(readAll(m_a + QStringLiteral("/leak_resold_compilation.csv")).startsWith("\xEF\xBB\xBF"));
    // GB18030 files are not valid UTF-8.
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString asUtf8 = utf8.decode(readAll(m_a + QStringLiteral("/leak_loan_app_users.txt")));
    QVERIFY(asUtf8.contains(QChar::ReplacementCharacter));
}

void TestSample::operatorNumbersAppearAsCallers()
{
    const QJsonArray ops = m_truth.value(QStringLiteral("operators")).toArray();
    QCOMPARE(ops.size(), 5);
    QSet<QString> kinds;
    for (const auto &v : ops) {
        const QJsonObject o = v.toObject();
        kinds.insert(o.value(QStringLiteral("kind")).toString());
        const QJsonArray numbers = o.value(QStringLiteral("numbers")).toArray();
        QVERIFY(numbers.size() >= 2);
        for (const auto &n : numbers)
            QVERIFY2(m_calleesOf.contains(n.toString()), qPrintable(n.toString()));
    }
    QVERIFY(kinds.contains(QStringLiteral("loan_autodialer")) &&
            kinds.contains(QStringLiteral("harassment_storm")) &&
            kinds.contains(QStringLiteral("debt_collection")) &&
            kinds.contains(QStringLiteral("real_estate_agency")));
    for (const auto &n : m_truth.value(QStringLiteral("harassment")).toArray())
        QVERIFY(m_calleesOf.contains(n.toString()));
    for (const auto &v : m_truth.value(QStringLiteral("legitimate")).toArray())
        QVERIFY(m_calleesOf.contains(v.toObject().value(QStringLiteral("number")).toString()));
    // Every caller seen in the files has a label.
    const QJsonObject labels = m_truth.value(QStringLiteral("labels")).toObject();
    for (auto it = m_calleesOf.cbegin(); it != m_calleesOf.cend(); ++it)
        QVERIFY2(labels.contains(it.key()), qPrintable(it.key()));
}

void TestSample::cdrSeesBothSidesOfRequestedPairs()
{
    // A call between two requested numbers is in the CDR twice: once 主叫, once 被叫.
    QHash<QString, int> seen;
    const QStringList cdr = lines(m_a + QStringLiteral("/cdr_carrier.csv"));
    for (int i = 1; i < cdr.size(); ++i) {
        const QStringList f = splitCsv(cdr.at(i));
        const bool out = f.at(2) == QStringLiteral("主叫");
        const QString key =
            (out ? f.at(0) + QLatin1Char('>') + f.at(1) : f.at(1) + QLatin1Char('>') + f.at(0)) +
            QLatin1Char('@') + f.at(3);
        seen[key] |= out ? 1 : 2;
    }
    int both = 0;
    for (int v : std::as_const(seen))
        both += v == 3;
    QVERIFY2(both > 20, qPrintable(QString::number(both)));
}

void TestSample::pbxClockOffset()
{
    const QJsonObject offsets = m_truth.value(QStringLiteral("clock_offsets")).toObject();
    const int offset = offsets.value(QStringLiteral("pbx_master.csv")).toInt();
    QCOMPARE(offset, -317);
    // A PBX call to a requested number shows in the CDR at the PBX time plus the offset.
    QSet<QString> cdrKeys;
    const QStringList cdr = lines(m_a + QStringLiteral("/cdr_carrier.csv"));
    for (int i = 1; i < cdr.size(); ++i) {
        const QStringList f = splitCsv(cdr.at(i));
        if (f.at(1).startsWith(QStringLiteral("0571")))
            cdrKeys.insert(f.at(1) + f.at(0) + f.at(3));
    }
    QVERIFY(!cdrKeys.isEmpty());
    int matched = 0;
    for (const QString &l : lines(m_a + QStringLiteral("/pbx_master.csv"))) {
        const QStringList f = splitCsv(l);
        const QDateTime pbxTime = QDateTime::fromString(f.at(9), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        matched += cdrKeys.contains(f.at(1) + f.at(2) +
                                    pbxTime.addSecs(offset).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    }
    QCOMPARE(matched, cdrKeys.size());
}

void TestSample::lineageChildContainsParents()
{
    auto keysOf = [](const QStringList &rows, int nameCol, int phoneCol, QChar sep, bool header) {
        QSet<Key> keys;
        for (int i = header ? 1 : 0; i < rows.size(); ++i) {
            const QStringList f = splitCsv(rows.at(i), sep);
            const QString phone = f.at(phoneCol);
            keys.insert({f.at(nameCol), phone.left(3), phone.right(4)});
        }
        return keys;
    };
    const QSet<Key> child =
        keysOf(lines(m_a + QStringLiteral("/leak_resold_compilation.csv")), 0, 1, QLatin1Char(','), true);
    QHash<QString, QSet<Key>> parents;
    parents[QStringLiteral("leak_insurance_giveaway")] =
        keysOf(lines(m_a + QStringLiteral("/leak_insurance_giveaway.csv")), 1, 2, QLatin1Char(','), true);
    parents[QStringLiteral("leak_loan_app_users")] = keysOf(
        lines(m_a + QStringLiteral("/leak_loan_app_users.txt"), "GB18030"), 1, 0, QLatin1Char('\t'), false);
    const QJsonArray lineage = m_truth.value(QStringLiteral("lineage")).toArray();
    QCOMPARE(lineage.size(), 2);
    for (const auto &v : lineage) {
        const QJsonObject e = v.toObject();
        QCOMPARE(e.value(QStringLiteral("child")).toString(), QStringLiteral("leak_resold_compilation"));
        const QSet<Key> &parent = parents.value(e.value(QStringLiteral("parent")).toString());
        QVERIFY(!parent.isEmpty());
        const qint64 shared = QSet<Key>(child).intersect(parent).size();
        const qint64 taken = e.value(QStringLiteral("records")).toInteger();
        QVERIFY2(taken > 100 && shared >= taken,
                 qPrintable(QStringLiteral("%1 < %2").arg(shared).arg(taken)));
    }
    const QSet<Key> decoy = keysOf(lines(m_a + QStringLiteral("/leak_education_parents.csv"), "GB18030"), 1,
                                   2, QLatin1Char(','), true);
    QVERIFY(QSet<Key>(child).intersect(decoy).size() < child.size() / 5); // chance only
}

void TestSample::decoyOnlyChanceOverlap()
{
    QSet<QString> decoy;
    const QStringList rows = lines(m_a + QStringLiteral("/leak_education_parents.csv"), "GB18030");
    for (int i = 1; i < rows.size(); ++i)
        decoy.insert(QStringLiteral("+86") + splitCsv(rows.at(i)).at(2));
    const double population =
        m_truth.value(QStringLiteral("generator")).toObject().value(QStringLiteral("population")).toDouble();
    for (const auto &v : m_truth.value(QStringLiteral("operators")).toArray()) {
        QSet<QString> victims;
        for (const auto &n : v.toObject().value(QStringLiteral("numbers")).toArray())
            victims.unite(m_calleesOf.value(n.toString()));
        const double expected = victims.size() * decoy.size() / population;
        const qint64 overlap = QSet<QString>(victims).intersect(decoy).size();
        QVERIFY2(overlap <= 2.0 * expected + 10,
                 qPrintable(QStringLiteral("%1: %2 vs chance %3")
                                .arg(v.toObject().value(QStringLiteral("id")).toString())
                                .arg(overlap)
                                .arg(expected)));
    }
}

void TestSample::idCardsValid()
{
    const QStringList rows = lines(m_a + QStringLiteral("/leak_insurance_giveaway.csv"));
    QVERIFY(rows.size() > 500);
    for (int i = 1; i < rows.size(); ++i) {
        const QString id = splitCsv(rows.at(i)).at(3);
        QVERIFY2(isValidIdCard18(id), qPrintable(id));
    }
}

void TestSample::scaleOption_data()
{
    QTest::addColumn<QString>("scale");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("calls");
    QTest::newRow("small") << "small" << true << qint64(12000);
    QTest::newRow("medium") << "medium" << true << qint64(300000);
    QTest::newRow("large") << "large" << true << qint64(10000000);
    QTest::newRow("number") << "25000" << true << qint64(25000);
    QTest::newRow("too small") << "1000" << false << qint64(0);
    QTest::newRow("word") << "huge" << false << qint64(0);
}

void TestSample::scaleOption()
{
    QFETCH(QString, scale);
    QFETCH(bool, ok);
    QFETCH(qint64, calls);
    SampleOptions opt;
    QString error;
    QCOMPARE(opt.setScale(scale, &error), ok);
    if (ok)
        QCOMPARE(opt.targetCalls, calls);
    else
        QVERIFY(error.contains(scale));
}

void TestSample::scaleHonoured()
{
    for (qint64 target : {5000, 40000}) {
        SampleOptions opt;
        QString error;
        QVERIFY(opt.setScale(QString::number(target), &error));
        SampleSummary sum;
        QVERIFY(SampleGenerator().generate(m_dir.filePath(QStringLiteral("scale%1").arg(target)), opt, &sum,
                                           &error));
        QVERIFY2(sum.calls > target * 0.7 && sum.calls < target * 1.5,
                 qPrintable(QStringLiteral("%1 calls for a target of %2").arg(sum.calls).arg(target)));
    }
    // Through the CLI, the same contract.
    QByteArray out, err;
    QCOMPARE(dttest::runCli({QStringLiteral("sample"), m_dir.filePath(QStringLiteral("cli")),
                             QStringLiteral("--scale"), QStringLiteral("9000"), QStringLiteral("--seed"),
                             QStringLiteral("3"), QStringLiteral("--json")},
                            &out, &err),
             0);
    const qint64 calls = QJsonDocument::fromJson(out).object().value(QStringLiteral("calls")).toInteger();
    QVERIFY2(calls > 6300 && calls < 13500, out.constData());
    QCOMPARE(dttest::runCli({QStringLiteral("sample"), m_dir.filePath(QStringLiteral("x")),
                             QStringLiteral("--scale"), QStringLiteral("tiny")},
                            &out, &err),
             2);
}

void TestSample::hardVariant()
{
    SampleOptions opt;
    opt.seed = 42;
    opt.variant = QStringLiteral("hard");
    QString error;
    const QString h = m_dir.filePath(QStringLiteral("hard"));
    QVERIFY2(SampleGenerator().generate(h, opt, nullptr, &error), qPrintable(error));
    const QJsonObject truth = QJsonDocument::fromJson(readAll(h + QStringLiteral("/truth.json"))).object();
    // The default world's lists are drawn as before; the hard variant adds its own two.
    for (const char *f :
         {"leak_insurance_giveaway.csv", "leak_loan_app_users.txt", "leak_resold_compilation.csv"})
        QVERIFY2(readAll(h + QLatin1Char('/') + QLatin1String(f)) ==
                     readAll(m_a + QLatin1Char('/') + QLatin1String(f)),
                 f);
    QVERIFY(QFile::exists(h + QStringLiteral("/leak_car_owners.csv")));
    QVERIFY(QFile::exists(h + QStringLiteral("/leak_stock_investors.csv")));
    QHash<QString, QString> leakOf;
    QHash<QString, QStringList> numbersOf;
    for (const auto &v : truth.value(QStringLiteral("operators")).toArray()) {
        const QJsonObject o = v.toObject();
        leakOf.insert(o.value(QStringLiteral("kind")).toString(), o.value(QStringLiteral("leak")).toString());
        for (const auto &n : o.value(QStringLiteral("numbers")).toArray())
            numbersOf[o.value(QStringLiteral("kind")).toString()] << n.toString();
    }
    QCOMPARE(leakOf.size(), 8);
    QCOMPARE(leakOf.value(QStringLiteral("human_call_centre")), QStringLiteral("leak_car_owners"));
    // Two operations bought one list.
    QCOMPARE(leakOf.value(QStringLiteral("rotating_no_device")), QStringLiteral("leak_stock_investors"));
    QCOMPARE(leakOf.value(QStringLiteral("second_buyer")), QStringLiteral("leak_stock_investors"));
    QVERIFY(numbersOf.value(QStringLiteral("human_call_centre")).size() >= 24);
    QVERIFY(numbersOf.value(QStringLiteral("rotating_no_device")).size() >= 4);
    QSet<QString> legitimateKinds;
    for (const auto &v : truth.value(QStringLiteral("legitimate")).toArray())
        legitimateKinds.insert(v.toObject().value(QStringLiteral("kind")).toString());
    QVERIFY(legitimateKinds.contains(QStringLiteral("hospital_reminder")) &&
            legitimateKinds.contains(QStringLiteral("bank_service_line")) &&
            legitimateKinds.contains(QStringLiteral("government_hotline")) &&
            legitimateKinds.contains(QStringLiteral("ridehailing_privacy")) &&
            legitimateKinds.contains(QStringLiteral("courier")));
    // The call centre's agents place 15-30 calls a working day; the rotating operator's numbers carry
    // no handset or cell in the CDR, and only one number of a slot is in service at a time.
    const QSet<QString> agents(numbersOf.value(QStringLiteral("human_call_centre")).cbegin(),
                               numbersOf.value(QStringLiteral("human_call_centre")).cend());
    const QSet<QString> burned(numbersOf.value(QStringLiteral("rotating_no_device")).cbegin(),
                               numbersOf.value(QStringLiteral("rotating_no_device")).cend());
    QHash<QString, QSet<QString>> agentDays;
    qint64 agentCalls = 0, burnedRows = 0;
    const QStringList cdr = lines(h + QStringLiteral("/cdr_carrier.csv"));
    for (int i = 1; i < cdr.size(); ++i) {
        const QStringList f = splitCsv(cdr.at(i));
        if (f.at(2) != QStringLiteral("主叫"))
            continue;
        const QString me = e164(f.at(0));
        if (agents.contains(me))
            ++agentCalls, agentDays[me].insert(f.at(3).left(10));
        if (burned.contains(me)) {
            ++burnedRows;
            QVERIFY(f.at(5).isEmpty() && f.at(6).isEmpty() && f.at(7).isEmpty());
        }
    }
    qint64 days = 0;
    for (const auto &d : std::as_const(agentDays))
        days += d.size();
    QVERIFY(days > 0 && burnedRows > 0);
    const double perDay = double(agentCalls) / double(days);
    QVERIFY2(perDay >= 15 && perDay <= 30, qPrintable(QString::number(perDay)));
    QCOMPARE(truth.value(QStringLiteral("generator")).toObject().value(QStringLiteral("variant")).toString(),
             QStringLiteral("hard"));
    QVERIFY(!m_truth.value(QStringLiteral("generator")).toObject().contains(QStringLiteral("variant")));
}

QTEST_GUILESS_MAIN(TestSample)
#include "tst_sample.moc"
