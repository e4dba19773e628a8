// Number and identity intelligence: phone numbers in every spelling, Chinese specifics,
// callability, masked numbers, ID cards, IMEIs, the lookup command, and the real fixtures.
#include "case/database.h"
#include "phone/idcard.h"
#include "phone/imei.h"
#include "phone/lookup.h"
#include "phone/maskedphone.h"
#include "phone/phonenumber.h"
#include "phone/regioncodes.h"
#include "testutil.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace dt;

Q_DECLARE_METATYPE(dt::NumberClass)
Q_DECLARE_METATYPE(dt::Callability)

class TestPhone : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classify_data();
    void classify();
    void carrierAndPlace_data();
    void carrierAndPlace();
    void shortGroupQualifiedBySubscriber();
    void otherDefaultRegion();
    void masked_data();
    void masked();
    void maskIndex();
    void idCards_data();
    void idCards();
    void imeis_data();
    void imeis();
    void regionCodes();
    void lookupCli_data();
    void lookupCli();
    void realFixtures();
};

void TestPhone::classify_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("key");
    QTest::addColumn<NumberClass>("cls");
    QTest::addColumn<Callability>("callability");
    using C = NumberClass;
    using K = Callability;
    QTest::newRow("mobile") << "13812345678"
                            << "+8613812345678" << C::Mobile << K::Callable;
    QTest::newRow("+86 spaced dashed") << "+86 138-1234-5678"
                                       << "+8613812345678" << C::Mobile << K::Callable;
    QTest::newRow("0086") << "008613812345678"
                          << "+8613812345678" << C::Mobile << K::Callable;
    QTest::newRow("86 prefix") << "8613812345678"
                               << "+8613812345678" << C::Mobile << K::Callable;
    QTest::newRow("full-width") << "１３８１２３４５６７８"
                                << "+8613812345678" << C::Mobile << K::Callable;
    QTest::newRow("parentheses") << "(138) 1234 5678"
                                 << "+8613812345678" << C::Mobile << K::Callable;
    QTest::newRow("trunk 0 mobile") << "013812345678"
                                    << "+8613812345678" << C::Mobile << K::Callable;
    QTest::newRow("IP prefix 17951") << "1795113812345678"
                                     << "+8613812345678" << C::Mobile << K::Callable;
    QTest::newRow("unicom 186") << "18612345678"
                                << "+8618612345678" << C::Mobile << K::Callable;
    QTest::newRow("telecom 199") << "19912345678"
                                 << "+8619912345678" << C::Mobile << K::Callable;
    QTest::newRow("virtual 170") << "17012345678"
                                 << "+8617012345678" << C::VirtualMobile << K::Unreliable;
    QTest::newRow("virtual 171") << "17112345678"
                                 << "+8617112345678" << C::VirtualMobile << K::Unreliable;
    QTest::newRow("virtual 162") << "16212345678"
                                 << "+8616212345678" << C::VirtualMobile << K::Unreliable;
    QTest::newRow("virtual 165") << "16512345678"
                                 << "+8616512345678" << C::VirtualMobile << K::Unreliable;
    QTest::newRow("virtual 167") << "16712345678"
                                 << "+8616712345678" << C::VirtualMobile << K::Unreliable;
    QTest::newRow("data 147") << "14712345678"
                              << "+8614712345678" << C::DataOnly << K::NotCallable;
    QTest::newRow("data 145") << "14512345678"
                              << "+8614512345678" << C::DataOnly << K::NotCallable;
    QTest::newRow("unallocated 100") << "10012345678"
                                     << "10012345678" << C::Junk << K::NotCallable;
    QTest::newRow("landline beijing") << "010-62345678"
                                      << "+861062345678" << C::Landline << K::Callable;
    QTest::newRow("landline (010)") << "(010)62345678"
                                    << "+861062345678" << C::Landline << K::Callable;
    QTest::newRow("landline hangzhou") << "057188060001"
                                       << "+8657188060001" << C::Landline << K::Callable;
    QTest::newRow("landline +86") << "+86 571 8806 0001"
                                  << "+8657188060001" << C::Landline << K::Callable;
    QTest::newRow("landline ext dash") << "0571-88060001-123"
                                       << "+8657188060001;ext=123" << C::Landline << K::Callable;
    QTest::newRow("landline ext 转") << "0571-88060001转8001"
                                     << "+8657188060001;ext=8001" << C::Landline << K::Callable;
    QTest::newRow("guangzhou 7-digit local") << "020-1234567"
                                             << "+86201234567" << C::Landline << K::Callable;
    QTest::newRow("local without area") << "88060001"
                                        << "88060001" << C::LocalNoArea << K::Unreliable;
    QTest::newRow("95 bank") << "95566"
                             << "95566" << C::Service95 << K::NotCallable;
    QTest::newRow("95 8-digit") << "95105888"
                                << "95105888" << C::Service95 << K::NotCallable;
    QTest::newRow("96 local") << "96225"
                              << "96225" << C::Service96 << K::NotCallable;
    QTest::newRow("400") << "400-812-3123"
                         << "4008123123" << C::Service400 << K::NotCallable;
    QTest::newRow("800") << "8008101234"
                         << "8008101234" << C::Service800 << K::NotCallable;
    QTest::newRow("106 port") << "1069012345678"
                              << "1069012345678" << C::SmsPort << K::NotCallable;
    QTest::newRow("12321") << "12321"
                           << "12321" << C::ShortPublic << K::NotCallable;
    QTest::newRow("110") << "110"
                         << "110" << C::ShortPublic << K::NotCallable;
    QTest::newRow("10086") << "10086"
                           << "10086" << C::ShortPublic << K::NotCallable;
    QTest::newRow("virtual network short") << "661234"
                                           << "short:661234" << C::ShortGroup << K::NotCallable;
    QTest::newRow("3-digit group short") << "614"
                                         << "short:614" << C::ShortGroup << K::NotCallable;
    QTest::newRow("US") << "+1 830 555 0123"
                        << "+18305550123" << C::International << K::Unreliable;
    QTest::newRow("UK 00") << "00442079460000"
                           << "+442079460000" << C::International << K::Unreliable;
    QTest::newRow("hash id") << "0dfe7b8fe532ae4b85f64ef11aa478e2"
                             << "0dfe7b8fe532ae4b85f64ef11aa478e2" << C::Opaque << K::Unknown;
    QTest::newRow("upper hash") << "B3985982F158431007D1"
                                << "b3985982f158431007d1" << C::Opaque << K::Unknown;
    QTest::newRow("email") << "Alice@Example.com"
                           << "alice@example.com" << C::Email << K::Unknown;
    QTest::newRow("empty") << ""
                           << "" << C::Junk << K::NotCallable;
    QTest::newRow("anonymous") << "anonymous"
                               << "anonymous" << C::Junk << K::NotCallable;
    QTest::newRow("-1") << "-1"
                        << "-1" << C::Junk << K::NotCallable;
    QTest::newRow("16-digit junk") << "1234567890123456"
                                   << "1234567890123456" << C::Junk << K::NotCallable;
}

void TestPhone::classify()
{
    QFETCH(QString, raw);
    QFETCH(QString, key);
    QFETCH(NumberClass, cls);
    QFETCH(Callability, callability);
    PhoneClassifier c;
    const NumberInfo n = c.classify(raw);
    QCOMPARE(n.key, key);
    QCOMPARE(numberClassName(n.cls), numberClassName(cls));
    QCOMPARE(callabilityName(n.callability), callabilityName(callability));
    QVERIFY(!n.why.isEmpty());
    NumberClass fast;
    QCOMPARE(c.normalize(raw, &fast), key); // the hot path agrees
    QCOMPARE(fast, cls);
}

void TestPhone::carrierAndPlace_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("carrierZh");
    QTest::addColumn<QString>("placeZh");
    QTest::addColumn<QString>("placeEn");
    QTest::newRow("cmcc") << "13812345678"
                          << "中国移动"
                          << "江苏省连云港市"
                          << "Lianyungang, Jiangsu";
    QTest::newRow("hangzhou landline") << "057188060001"
                                       << ""
                                       << "浙江省杭州市"
                                       << "Hangzhou, Zhejiang";
    QTest::newRow("beijing") << "01062345678"
                             << ""
                             << "北京市"
                             << "Beijing";
    QTest::newRow("virtual telecom") << "17001234567"
                                     << "中国电信（虚拟运营商转售）"
                                     << "北京市"
                                     << "Beijing";
}

void TestPhone::carrierAndPlace()
{
    QFETCH(QString, raw);
    QFETCH(QString, carrierZh);
    QFETCH(QString, placeZh);
    QFETCH(QString, placeEn);
    const NumberInfo n = PhoneClassifier().classify(raw);
    QCOMPARE(n.carrierZh, carrierZh);
    QCOMPARE(n.placeZh, placeZh);
    QCOMPARE(n.placeEn, placeEn);
}

void TestPhone::shortGroupQualifiedBySubscriber()
{
    PhoneClassifier c;
    const QString a = c.normalize(u"661234", nullptr, u"+8613812345678");
    const QString b = c.normalize(u"661234", nullptr, u"+8613900000000");
    QCOMPARE(a, QStringLiteral("short:+8613812345678:661234"));
    QVERIFY(a != b); // the same short number in two groups is two different members
}

void TestPhone::otherDefaultRegion()
{
    // A US handset's log writes the same number with and without +1.
    PhoneClassifier us(QStringLiteral("US"));
    QCOMPARE(us.normalize(u"8304221514"), QStringLiteral("+18304221514"));
    QCOMPARE(us.normalize(u"+18304221514"), QStringLiteral("+18304221514"));
    QCOMPARE(us.normalize(u"+8613812345678"), QStringLiteral("+8613812345678"));
    QCOMPARE(us.normalize(u"+8657188060001"), QStringLiteral("+8657188060001"));
}

void TestPhone::masked_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("pattern");
    QTest::newRow("stars") << "138****1234"
                           << "138????1234";
    QTest::newRow("x") << "138xxxx1234"
                       << "138????1234";
    QTest::newRow("X dashed") << "138-XXXX-1234"
                              << "138????1234";
    QTest::newRow("partial") << "1381234**78"
                             << "1381234??78";
    QTest::newRow("86 prefix") << "86138****1234"
                               << "138????1234";
    QTest::newRow("not masked") << "13812341234"
                                << "";
    QTest::newRow("too short") << "138***1234"
                               << "";
    QTest::newRow("letters") << "abc****1234"
                             << "";
}

void TestPhone::masked()
{
    QFETCH(QString, raw);
    QFETCH(QString, pattern);
    QCOMPARE(MaskedPhone::parse(raw).pattern, pattern);
}

void TestPhone::maskIndex()
{
    MaskIndex idx;
    idx.add(QStringLiteral("13812341234"), 1);
    idx.add(QStringLiteral("13899991234"), 2);
    idx.add(QStringLiteral("13912341234"), 3);
    idx.add(QStringLiteral("13812345678"), 4);
    QCOMPARE(idx.candidates(MaskedPhone::parse(u"138****1234")), (QVector<qint64>{1, 2}));
    QCOMPARE(idx.candidates(MaskedPhone::parse(u"1381234**34")), (QVector<qint64>{1}));
    QCOMPARE(idx.candidates(MaskedPhone::parse(u"1**12341234")), (QVector<qint64>{1, 3}));
    QVERIFY(idx.candidates(MaskedPhone::parse(u"137****1234")).isEmpty());
}

void TestPhone::idCards_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<QString>("birth");
    QTest::addColumn<QString>("sex");
    QTest::addColumn<QString>("place");
    QTest::newRow("valid") << "110101199003071233" << true << "110101199003071233"
                           << "1990-03-07"
                           << "male"
                           << "北京市 东城区";
    QTest::newRow("valid X") << "11010119900307897x" << true << "11010119900307897X"
                             << "1990-03-07"
                             << "male"
                             << "北京市 东城区";
    QTest::newRow("hangzhou woman") << "330106198512240021" << true << "330106198512240021"
                                    << "1985-12-24"
                                    << "female"
                                    << "浙江省 杭州市 西湖区";
    QTest::newRow("bad check") << "110101199003071234" << false << "110101199003071234"
                               << "1990-03-07"
                               << "male"
                               << "北京市 东城区";
    QTest::newRow("15-digit") << "110101900307123" << true << "110101199003071233"
                              << "1990-03-07"
                              << "male"
                              << "北京市 东城区";
    QTest::newRow("masked") << "330106********1234" << false << "330106********1234"
                            << ""
                            << "male"
                            << "浙江省 杭州市 西湖区";
    QTest::newRow("impossible date") << "110101199013071238" << false << "110101199013071238"
                                     << ""
                                     << "male"
                                     << "北京市 东城区";
    QTest::newRow("short") << "1101011990" << false << ""
                           << ""
                           << ""
                           << "";
}

void TestPhone::idCards()
{
    QFETCH(QString, raw);
    QFETCH(bool, valid);
    QFETCH(QString, normalized);
    QFETCH(QString, birth);
    QFETCH(QString, sex);
    QFETCH(QString, place);
    const IdCardInfo r = IdCard::parse(raw);
    QCOMPARE(r.valid, valid);
    QCOMPARE(r.normalized, normalized);
    QCOMPARE(r.birth.isValid() ? r.birth.toString(Qt::ISODate) : QString(), birth);
    QCOMPARE(r.sex, sex);
    QCOMPARE(r.place, place);
    QVERIFY(!r.why.isEmpty());
    if (valid)
        QVERIFY(isValidIdCard18(r.normalized));
}

void TestPhone::imeis_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("imei");
    QTest::addColumn<QString>("tac");
    QTest::newRow("valid") << "490154203237518" << true << "490154203237518"
                           << "49015420";
    QTest::newRow("dashed") << "49-015420-323751-8" << true << "490154203237518"
                            << "49015420";
    QTest::newRow("bad luhn") << "490154203237519" << false << "490154203237519"
                              << "49015420";
    QTest::newRow("14 digits") << "49015420323751" << true << "490154203237518"
                               << "49015420";
    QTest::newRow("imeisv") << "4901542032375107" << true << "490154203237518"
                            << "49015420";
    QTest::newRow("too short") << "4901542" << false << ""
                               << "";
    QTest::newRow("letters") << "49015420323751A" << false << ""
                             << "";
}

void TestPhone::imeis()
{
    QFETCH(QString, raw);
    QFETCH(bool, valid);
    QFETCH(QString, imei);
    QFETCH(QString, tac);
    const ImeiInfo r = Imei::parse(raw);
    QCOMPARE(r.valid, valid);
    QCOMPARE(r.imei, imei);
    QCOMPARE(r.tac, tac);
    QVERIFY(!r.why.isEmpty());
}

void TestPhone::regionCodes()
{
    const auto &rc = RegionCodes::instance();
    QVERIFY(rc.counties().size() > 2800);
    QCOMPARE(rc.name(330000), QStringLiteral("浙江省"));
    QCOMPARE(rc.name(330100), QStringLiteral("杭州市"));
    QCOMPARE(rc.place(330106), QStringLiteral("浙江省 杭州市 西湖区"));
    QCOMPARE(rc.place(110105), QStringLiteral("北京市 朝阳区"));
    QCOMPARE(rc.prefecture(110105), QStringLiteral("北京市"));
    QVERIFY(rc.countiesUnder(3301, 4).contains(330106));
}

void TestPhone::lookupCli_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("phone") << "+86 138 1234 5678"
                           << "phone"
                           << "number"
                           << "+8613812345678" << 0;
    QTest::newRow("virtual") << "17012345678"
                             << "phone"
                             << "callability"
                             << "unreliable" << 0;
    QTest::newRow("landline ext") << "0571-88060001-123"
                                  << "phone"
                                  << "type"
                                  << "landline" << 0;
    QTest::newRow("id") << "110101199003071233"
                        << "id_card"
                        << "birth_date"
                        << "1990-03-07" << 0;
    QTest::newRow("bad id") << "110101199003071234"
                            << "id_card"
                            << "valid"
                            << "false" << 1;
    QTest::newRow("masked id") << "330106********1234"
                               << "id_card"
                               << "masked"
                               << "true" << 0;
    QTest::newRow("imei") << "490154203237518"
                          << "imei"
                          << "tac"
                          << "49015420" << 0;
    QTest::newRow("bad imei") << "490154203237519"
                              << "imei"
                              << "valid"
                              << "false" << 1;
    QTest::newRow("masked phone") << "138****1234"
                                  << "masked_phone"
                                  << "pattern"
                                  << "138????1234" << 0;
    QTest::newRow("junk") << "hello"
                          << "phone"
                          << "type"
                          << "junk" << 1;
    QTest::newRow("0086 with dashes") << "0086 170-6507-3288"
                                      << "phone"
                                      << "number"
                                      << "+8617065073288" << 0;
}

void TestPhone::lookupCli()
{
    QFETCH(QString, value);
    QFETCH(QString, kind);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    QFETCH(int, exitCode);
    QByteArray out, err;
    QCOMPARE(dttest::runCli({QStringLiteral("lookup"), value, QStringLiteral("--json")}, &out, &err),
             exitCode);
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    QCOMPARE(o.value(QStringLiteral("kind")).toString(), kind);
    const QJsonValue v = o.value(field);
    QCOMPARE(v.isBool() ? QString::fromLatin1(v.toBool() ? "true" : "false") : v.toString(), expected);
    QCOMPARE(dttest::runCli({QStringLiteral("lookup"), value}, &out, &err), exitCode); // the text form too
    QVERIFY(out.contains(kind.toUtf8()));
}

void TestPhone::realFixtures()
{
    const QString root = QStringLiteral(DT_FIXTURES_DIR) + QStringLiteral("/real");
    if (!QDir(root).exists())
        QSKIP("../shared/fixtures is absent");
    // iOS: the same US number as +1830… and 830…
    {
        Database db;
        QVERIFY(db.open(root + QStringLiteral("/ios_callhistory/CallHistory.storedata"),
                        Database::OpenMode::ReadOnly));
        Statement st = db.prepare(
            QStringLiteral("SELECT DISTINCT ZADDRESS FROM ZCALLRECORD WHERE ZADDRESS LIKE '%8301241211'"));
        QSet<QString> keys;
        PhoneClassifier us(QStringLiteral("US"));
        int spellings = 0;
        while (st.step()) {
            keys.insert(us.normalize(st.text(0)));
            ++spellings;
        }
        QVERIFY(spellings >= 2);
        QCOMPARE(keys, QSet<QString>{QStringLiteral("+18301241211")});
    }
    // The bills: 6-digit 虚拟网 short numbers are recognised, the rest are real numbers.
    {
        Database db;
        QVERIFY(db.open(root + QStringLiteral("/cn_operator_bills/cmcc_converted_calllog.db"),
                        Database::OpenMode::ReadOnly));
        Statement st = db.prepare(QStringLiteral("SELECT DISTINCT callnumber FROM CallLog"));
        PhoneClassifier c;
        int shorts = 0, mobiles = 0, junk = 0;
        while (st.step()) {
            const NumberInfo n = c.classify(st.text(0), u"+8613800000000");
            shorts += n.cls == NumberClass::ShortGroup;
            mobiles += n.cls == NumberClass::Mobile;
            junk += n.cls == NumberClass::Junk;
            if (st.text(0).size() == 6)
                QCOMPARE(n.cls, NumberClass::ShortGroup);
            if (st.text(0) == QLatin1String("8618737387073"))
                QCOMPARE(n.key, QStringLiteral("+8618737387073"));
            if (st.text(0) == QLatin1String("057318344175"))
                QCOMPARE(n.cls, NumberClass::Landline);
        }
        QCOMPARE(shorts, 51); // 49 six-digit and 2 three-digit group numbers
        QVERIFY(mobiles >= 13);
        QCOMPARE(junk, 0);
    }
    // Sichuan: 128-hex hashed numbers and IMEIs stay opaque identifiers.
    {
        const QStringList rows = QString::fromUtf8([&] {
                                     QFile f(root + QStringLiteral("/sichuan_fraud/fake_1.csv"));
                                     return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
                                 }())
                                     .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QVERIFY(rows.size() > 100);
        PhoneClassifier c;
        for (int i = 1; i < 20; ++i) {
            const QStringList f = rows.at(i).split(QLatin1Char(','));
            QCOMPARE(c.classify(f.at(0)).cls, NumberClass::Opaque);
            QCOMPARE(c.classify(f.at(1)).cls, NumberClass::Opaque);
            QCOMPARE(c.classify(f.at(0)).key, f.at(0).toLower());
        }
    }
}

QTEST_GUILESS_MAIN(TestPhone)
#include "tst_phone.moc"
