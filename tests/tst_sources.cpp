// Sources and provenance: streamed SHA-256, everything recorded, duplicates refused unless forced.
#include "case/casefile.h"
#include "core/sha256.h"
#include "testutil.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace dt;

class TestSources : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sha256KnownVectors_data();
    void sha256KnownVectors();
    void sha256StreamsLargeFile();
    void sha256Cancel();
    void sha256BehindAsTheWhole_data();
    void sha256BehindAsTheWhole();
    void registerRecordsProvenance();
    void duplicateRefusedUnlessForced();
    void missingFileIsClearError();
    void kindNames_data();
    void kindNames();

private:
    QTemporaryDir m_dir;
};

void TestSources::sha256KnownVectors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("digest");
    // FIPS 180-2 test vectors.
    QTest::newRow("empty") << QByteArray()
                           << "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    QTest::newRow("abc") << QByteArray("abc")
                         << "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    QTest::newRow("448 bits") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                              << "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1";
    QTest::newRow("million a") << QByteArray(1000000, 'a')
                               << "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0";
}

void TestSources::sha256KnownVectors()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, digest);
    const QString path = dttest::writeFile(m_dir.filePath(QStringLiteral("v_%1").arg(input.size())), input);
    QString error;
    QCOMPARE(sha256OfFile(path, &error), digest);
    QCOMPARE(sha256Hex(input), digest);
}

void TestSources::sha256StreamsLargeFile()
{
    // Larger than the 1 MiB chunk, not a multiple of it: progress must report every byte.
    QByteArray data(3 * 1024 * 1024 + 12345, Qt::Uninitialized);
    for (int i = 0; i < data.size(); ++i)
        data[i] = char((i * 131) ^ (i >> 7));
    const QString path = dttest::writeFile(m_dir.filePath(QStringLiteral("big.bin")), data);
    qint64 lastDone = 0, lastTotal = 0;
    int calls = 0;
    QString error;
    const QString d = sha256OfFile(path, &error, [&](qint64 done, qint64 total) {
        QVERIFY(done > lastDone);
        lastDone = done;
        lastTotal = total;
        ++calls;
    });
    QCOMPARE(d, QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(lastDone, qint64(data.size()));
    QCOMPARE(lastTotal, qint64(data.size()));
    QCOMPARE(calls, 4);
}

void TestSources::sha256BehindAsTheWhole_data()
{
    // Chunks handed over as an import reads them, through a queue bounded at 64 MB: none, tiny, and
    // more than the bound in all (the giving thread then waits for the hashing one).
    QTest::addColumn<int>("chunks");
    QTest::addColumn<int>("chunkBytes");
    QTest::newRow("nothing") << 0 << 0;
    QTest::newRow("one byte") << 1 << 1;
    QTest::newRow("odd chunks") << 37 << 4099;
    QTest::newRow("past the bound") << 24 << (4 << 20);
}

void TestSources::sha256BehindAsTheWhole()
{
    QFETCH(int, chunks);
    QFETCH(int, chunkBytes);
    QCryptographicHash whole(QCryptographicHash::Sha256);
    Sha256Behind behind;
    for (int i = 0; i < chunks; ++i) {
        const QByteArray chunk(chunkBytes, char('a' + i % 26));
        whole.addData(chunk);
        behind.add(chunk);
    }
    qint64 bytes = -1;
    QCOMPARE(behind.result(&bytes), QString::fromLatin1(whole.result().toHex()));
    QCOMPARE(bytes, qint64(chunks) * chunkBytes);
}

void TestSources::sha256Cancel()
{
    const QString path = dttest::writeFile(m_dir.filePath(QStringLiteral("c.bin")), QByteArray(4 << 20, 'x'));
    std::atomic_bool cancel{false};
    QString error;
    const QString d = sha256OfFile(
        path, &error, [&](qint64, qint64) { cancel = true; }, &cancel);
    QVERIFY(d.isEmpty());
    QVERIFY(error.contains(QStringLiteral("cancelled")));
}

void TestSources::registerRecordsProvenance()
{
    QString error;
    auto cf = CaseFile::create(m_dir.filePath(QStringLiteral("prov.dtcase")), QStringLiteral("p"), &error);
    QVERIFY(cf);
    const QByteArray content = "本机号码,对方号码,呼叫类型\n13800000000,13900000000,主叫\n";
    const QString file = dttest::writeFile(m_dir.filePath(QStringLiteral("话单 2026.csv")), content);
    SourceRequest req;
    req.path = file;
    req.kind = SourceKind::Calls;
    req.format = QStringLiteral("delimited");
    req.encoding = QStringLiteral("UTF-8");
    req.mapping = QJsonObject{{QStringLiteral("caller"), QStringLiteral("本机号码")}};
    req.clockOffsetSeconds = -95;
    req.acquired = QStringLiteral("2026-11-01");
    const qint64 id = cf->sources().registerSource(req, &error);
    QVERIFY2(id > 0, qPrintable(error));
    const auto rec = cf->sources().byId(id);
    QVERIFY(rec);
    QCOMPARE(rec->name, QStringLiteral("话单 2026"));
    QCOMPARE(rec->fileName, QStringLiteral("话单 2026.csv"));
    QCOMPARE(rec->sha256, sha256Hex(content));
    QCOMPARE(rec->size, qint64(content.size()));
    QCOMPARE(rec->kind, QStringLiteral("calls"));
    QCOMPARE(rec->format, QStringLiteral("delimited"));
    QCOMPARE(rec->encoding, QStringLiteral("UTF-8"));
    QCOMPARE(QJsonDocument::fromJson(rec->mapping.toUtf8()).object(), req.mapping);
    QCOMPARE(rec->timezone, QStringLiteral("Asia/Shanghai"));
    QCOMPARE(rec->clockOffsetSeconds, qint64(-95));
    QCOMPARE(rec->acquired, QStringLiteral("2026-11-01"));
    QVERIFY(!rec->analyst.isEmpty());
    QVERIFY(rec->registeredUtc.endsWith(QLatin1Char('Z')));
    const auto last = cf->audit().entries().constLast();
    QCOMPARE(last.action, QStringLiteral("register-source"));
    QVERIFY(last.details.contains(rec->sha256));
}

void TestSources::duplicateRefusedUnlessForced()
{
    QString error;
    auto cf = CaseFile::create(m_dir.filePath(QStringLiteral("dup.dtcase")), QStringLiteral("d"), &error);
    QVERIFY(cf);
    const QString a =
        dttest::writeFile(m_dir.filePath(QStringLiteral("leak_a.csv")), "name,phone\n张三,13800000000\n");
    const QString b =
        dttest::writeFile(m_dir.filePath(QStringLiteral("leak_copy.csv")), "name,phone\n张三,13800000000\n");
    SourceRequest req;
    req.path = a;
    req.kind = SourceKind::Leak;
    QVERIFY(cf->sources().registerSource(req, &error) > 0);
    req.path = b; // same bytes under another name
    QCOMPARE(cf->sources().registerSource(req, &error), 0);
    QVERIFY2(error.contains(QStringLiteral("already in the case as source #1")), qPrintable(error));
    QVERIFY(error.startsWith(b));
    QCOMPARE(cf->sources().list().size(), 1);
    const qint64 auditBefore = cf->audit().count();
    req.force = true;
    QVERIFY(cf->sources().registerSource(req, &error) > 0);
    QCOMPARE(cf->sources().list().size(), 2);
    QVERIFY(cf->sources().list().constLast().forced);
    QCOMPARE(cf->audit().count(), auditBefore + 1);
    QVERIFY(cf->audit().entries().constLast().details.contains(QStringLiteral("forced_duplicate")));
}

void TestSources::missingFileIsClearError()
{
    QString error;
    auto cf = CaseFile::create(m_dir.filePath(QStringLiteral("miss.dtcase")), QStringLiteral("m"), &error);
    QVERIFY(cf);
    SourceRequest req;
    req.path = m_dir.filePath(QStringLiteral("nope.csv"));
    QCOMPARE(cf->sources().registerSource(req, &error), 0);
    QVERIFY(error.contains(QStringLiteral("nope.csv")) && error.contains(QStringLiteral("no such file")));
    QCOMPARE(cf->audit().count(), 1);
}

void TestSources::kindNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("calls") << "calls" << true;
    QTest::newRow("leak") << "leak" << true;
    QTest::newRow("complaints") << "complaints" << true;
    QTest::newRow("other") << "other" << true;
    QTest::newRow("bogus") << "cdr" << false;
}

void TestSources::kindNames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    const auto k = sourceKindFromName(name);
    QCOMPARE(bool(k), valid);
    if (k)
        QCOMPARE(sourceKindName(*k), name);
}

QTEST_GUILESS_MAIN(TestSources)
#include "tst_sources.moc"
